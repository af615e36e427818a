/**
 * The popup's audience section, rendered with the real English and Spanish messages: the line with
 * the estimate and its interval, examples with their reasons, the prompt to scroll on a small sample,
 * and the prompt to open the followers list when there is none.
 */
import { describe, expect, it } from 'vitest';
import { AudienceView } from '../../../components/AudienceSample';
import { summarizeAudience } from '../../../lib/audience/summary';
import type { StoredAudience } from '../../../lib/storage/audience';
import { useMessages } from './support/messages';
import { mount, restoreDocumentAfterEach } from './support/mount';

restoreDocumentAfterEach();

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

function sample(real: number, fake: number): StoredAudience {
  const entries = [
    ...Array.from({ length: real }, (_, i) => ({ handle: `potter_${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26) | 0))}`, hasPicture: true, name: 'A Potter', day: '2025-03-10' })),
    ...Array.from({ length: fake }, (_, i) => ({ handle: `user${48290000 + i}`, hasPicture: false, name: '', day: '2025-03-10' })),
  ];
  return { platform: 'instagram', handle: 'pam', firstAt: '2025-03-10T12:00:00.000Z', updatedAt: '2025-03-10T12:00:00.000Z', seen: entries.length, entries };
}

describe('audience section', () => {
  it('states the sample, the estimate and its interval, with examples and their reasons (English)', () => {
    useMessages('en');
    const summary = summarizeAudience(sample(150, 150))!;
    const app = mount(<AudienceView summary={summary} />);
    const e = summary.estimate!;
    expect(text(app)).toContain(`Audience sample: 300 followers seen, about ${Math.round(e.share * 100)}% look fake (${Math.round(e.low * 100)}–${Math.round(e.high * 100)}%).`);
    expect(app.querySelectorAll('.audience-examples li')).toHaveLength(5);
    expect(text(app.querySelector('.audience-examples li')!)).toMatch(/^@user4829\d+: default picture, handle mostly digits, no name$/);
    expect(app.querySelector('.hint')).toBeNull();
    expect(summary.evidence).toBe('alert');
  });

  it('asks for more scrolling on a small sample, and to open the list when there is none (Spanish)', () => {
    useMessages('es');
    const app = mount(<AudienceView summary={summarizeAudience(sample(20, 5))} />);
    expect(text(app)).toContain('Muestra de la audiencia: 25 seguidores vistos');
    expect(text(app.querySelector('.hint')!)).toContain('baja más en la lista de seguidores');
    expect(summarizeAudience(sample(20, 5))!.evidence).toBe('none');
    const none = mount(<AudienceView summary={null} />);
    expect(text(none)).toContain('Abre la lista de seguidores');
  });
});
