/**
 * LinkedIn's selectors and the words beside its counts, with where each was checked.
 *
 * - ../shared/real-pages/linkedin_company_audiense.html (guest company page, 2024): description
 *   "Audiense | 5,750 followers on LinkedIn.", `h1` name, "London · 5,750 followers" subline,
 *   `article[data-activity-urn]` updates with `[data-test-id="main-feed-activity-card__entity-lockup"]`
 *   authors (a repost has "Audiense reposted this" above another author), `[data-num-reactions]`,
 *   `[data-num-comments]`, `aria-label="33 Reactions"`.
 * - tests/fixtures/linkedin/: a member profile (guest, English; JSON-LD Person with a FollowAction
 *   counter), a post page (guest, French; JSON-LD `DiscussionForumPosting`), a company page as the
 *   logged-in app renders it (Spanish; `data-urn` cards, reaction/comment/repost button labels).
 * - tests/fixtures/linkedin/evidence-update-*.html: a guest post page with its comments; evidence-update-app-es.html
 *   the same post in the logged-in app (Spanish).
 *
 * LinkedIn shows no followers list of another account: a member sees only their own followers, and
 * a company's followers are listed only to its admins. So there is no followers-list reader here.
 */
export const SELECTORS = {
  /** Update cards: guest pages and the logged-in app. */
  card: { css: 'article[data-activity-urn], [data-urn^="urn:li:activity:"], [data-id^="urn:li:activity:"]', checkedOn: ['real/linkedin_company_audiense.html', 'member-guest-en.html', 'post-guest-fr.html', 'company-app-es.html'] },
  /** The card's author: the guest lockup, or the logged-in actor block. */
  author: { css: '[data-test-id="main-feed-activity-card__entity-lockup"] a[href], [data-test-id="actor"] a[href], a[data-control-name="actor"]', checkedOn: ['real/linkedin_company_audiense.html', 'member-guest-en.html', 'post-guest-fr.html', 'company-app-es.html'] },
  reactions: { css: '[data-num-reactions]', checkedOn: ['real/linkedin_company_audiense.html', 'member-guest-en.html', 'post-guest-fr.html'] },
  comments: { css: '[data-num-comments]', checkedOn: ['real/linkedin_company_audiense.html', 'member-guest-en.html', 'post-guest-fr.html'] },
  /** An update's text on guest pages (./extras.ts); the app's is its card's own dir="ltr" block. */
  commentary: { css: '[data-test-id="main-feed-activity-card__commentary"]', checkedOn: ['real/linkedin_company_audiense.html', 'post-guest-fr.html', 'evidence-update-undisclosed.html'] },
  /** The logged-in card's actor block (name, headline, followers): not the update's text. */
  actor: { css: '[data-test-id="actor"]', checkedOn: ['company-app-es.html'] },
  /** Comments: the guest page's author link (its nearest section is the comment); the logged-in app's comment articles. */
  guestCommentAuthor: { css: 'a[data-tracking-control-name="public_post_comment_actor-name"]', checkedOn: ['evidence-update-undisclosed.html', 'evidence-update-label.html'] },
  appComment: { css: 'article[data-id^="urn:li:comment:"]', checkedOn: ['evidence-update-app-es.html'] },
  /** The company's website in its guest About block (through LinkedIn's redirector), or a member's. */
  bioLink: { css: '[data-test-id="about-us__website"] a[href], a[data-tracking-control-name="about_website"], a[data-tracking-control-name="public_profile_website"]', checkedOn: ['real/linkedin_company_audiense.html'] },
} as const;

// Lower-case regex alternations, in the languages checked (en, es, fr, de, it, pt).
export const WORDS = {
  followers: 'followers|follower|seguidores|seguidor|abonnés|abonné|follower:innen|follower|seguaci|seguidores',
  reactions: 'reactions|reaction|reacciones|reacción|réactions|réaction|reaktionen|reaktion|reazioni|reazione|reações|reação',
  comments: 'comments|comment|comentarios|comentario|commentaires|commentaire|kommentare|kommentar|commenti|commento|comentários|comentário',
  reposts: 'reposts|repost|veces compartido|vez compartido|republications|republication|reposts|mal geteilt|diffusions|condivisioni|compartilhamentos',
};
