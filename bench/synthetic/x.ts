/**
 * X profile timeline growing to 2,000 posts, in X's 2024-2025 markup as the adapter reads it
 * (tests/fixtures/x/profile.html): <article data-testid="tweet"> cells with the User-Name block,
 * the status link around <time>, and the action group's aria-label "N replies, N reposts, N likes,
 * N bookmarks, N views" with per-button labels. Every 10th cell is a repost of another account and
 * every 25th an ad, which the adapter must leave out. (X virtualises its timeline, keeping a few
 * dozen cells mounted; keeping all 2,000 mounted is the worst case.)
 */
import { pageScript, type SyntheticPage } from './page';

const HANDLE = 'bench_nadia';
const NAME = 'Nadia Bench';

const item = `
const HANDLE = ${JSON.stringify(HANDLE)}, NAME = ${JSON.stringify(NAME)};
const VOCAB = ['coffee', 'launch', 'thread', 'today', 'new', 'video', 'recipe', 'notes', 'build', 'ship'];
function kindOf(i) { return i % 10 === 9 || i % 25 === 24 ? 'other' : 'own'; }
function item(i, kind, h, t) {
  const ad = kind === 'other' && i % 25 === 24;
  const author = kind === 'other' ? (ad ? 'shinycloud' : 'rustlang') : HANDLE;
  const id = '18' + String(i).padStart(17, '0');
  const high = kind === 'high';
  const replies = high ? 60 : 5, reposts = high ? 40 : 3, likes = (high ? 2400 : 100) + (i % 7), marks = high ? 30 : 2, views = high ? 90210 + i : 5021 + i;
  const nf = (v) => v.toLocaleString('en-US');
  const text = Array.from({ length: 12 }, (_, j) => VOCAB[(i * 7 + j * 3) % VOCAB.length]).join(' ');
  const date = new Date(t), label = date.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const cell = h('div', { 'data-testid': 'cellInnerDiv' });
  const article = h('article', { 'data-testid': 'tweet', role: 'article', tabindex: '0' },
    kind === 'other' && !ad ? h('div', null, h('a', { dir: 'ltr', href: '/' + HANDLE, role: 'link' }, h('span', { 'data-testid': 'socialContext' }, NAME + ' reposted'))) : null,
    h('div', { 'data-testid': 'User-Name' },
      h('div', null, h('a', { href: '/' + author, role: 'link' }, h('span', null, kind === 'other' ? author : NAME))),
      h('div', null, h('a', { href: '/' + author, role: 'link', tabindex: '-1' }, h('span', null, '@' + author))),
      ad ? h('div', null, h('span', null, 'Ad'))
         : h('div', null, h('a', { 'aria-label': label, dir: 'ltr', href: '/' + author + '/status/' + id, role: 'link' }, h('time', { datetime: date.toISOString() }, label)))),
    h('div', { 'data-testid': 'tweetText', dir: 'auto', lang: 'en' }, h('span', null, text)),
    h('div', { 'aria-label': replies + ' replies, ' + reposts + ' reposts, ' + nf(likes) + ' likes, ' + marks + ' bookmarks, ' + nf(views) + ' views', role: 'group' },
      h('button', { 'aria-label': replies + ' Replies. Reply', 'data-testid': 'reply', type: 'button' }, h('span', { 'data-testid': 'app-text-transition-container' }, h('span', null, String(replies)))),
      h('button', { 'aria-label': reposts + ' reposts. Repost', 'data-testid': 'retweet', type: 'button' }, h('span', { 'data-testid': 'app-text-transition-container' }, h('span', null, String(reposts)))),
      h('button', { 'aria-label': likes + ' Likes. Like', 'data-testid': 'like', type: 'button' }, h('span', { 'data-testid': 'app-text-transition-container' }, h('span', null, likes >= 1000 ? (likes / 1000).toFixed(1) + 'K' : String(likes)))),
      h('a', { 'aria-label': views + ' views. View post analytics', href: '/' + author + '/status/' + id + '/analytics', role: 'link' }, h('span', null, (views / 1000).toFixed(1) + 'K')),
      h('button', { 'aria-label': 'Bookmark', 'data-testid': 'bookmark', type: 'button' })));
  if (ad) cell.append(h('div', { 'data-testid': 'placementTracking' }, article));
  else cell.append(article);
  return cell;
}`;

export function xTimeline(total = 2000, batch = 50): SyntheticPage {
  const initial = 20;
  const html = `<!DOCTYPE html>
<html dir="ltr" lang="en"><head><meta charset="utf-8"><title>${NAME} (@${HANDLE}) / X</title></head>
<body><div id="react-root"><main role="main"><div data-testid="primaryColumn">
  <div aria-label="Home timeline" tabindex="0">
    <div><h2 aria-level="2" dir="ltr" role="heading"><span>${NAME}</span></h2><div dir="ltr">12.4K posts</div></div>
    <div data-testid="UserName"><div><div dir="ltr"><span><span>${NAME}</span></span></div>
      <div><div dir="ltr"><span>@${HANDLE}</span></div></div></div></div>
    <div data-testid="UserDescription" dir="auto"><span>Synthetic benchmark profile.</span></div>
    <div><a dir="ltr" href="/${HANDLE}/following" role="link"><span><span>1,045</span></span> <span><span>Following</span></span></a></div>
    <div><a dir="ltr" href="/${HANDLE}/verified_followers" role="link"><span><span>48.2K</span></span> <span><span>Followers</span></span></a></div>
    <nav aria-label="Profile timelines" role="navigation"><div role="tablist">
      <a aria-selected="true" href="/${HANDLE}" role="tab"><span>Posts</span></a><a aria-selected="false" href="/${HANDLE}/with_replies" role="tab"><span>Replies</span></a></div></nav>
    <section aria-labelledby="accessible-list-1" role="region"><h1 id="accessible-list-1" role="heading">${NAME}’s posts</h1>
      <div aria-label="Timeline: ${NAME}’s posts" id="timeline"></div></section>
  </div>
</div></main></div>
<script>${pageScript({ itemSource: item, container: '#timeline' }, initial)}</script>
</body></html>`;
  return { site: 'x', url: `https://x.com/${HANDLE}`, total, batch, initial, badgeDependsOnPosts: true, html };
}
