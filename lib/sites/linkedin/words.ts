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
 */
export const SELECTORS = {
  /** Update cards: guest pages and the logged-in app. */
  card: { css: 'article[data-activity-urn], [data-urn^="urn:li:activity:"], [data-id^="urn:li:activity:"]', checkedOn: ['real/linkedin_company_audiense.html', 'member-guest-en.html', 'post-guest-fr.html', 'company-app-es.html'] },
  /** The card's author: the guest lockup, or the logged-in actor block. */
  author: { css: '[data-test-id="main-feed-activity-card__entity-lockup"] a[href], [data-test-id="actor"] a[href], a[data-control-name="actor"]', checkedOn: ['real/linkedin_company_audiense.html', 'member-guest-en.html', 'post-guest-fr.html', 'company-app-es.html'] },
  reactions: { css: '[data-num-reactions]', checkedOn: ['real/linkedin_company_audiense.html', 'member-guest-en.html', 'post-guest-fr.html'] },
  comments: { css: '[data-num-comments]', checkedOn: ['real/linkedin_company_audiense.html', 'member-guest-en.html', 'post-guest-fr.html'] },
} as const;

// Lower-case regex alternations, in the languages checked (en, es, fr, de, it, pt).
export const WORDS = {
  followers: 'followers|follower|seguidores|seguidor|abonnés|abonné|follower:innen|follower|seguaci|seguidores',
  reactions: 'reactions|reaction|reacciones|reacción|réactions|réaction|reaktionen|reaktion|reazioni|reazione|reações|reação',
  comments: 'comments|comment|comentarios|comentario|commentaires|commentaire|kommentare|kommentar|commenti|commento|comentários|comentário',
  reposts: 'reposts|repost|veces compartido|vez compartido|republications|republication|reposts|mal geteilt|diffusions|condivisioni|compartilhamentos',
};
