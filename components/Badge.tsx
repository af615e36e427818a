/**
 * The in-page badge: letter grade and engagement rate, coloured by verdict, with a small panel
 * of the top reasons on click. Rendered inside a shadow root, so page styles cannot reach it.
 */
import { useState } from 'preact/hooks';
import type { Analysis } from '../lib/score/types';
import { t, uiLocale } from '../lib/i18n';
import { headlineRate, VERDICT_COLORS, verdictOf } from '../lib/verdict';

export interface BadgeProps {
  analysis: Analysis;
  onOpenBreakdown: () => void;
}

export function Badge({ analysis, onOpenBreakdown }: BadgeProps) {
  const [open, setOpen] = useState(false);
  const verdict = verdictOf(analysis);
  const letter = analysis.grade?.letter ?? '?';
  const rate = headlineRate(analysis, uiLocale());
  const label = analysis.grade
    ? t('badgeLabel', [letter, String(analysis.grade.score), rate ?? '—'])
    : t('badgeLabelUngraded', [rate ?? '—']);
  const reasons = analysis.signals.filter((s) => s.severity !== 'info').slice(0, 3);
  return (
    <span class="rr-root">
      <button
        type="button"
        class="rr-badge"
        data-verdict={verdict}
        style={{ background: VERDICT_COLORS[verdict] }}
        aria-label={label}
        aria-expanded={open}
        title={label}
        onClick={(e) => {
          e.preventDefault();
          e.stopPropagation();
          setOpen(!open);
        }}
      >
        <span class="rr-letter">{letter}</span>
        {rate && <span class="rr-rate">{rate}</span>}
      </button>
      {open && (
        <div class="rr-panel" role="dialog" aria-label={t('panelTitle')}>
          <p class="rr-panel-title">{t('panelTitle')}</p>
          {reasons.length ? (
            <ul>
              {reasons.map((s) => (
                <li key={s.id}>
                  <strong>{s.title}</strong> {s.explanation}
                </li>
              ))}
            </ul>
          ) : (
            <p>{analysis.grade ? t('panelNoFlags') : t('panelTooLittle')}</p>
          )}
          <button type="button" class="rr-link" onClick={onOpenBreakdown}>
            {t('panelOpenBreakdown')}
          </button>
        </div>
      )}
    </span>
  );
}
