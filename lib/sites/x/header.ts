/**
 * The profile header of an X profile page: JSON-LD of server-rendered pages, then the rendered
 * header (follower links, the "@handle" line, the top bar's posts line). Each part is tied to the
 * URL's account: after in-app navigation the previous profile's header can linger.
 */
import type { Count } from '../../snapshot';
import { countFromNumber, countInElement, firstMatch, firstShown, interactionCount, isRecord, isShown, jsonLdObjects, leadingCount, textOf } from '../common';
import { oncePerRead } from '../read-scope';
import { mainColumns } from './article';
import { linkParts, same } from './route';
import { S } from './selectors';

export interface ProfileCounts {
  name?: string;
  followers?: Count;
  following?: Count;
  posts?: Count;
  bioLink?: string;
}

/** ProfilePage JSON-LD of server-rendered profiles, when its Person is the URL's account. */
export function jsonLdProfile(doc: Document, handle: string): ProfileCounts {
  for (const obj of jsonLdObjects(doc)) {
    for (const person of [obj, obj.mainEntity, obj.author]) {
      if (!isRecord(person) || !same(String(person.additionalName ?? ''), handle)) continue;
      const count = (action: string) => countFromNumber(interactionCount(person, action), 'json-ld');
      const result: ProfileCounts = {
        name: typeof person.name === 'string' ? person.name : undefined,
        followers: count('FollowAction'),
        following: count('SubscribeAction'),
        posts: count('WriteAction'),
        // "relatedLink": ["https://t.co/…", "http://kikobeats.com"]: the address itself, not X's shortened copy.
        bioLink: (Array.isArray(obj.relatedLink) ? obj.relatedLink : []).find((l): l is string => typeof l === 'string' && !/^https?:\/\/t\.co\//.test(l)),
      };
      if (result.followers || result.following || result.posts) return result;
    }
  }
  return {};
}

/** The header's display name line: the first <div dir> of the name block. */
export function nameLine(block: Element | undefined): Element | undefined {
  return block?.querySelector(S.lineWithDir.css) ?? undefined;
}

/**
 * The handle a header block shows, read from its own line (a later <div dir> holding only
 * "@handle"), never from the display name, which the account writes and may hold "@victim".
 */
export function headerHandle(block: Element): string | undefined {
  const name = nameLine(block);
  for (const line of Array.from(block.querySelectorAll(S.lineWithDir.css))) {
    if (!name || name === line || name.contains(line)) continue;
    const m = /^@([A-Za-z0-9_]{1,15})$/.exec(textOf(line));
    if (m) return m[1];
  }
  return undefined;
}

/** The shown profile header naming this account: <div data-testid="UserName"> name ... <span>@handle</span></div> */
export function userNameBlock(doc: Document, handle: string): Element | undefined {
  return oncePerRead(doc, `x:userNameBlock:${handle.toLowerCase()}`, () => {
    for (const scope of [...mainColumns(doc), doc]) {
      const block = firstShown(scope, S.userName.css, undefined, (b) => same(headerHandle(b), handle));
      if (block) return block;
    }
    return undefined;
  });
}

export function headerCounts(doc: Document, handle: string, tab: string | undefined, locale: string | undefined): ProfileCounts {
  // The first such link in document order: the header comes before the timeline, so walking the
  // live collection stops there instead of listing a long timeline's thousands of links.
  const link = (...paths: string[]) =>
    firstMatch(doc.getElementsByTagName('a'), (a) => {
      const [h, sub, ...more] = linkParts(a);
      return same(h, handle) && !more.length && paths.includes(sub) && !a.closest(S.article.css) && isShown(a);
    });
  // Profile header: <a href="/Kikobeats/verified_followers"><span>3,893</span> <span>Followers</span></a>
  // (older pages: /followers; "/followers_you_follow" is the "followed by people you know" line)
  const followers = countInElement(link('verified_followers', 'followers'), 'text', locale);
  // Profile header: <a href="/Kikobeats/following"><span>406</span> <span>Following</span></a>
  const following = countInElement(link('following'), 'text', locale);
  return { followers, following, posts: topBarPosts(doc, handle, tab, locale) };
}

/**
 * Top bar of a profile: <h2 role="heading">Kiko Beats</h2><div>23.9K posts</div>. The Media tab
 * shows "N photos & videos" there instead, so only the Posts and Replies tabs are read. The bar
 * names no handle: it is read only beside a header of the URL's account with the same name.
 */
function topBarPosts(doc: Document, handle: string, tab: string | undefined, locale: string | undefined): Count | undefined {
  if (tab && tab !== 'with_replies') return undefined;
  const block = userNameBlock(doc, handle);
  const name = textOf(nameLine(block));
  if (!block || !name) return undefined; // the bar may still describe the previous page
  // The bar of the header's own column: <h2> with the same name, shown.
  const column = block.closest(S.primaryColumn.css) ?? doc;
  const heading = firstShown(column, S.topBarHeading.css, undefined, (h) => textOf(h) === name);
  const line = heading?.nextElementSibling;
  const text = textOf(line);
  if (!line || text.length > 40 || !isShown(line)) return undefined;
  // In English the word must be "posts" (older pages: "Tweets"); other languages are taken on position.
  if (/^en\b/i.test(locale ?? 'en') && !/\b(posts?|tweets?)$/i.test(text)) return undefined;
  return leadingCount(text, 'text', locale);
}
