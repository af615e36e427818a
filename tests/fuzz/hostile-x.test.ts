// Hostile account text on X pages (tests/fuzz/support/hostile.ts): display names (everywhere X
// shows them), bios, post text, quoted names, reposters' names, image alt text.
import { attributeTargets, fuzzHostileText, nameEverywhere, textTargets, type Target } from './support/hostile';

fuzzHostileText('x', (doc): Target[] => {
  const headerName = doc.querySelector('[data-testid="UserName"] div[dir]')?.textContent ?? undefined;
  const authorName = doc.querySelector('[data-testid="User-Name"] a[href]')?.textContent ?? undefined;
  return [
    ...nameEverywhere(doc, headerName, 'display name'),
    ...nameEverywhere(doc, authorName, 'author name'),
    ...textTargets(doc, '[data-testid="UserDescription"]', 'bio'),
    ...textTargets(doc, '[data-testid="tweetText"]', 'post text'),
    ...textTargets(doc, '[data-testid="User-Name"] a[href] span', 'name in a post'),
    ...textTargets(doc, '[role="link"] [data-testid="User-Name"] span', 'quoted name'),
    ...textTargets(doc, 'a [data-testid="socialContext"]', "reposter's name"),
    ...attributeTargets(doc, 'article img[alt], [data-testid="UserName"] img[alt]', 'alt', 'alt text'),
  ];
});
