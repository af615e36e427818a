// The x content script: lib/content/start.ts with the x adapter only.
import { siteContentScript } from '../lib/content/start';
import { x } from '../lib/sites/x';

export default defineContentScript(siteContentScript(x));
