/**
 * Node-side entry (never bundled into the extension): HTML text + URL -> Snapshot + Analysis,
 * through the same adapters and scoring the content script and background use.
 */
import { parseHTML } from 'linkedom';
import { analyzeSnapshot } from '../lib/score';
import type { Analysis } from '../lib/score/types';
import { readPage } from '../lib/sites';
import { siteNames } from '../lib/sites/list';
import type { Snapshot } from '../lib/snapshot';

type HtmlAnalysis =
  | { status: 'ok'; snapshot: Snapshot; analysis: Analysis }
  | { status: 'unsupported'; message: string };

export function analyzeHtml(html: string, url: string): HtmlAnalysis {
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    return { status: 'unsupported', message: `not a URL: ${url}` };
  }
  const { document } = parseHTML(html);
  const reading = readPage(document as unknown as Document, parsedUrl.href);
  switch (reading.status) {
    case 'ok':
      return { status: 'ok', snapshot: reading.snapshot, analysis: analyzeSnapshot(reading.snapshot) };
    case 'unsupported-site':
      return { status: 'unsupported', message: `unsupported site: ${parsedUrl.hostname} (RealReach reads ${siteNames()})` };
    case 'no-account':
      return { status: 'unsupported', message: `no account on this page: ${parsedUrl.pathname} is not a ${reading.platform} profile or post URL` };
    case 'unrecognised':
      return { status: 'unsupported', message: `page not recognised as a ${reading.platform} profile or post: ${reading.reason}` };
    case 'waiting': // only in a content script: Node has every part
      return { status: 'unsupported', message: `the ${reading.platform} reader wanted parts loaded on demand (${reading.parts.join(', ')}), which a content script would load` };
  }
}
