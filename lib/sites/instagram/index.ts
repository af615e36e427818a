/**
 * Instagram adapter: profile pages (/HANDLE/, /HANDLE/reels/, /HANDLE/tagged/) and post pages
 * (/p/ID/, /reel/ID/, /HANDLE/p/ID/, also a post dialog opened over a profile or feed).
 *
 * Sources, best first (GUIDE section 4):
 * 1. embedded app state (embedded.ts), objects whose own username / shortcode is the URL's;
 * 2. the meta description (meta.ts), only when it names the URL's account or post as such:
 *    Instagram does not rewrite it on in-app navigation;
 * 3. the rendered page (header.ts, grid.ts, post.ts): what is shown and tied to this URL, with
 *    the selectors of selectors.ts. An exact count beats an abbreviated one whatever its source.
 */
import { instagramAdapter } from './adapter';
import { postReader } from './post-page';

/** Every page: profile pages (./adapter.ts) and post pages (./post-page.ts). */
export const instagram = instagramAdapter(postReader);

// Tested on: https://www.instagram.com/pluto__travel/ and https://www.instagram.com/p/CPeC-Eenc8l/ (../shared/real-pages),
// and the fixtures of tests/fixtures/instagram (rendered profiles, Reels tab, post page and dialog; en, es, de).
