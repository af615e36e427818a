/**
 * The evidence sections as a person reads them in the breakdown, in English and Spanish: the
 * undisclosed-sponsorship flag with its evidence quoted and the rule named, comment quality with
 * examples, the price band with formula and sources, and no message key ever shown.
 */
import { describe, expect, it } from 'vitest';
import { EvidenceSections } from '../../../components/evidence/EvidenceSections';
import { analyzeSnapshot } from '../../../lib/score';
import { youtube } from '../../../lib/sites/youtube';
import { useMessages } from './support/messages';
import { mount, restoreDocumentAfterEach } from './support/mount';
import { siteFixtures } from '../../support/fixtures';

restoreDocumentAfterEach();

function snapshotOf(name: string) {
  return youtube.read(siteFixtures('youtube').doc(name), 'https://www.youtube.com/watch?v=eeeeeeeeeee')!;
}

function mountSections(name: string) {
  const snap = snapshotOf(name);
  return mount(<EvidenceSections snapshot={snap} analysis={analyzeSnapshot(snap, [])} />);
}
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');

describe('evidence sections', () => {
  it('English: flag with the evidence quoted and the rules named; comments; price with formula and sources', () => {
    const messages = useMessages('en');
    const app = mountSections('evidence-watch-undisclosed.html');
    const flag = app.querySelector('[data-flag="undisclosed"]')!;
    expect(text(flag)).toContain('Possible undisclosed sponsorship');
    expect(text(flag)).toContain('“code ANNA15”');
    expect(text(flag)).toContain('FTC');
    expect(text(flag)).toContain('ASA');
    expect(text(flag)).toContain('not a finding of a breach');
    const comments = text(app.querySelector('[data-section="comments"]')!);
    expect(comments).toContain('Generic ("nice pic", "love it", emoji only): 3 of 10');
    expect(comments).toContain('@podpal_anna: “nice video 🔥”');
    const price = app.querySelector('[data-section="price"]')!;
    expect(price.querySelector('[data-band="integration"]')).not.toBeNull();
    expect(text(price)).toMatch(/\$1,300 to \$3,400|\$\d[\d,]* to \$\d/);
    expect(text(price)).toContain('CPM');
    expect(text(price)).toContain('Influencer Marketing Hub');
    const leaked = Object.keys(messages).filter((k) => /[A-Z_]/.test(k) && new RegExp(`\\b${k}\\b`).test(text(app)));
    expect(leaked).toEqual([]);
  });

  it('Spanish, disclosed video: no flag, the disclosure listed', () => {
    useMessages('es');
    const app = mountSections('evidence-watch-disclosed.html');
    expect(app.querySelector('[data-flag="undisclosed"]')).toBeNull();
    const sponsored = text(app.querySelector('[data-section="sponsored"]')!);
    expect(sponsored).toContain('Publicaciones patrocinadas');
    expect(sponsored).toContain('“Includes paid promotion”');
  });
});

describe('in-page panel lines (lib/evidence/lines.ts), worded in the background', () => {
  it('one line per section the page shows, in the user\'s currency', async () => {
    useMessages('en');
    const { evidenceLines } = await import('../../../lib/evidence/lines');
    const snap = snapshotOf('evidence-watch-undisclosed.html');
    const lines = evidenceLines(snap, analyzeSnapshot(snap, []), 'en', { code: 'EUR', perUsd: 0.9 });
    expect(lines[0]).toBe('Sponsored: 100% of 1 posts read; 1 possibly undisclosed');
    expect(lines[1]).toBe('Generic comments: 3 of 10 shown');
    expect(lines[2]).toMatch(/^Fair price band: €[\d,]+ to €[\d,]+ \(see the breakdown\)$/);
    expect(lines).toHaveLength(3);
  });
});
