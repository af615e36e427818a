/**
 * Instagram Reels tab growing to 1,000 tiles, in the markup the adapter reads
 * (tests/fixtures/instagram/reels-tab.html): header count links with the exact number in `title`,
 * tiles <a href="/HANDLE/reel/ID/"> holding the likes/comments overlay list and the view count
 * beside <svg aria-label="View Count Icon">. Like the real page, it embeds ~0.9 MB of
 * `<script type="application/json">` (config, and the profile's user object), which the adapter
 * has to skip or parse on every read.
 */
import { filler, pageScript, scriptJson, type SyntheticPage } from './page';

const HANDLE = 'bench.travels';

const item = `
const HANDLE = ${JSON.stringify(HANDLE)};
function item(i, kind, h, t) {
  const high = kind === 'high';
  const likes = (high ? 9800 : 1200) + (i % 7), comments = high ? 210 : 30, views = (high ? 412000 : 61000) + i * 13;
  const nf = (v) => v.toLocaleString('en-US');
  const k = (v) => v >= 1e6 ? (v / 1e6).toFixed(1) + 'M' : (v / 1e3).toFixed(1) + 'K';
  const id = 'C8' + String(i).padStart(9, '0');
  const span = (t) => h('span', { class: 'x1lliihq' }, h('span', { class: 'html-span' }, t));
  return h('div', null, h('a', { class: 'x1i10hfl', href: '/' + HANDLE + '/reel/' + id + '/', role: 'link', tabindex: '0' },
    h('div', { class: 'x1lliihq' },
      h('div', { class: 'x5yr21d', style: 'background-image: url(data:,)' }),
      h('div', { class: 'x1ey2m1c' }, h('ul', { class: 'x6s0dn4' }, h('li', null, span(nf(likes))), h('li', null, span(nf(comments))))),
      h('div', { class: 'x1ey2m1c' }, h('div', { class: 'x6s0dn4' },
        h('div', { class: 'x1lliihq' }, svg()),
        h('div', { class: 'x1lliihq' }, span(k(views))))))));
}
function svg() {
  const s = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  s.setAttribute('aria-label', 'View Count Icon'); s.setAttribute('role', 'img'); s.setAttribute('viewBox', '0 0 24 24');
  const t = document.createElementNS('http://www.w3.org/2000/svg', 'title'); t.textContent = 'View Count Icon'; s.append(t);
  return s;
}`;

export function instagramReels(total = 1000, batch = 24): SyntheticPage {
  const initial = 12;
  const user = { username: HANDLE, full_name: 'Bench | Travel', is_verified: false, follower_count: 120513, following_count: 312, media_count: 1024 };
  const blocks = [
    filler(1, 50_000),
    filler(2, 570_000, { require: [['ProfilePage', { user }]] }),
    filler(3, 180_000),
    filler(4, 100_000),
    filler(5, 50_000),
  ];
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Bench | Travel (@${HANDLE}) • Instagram photos and videos</title>
${blocks.map((b) => `<script type="application/json" data-sjs>${scriptJson(b)}</script>`).join('\n')}
</head><body>
<main role="main">
  <header>
    <section><h2 dir="auto"><span>${HANDLE}</span></h2></section>
    <section><ul>
      <li><div><span><span class="html-span">1,024</span></span> posts</div></li>
      <li><div><a href="/${HANDLE}/followers/" role="link"><span title="120,513"><span class="html-span">120K</span></span> followers</a></div></li>
      <li><div><a href="/${HANDLE}/following/" role="link"><span><span class="html-span">312</span></span> following</a></div></li>
    </ul></section>
  </header>
  <div><div class="_ac7v" id="grid"></div></div>
</main>
<script>${pageScript({ itemSource: item, container: '#grid' }, initial)}</script>
</body></html>`;
  return { site: 'instagram', url: `https://www.instagram.com/${HANDLE}/reels/`, total, batch, initial, badgeDependsOnPosts: true, html };
}
