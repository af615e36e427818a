// Hostile account text on Bluesky pages (tests/fuzz/support/hostile.ts): display names (everywhere
// the app shows them, labels quoting them included), bios, post text, image alt text, and the
// same strings in the page's JSON-LD.
import { attributeTargets, fuzzHostileText, jsonLdTargets, nameEverywhere, textTargets, type Target } from './support/hostile';

fuzzHostileText('bluesky', (doc): Target[] => {
  const headerName = doc.querySelector('[data-testid="profileHeaderDisplayName"]')?.childNodes[0]?.textContent ?? undefined;
  const authorName = doc.querySelector('[data-testid^="postThreadItem-by-"] a[aria-label]:not([aria-label$="avatar"])')?.getAttribute('aria-label') ?? undefined;
  return [
    ...nameEverywhere(doc, headerName, 'display name'),
    ...nameEverywhere(doc, authorName, 'author name'),
    ...textTargets(doc, '[data-testid="profileHeaderDescription"]', 'bio'),
    ...textTargets(doc, '[data-testid="postText"]', 'post text'),
    ...textTargets(doc, '[data-testid^="feedItem-by-"] a[aria-label="View profile"], [data-testid^="feedItem-by-"] a[aria-label="Ver perfil"]', 'name in a post'),
    ...textTargets(doc, '[data-testid^="feedItem-by-"] a[href^="/profile/"]:not([href*="/post/"]) div[dir]', "reposter's name"),
    ...attributeTargets(doc, 'img[alt]', 'alt', 'alt text'),
    ...jsonLdTargets(doc, ['name', 'description', 'text']),
  ];
});
