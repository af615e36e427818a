/**
 * The adapters' notes (Snapshot `notes`) as messages. Adapters run in every page and write their notes in English
 * (no catalogue in a content script); the common ones are recognised here and given a message id, with their numbers
 * and count names as parameters. A note not recognised stays as written, marked as the page reader's (PAGE_NOTE), so
 * the UI can show it as such. Pure.
 */
import { flat, num, ph, PAGE_NOTE, text, type Phrase } from '../phrase';

/** Count names in notes ("Could not read the followers count.") -> the suffix of noteCount_<name>. */
const COUNT_NAMES: Record<string, string> = {
  followers: 'followers', follower: 'followers', subscriber: 'subscribers', subscribers: 'subscribers', following: 'following',
  post: 'posts', posts: 'posts', video: 'videos', videos: 'videos', like: 'likes', likes: 'likes', 'total likes': 'totalLikes',
  comment: 'comments', comments: 'comments', share: 'shares', shares: 'shares', view: 'views', views: 'views',
};

type Rule = [RegExp, (m: RegExpMatchArray) => Phrase | null];

const count = (word: string) => (COUNT_NAMES[word] ? flat(`noteCount_${COUNT_NAMES[word]}`) : null);

const RULES: readonly Rule[] = [
  [/^Only the (\d+) most recent posts on the page were read: the score uses the most recent ones\.$/, (m) => ph('note_capped', num(Number(m[1])))],
  [/^Could not read the (?:video's |channel's )?([a-z ]+?) count\.$/, (m) => (count(m[1]) ? ph('note_unread', count(m[1])!) : null)],
  [/^The ([a-z ]+?) count was not shown on the page\.$/, (m) => (count(m[1]) ? ph('note_notShown', count(m[1])!) : null)],
  [/^Could not read the subscriber count \(the channel may hide it\)\.$/, () => ph('note_subscribersHidden')],
  [/^Could not read the comment count \(comments may be off, or not loaded yet\)\.$/, () => ph('note_commentsOff')],
  [/^The data embedded in the page describes an earlier video \(in-site navigation\); counts were read from the page itself\.$/, () => ph('note_staleVideo')],
  [/^The data embedded in the page describes another channel \(in-site navigation\); counts were read from the page itself\.$/, () => ph('note_staleChannel')],
  [/^The page description names another account \(in-site navigation\); counts were read from the page itself\.$/, () => ph('note_staleAccount')],
  [/^The page description names another account \(in-site navigation\); it was not used\.$/, () => ph('note_staleAccountUnused')],
  [/^The structured data in the page describes another (profile|post) \(in-site navigation\); counts were read from the page itself\.$/, (m) => ph(m[1] === 'post' ? 'note_stalePost' : 'note_staleProfile')],
  [/^Follower count is not shown on a post page: open the profile to read it\.$/, () => ph('note_followersOnProfile')],
  [/^A reply, repost or like button showed a number without labelling it; that count was left out\.$/, () => ph('note_unlabelled')],
  [/^The author hides this post’s like count\.$/, () => ph('note_likesHiddenPost')],
  [/^The channel hides this video's like count\.$/, () => ph('note_likesHiddenVideo')],
  [/^No videos of this account were visible in the grid\.$/, () => ph('note_noVideos')],
  [/^No posts by this account were visible \(only reposts or ads\)\.$/, () => ph('note_onlyReposts')],
  [/^The page header still shows @(\S+); its counts were not used\.$/, (m) => ph('note_staleHeader', text(`@${m[1]}`))],
  [/^Tagged posts are by other accounts: they are not counted as this account’s posts\.$/, () => ph('note_tagged')],
  [/^The view count was not shown \(posts from before December 2022 have none\)\.$/, () => ph('note_xViews')],
];

export function noteOf(note: string): Phrase {
  for (const [re, make] of RULES) {
    const m = note.match(re);
    const phrase = m && make(m);
    if (phrase) return phrase;
  }
  return ph(PAGE_NOTE, text(note));
}
