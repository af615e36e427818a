/**
 * Small inline SVG icons. Always decorative (aria-hidden): a word beside each one carries the
 * meaning, so colour and shape are never the only signal.
 */
import type { JSX } from 'preact';
import type { Severity } from '../lib/score/types';

export function SeverityIcon({ severity, size = 14 }: { severity: Severity; size?: number }) {
  const common = { width: size, height: size, viewBox: '0 0 16 16', 'aria-hidden': 'true' as const, class: 'icon' };
  if (severity === 'alert') {
    // Octagon with an exclamation mark: stop.
    return (
      <svg {...common}>
        <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" fill="currentColor" />
        <path d="M8 4v5" stroke="var(--icon-on, #fff)" stroke-width="2" stroke-linecap="round" />
        <circle cx="8" cy="11.8" r="1.1" fill="var(--icon-on, #fff)" />
      </svg>
    );
  }
  if (severity === 'warning') {
    // Triangle with an exclamation mark: caution.
    return (
      <svg {...common}>
        <path d="M8 1.2l7.2 13.3H.8z" fill="currentColor" />
        <path d="M8 6v4" stroke="var(--icon-on, #fff)" stroke-width="1.8" stroke-linecap="round" />
        <circle cx="8" cy="12.3" r="1" fill="var(--icon-on, #fff)" />
      </svg>
    );
  }
  // Circle with an "i": a note.
  return (
    <svg {...common}>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M8 7v4.5" stroke="var(--icon-on, #fff)" stroke-width="1.8" stroke-linecap="round" />
      <circle cx="8" cy="4.6" r="1" fill="var(--icon-on, #fff)" />
    </svg>
  );
}

export function VerifiedIcon({ size = 14 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" class="icon">
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M4.8 8.2l2.1 2.1 4.3-4.5" fill="none" stroke="var(--icon-on, #fff)" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

export type StateIconKind = 'globe' | 'reload' | 'reading' | 'person' | 'puzzle' | 'off' | 'hidden' | 'few';

/** The large icon at the top of each popup state. */
export function StateIcon({ kind }: { kind: StateIconKind }) {
  const paths: Record<StateIconKind, JSX.Element> = {
    globe: (
      <>
        <circle cx="24" cy="24" r="17" fill="none" stroke="currentColor" stroke-width="2.5" />
        <path d="M7 24h34M24 7c-6 6-6 28 0 34M24 7c6 6 6 28 0 34" fill="none" stroke="currentColor" stroke-width="2.5" />
      </>
    ),
    reload: (
      <>
        <path d="M38 24a14 14 0 1 1-4.1-9.9" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
        <path d="M35 6v9h-9" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" />
      </>
    ),
    reading: (
      <>
        <rect x="9" y="8" width="30" height="32" rx="4" fill="none" stroke="currentColor" stroke-width="2.5" />
        <path d="M15 17h18M15 24h18M15 31h10" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" class="pulse" />
      </>
    ),
    person: (
      <>
        <circle cx="24" cy="17" r="7" fill="none" stroke="currentColor" stroke-width="2.5" />
        <path d="M10 40c1.5-8 7.5-12 14-12s12.5 4 14 12" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
        <path d="M36 8l6 6M42 8l-6 6" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
      </>
    ),
    puzzle: (
      <>
        <rect x="8" y="8" width="32" height="32" rx="4" fill="none" stroke="currentColor" stroke-width="2.5" stroke-dasharray="5 4" />
        <path d="M20 19a4 4 0 1 1 5.5 3.7c-1 .5-1.5 1.3-1.5 2.3v1.5" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
        <circle cx="24" cy="32" r="1.7" fill="currentColor" />
      </>
    ),
    off: (
      <>
        <circle cx="24" cy="24" r="16" fill="none" stroke="currentColor" stroke-width="2.5" />
        <path d="M13 35L35 13" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
      </>
    ),
    hidden: (
      <>
        <path d="M5 24s7-11 19-11 19 11 19 11-7 11-19 11S5 24 5 24z" fill="none" stroke="currentColor" stroke-width="2.5" />
        <circle cx="24" cy="24" r="5" fill="none" stroke="currentColor" stroke-width="2.5" />
        <path d="M9 39L39 9" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
      </>
    ),
    few: (
      <>
        <path d="M8 40h32" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
        <rect x="12" y="28" width="6" height="10" rx="1" fill="currentColor" />
        <rect x="21" y="20" width="6" height="18" rx="1" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2" />
        <rect x="30" y="12" width="6" height="26" rx="1" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2" />
      </>
    ),
  };
  return (
    <svg width="48" height="48" viewBox="0 0 48 48" aria-hidden="true" class="state-icon">
      {paths[kind]}
    </svg>
  );
}
