// The tiktok content script: lib/content/start.ts with the tiktok adapter only.
import { siteContentScript } from '../lib/content/start';
import { tiktok } from '../lib/sites/tiktok';

export default defineContentScript(siteContentScript(tiktok));
