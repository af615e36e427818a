/**
 * The meta description Instagram's server writes ("2,362 Followers, 136 Following, 224 Posts -
 * See Instagram photos and videos from Pluto (@pluto__travel)", "298K likes, 553 comments -
 * willyrex on May 29, 2021: ..."). Instagram does not rewrite the meta tags on in-app navigation,
 * so they are read only when they name the URL's account AS the account (the description's last
 * "(@handle)", og:url / canonical), never when the handle only appears inside another field.
 */
import type { Count } from '../../snapshot';
import { leadingCount, metaContent } from '../common';
import type { ProfileCounts } from './embedded';
import { handleFromPath, namedHandle, ORIGIN, postIdFromPath } from './route';

/** Canonical identity of the server-rendered page: og:url, canonical link or app link path. */
function metaPaths(doc: Document): string[] {
  const urls = [
    metaContent(doc, 'og:url'),
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    metaContent(doc, 'al:android:url'),
  ];
  const paths: string[] = [];
  for (const u of urls) {
    if (!u) continue;
    try {
      paths.push(new URL(u, ORIGIN).pathname.replace(/\/?$/, '/'));
    } catch {
      // ignore an unparseable URL
    }
  }
  return paths;
}

/**
 * The counts before " - " in the meta description, each with the words around it:
 * "2,362 Followers, 136 Following, 224 Posts - ..." -> [{count: 2362, word: "followers"}, ...].
 * Undefined unless every part reads as a count.
 */
function metaParts(description: string, locale: string | undefined) {
  const head = description.split(/\s[-–—]\s/)[0];
  if (head === description) return undefined;
  const parts = head
    .split(/,\s+|[、，]\s*/)
    .map((part) => ({ count: leadingCount(part, 'meta', locale), word: part.toLowerCase() }));
  return parts.every((p) => p.count) ? (parts as { count: Count; word: string }[]) : undefined;
}

function metaDescription(doc: Document): string | undefined {
  return metaContent(doc, 'og:description') ?? metaContent(doc, 'description');
}

export function metaProfile(doc: Document, handle: string, locale: string | undefined): ProfileCounts {
  const description = metaDescription(doc);
  if (!description) return {};
  // The description ends "... from Name (@handle)" in every language (the handle's own parentheses
  // come last: a display name holding "(@x)" comes before them); og:url names the profile too.
  // Every identity the tags give must be this account, and at least one must be given.
  const identities = [
    namedHandle(description)?.handle,
    ...metaPaths(doc).map(handleFromPath),
  ].filter(Boolean);
  if (!identities.length || identities.some((h) => h !== handle)) return {};
  const parts = metaParts(description, locale);
  if (!parts || parts.length !== 3) return {};
  const byWord = (re: RegExp) => parts.find((p) => re.test(p.word))?.count;
  const english = [/\bfollowers?\b/, /\bfollowing\b/, /\bposts?\b/].every((re) => parts.some((p) => re.test(p.word)));
  return {
    name: nameBefore(metaContent(doc, 'og:title'), handle),
    // Instagram's template keeps the order followers, following, posts in every language.
    followers: english ? byWord(/\bfollowers?\b/) : parts[0].count,
    following: english ? byWord(/\bfollowing\b/) : parts[1].count,
    posts: english ? byWord(/\bposts?\b/) : parts[2].count,
  };
}

export function metaPost(doc: Document, postId: string, locale: string | undefined) {
  const description = metaDescription(doc);
  if (!description || !metaPaths(doc).some((p) => postIdFromPath(p)?.id === postId)) return {};
  // "298K likes, 553 comments - willyrex on May 29, 2021: ..." ("- willyrex el ...", "- willyrex am ...")
  const author = /\s[-–—]\s([a-z0-9._]{1,30})\s/i.exec(description)?.[1]?.toLowerCase();
  const titled = namedHandle(beforeSiteName(metaContent(doc, 'twitter:title')));
  const parts = metaParts(description, locale) ?? [];
  const english = parts.every((p) => /\b(likes?|comments?)\b/.test(p.word));
  let likes: Count | undefined;
  let comments: Count | undefined;
  if (english) {
    likes = parts.find((p) => /\blikes?\b/.test(p.word))?.count;
    comments = parts.find((p) => /\bcomments?\b/.test(p.word))?.count;
  } else if (parts.length === 2) {
    [likes, comments] = [parts[0].count, parts[1].count]; // the template's order: likes, comments
  }
  return { author: titled?.handle ?? author, name: titled?.name, likes, comments };
}

/** "Pluto (@pluto__travel) • Instagram photos and videos" -> "Pluto", when the handle matches. */
export function nameBefore(title: string | undefined, handle: string): string | undefined {
  const named = namedHandle(beforeSiteName(title));
  return named?.handle === handle ? named.name : undefined;
}

/**
 * The "Name (@handle)" part of a title, up to the last "(@handle)" before a bullet (a display name
 * may hold "(@other) •" itself), before Instagram's tail ("• Instagram photos and videos",
 * "• Instagram-Fotos und -Videos"); undefined for other titles ("Name on Instagram: caption"),
 * whose caption could hold any "(@handle)".
 */
function beforeSiteName(title: string | undefined): string | undefined {
  return /^(.*\(@[a-z0-9._]{1,30}\))\s*[•·|]/i.exec(title?.trim() ?? '')?.[1];
}
