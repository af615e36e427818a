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

/**
 * True when the page's `ytInitialData` names no channel at all, told from its script's text without
 * parsing it (half a megabyte: 4 ms of a visit): none of the renderers that carry a channel's id or
 * address (channel metadata, the c4 header, the microformat) is in it, nor an escape that could
 * spell one. The common case after in-site navigation from the home feed or a video. False when
 * unsure or when the page has no ytInitialData.
 */
export function dataNamesNoChannel(doc: Document): boolean {
  let assigned = false;
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (!text.includes('ytInitialData')) continue;
    const verdict = memoScript(script, 'names-no-channel', text, (text) => {
      if (!/ytInitialData["']?\]?\s*=/.test(text)) return undefined;
      return !CHANNEL_KEYS_OR_ESCAPES.test(text);
    });
    if (verdict === false) return false;
    if (verdict) assigned = true;
  }
  return assigned;
}

/**
 * The renderers that carry a channel's id or address, and \u or \x escapes of letters (as a key
 * could be written): one pass of a compiled pattern, several times faster than a search for each.
 */
const CHANNEL_KEYS_OR_ESCAPES = /channelMetadataRenderer|c4TabbedHeaderRenderer|microformatDataRenderer|\\(?:u00|x)(?:4[1-9a-fA-F]|5[0-9aA]|6[1-9a-fA-F]|7[0-9aA])/;

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

