/**
 * TikTok profile grid growing to 1,000 videos, in the markup the adapter reads
 * (tests/fixtures/tiktok/profile.html): data-e2e header counts and `user-post-item` cards with
 * `video-views`. Like the real page it embeds `__UNIVERSAL_DATA_FOR_REHYDRATION__` (~240 kB, as in
 * ../shared/real-pages/tiktok_profile_illojuan.html) describing this account, with an empty
 * itemList (2024+ pages load videos separately). Grid cards show views only, and the current
 * scoring rates likes: the badge does not depend on them (the bench times the reading instead).
 */
import { filler, pageScript, scriptJson, type SyntheticPage } from './page';

const HANDLE = 'bench.cocina';

const item = `
const HANDLE = ${JSON.stringify(HANDLE)};
function kindOf(i) { return 'own'; }
function item(i, kind, h, t) {
  const views = (kind === 'high' ? 1200000 : 48000) + i * 100;
  const shown = views >= 1e6 ? (views / 1e6).toFixed(1) + 'M' : (views / 1e3).toFixed(1) + 'K';
  const id = '74' + String(i).padStart(17, '0');
  return h('div', { id: 'grid-item-container-' + i }, h('div', { 'data-e2e': 'user-post-item', role: 'button' },
    h('a', { href: 'https://www.tiktok.com/@' + HANDLE + '/video/' + id, tabindex: '-1' },
      h('canvas', { width: '75', height: '100' }),
      h('div', null, h('div', null, h('strong', { 'data-e2e': 'video-views' }, shown))))));
}`;

export function tiktokGrid(total = 1000, batch = 30): SyntheticPage {
  const initial = 30;
  const scope = {
    __DEFAULT_SCOPE__: {
      'webapp.app-context': { language: 'es', region: 'MX' },
      'webapp.user-detail': {
        userInfo: {
          user: { id: '6811111111111111111', uniqueId: HANDLE, nickname: 'Bench Cocina', verified: false },
          stats: { followerCount: 128300, followingCount: 212, heartCount: 2500000, videoCount: 1000 },
          statsV2: { followerCount: '128345', followingCount: '212', heartCount: '2456789', videoCount: '1000' },
          itemList: [],
        },
      },
      'webapp.biz-context': filler(7, 235_000),
    },
  };
  const html = `<!DOCTYPE html>
<html lang="es" dir="ltr"><head><meta charset="UTF-8"><title>Bench Cocina (@${HANDLE}) | TikTok</title></head><body>
<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${scriptJson(scope)}</script>
<div id="app"><div data-e2e="user-page">
  <div><h1 data-e2e="user-title">${HANDLE}</h1><h2 data-e2e="user-subtitle">Bench Cocina</h2></div>
  <h3>
    <div><strong title="Siguiendo" data-e2e="following-count">212</strong><span data-e2e="following">Siguiendo</span></div>
    <div><strong title="Seguidores" data-e2e="followers-count">128.3K</strong><span data-e2e="followers">Seguidores</span></div>
    <div><strong title="Me gusta" data-e2e="likes-count">2.5M</strong><span data-e2e="likes">Me gusta</span></div>
  </h3>
  <div id="user-post-item-list" data-e2e="user-post-item-list"></div>
</div></div>
<script>${pageScript({ itemSource: item, container: '#user-post-item-list' }, initial)}</script>
</body></html>`;
  return { site: 'tiktok', url: `https://www.tiktok.com/@${HANDLE}`, total, batch, initial, badgeDependsOnPosts: false, html };
}
