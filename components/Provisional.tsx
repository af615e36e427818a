/**
 * The popup's pieces for issue 11: a provisional reading (engagement read, not graded) and the population line.
 */
import type { Analysis } from '../lib/score/types';
import { t, uiLocale } from '../lib/i18n';
import { formatPercent, VERDICT_COLORS } from '../lib/view/verdict';
import { word } from '../lib/words';

/** Which population the account was judged in, and the page evidence behind it (lib/score/population.ts). */
export function PopulationLine({ analysis }: { analysis: Analysis }) {
  const p = analysis.population;
  if (!p) return null;
  return <p class="muted population" data-population={p.id}>{t('populationLine', [t(`population_${p.id}`), p.evidence.map(word).join(', ')])}</p>;
}

/** The grade card's letter box when there is no grade: "?" and "no score". */
export function UnknownLetter() {
  return (
    <div class="grade-letter" style={{ background: VERDICT_COLORS.unknown }} aria-hidden="true">
      <span class="letter">?</span>
      <span class="score">{t('noScore')}</span>
    </div>
  );
}

/**
 * Engagement was read but not scored (too few posts, no creator figure, views only): grey, no letter and no verdict
 * word, the rate and why.
 */
export function Provisional({ analysis }: { analysis: Analysis }) {
  const p = analysis.provisional!;
  return (
    <section class="grade-card" data-kind="provisional" data-verdict="unknown" aria-labelledby="grade-heading">
      <div class="grade-top">
        <UnknownLetter />
        <div class="grade-text">
          <h2 id="grade-heading" class="grade-verdict">{t('verdict_provisional')}</h2>
          {p.rate !== undefined && (
            <p class="grade-meaning">
              {/* Views per follower is reach, not engagement: each basis says what its number is. */}
              {t(p.basis === 'reach' ? 'provisionalRateReach' : p.basis === 'views' ? 'provisionalRateViews' : 'provisionalRate', formatPercent(p.rate, uiLocale()))}
            </p>
          )}
        </div>
      </div>
      <p class="grade-why">{t('panelProvisional')}</p>
      <p class="grade-todo">{word(p.reason)}</p>
      <PopulationLine analysis={analysis} />
    </section>
  );
}

