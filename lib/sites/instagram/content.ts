/**
 * The Instagram adapter the content script bundles (lib/sites/list.ts `contentAdapter`): profile
 * pages read at once, post pages by the reader a part brings (./post-page.ts, lib/parts.ts
 * `post-reader`), loaded the first time this page shows a post. Reads every page as ./index.ts
 * does once the part is here (tests/unit/sites/post-reader-parts.test.ts).
 */
import { readerFromPart } from '../page-kinds';
import { instagramAdapter } from './adapter';

export const instagram = instagramAdapter(readerFromPart('post-reader'));
