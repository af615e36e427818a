import { describe, expect, it } from 'vitest';
import { detectSponsorship, findingForPost, isCommercial, isDisclosed, isPlatformLabel, toPostSponsorship } from '../../../lib/evidence/sponsorship';
import { sponsoredReport } from '../../../lib/evidence/sponsored';
import { n, snap } from './helpers';
import { english } from '../../../lib/words-en';

const CODE_CAPTION = 'Morning routine with my new serum from @glowlab ✨ Use code ANNA15 for 15% off!';

describe('sponsorship detection', () => {
  it('a brand discount code without disclosure raises the undisclosed flag, quoting the evidence and naming the rules', () => {
    const report = sponsoredReport(snap([{ caption: CODE_CAPTION, likes: n(900), comments: n(40) }, { caption: 'Sunday walk', likes: n(1000), comments: n(30) }]));
    expect(report.undisclosed).toHaveLength(1);
    const flag = report.undisclosed[0];
    expect(flag.post).toBe('p0');
    expect(flag.evidence.join(' | ')).toContain('code ANNA15');
    expect(flag.evidence.join(' | ')).toContain('15% off');
    expect(flag.brands).toContain('glowlab');
    expect(report.rules.map(english).join(' ')).toMatch(/FTC/);
    expect(report.rules.map(english).join(' ')).toMatch(/ASA/);
    // Named, not judged: no rule text claims a breach.
    expect(report.rules.map(english).join(' ')).not.toMatch(/violat|illegal|breach/i);
  });

  it('the same post with the platform label "Paid partnership" is disclosed and not flagged', () => {
    const post = { caption: CODE_CAPTION, likes: n(900), comments: n(40), sponsorship: { disclosed: true, label: 'Paid partnership with glowlab', brands: ['glowlab'], evidence: [] } };
    const report = sponsoredReport(snap([post]));
    expect(report.undisclosed).toEqual([]);
    expect(report.disclosed).toEqual([{ post: 'p0', index: 0, disclosure: 'Paid partnership with glowlab' }]);
    expect(report.share).toBe(1);
  });

  it.each([
    ['#ad new drop from @brand, link amzn.to/3xYz', '#ad'],
    ['Neue Kollektion #werbung @marke', '#werbung'],
    ['Anzeige | mein Lieblingsshampoo', 'Anzeige'],
    ['Nuevo look #publi con @marca', '#publi'],
    ['Mi rutina #publicidad', '#publicidad'],
    ['Vidéo sponsorisée... sponsorisé par @marque', 'sponsorisé'],
    ['En partenariat rémunéré avec @marque', 'partenariat rémunéré'],
    ['Sponsored by @brand — code SAVE20', 'Sponsored by'],
    ['#Anzeige Testbericht', '#Anzeige'],
  ])('caption marker in %s discloses (%s)', (caption, marker) => {
    const f = detectSponsorship(caption);
    expect(isDisclosed(f)).toBe(true);
    expect(f.disclosures.map((d) => d.text.toLowerCase())).toContain(marker.toLowerCase());
  });

  it.each([
    'Great day at #adventure park with @friend',
    'Reading: the book I loved #adidas',
    'Road trip with @sam and @lee',
    'Use the code below to... just kidding, no code',
  ])('ordinary caption %s is neither disclosed nor commercial', (caption) => {
    const f = detectSponsorship(caption);
    expect(isDisclosed(f)).toBe(false);
    expect(isCommercial(f)).toBe(false);
  });

  it('finds affiliate and tracking links and commercial phrases beside a mention', () => {
    expect(detectSponsorship('Shop my look: liketk.it/4abc').links).toEqual(['liketk.it/4abc']);
    expect(detectSponsorship('Get it here https://shop.example.com/p?utm_source=ig&utm_campaign=anna').links).toHaveLength(1);
    expect(detectSponsorship('https://www.amazon.com/dp/B00X?tag=anna-20').links).toHaveLength(1);
    expect(detectSponsorship('https://example.com/blog').links).toEqual([]);
    expect(detectSponsorship('Thanks to @brand for these shoes').phrases).toHaveLength(1);
  });

  it('platform labels in several languages', () => {
    for (const l of ['Paid partnership with nike', 'Includes paid promotion', 'Colaboración pagada con x', 'Partenariat rémunéré avec y', 'Bezahlte Partnerschaft mit z', 'Promotional content'])
      expect(isPlatformLabel(l)).toBe(true);
    expect(isPlatformLabel('Original audio')).toBe(false);
  });

  it('round-trips through the Snapshot field when the caption is not kept', () => {
    const s = toPostSponsorship(detectSponsorship(CODE_CAPTION))!;
    expect(s.disclosed).toBe(false);
    const back = findingForPost({ sponsorship: s });
    expect(back && isCommercial(back)).toBe(true);
    expect(back!.codes.join(' ')).toContain('ANNA15');
  });

  it('medians of sponsored and organic posts with the posts they rest on', () => {
    const posts = [
      { caption: '#ad with @brand', likes: n(400), comments: n(10) },
      { caption: '#ad for @brand2', likes: n(600), comments: n(10) },
      { caption: 'holiday', likes: n(1000), comments: n(50) },
      { caption: 'cat', likes: n(2000), comments: n(50) },
      { caption: 'dog', likes: n(1500), comments: n(50) },
      { likes: n(5000) }, // no caption read: not classed either way
      { caption: 'pinned intro', likes: n(9000), pinned: true },
    ];
    const r = sponsoredReport(snap(posts, {}, 100_000));
    expect(r.known).toBe(5);
    expect(r.sponsored).toEqual({ posts: 2, rated: 2, median: (0.0041 + 0.0061) / 2 });
    expect(r.organic.posts).toBe(3);
    expect(r.organic.median).toBeCloseTo(0.0155, 6);
    expect(r.share).toBeCloseTo(0.4);
  });
});
