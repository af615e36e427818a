/**
 * Facebook's selectors and the words beside its counts, in one table with where each was checked.
 *
 * - tests/fixtures/facebook/page-desktop-en.html, page-desktop-es.html, post-desktop-de.html: today's
 *   www.facebook.com as public scraper tests and saved pages describe it (2023-2025): `role="article"`
 *   posts, "All reactions:" / "Todas las reacciones:" lines, "N comments" / "N shares" buttons,
 *   header links to /followers/ and /likes/.
 * - ../shared/real-pages/fb_page_nintendo_posts_mobile.html, fb_post_nintendo_mobile.html: the
 *   2021 mobile site (m.facebook.com): `<article data-ft>`, `aria-label="560 left reactions
 *   including Like, Love and Care"`, `data-sigil="comments-token"`, "N people like this",
 *   MLiveData `like_count`/`comment_count`/`share_count`, post JSON-LD `SocialMediaPosting`; on the post
 *   page its story text (`data-ft` tn "*s") and 108 `data-sigil="comment"` blocks of four stories.
 * - tests/fixtures/facebook/evidence-comments-*.html (post page with labelled comments), followers-tab-en/es.html
 *   (the followers tab).
 */
export const SELECTORS = {
  /** Posts: desktop feed units and the 2021 mobile site's story cards. */
  post: { css: '[role="article"], article', checkedOn: ['real/fb_page_nintendo_posts_mobile.html', 'page-desktop-en.html', 'page-desktop-es.html', 'post-desktop-de.html'] },
  /** The post's author link in its header (desktop h2/h3/h4, mobile <strong>). */
  author: { css: 'h2 a[href], h3 a[href], h4 a[href], strong a[href]', checkedOn: ['real/fb_page_nintendo_posts_mobile.html', 'page-desktop-en.html', 'page-desktop-es.html', 'post-desktop-de.html'] },
  /** Page header links whose text is the count. */
  followersLink: { css: 'a[href*="/followers"]', checkedOn: ['page-desktop-en.html', 'page-desktop-es.html'] },
  likesLink: { css: 'a[href*="/likes"], a[href*="friends_likes"]', checkedOn: ['page-desktop-en.html', 'page-desktop-es.html'] },
  /** A post's text: today's message block, the 2021 mobile story text (./extras.ts). */
  message: { css: '[data-ad-preview="message"], [data-ad-comet-preview="message"], [data-ft=\'{"tn":"*s"}\']', checkedOn: ['real/fb_post_nintendo_mobile.html', 'evidence-comments-undisclosed.html', 'evidence-comments-label.html'] },
  /** The 2021 mobile post page's story block (no <article> there). */
  mobileStory: { css: '[data-sigil~="story-div"]', checkedOn: ['real/fb_post_nintendo_mobile.html'] },
  /** Comments: today's labelled articles inside the post; the 2021 mobile comment blocks and their text. */
  comment: { css: '[role="article"][aria-label]', checkedOn: ['evidence-comments-undisclosed.html', 'evidence-comments-label.html'] },
  mobileComment: { css: '[data-sigil="comment"]', checkedOn: ['real/fb_post_nintendo_mobile.html'] },
  mobileCommentBody: { css: '[data-sigil="comment-body"]', checkedOn: ['real/fb_post_nintendo_mobile.html'] },
  /** The page's website link in its intro, through Facebook's redirector. */
  bioLink: { css: 'a[href*="facebook.com/l.php"]', checkedOn: ['real/fb_page_nintendo_posts_mobile.html', 'page-desktop-en.html'] },
  /** The followers tab (./followers.ts): the main column, the tab bar left out of it. */
  main: { css: '[role="main"]', checkedOn: ['followers-tab-en.html', 'followers-tab-es.html', 'page-desktop-en.html'] },
  tabBar: { css: '[role="tablist"]', checkedOn: ['followers-tab-en.html', 'followers-tab-es.html'] },
} as const;

// Lower-case alternations (regex) of the words beside each count, in the languages checked
// (en, es, fr, de, it, pt). Longer phrases first.
export const WORDS = {
  pageLikes: 'people like this|personas les gusta esto|personnes aiment ça|personen gefällt das|likes|me gusta|j’aime|j\'aime|„gefällt mir“-angaben|"gefällt mir"-angaben|gefällt-mir-angaben|mi piace|curtidas',
  followers: 'followers|seguidores|abonnés|abonnenten|follower|seguaci',
  reactions: 'all reactions|left reactions|reactions|todas las reacciones|reacciones|toutes les réactions|réactions|alle reaktionen|reaktionen|tutte le reazioni|reazioni|todas as reações|reações',
  comments: 'comments|comment|comentarios|comentario|commentaires|commentaire|kommentare|kommentar|commenti|commento|comentários|comentário',
  shares: 'shares|share|veces compartido|vez compartido|compartidos|partages|partage|mal geteilt|geteilt|condivisioni|condivisione|compartilhamentos|compartilhamento',
  views: 'views|view|plays|reproducciones|visualizaciones|vues|wiedergaben|aufrufe|visualizzazioni|riproduzioni|visualizações',
};
