// The youtube content script: lib/content/start.ts with the youtube adapter only.
import { siteContentScript } from '../lib/content/start';
import { youtube } from '../lib/sites/youtube';

export default defineContentScript(siteContentScript(youtube));
