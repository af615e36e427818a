// The bluesky content script: lib/content/start.ts with the bluesky adapter only.
import { siteContentScript } from '../lib/content/start';
import { bluesky } from '../lib/sites/bluesky';

export default defineContentScript(siteContentScript(bluesky));
