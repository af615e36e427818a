/**
 * Threads' hooks and words, with where each was checked (tests/fixtures/threads/):
 * - profile-en.html: the logged-out profile as served in 2024-2025 (og:description "N Followers •
 *   N Threads • bio", og:url) with the app's embedded Relay data in `script[type="application/json"]`
 *   (posts with `code`, `like_count`, `text_post_app_info.{direct_reply_count, repost_count,
 *   quote_count}`, `user.username`; the user's `follower_count`), as public scraper tests parse it.
 * - post-es.html: a post page rendered in Spanish: action buttons whose svg carries the label
 *   ("Me gusta", "Responder", "Republicar", "Compartir") beside the count.
 * - evidence-replies-*.html: a post page with its replies, with and without the "Paid partnership" line.
 * - followers-dialog-en.html / followers-dialog-es.html: a profile with its followers dialog open and its website link.
 */
export const SELECTORS = {
  /** An action's icon; its button (role=button or button) holds the count. */
  actionIcon: { css: 'svg[aria-label]', checkedOn: ['profile-en.html', 'post-es.html'] },
  actionButton: { css: '[role="button"], button', checkedOn: ['profile-en.html', 'post-es.html'] },
  /** The header's website link, sent through Threads' redirector (./index.ts). */
  bioLink: { css: 'a[href*="l.threads.com"], a[href*="l.instagram.com"]', checkedOn: ['followers-dialog-en.html', 'followers-dialog-es.html'] },
  /** The followers list: a dialog with Followers / Following tabs (./followers.ts). */
  followersTab: { css: '[role="dialog"] [role="tab"][aria-selected]', checkedOn: ['followers-dialog-en.html', 'followers-dialog-es.html'] },
  followerLink: { css: '[role="dialog"] a[href^="/@"]', checkedOn: ['followers-dialog-en.html', 'followers-dialog-es.html'] },
  /** A post's container, whose words are its caption or reply (./extras.ts). */
  postContainer: { css: '[data-pressable-container]', checkedOn: ['profile-en.html', 'evidence-replies-undisclosed.html', 'evidence-replies-label.html'] },
} as const;

// Lower-case regex alternations of the svg labels, in the languages checked (en, es, fr, de, it, pt).
export const WORDS = {
  followers: 'followers|follower|seguidores|abonnés|abonnés·es|follower:innen|follower|seguaci',
  like: '^(?:like|unlike|me gusta|ya no me gusta|j’aime|je n’aime plus|gefällt mir|mi piace|curtir)$',
  reply: '^(?:reply|comment|responder|comentar|répondre|commenter|antworten|kommentieren|rispondi|commenta)$',
  repost: '^(?:repost|republicar|republier|reposten|ripubblica|repostar)$',
};
