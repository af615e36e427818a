import { instagramReels } from './instagram';
import type { SyntheticPage } from './page';
import { tiktokGrid } from './tiktok';
import { xTimeline } from './x';
import { youtubeVideos } from './youtube';

export type { SiteId, SyntheticPage } from './page';

/** The heavy pages of the browser benchmark, one per site. */
export function syntheticPages(): SyntheticPage[] {
  return [xTimeline(), instagramReels(), tiktokGrid(), youtubeVideos()];
}
