/**
 * Hostile account-controlled text (issue 17): what an account writes (its display name, and the
 * alt text of its images) is set to text that looks like counts or units in many languages, in
 * the rendered page and in the page's JSON strings. No count may change: every count the page
 * showed before is read the same or left out, and none appears from the account's own words.
 * Sites owned by this suite: YouTube, TikTok, Bluesky (Instagram and X have their own).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites';
import type { Snapshot } from '../../lib/snapshot';
import { countFields, pagesOf } from './support/mutate';

const HOSTILE = [
  '12 tūkst.', '412 tūkst. sekėjų', '48 હજાર', '1,000,000 followers', '9.9M subscribers', 'elfu 12', 'Dubu 1.2',
  '1,2 mil millones de visualizaciones', '@victim', '(@other.account)', '10,000 likes · 300 comments', '١٢ ألف', '1.2万 回視聴',
];

function read(html: string, url: string): Snapshot | undefined {
  const doc = parseHTML(html).document as unknown as Document;
  const r = readPage(doc, url);
  return r.status === 'ok' ? r.snapshot : undefined;
}

const jsonText = (s: string) => JSON.stringify(s).slice(1, -1);

for (const site of ['youtube', 'tiktok', 'bluesky']) {
  describe(`${site}: hostile text in what the account writes changes no count`, () => {
    const pages = pagesOf(site).filter((p) => p.html.length < 1_500_000);
    it('has pages', () => expect(pages.length).toBeGreaterThan(0));
    for (const page of pages) {
      const base = read(page.html, page.url);
      const name = base?.profile.name;
      if (!base || !name || name.length < 3) continue;
      it(`${page.name}: the display name "${name.slice(0, 30)}" and alt texts replaced by ${HOSTILE.length} hostile texts`, { timeout: 180_000 }, () => {
        const before = countFields(base);
        const problems: string[] = [];
        for (const hostile of HOSTILE) {
          // Large real pages take one placement each (a read of them costs about a second in linkedom).
          for (const placed of page.html.length > 300_000 ? [`${name} ${hostile}`] : [`${name} ${hostile}`, `${hostile} ${name}`]) {
            // In the markup and in JSON strings alike (the name as written in each).
            const html = page.html
              .split(jsonText(name)).join(jsonText(placed))
              .split(name).join(placed)
              .replace(/\balt="[^"]*"/g, `alt="${hostile}"`);
            const after = read(html, page.url);
            if (!after) continue; // refusing the page is a safe outcome
            for (const [field, c] of countFields(after)) {
              const was = before.get(field);
              if (!was) problems.push(`${JSON.stringify(placed)}: new count ${field} = ${c.value}`);
              else if (was.value !== c.value || was.exact !== c.exact) problems.push(`${JSON.stringify(placed)}: ${field} ${was.value} -> ${c.value}`);
            }
          }
        }
        expect(problems.slice(0, 10)).toEqual([]);
      });
    }
  });
}
