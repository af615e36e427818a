/**
 * A Facebook post page: the post's reactions (-> likes), comments, shares and views, and its
 * author. Sources: the rendered post, then the 2021 mobile site's MLiveData record, then the
 * post's JSON-LD, each only for the post id in the URL.
 */
import type { Snapshot } from '../../snapshot';
import { bestCount, compact, pageLocale, snapshot, textOf, type PageRoute } from '../common';
import { isShown } from '../common';
import { articleCounts, articleId, authorLink } from './article';
import { liveDataCounts, postingJsonLd } from './embedded';
import { SELECTORS } from './words';

export function readPost(doc: Document, url: string, route: PageRoute): Snapshot | null {
  const postId = route.postId!;
  const locale = pageLocale(doc);
  const notes: string[] = [];
  const article = postArticle(doc, postId);
  const shown = article ? articleCounts(doc, article, postId, locale, notes) : {};
  const live = liveDataCounts(doc, postId);
  const ld = postingJsonLd(doc, postId);
  const likes = bestCount(shown.likes, live?.likes, ld?.likes);
  if (likes && ld?.likes && ld.likes.value !== likes.value) {
    notes.push(`The post's structured data counts ${ld.likes.value} likes; the page shows ${likes.value}: the page's figure is used.`);
  }
  const author = article ? authorLink(article) : undefined;
  const handle = route.handle ?? handleOf(author?.getAttribute('href') ?? ld?.authorUrl);
  if (!handle) return null;
  const post = compact({
    id: postId,
    url,
    likes,
    comments: bestCount(shown.comments, live?.comments, ld?.comments),
    shares: bestCount(shown.shares, live?.shares, ld?.shares),
    views: bestCount(shown.views, ld?.views),
  });
  if (!post.likes && !post.comments && !post.shares && !post.views) return null;
  const profile = compact({ handle, name: ld?.authorName ?? (textOf(author) || undefined), followers: ld?.authorFollowers });
  return snapshot('facebook', url, 'post', profile, [post], notes);
}

/** The shown top-level post naming `postId`; or the only shown one, where the page holds just one. */
export function postArticle(doc: Document, postId: string): Element | undefined {
  const articles = Array.from(doc.querySelectorAll(SELECTORS.post.css)).filter((a) => !a.parentElement?.closest(SELECTORS.post.css) && isShown(a));
  return articles.find((a) => articleId(a) === postId) ?? (articles.length === 1 && !articleId(articles[0]) ? articles[0] : undefined);
}

function handleOf(href: string | undefined | null): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, 'https://www.facebook.com/');
    if (u.pathname === '/profile.php') return u.searchParams.get('id') ?? undefined;
    const first = u.pathname.split('/').filter(Boolean)[0];
    return first && /^[A-Za-z0-9.\-_]{2,80}$/.test(first) ? first : undefined;
  } catch {
    return undefined;
  }
}
