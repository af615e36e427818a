// The instagram content script: lib/content/start.ts with the instagram adapter only.
import { siteContentScript } from '../lib/content/start';
import { instagram } from '../lib/sites/instagram';

export default defineContentScript(siteContentScript(instagram));
