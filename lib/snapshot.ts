/**
 * The Snapshot: what one page shows about one account. Produced by a site adapter
 * (lib/sites/<site>.ts), consumed by scoring (lib/score), the background and the popup.
 * Field names are a contract (GUIDE section 3): tests and `npm run analyze` read them.
 *
 * Written with zod/mini so that validating it costs the content script little.
 */
import * as z from 'zod/mini';

export const PLATFORMS = [
  'instagram', 'tiktok', 'youtube', 'x', 'bluesky', 'threads', 'facebook', 'linkedin', 'twitch',
] as const;
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

export const COUNT_SOURCES = ['json-ld', 'embedded-json', 'meta', 'aria', 'text'] as const;
const CountSourceSchema = z.enum(COUNT_SOURCES);
export type CountSource = z.infer<typeof CountSourceSchema>;

const nonNegative = () => z.number().check(z.gte(0), z.lte(1e13));

/** A count as read from the page. `min`/`max` bound the true value of an abbreviated display. */
const CountSchema = z
  .object({
    value: nonNegative(),
    exact: z.boolean(),
    source: CountSourceSchema,
    raw: z.string().check(z.maxLength(200)),
    min: nonNegative(),
    max: nonNegative(),
  })
  .check(z.refine((c) => c.min <= c.value && c.value <= c.max, 'min <= value <= max'));
export type Count = z.infer<typeof CountSchema>;

const optionalCount = () => z.optional(CountSchema);
const shortText = (max: number) => z.string().check(z.maxLength(max));

const ProfileSchema = z.object({
  handle: shortText(200).check(z.minLength(1)),
  name: z.optional(shortText(300)),
  verified: z.optional(z.boolean()),
  followers: optionalCount(),
  following: optionalCount(),
  posts: optionalCount(),
  likes: optionalCount(),
  /** Twitch: viewers of the live stream now shown (GUIDE section 3). */
  liveViewers: optionalCount(),
  /** The website link the profile shows in its bio (redirectors unwrapped), for linking a creator's accounts. */
  bioLink: z.optional(shortText(2000).check(z.regex(/^https?:\/\/[^\s]+$/i))),
});
export type Profile = z.infer<typeof ProfileSchema>;

const PostSchema = z.object({
  id: z.optional(shortText(300)),
  url: z.optional(shortText(2000)),
  likes: optionalCount(),
  comments: optionalCount(),
  shares: optionalCount(),
  views: optionalCount(),
  saves: optionalCount(),
  pinned: z.optional(z.boolean()),
  likesHidden: z.optional(z.boolean()),
  postedAt: z.optional(shortText(64)),
  /** The post's disclosure and commercial evidence (GUIDE section 3), bounded. */
  sponsorship: z.optional(
    z.object({
      disclosed: z.boolean(),
      label: z.optional(shortText(200)),
      brands: z.array(shortText(100)).check(z.maxLength(20)),
      evidence: z.array(shortText(200)).check(z.maxLength(20)),
    }),
  ),
  /** The caption's first 500 characters, for the sponsorship and comment checks only. */
  caption: z.optional(shortText(500)),
});
export type Post = z.infer<typeof PostSchema>;

/** A visible top-level comment; `post` is the index in `posts` it belongs to. */
const CommentSchema = z.object({
  post: z.optional(z.number().check(z.int(), z.gte(0), z.lte(5000))),
  author: shortText(200),
  text: shortText(1000),
  likes: optionalCount(),
});
export type Comment = z.infer<typeof CommentSchema>;

/** One entry of a followers list as the user scrolled it. */
export const AudienceEntrySchema = z.object({
  handle: shortText(200).check(z.minLength(1)),
  name: z.optional(shortText(300)),
  hasPicture: z.optional(z.boolean()),
  verified: z.optional(z.boolean()),
  bio: z.optional(shortText(500)),
});
export type AudienceEntry = z.infer<typeof AudienceEntrySchema>;

export const AudienceSchema = z.object({
  source: z.literal('followers-list'),
  seen: z.number().check(z.int(), z.gte(0), z.lte(1e7)),
  entries: z.array(AudienceEntrySchema).check(z.maxLength(2000)),
});
export type Audience = z.infer<typeof AudienceSchema>;

export const PAGE_KINDS = ['profile', 'post', 'other'] as const;

export const SnapshotSchema = z.object({
  platform: PlatformSchema,
  url: shortText(2000),
  page: z.enum(PAGE_KINDS),
  capturedAt: shortText(64),
  profile: ProfileSchema,
  posts: z.array(PostSchema).check(z.maxLength(5000)),
  /** What the adapter looked for and could not read, in plain words (shown in the popup). */
  notes: z.optional(z.array(shortText(500)).check(z.maxLength(50))),
  /** Optional extras (GUIDE section 3): visible top-level comments, the followers list seen. */
  comments: z.optional(z.array(CommentSchema).check(z.maxLength(500))),
  audience: z.optional(AudienceSchema),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

export type PostMetric = 'likes' | 'comments' | 'shares' | 'views' | 'saves';
export const POST_METRICS: readonly PostMetric[] = ['likes', 'comments', 'shares', 'views', 'saves'];
