/**
 * The state TikTok embeds in the HTML: `__UNIVERSAL_DATA_FOR_REHYDRATION__` (2023-2025),
 * `SIGI_STATE` (2022-2023), `__NEXT_DATA__` (before 2022). TikTok navigates in-site, so this state
 * can describe an earlier page: callers use it only when its uniqueId / video id is the URL's.
 *
 * Since 2024 the numeric `stats` are rounded to the displayed precision (783427 followers arrive as
 * 783400 beside an exact `statsV2` string); a round number is therefore read as abbreviated.
 */
import type { Count, Post } from '../../snapshot';
import { assignedJson, bestCount, compact, countFromNumber, dig, isRecord, sameHandle, scriptJsonById } from '../common';

export type Rec = Record<string, unknown>;

interface UserData {
  user: Rec;
  stats?: Rec;
  statsV2?: Rec;
  items: Rec[];
}

interface ItemData {
  item: Rec;
  authorStats?: Rec;
  authorStatsV2?: Rec;
}

export function rehydrationScope(doc: Document): unknown {
  return dig(scriptJsonById(doc, '__UNIVERSAL_DATA_FOR_REHYDRATION__'), '__DEFAULT_SCOPE__');
}

/** The 2022-2023 state: `<script id="SIGI_STATE">` or `window['SIGI_STATE'] = {...}`. */
function sigiState(doc: Document): unknown {
  return scriptJsonById(doc, 'SIGI_STATE') ?? assignedJson(doc, 'SIGI_STATE');
}

/** The embedded account data when it describes `handle`, from whichever generation of state the page has. */
export function userData(doc: Document, handle: string, notes: string[]): UserData | undefined {
  const found: UserData[] = [];
  const info = dig(rehydrationScope(doc), 'webapp.user-detail', 'userInfo');
  if (isRecord(info) && isRecord(info.user)) {
    found.push({ user: info.user, stats: rec(info.stats), statsV2: rec(info.statsV2), items: recs(info.itemList) });
    // The current state describes the account: the older generations' (searched for through every
    // inline script) could only come after it.
    if (sameHandle(str(info.user.uniqueId), handle)) return found[0];
  }
  const sigi = sigiState(doc);
  const users = dig(sigi, 'UserModule', 'users');
  if (isRecord(users)) {
    const items = Object.values(rec(dig(sigi, 'ItemModule')) ?? {}).filter(isRecord);
    for (const [key, user] of Object.entries(users)) {
      if (isRecord(user)) found.push({ user, stats: rec(dig(sigi, 'UserModule', 'stats', key)), items });
    }
  }
  const next = scriptJsonById(doc, '__NEXT_DATA__');
  const nextInfo = dig(next, 'props', 'pageProps', 'userInfo');
  if (isRecord(nextInfo) && isRecord(nextInfo.user)) {
    found.push({ user: nextInfo.user, stats: rec(nextInfo.stats), items: recs(dig(next, 'props', 'pageProps', 'items')) });
  }
  const match = found.find((d) => sameHandle(str(d.user.uniqueId), handle));
  if (!match && found.length) {
    notes.push(`The data embedded in the page describes another account (${found.map((d) => '@' + String(d.user.uniqueId)).join(', ')}), left over from in-site navigation; counts were read from the page itself.`);
  }
  return match;
}

/** The embedded video when it is the one in the URL. */
export function itemData(doc: Document, id: string, notes: string[]): ItemData | undefined {
  const found: ItemData[] = [];
  const struct = dig(rehydrationScope(doc), 'webapp.video-detail', 'itemInfo', 'itemStruct');
  if (isRecord(struct)) {
    found.push({ item: struct, authorStats: rec(struct.authorStats), authorStatsV2: rec(struct.authorStatsV2) });
    if (String(struct.id) === id) return found[0]; // as for userData: the older states come after it
  }
  const sigi = sigiState(doc);
  const sigiItem = dig(sigi, 'ItemModule', id);
  if (isRecord(sigiItem)) {
    const author = authorOf(sigiItem);
    const stats = author ? rec(dig(sigi, 'UserModule', 'stats', author)) : undefined;
    found.push({ item: sigiItem, authorStats: stats ?? rec(sigiItem.authorStats) });
  }
  const nextItem = dig(scriptJsonById(doc, '__NEXT_DATA__'), 'props', 'pageProps', 'itemInfo', 'itemStruct');
  if (isRecord(nextItem)) found.push({ item: nextItem, authorStats: rec(nextItem.authorStats) });
  const match = found.find((d) => String(d.item.id) === id);
  if (!match && found.length) {
    notes.push('The data embedded in the page describes an earlier video (in-site navigation); counts were read from the page itself.');
  }
  return match;
}

/** One embedded video's counts (TikTok's names mapped to ours: digg = likes, play = views, collect = saves). */
export function itemPost(item: Rec): Post {
  const s = rec(item.statsV2);
  const t = rec(item.stats);
  const pick = (key: string) => bestCount(num(s?.[key]), num(t?.[key]));
  const created = Number(item.createTime);
  return compact({
    id: str(item.id) ?? (typeof item.id === 'number' ? String(item.id) : undefined),
    likes: pick('diggCount'),
    comments: pick('commentCount'),
    shares: pick('shareCount'),
    views: pick('playCount'),
    saves: pick('collectCount'),
    pinned: item.isPinnedItem === true ? true : undefined,
    postedAt: created > 0 ? new Date(created * 1000).toISOString() : undefined,
  });
}

/**
 * A count from TikTok's embedded numbers. Since 2024 they arrive rounded to the displayed precision
 * (783,427 as 783400, 3,922,256 as 3900000), so a number whose last digits are zeros where the
 * display would round is read as abbreviated, with the interval the display would have.
 */
export function num(v: unknown): Count | undefined {
  const c = countFromNumber(v, 'embedded-json');
  if (!c || c.value < 1000) return c;
  const unit = c.value >= 1e9 ? 1e9 : c.value >= 1e6 ? 1e6 : 1e3;
  const step = unit / 10;
  if (c.value % step !== 0) return c;
  return { ...c, exact: false, min: Math.ceil(c.value - step / 2), max: c.value + step - 1 };
}

/** An item's author handle: a string in SIGI_STATE, an object elsewhere. */
export function authorOf(item: Rec | undefined): string | undefined {
  if (!item) return undefined;
  return str(item.author) ?? str(dig(item, 'author', 'uniqueId'));
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}

export function rec(v: unknown): Rec | undefined {
  return isRecord(v) ? v : undefined;
}

function recs(v: unknown): Rec[] {
  return Array.isArray(v) ? v.filter(isRecord) : [];
}
