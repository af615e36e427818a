/**
 * The popup's states other than a breakdown. Each says what is happening, why, and what the
 * person can do about it, with one action where there is one (reload the tab).
 */
import type { PopupState } from '../lib/view/popup-state';
import { SUPPORTED_PLATFORMS } from '../lib/sites/list';
import { t } from '../lib/i18n';
import { platformName } from './format';
import { StateIcon, type StateIconKind } from './icons';

export type NonBreakdownState = Exclude<PopupState, { status: 'ok' }>;


const ICONS: Record<NonBreakdownState['status'], StateIconKind> = {
  loading: 'reading',
  reading: 'reading',
  'unsupported-site': 'globe',
  'reload-needed': 'reload',
  'no-account': 'person',
  unrecognised: 'puzzle',
  disabled: 'off',
};

/** Message names allow only [A-Za-z0-9_]. */
const keyOf = (status: string) => status.replace(/-/g, '_');

export function StateMessage({ state, onReload, onSettings }: { state: NonBreakdownState; onReload?: () => void; onSettings?: () => void }) {
  const key = keyOf(state.status);
  const busy = state.status === 'loading' || state.status === 'reading';
  const platform = 'platform' in state ? platformName(state.platform) : undefined;
  return (
    <section class="state" data-state={state.status} aria-labelledby="state-title" aria-busy={busy ? 'true' : undefined}>
      <div class="state-art">
        <StateIcon kind={ICONS[state.status]} />
      </div>
      <h1 id="state-title">{t(`state_${key}_title`)}</h1>
      <p role={busy ? 'status' : undefined}>{platform ? t(`state_${key}_body`, platform) : t(`state_${key}_body`)}</p>

      {state.status === 'unsupported-site' && (
        <>
          <h2 class="section-heading">{t('supportedSitesHeading')}</h2>
          <ul class="chips">
            {SUPPORTED_PLATFORMS.map((p) => (
              <li key={p}>{platformName(p)}</li>
            ))}
          </ul>
        </>
      )}

      {state.status === 'no-account' && <p class="muted">{t('noAccountHint')}</p>}

      {state.status === 'unrecognised' && (
        <>
          <h2 class="section-heading">{t('triedHeading')}</h2>
          <ol class="tried">
            {TRIED_KEYS.map((k) => (
              <li key={k}>{t(k)}</li>
            ))}
          </ol>
          {state.reason && (
            <p class="detail">
              <strong>{t('detailLabel')}</strong> <span lang="en">{state.reason}</span>
            </p>
          )}
          <p class="muted">{t('unrecognisedHelp')}</p>
        </>
      )}

      {state.status === 'disabled' && onSettings && (
        <button type="button" class="primary" onClick={onSettings}>
          {t('openSettings')}
        </button>
      )}

      {state.status === 'reload-needed' && onReload && (
        <button type="button" class="primary" onClick={onReload}>
          {t('reloadButton')}
        </button>
      )}
    </section>
  );
}

/** What the adapters look for, best first (GUIDE section 4), shown when a page was not recognised. */
export const TRIED_KEYS = ['tried_structured', 'tried_embedded', 'tried_meta', 'tried_aria', 'tried_text'];
