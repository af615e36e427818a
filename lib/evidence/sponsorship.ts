/**
 * Sponsorship from what a post shows: the platform's own label and the caption. Pure.
 *
 * - Disclosure: the platform's label ("Paid partnership with ...", "Includes paid promotion") or a
 *   caption marker (#ad, #werbung, "sponsorisé", ...). The FTC's Endorsement Guides (16 CFR 255) and
 *   the UK's ASA/CMA guidance accept both: a clear label or a hashtag such as #ad up front.
 * - Commercial evidence: discount codes, affiliate and tracking links, brand tags and @mentions.
 *
 * A code or an affiliate link without any disclosure is the pattern regulators act on (GUIDE
 * section 5). A bare @mention is not: people tag friends. So mentions are listed as brands, and
 * raise the flag only beside a commercial phrase ("thanks to @brand", "gifted by @brand").
 */
import type { Post } from '../snapshot';
import { clip, quote } from './text';

/** Labels the platforms print themselves (EN, ES, PT, FR, DE, IT), compared in lower case. */
const PLATFORM_LABELS = [
  'paid partnership', 'includes paid promotion', 'promotional content', 'sponsored', 'paid promotion', 'ad',
  'colaboración pagada', 'colaboración remunerada', 'incluye promoción pagada', 'contenido promocional', 'publicidad', 'patrocinado',
  'parceria paga', 'inclui promoção paga', 'conteúdo promocional',
  'partenariat rémunéré', 'inclut une communication commerciale', 'contenu promotionnel', 'sponsorisé',
  'bezahlte partnerschaft', 'enthält bezahlte werbung', 'werbeinhalt', 'gesponsert',
  'partnership retribuita', 'include promozione a pagamento', 'contenuto promozionale', 'sponsorizzato',
  // LinkedIn: "Promoted" on sponsored updates, "Brand partnership" on creators' branded posts.
  'promoted', 'brand partnership', 'promocionado', 'colaboración con marca', 'promovido', 'parceria de marca',
  'partenariat de marque', 'markenpartnerschaft', 'partnership con brand',
] as const;

/** True when a label text is (or begins with) one of the platforms' own disclosure labels. */
export function isPlatformLabel(text: string | undefined): boolean {
  if (!text) return false;
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return PLATFORM_LABELS.some((l) => t === l || t.startsWith(`${l} `) || t.startsWith(`${l} ·`));
}

/** Disclosure hashtags, by language (lower case, without '#'). */
const MARKER_TAGS = new Set([
  'ad', 'ads', 'advert', 'advertisement', 'advertising', 'sponsored', 'sponsor', 'paidpartnership', 'paidpartner', 'partner', 'gifted',
  'publi', 'publicidad', 'publicidade', 'anuncio', 'patrocinado', 'patrocinio', 'colaboracionpagada', 'parceriapaga', 'publipost',
  'pub', 'publicite', 'publicité', 'sponsorise', 'sponsorisé', 'partenariat', 'partenariatremunere', 'partenariatrémunéré',
  'werbung', 'anzeige', 'reklame', 'bezahltepartnerschaft', 'unbezahltewerbung',
  'adv', 'pubblicita', 'pubblicità', 'sponsorizzato',
  'reclame', 'gesponsord', 'betaaldepartnerschap', 'samarbete', 'sponsrad', 'annonse', 'reklama', 'wspolpraca', 'współpraca', 'mainos',
  'işbirliği', 'isbirligi', 'реклама', 'pr', '広告', '광고', '협찬', '广告', '推广',
]);

/** Disclosure phrases in captions (lower case; accents kept and also matched without). */
const MARKER_PHRASES = [
  'paid partnership', 'sponsored by', 'in partnership with', 'this post is sponsored', 'this video is sponsored', 'thanks to our sponsor',
  'advertisement', 'ad |', 'ad:', '[ad]', '(ad)',
  'publicidad', 'patrocinado por', 'colaboración pagada', 'colaboración remunerada', 'en colaboración con',
  'parceria paga', 'patrocinado pela', 'publicidade',
  'sponsorisé', 'sponsorisée', 'partenariat rémunéré', 'en partenariat avec', 'collaboration commerciale', 'communication commerciale',
  'werbung', 'anzeige', 'bezahlte partnerschaft', 'in kooperation mit', 'unbezahlte werbung', 'gesponsert von',
  'sponsorizzato da', 'in collaborazione con', 'pubblicità', 'partnership retribuita',
];

const strip = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '');

export interface SponsorshipFinding {
  /** The label or caption marker that discloses it, quoted; none when undisclosed. */
  disclosures: { kind: 'label' | 'marker'; text: string }[];
  codes: string[];
  links: string[];
  /** @mentions and platform brand tags. */
  brands: string[];
  /** Commercial phrases next to a mention ("thanks to @brand", "gifted by @brand"). */
  phrases: string[];
}

const CODE_WORDS = String.raw`(?:code|coupon|promo\s*code|promocode|discount\s*code|c[oó]digo(?:\s*de\s*descuento)?|cupom|cup[oó]n|rabattcode|gutscheincode|gutschein|code\s*promo|codice(?:\s*sconto)?|kod|kortingscode)`;
const CODE_RE = new RegExp(String.raw`${CODE_WORDS}\s*[:\-–»"'“”]*\s*([A-Za-z0-9][A-Za-z0-9_-]{2,19})\b`, 'giu');
const PERCENT_OFF = /\b\d{1,2}\s?%\s*(?:off|de\s*descuento|desconto|rabatt|de\s*r[ée]duction|di\s*sconto)\b/giu;

/** Hosts that are affiliate or tracking redirects, and query keys that carry an affiliate tag. */
const AFFILIATE_HOSTS = [
  'amzn.to', 'amzn.eu', 'a.co', 'shopstyle.it', 'liketk.it', 'liketoknow.it', 'rstyle.me', 'shopltk.com', 'howl.me', 'go.skimresources.com',
  'click.linksynergy.com', 'awin1.com', 'shareasale.com', 'tidd.ly', 'pxf.io', 'sjv.io', 'geni.us', 'go.magik.ly', 'fave.co', 'bit.ly',
  'tinyurl.com', 'glnk.io', 'shop-links.co', 'kit.co', 'collabs.shop', 'ltk.app',
];
const AFFILIATE_KEYS = /[?&](?:tag|ref|aff|affiliate|aff_id|affid|utm_source|utm_campaign|utm_medium|irclickid|ranmid|clickref|partner)=/i;
const URL_RE = /\b(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s)"'<>]*)?/giu;

const COMMERCIAL_NEAR_MENTION = [
  'thanks to', 'thank you', 'gifted by', 'gifted from', 'partnered with', 'teamed up with', 'collab with', 'in collaboration with',
  'use my link', 'link in bio', 'shop', 'available at', 'gracias a', 'regalo de', 'merci à', 'merci a', 'danke an', 'grazie a', 'obrigado',
];

function addUnique(list: string[], value: string, max = 10) {
  if (list.length < max && !list.includes(value)) list.push(value);
}

function isAffiliate(url: string): boolean {
  const u = url.toLowerCase().replace(/^https?:\/\//, '');
  const host = u.split(/[/?#]/)[0].replace(/^www\./, '');
  if (AFFILIATE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) return true;
  if (/amazon\.[a-z.]+$/.test(host) && /[?&]tag=/.test(u)) return true;
  return AFFILIATE_KEYS.test(u);
}

/**
 * Reads a caption and a platform label. `tags` are brands the platform itself tagged (Instagram's
 * sponsor tags, TikTok's branded content partner).
 */
export function detectSponsorship(caption: string | undefined, label?: string, tags: readonly string[] = []): SponsorshipFinding {
  const text = clip(caption, 2000);
  const lower = text.toLowerCase();
  const plain = strip(lower);
  const finding: SponsorshipFinding = { disclosures: [], codes: [], links: [], brands: [], phrases: [] };
  if (label && isPlatformLabel(label)) finding.disclosures.push({ kind: 'label', text: quote(label, 100) });

  for (const m of text.matchAll(/#([\p{L}\p{N}_]+)/gu)) {
    const tag = m[1].toLowerCase();
    if (MARKER_TAGS.has(tag) || MARKER_TAGS.has(strip(tag))) {
      if (!finding.disclosures.some((d) => d.text === `#${m[1]}`)) finding.disclosures.push({ kind: 'marker', text: `#${m[1]}` });
    }
  }
  for (const phrase of MARKER_PHRASES) {
    const at = lower.indexOf(phrase) >= 0 ? lower.indexOf(phrase) : plain.indexOf(strip(phrase));
    if (at < 0) continue;
    // Whole words only: "ad:" must not match "read:", "anzeige" not "anzeigen" is fine either way.
    const before = at === 0 ? ' ' : plain[at - 1];
    if (/[\p{L}\p{N}]/u.test(before)) continue;
    if (!finding.disclosures.some((d) => d.kind === 'marker' && d.text.toLowerCase() === phrase)) finding.disclosures.push({ kind: 'marker', text: text.slice(at, at + phrase.length) });
    if (finding.disclosures.length >= 6) break;
  }

  for (const m of text.matchAll(CODE_RE)) {
    const code = m[1];
    // A code is written as one: capitals or digits ("SAVE20", "ANNA15"), not an ordinary word ("code is below").
    if (/[A-Z]{2,}|\d/.test(code) && !/^\d+$/.test(code)) addUnique(finding.codes, quote(m[0], 60));
  }
  for (const m of text.matchAll(PERCENT_OFF)) addUnique(finding.codes, quote(m[0], 40));
  for (const m of text.matchAll(URL_RE)) {
    if (!/[./]/.test(m[0]) || /^\d/.test(m[0])) continue;
    if (isAffiliate(m[0])) addUnique(finding.links, quote(m[0], 80));
  }
  for (const m of text.matchAll(/(^|[^\p{L}\p{N}_])@([\p{L}\p{N}_.]{2,30})/gu)) {
    const handle = m[2].replace(/\.$/, '');
    addUnique(finding.brands, handle, 20);
    const start = Math.max(0, (m.index ?? 0) - 40);
    const near = lower.slice(start, (m.index ?? 0) + 1);
    const phrase = COMMERCIAL_NEAR_MENTION.find((p) => near.includes(p));
    if (phrase) addUnique(finding.phrases, quote(text.slice(start, (m.index ?? 0) + m[0].length).trim(), 80));
  }
  for (const tag of tags) addUnique(finding.brands, clip(tag.replace(/^@/, ''), 100), 20);
  return finding;
}

/** Whether a finding carries commercial evidence strong enough for the undisclosed flag. */
export function isCommercial(f: SponsorshipFinding): boolean {
  return f.codes.length > 0 || f.links.length > 0 || f.phrases.length > 0;
}

export function isDisclosed(f: SponsorshipFinding): boolean {
  return f.disclosures.length > 0;
}

/**
 * The Snapshot's `sponsorship` field (lib/snapshot.ts) from a finding; undefined when there is
 * nothing to say. Evidence strings are "kind: quote", kind one of marker, code, link, mention-phrase.
 */
export function toPostSponsorship(f: SponsorshipFinding): Post['sponsorship'] {
  const label = f.disclosures.find((d) => d.kind === 'label')?.text;
  const evidence = [
    ...f.disclosures.filter((d) => d.kind === 'marker').map((d) => `marker: ${d.text}`),
    ...f.codes.map((c) => `code: ${c}`),
    ...f.links.map((l) => `link: ${l}`),
    ...f.phrases.map((p) => `phrase: ${p}`),
  ].map((e) => clip(e, 200)).slice(0, 20);
  if (!label && !evidence.length && !f.brands.length) return undefined;
  return { disclosed: f.disclosures.length > 0, ...(label ? { label: clip(label, 200) } : {}), brands: f.brands.slice(0, 20).map((b) => clip(b, 100)), evidence };
}

/**
 * A post's finding from what the Snapshot holds: the caption read again when there is one, with
 * the adapter's label and brand tags; else the adapter's own evidence strings.
 */
export function findingForPost(post: Post): SponsorshipFinding | undefined {
  const s = post.sponsorship;
  if (post.caption !== undefined) return detectSponsorship(post.caption, s?.label ?? (s?.disclosed ? 'paid partnership' : undefined), s?.brands ?? []);
  if (!s) return undefined;
  const f: SponsorshipFinding = { disclosures: [], codes: [], links: [], brands: [...s.brands], phrases: [] };
  if (s.label) f.disclosures.push({ kind: 'label', text: s.label });
  else if (s.disclosed) f.disclosures.push({ kind: 'label', text: 'paid partnership' });
  for (const e of s.evidence) {
    const m = /^(marker|code|link|phrase): (.*)$/s.exec(e);
    if (!m) continue;
    if (m[1] === 'marker') f.disclosures.push({ kind: 'marker', text: m[2] });
    else if (m[1] === 'code') f.codes.push(m[2]);
    else if (m[1] === 'link') f.links.push(m[2]);
    else f.phrases.push(m[2]);
  }
  return f;
}
