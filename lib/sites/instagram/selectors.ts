/**
 * Every selector the Instagram adapter reads the rendered page with, and where each was checked:
 * the shared real pages (../shared/real-pages) and the fixtures in tests/fixtures/instagram,
 * whose top comments name the public sources of their structure. tests/unit/sites/instagram-
 * selectors.test.ts checks each selector still matches every page listed beside it. Never a
 * generated class name (GUIDE section 4).
 */
export const SELECTORS = {
  /** Profile header (2019-2025): <main><header>... handle heading, count list. */
  header: {
    css: 'header',
    checkedOn: ['profile-logged-in.html', 'reels-tab.html', 'rendered-profile-es.html', 'rendered-profile-de.html'],
  },
  /** The handle heading of the profile header: <h2><span>handle</span></h2> (earlier layouts <h1>). */
  handleHeading: { css: 'h2, h1', checkedOn: ['profile-logged-in.html', 'rendered-profile-es.html', 'rendered-profile-de.html'] },
  /** The bio's website link, through Instagram's redirector: <a href="https://l.instagram.com/?u=...">. */
  bioLink: { css: 'a[href*="l.instagram.com"]', checkedOn: ['rendered-profile-es.html'] },
  /** Count links: <a href="/HANDLE/followers/"><span title="2,230,586"><span>2.2M</span></span> followers</a>. */
  followersLink: { css: 'a[href$="/followers/"]', checkedOn: ['profile-logged-in.html', 'rendered-profile-es.html', 'rendered-profile-de.html'] },
  followingLink: { css: 'a[href$="/following/"]', checkedOn: ['profile-logged-in.html', 'rendered-profile-es.html', 'rendered-profile-de.html'] },
  /** The exact count behind a rounded one: the span's title attribute. */
  exactTitle: { css: 'a[href$="/followers/"] span[title]', checkedOn: ['profile-logged-in.html', 'rendered-profile-es.html', 'rendered-profile-de.html'] },
  /** The verified badge: <svg aria-label="Verified"> (its label is translated). */
  verified: {
    css: 'svg[aria-label="Verified"], svg[aria-label="Verificado"], svg[aria-label="Verifiziert"], svg[aria-label="Vérifié"], svg[aria-label="Verificato"]',
    checkedOn: ['profile-logged-in.html', 'rendered-profile-es.html', 'rendered-profile-de.html'],
  },
  /** Grid tiles (posts grid, Reels tab): links to /p/ID/, /reel/ID/ or /HANDLE/reel/ID/. */
  tile: { css: 'a[href*="/p/"], a[href*="/reel/"]', checkedOn: ['profile-logged-in.html', 'reels-tab.html', 'rendered-reels-es.html', 'rendered-profile-de.html'] },
  /** A tile's hover overlay: <ul><li>likes</li><li>comments</li></ul>. */
  tileOverlay: { css: 'ul > li', checkedOn: ['profile-logged-in.html', 'reels-tab.html', 'rendered-reels-es.html'] },
  /** Reels tab view count icon: its label is translated ("Icono de número de reproducciones"). */
  viewCountIcon: { css: 'svg[aria-label="View Count Icon"]', checkedOn: ['reels-tab.html'] },
  /** Pinned tile: <svg aria-label="Pinned post icon">. */
  pinnedIcon: { css: 'svg[aria-label="Pinned post icon"]', checkedOn: ['profile-logged-in.html'] },
  /** Post page or dialog: the likes link <a href="/p/ID/liked_by/">. */
  likesLink: {
    css: 'a[href*="/liked_by"]',
    checkedOn: ['post-page.html', 'post-dialog-friend.html', 'rendered-post-dialog-es.html', 'rendered-post-page-de.html'],
  },
  /** Where a post lives: its article (post page), or the dialog over a profile or feed. */
  postScope: { css: 'article, [role="dialog"], main', checkedOn: ['post-page.html', 'post-dialog-friend.html', 'rendered-post-dialog-es.html'] },
  /** The post's author link in its header, and its time. */
  postAuthor: { css: 'header a[href]', checkedOn: ['post-page.html', 'post-dialog-friend.html', 'rendered-post-page-de.html'] },
  postTime: { css: 'time[datetime]', checkedOn: ['post-page.html', 'post-dialog-friend.html', 'rendered-post-page-de.html'] },
  /** Badge anchor on a post: the author link in the post's header. */
  postHeaderLink: {
    css: 'article header a[href], [role="dialog"] header a[href], main header a[href]',
    checkedOn: ['post-page.html', 'post-dialog-friend.html', 'rendered-post-dialog-es.html'],
  },
} as const;

export const css = (key: keyof typeof SELECTORS): string => SELECTORS[key].css;

// Real pages: https://www.instagram.com/pluto__travel/ (server HTML, 2021), https://www.instagram.com/p/CPeC-Eenc8l/
// (server HTML, 2021), both in ../shared/real-pages; the rendered markup (2023-2025) is in the fixtures above.
