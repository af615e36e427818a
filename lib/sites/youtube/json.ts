/** Reading YouTube's embedded app state (`ytInitialData`, `ytInitialPlayerResponse`) and its text objects. */
import type { Count } from '../../snapshot';
import { assignedJson, bestCount, decodePathPart, dig, isRecord, leadingCount, memoScript, parseJson } from '../common';

export type Rec = Record<string, unknown>;

/**
 * `ytInitialData` / `ytInitialPlayerResponse`: an object literal on the desktop site; on m.youtube.com
 * a JSON string with \x escapes (`var ytInitialData = '\x7b\x22...'`).
 */
export function ytData(doc: Document, name: string): unknown {
  const literal = assignedJson(doc, name);
  if (literal !== undefined) return literal;
  const pattern = new RegExp(`${name}\\s*=\\s*'((?:[^'\\\\]|\\\\.)*)'`);
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (!text.includes(name)) continue;
    const value = memoScript(script, `escaped:${name}`, text, (text) => {
      const m = pattern.exec(text);
      if (!m) return undefined;
      const json = m[1].replace(/\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\(.)/g, (_, x, u, c) =>
        x ? String.fromCharCode(parseInt(x, 16)) : u ? String.fromCharCode(parseInt(u, 16)) : c,
      );
      return parseJson(json);
    });
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The text of a YouTube text object: {simpleText}, {runs:[{text}]}, or an attributed string {content}. */
export function ytText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (!isRecord(v)) return '';
  if (typeof v.simpleText === 'string') return v.simpleText;
  if (typeof v.content === 'string') return v.content;
  if (Array.isArray(v.runs)) return v.runs.map((r) => (isRecord(r) && typeof r.text === 'string' ? r.text : '')).join('');
  return '';
}

/** A count from a YouTube text object, preferring its accessibility label ("4,69 millones de suscriptores"). */
export function textCount(v: unknown, source: 'embedded-json', locale: string | undefined): Count | undefined {
  const label = str(dig(v, 'accessibility', 'accessibilityData', 'label')) ?? str(dig(v, 'accessibilityLabel'));
  return bestCount(leadingCount(label, source, locale), leadingCount(ytText(v), source, locale));
}

export function verifiedBadge(badges: unknown): boolean | undefined {
  if (!Array.isArray(badges)) return undefined;
  return badges.some((b) => /VERIFIED/.test(String(dig(b, 'metadataBadgeRenderer', 'style') ?? '')));
}

/** "/@OneMedia.", "http://www.youtube.com/@OneMedia." -> "OneMedia." */
export function handleFromUrl(u: string | null | undefined): string | undefined {
  const m = u ? /(?:^|\/)@([^/?#]+)/.exec(u) : null;
  return m ? decodePathPart(m[1]) : undefined;
}


export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}

export function rec(v: unknown): Rec | undefined {
  return isRecord(v) ? v : undefined;
}

