/**
 * One post (<article>) of an X timeline or conversation: its status link, author, counts from the
 * action bar, and whether X marks it promoted, pinned or a repost. Only X's own hooks and labels
 * decide: names, post text and quoted posts are written by accounts and never read as labels.
 */
import type { Count, Post, PostMetric } from '../../snapshot';
import { compact, countFromText, inOrder, isShown, outermost, textOf } from '../common';
import { HANDLE, STATUS_ID, linkParts } from './route';
import { S } from './selectors';
import { oncePerRead } from '../read-scope';

/** The post's own status link: the one wrapping its <time>, e.g. <a href="/Kikobeats/status/1759..."><time> */
export function statusOf(article: Element): { handle: string; id: string; postedAt?: string } | undefined {
  for (const time of Array.from(article.querySelectorAll('time'))) {
    const a = time.closest('a');
    if (!a || a.closest('article') !== article) continue; // a quoted post's own article
    const [handle, status, id, ...more] = linkParts(a);
    if (status === 'status' && STATUS_ID.test(id ?? '') && !more.length) {
      const datetime = time.getAttribute('datetime') ?? undefined;
      return { handle, id, postedAt: datetime && !Number.isNaN(Date.parse(datetime)) ? datetime : undefined };
    }
  }
  return undefined;
}

/** The first element matching `selector` that belongs to this post, not to a post nested in it. */
export function own(article: Element, selector: string): Element | undefined {
  // The first match is nearly always the post's own: the list is built only when it is a nested post's.
  const first = article.querySelector(selector);
  if (!first || first.closest('article') === article) return first ?? undefined;
  return Array.from(article.querySelectorAll(selector)).find((el) => el.closest('article') === article);
}

/** The author's block: the first of the post's own (a quoted post's block comes after it). */
const authorBlock = (article: Element) => own(article, S.authorBlock.css);

/** The author's name link: <div data-testid="User-Name"><a href="/Kikobeats">Kiko Beats</a>... */
export function authorLink(article: Element): Element | undefined {
  return Array.from(authorBlock(article)?.querySelectorAll('a[href]') ?? []).find((a) => linkParts(a).length === 1);
}

function authorOf(article: Element): { handle?: string; name?: string } {
  const link = authorLink(article);
  const handle = link ? linkParts(link)[0] : undefined;
  return { handle: handle && HANDLE.test(handle) ? handle : undefined, name: textOf(link) || undefined };
}

/**
 * X's ad label, which it prints in the author's block where the time link goes, in the UI
 * language (ad blockers list these words: Control Panel for Twitter, TidyFeed, userscripts).
 */
const AD_LABELS = new Set([
  'Ad', 'Promoted', 'Anuncio', 'Promocionado', 'Gesponsert', 'Anzeige', 'Sponsorisé', 'Publicité', 'Sponsorizzato',
  'Promovido', 'Patrocinado', 'Promowane', 'Reklama', 'Gepromoot', 'Advertentie', 'Реклама', '広告', 'プロモーション',
  '광고', '广告', '推广', '廣告', '推廣', 'إعلان', 'Reklam', 'Iklan', 'Quảng cáo', 'โฆษณา', 'विज्ञापन',
]);

/**
 * Promoted posts, by X's own markers: the cell X wraps an ad in (<div data-testid="placementTracking">
 * around the article; inside an article it wraps video players, so only an ancestor counts), or the
 * ad label in the author's block outside its links. A display name ("Ad") sits in the author's
 * links, and a quoted account's name ("Promoted") in a later block: neither is read.
 */
export function isPromoted(article: Element): boolean {
  if (article.closest(S.promotedCell.css)) return true;
  const block = authorBlock(article);
  if (!block) return false;
  return Array.from(block.querySelectorAll('span')).some((s) => {
    const raw = s.textContent ?? '';
    return raw.length <= 24 && !s.children.length && !s.closest('a') && AD_LABELS.has(textOf(s));
  });
}

/** Any digit, in the scripts X renders counts in. */
const HAS_DIGIT = /[\d٠-٩۰-۹０-９]/;

const LABEL_WORDS: [RegExp, PostMetric][] = [
  [/^repl(?:y|ies)$/i, 'comments'],
  [/^(?:reposts?|retweets?)$/i, 'shares'],
  [/^likes?$/i, 'likes'],
  [/^bookmarks?$/i, 'saves'],
  [/^views?$/i, 'views'],
];

/**
 * Counts of one post from its action group. English group labels are read whole: X leaves out
 * the zero counts there, so a missing reply, repost, like or bookmark count is 0 (views are left
 * out: old posts have none). Other languages: each button's own label ("18151 Replies. Reply"),
 * exact where the button shows "2.9K".
 */
function actionCounts(article: Element, locale: string | undefined, unread: PostMetric[]): Partial<Record<PostMetric, Count>> {
  const group = own(article, S.actionGroup.css);
  const label = group?.getAttribute('aria-label')?.trim() ?? '';
  const english = readEnglishGroup(label, locale);
  if (english) return compact({ ...english, views: english.views ?? analyticsViews(article, locale) });
  const out: Partial<Record<PostMetric, Count>> = {};
  const button = (metric: PostMetric, css: string) => {
    const el = own(article, css);
    const aria = el?.getAttribute('aria-label')?.replace(/[\u200e\u200f\u061c]/g, '').trim();
    if (!aria) return;
    const lead = /^[\d.,\u00a0\u202f ]*\d/.exec(aria)?.[0];
    if (lead) out[metric] = countFromText(lead, 'aria', locale);
    // A label without any digit ("Reply", "Responder") is a zero count, in any language, but only
    // when the button shows no number either: one still showing "41" has lost its label, not its likes.
    else if (!HAS_DIGIT.test(aria) && metric !== 'saves') {
      if (!HAS_DIGIT.test(el?.textContent ?? '')) out[metric] = countFromText('0', 'aria');
      else unread.push(metric);
    }
  };
  // <button data-testid="reply" aria-label="18151 Replies. Reply">; "unretweet"/"unlike" once the viewer acted
  button('comments', S.reply.css);
  button('shares', S.repost.css);
  button('likes', S.like.css);
  // The bookmark button shows no count on timelines ("Bookmark"): only a number is taken.
  button('saves', S.bookmark.css);
  out.views = analyticsViews(article, locale);
  compact(out);
  const rest = groupRemainder(label, out, unread, locale);
  if (rest) out[rest.metric] = rest.count;
  return out;
}

/**
 * In any language the group label lists the counts in one order (replies, reposts, likes,
 * bookmarks, views; zeros left out), the same numbers as the buttons plus those no button labels
 * (Japanese timelines: the bookmark button says only "ブックマーク" while the group says "9 件の
 * ブックマーク"). With every other count known and matching the label in place, the one number
 * left in the missing count's place is that count; anything else is left out.
 */
const GROUP_ORDER: PostMetric[] = ['comments', 'shares', 'likes', 'saves', 'views'];

function groupRemainder(label: string, known: Partial<Record<PostMetric, Count>>, unread: PostMetric[], locale: string | undefined) {
  const missing = (['saves', 'views'] as const).filter((m) => !known[m]);
  if (missing.length !== 1 || unread.length || !known.comments || !known.shares || !known.likes) return undefined;
  const numbers = (label.match(/\d(?:[\d.,\u00a0\u202f ]*\d)?/g) ?? []).map((t) => countFromText(t, 'aria', locale));
  if (!numbers.length || numbers.some((n) => !n?.exact)) return undefined;
  const values = numbers.map((n) => n!.value);
  // The label read with the missing count in its place (take) or left out as a zero (skip).
  const fits = (take: boolean) => {
    let i = 0;
    for (const metric of GROUP_ORDER) {
      if (metric === missing[0]) {
        if (take) i++;
        continue;
      }
      const value = known[metric]?.value;
      if (!value) continue;
      if (values[i++] !== value) return false;
    }
    return i === values.length;
  };
  if (!fits(true) || fits(false)) return undefined;
  const at = GROUP_ORDER.filter((m) => m === missing[0] || known[m]?.value).indexOf(missing[0]);
  const value = values[at];
  return { metric: missing[0], count: { value, exact: true, min: value, max: value, source: 'aria' as const, raw: label.slice(0, 200) } };
}

/** <a href="/Kikobeats/status/1759.../analytics" aria-label="11424 views. View post analytics"> */
function analyticsViews(article: Element, locale: string | undefined): Count | undefined {
  const analytics = own(article, S.analytics.css);
  const lead = /^[\d.,\u00a0\u202f ]*\d/.exec(analytics?.getAttribute('aria-label')?.trim() ?? '')?.[0];
  return lead ? countFromText(lead, 'aria', locale) : undefined;
}

function readEnglishGroup(label: string, locale: string | undefined): Partial<Record<PostMetric, Count>> | undefined {
  if (!label) return undefined;
  const out: Partial<Record<PostMetric, Count>> = {};
  for (const part of label.split(/,\s+/)) {
    const m = /^(\S+)\s+(\S+)$/.exec(part.trim());
    const metric = m && LABEL_WORDS.find(([re]) => re.test(m[2]))?.[1];
    const count = m && countFromText(m[1], 'aria', locale);
    if (!metric || !count) return undefined; // not the English summary: read the buttons instead
    out[metric] = { ...count, raw: part.trim() };
  }
  for (const metric of ['comments', 'shares', 'likes', 'saves'] as const) {
    out[metric] ??= { value: 0, exact: true, min: 0, max: 0, source: 'aria', raw: label.slice(0, 200) };
  }
  return out;
}

interface ArticleReading {
  post: Post;
  /** Counts a button showed but did not label: left out. */
  unread: PostMetric[];
  author?: string;
  name?: string;
}

export function readArticle(article: Element, locale: string | undefined): ArticleReading | undefined {
  const status = statusOf(article);
  if (!status) return undefined;
  const author = authorOf(article);
  const unread: PostMetric[] = [];
  const counts = actionCounts(article, locale, unread);
  const post: Post = compact({
    id: status.id,
    url: `https://x.com/${status.handle}/status/${status.id}`,
    ...counts,
    postedAt: status.postedAt,
  });
  return { post, unread, author: author.handle ?? status.handle, name: author.name };
}

/**
 * Social context above a post: "Pinned" is plain text, "Kiko Beats reposted" links to the reposter:
 * <div data-testid="socialContext">Pinned</div> vs <a href="/Kikobeats"><span data-testid="socialContext">...</a>
 */
export function socialContext(article: Element, locale: string | undefined): 'pinned' | 'repost' | undefined {
  const ctx = own(article, S.socialContext.css);
  if (!ctx) return undefined;
  if (ctx.closest('a[href]')) return 'repost';
  // In English the word is known; other languages ("Fijado", "Angeheftet") go by the structure.
  return !/^en\b/i.test(locale ?? '') || /pinned/i.test(textOf(ctx)) ? 'pinned' : undefined;
}

/** The shown main columns (a previous page's column can linger beside the new one), else the document. */
export function mainColumns(doc: Document): (Document | Element)[] {
  return oncePerRead(doc, 'x:mainColumns', () => {
    // None at all: the page's whole scan is the selector engine's (a walk in script would be slower).
    if (!doc.querySelector(S.primaryColumn.css)) return [doc];
    const shown = outermost(doc, (el) => el.matches(S.primaryColumn.css)).filter((c) => isShown(c));
    return shown.length ? shown : [doc];
  });
}

/** The shown posts of the main column in page order, walked lazily (a reader that needs the first few stops early). */
export function* timelineArticles(doc: Document): Generator<Element> {
  for (const scope of mainColumns(doc)) {
    // <article data-testid="tweet">; quoted posts of blocked accounts nest an article: skip those.
    for (const a of inOrder(scope.getElementsByTagName('article'))) {
      if ((a.getAttribute('data-testid') === 'tweet' || a.getAttribute('role') === 'article') && !a.parentElement?.closest('article') && isShown(a)) yield a;
    }
  }
}
