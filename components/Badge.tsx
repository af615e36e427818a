/**
 * The in-page badge: letter grade and engagement rate, coloured by verdict, and on click a small
 * panel with the top reasons and a link to the full breakdown. Rendered inside a shadow root, so
 * page styles cannot reach it; it bundles into the content script, so it imports no schemas and
 * no scoring: only Preact, the messages and the verdict colours.
 *
 * The panel is `position: fixed` and placed from the badge's on-screen box: it stays inside the
 * viewport whatever the page's overflow, flips above the badge near the bottom edge, follows the
 * badge on scroll, and closes on Escape, on a click outside, or with its close button.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Analysis, Signal } from '../lib/score/types';
import { t, uiLocale } from '../lib/i18n';
import { benchmarkFor, headlineRate, VERDICT_COLORS, verdictOf } from '../lib/verdict';
import { formatPointsOff, formatRateValue } from './format';
import { SeverityIcon } from './icons';

export interface BadgeProps {
  analysis: Analysis;
  onOpenBreakdown: () => void;
}

const MARGIN = 8; // px kept between the panel and the viewport's edges
const GAP = 6; // px between the badge and the panel

/** The reasons worth a glance: alerts and warnings first, the heaviest first. */
export function topReasons(signals: Signal[], n = 3): Signal[] {
  const rank = { alert: 0, warning: 1, info: 2 } as const;
  return signals
    .filter((s) => s.severity !== 'info')
    .sort((a, b) => rank[a.severity] - rank[b.severity] || b.points - a.points)
    .slice(0, n);
}

export function Badge({ analysis, onOpenBreakdown }: BadgeProps) {
  const [open, setOpen] = useState(false);
  const [dark, setDark] = useState(false);
  const rootRef = useRef<HTMLSpanElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  const verdict = verdictOf(analysis);
  const grade = analysis.grade;
  const letter = grade?.letter ?? '?';
  const rate = headlineRate(analysis, uiLocale());
  const verdictWord = t(`verdict_${verdict}`);
  // The accessible name starts with what the badge shows (WCAG 2.5.3, label in name), then says it in words.
  const shown = rate ? `${letter} ${rate}` : letter;
  const label = `${shown}: ${grade ? t('badgeLabel', [letter, verdictWord, String(grade.score)]) : t('badgeLabelUngraded')}`;
  const reasons = topReasons(analysis.signals);
  const moreReasons = analysis.signals.filter((s) => s.severity !== 'info').length - reasons.length;
  const rateEntry = analysis.engagement[0];
  const bench = rateEntry ? benchmarkFor(analysis, rateEntry.basis) : null;

  // Light or dark page: read once from what is actually painted behind the badge.
  useEffect(() => {
    const host = hostOf(rootRef.current);
    if (host) setDark(pageIsDark(host));
  }, []);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  // While open: follow the badge on scroll and resize; close on Escape and on outside clicks.
  // (A layout effect: the listeners are in place as soon as the panel shows.)
  useLayoutEffect(() => {
    if (!open) return;
    const host = hostOf(rootRef.current);
    const onPointer = (e: Event) => {
      if (host && !e.composedPath().includes(host)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close(!!host && e.composedPath().includes(host));
    };
    const onMove = () => place(buttonRef.current, panelRef.current);
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('keydown', onKey, true);
    window.addEventListener('scroll', onMove, { capture: true, passive: true });
    window.addEventListener('resize', onMove, { passive: true });
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('keydown', onKey, true);
      window.removeEventListener('scroll', onMove, true);
      window.removeEventListener('resize', onMove);
    };
  }, [open]);

  useLayoutEffect(() => {
    if (!open) return;
    place(buttonRef.current, panelRef.current);
    panelRef.current?.focus({ preventScroll: true });
  }, [open]);

  return (
    <span
      class="rr-root"
      ref={rootRef}
      data-theme={dark ? 'dark' : 'light'}
      // The page must not act on clicks and keys meant for the badge (X opens the post on a click
      // anywhere in it, and has single-key shortcuts).
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          close(true);
        }
      }}
    >
      <button
        type="button"
        class="rr-badge"
        ref={buttonRef}
        data-verdict={verdict}
        style={{ background: VERDICT_COLORS[verdict] }}
        aria-label={label}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? 'rr-panel' : undefined}
        title={label}
        onClick={(e) => {
          e.preventDefault();
          e.stopPropagation();
          setOpen(!open);
        }}
      >
        <span class="rr-letter">{letter}</span>
        {rate && ' '}
        {rate && <span class="rr-rate">{rate}</span>}
      </button>
      {open && (
        <div class="rr-panel" id="rr-panel" ref={panelRef} role="dialog" aria-labelledby="rr-panel-title" tabIndex={-1}>
          <div class="rr-head">
            <span class="rr-chip" style={{ background: VERDICT_COLORS[verdict] }} aria-hidden="true">
              {letter}
            </span>
            <div class="rr-head-text">
              <p class="rr-title" id="rr-panel-title">
                {grade ? t('panelGradeTitle', [letter, verdictWord]) : t('verdict_unknown')}
              </p>
              <p class="rr-sub">
                {grade
                  ? `${t('scoreOutOf', String(grade.score))} · ${t('confidenceLabel', t(`confidenceLevel_${grade.confidence}`))}`
                  : t('panelTooLittle')}
              </p>
            </div>
            <button type="button" class="rr-close" aria-label={t('panelClose')} title={t('panelClose')} onClick={() => close(true)}>
              <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
                <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
              </svg>
            </button>
          </div>
          {rateEntry && (
            <p class="rr-rate-line">
              <strong>{formatRateValue(rateEntry.value)}</strong> {t(`basis_${rateEntry.basis}`)}
              {bench && <span class="rr-muted rr-typical">{t('panelTypical', `${formatRateValue(bench.ref.low)}\u2060–\u2060${formatRateValue(bench.ref.high)}`)}</span>}
            </p>
          )}
          {grade && (
            <>
              <p class="rr-section">{t('reasonsHeading')}</p>
              {reasons.length ? (
                <ul class="rr-reasons">
                  {reasons.map((s) => (
                    <li key={s.id} data-severity={s.severity}>
                      <span class="rr-sev">
                        <SeverityIcon severity={s.severity} size={12} />
                        {t(`severity_${s.severity}`)}
                      </span>
                      <span class="rr-reason-title">{s.title}</span>
                      <span class="rr-pts">{formatPointsOff(s.points)}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p class="rr-none">{t('panelNoFlags')}</p>
              )}
              {moreReasons > 0 && <p class="rr-muted">{t('panelMore', String(moreReasons))}</p>}
            </>
          )}
          <button type="button" class="rr-link" onClick={onOpenBreakdown}>
            {t('panelOpenBreakdown')}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
      )}
    </span>
  );
}

function hostOf(el: Element | null): Element | undefined {
  const root = el?.getRootNode();
  // `ShadowRoot` is a browser global: absent where the component renders in Node (unit tests).
  return typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root.host : undefined;
}

/**
 * Places the panel under the badge (above it near the bottom edge), inside the viewport. A
 * transformed ancestor makes `fixed` relative to itself: the measured offset corrects for that.
 */
function place(button: HTMLElement | null, panel: HTMLElement | null) {
  if (!button || !panel) return;
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const vh = window.innerHeight;
  const anchor = button.getBoundingClientRect();
  panel.style.maxHeight = `${Math.max(120, vh - 2 * MARGIN)}px`;
  panel.style.width = `${Math.min(320, vw - 2 * MARGIN)}px`;
  const { width, height } = panel.getBoundingClientRect();
  let left = Math.min(anchor.left, vw - MARGIN - width);
  left = Math.max(MARGIN, left);
  let top = anchor.bottom + GAP;
  if (top + height > vh - MARGIN) {
    const above = anchor.top - GAP - height;
    top = above >= MARGIN ? above : Math.max(MARGIN, vh - MARGIN - height);
  }
  panel.style.left = `${left}px`;
  panel.style.top = `${top}px`;
  const actual = panel.getBoundingClientRect();
  if (Math.abs(actual.left - left) > 0.5 || Math.abs(actual.top - top) > 0.5) {
    panel.style.left = `${2 * left - actual.left}px`;
    panel.style.top = `${2 * top - actual.top}px`;
  }
}

/** True when the first opaque background behind `el` is dark (X's dim and lights-out themes). */
export function pageIsDark(el: Element): boolean {
  for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
    const rgba = parseColor(getComputedStyle(node).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.35;
  }
  // Nothing painted: the canvas is white unless the page opted into a dark colour scheme.
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  return /dark/.test(scheme) && (!/light/.test(scheme) || (typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches));
}

function parseColor(css: string): [number, number, number, number] | undefined {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(css);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
