/** Built sizes of the extension's scripts, raw and gzipped, from a build output directory. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuiltFile {
  part: 'content' | 'popup' | 'background' | 'other';
  file: string;
  bytes: number;
  gzipBytes: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = resolve(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function builtSizes(outDir: string): BuiltFile[] {
  return walk(outDir)
    .filter((f) => /\.(js|css|html)$/.test(f))
    .map((path) => {
      const file = relative(outDir, path);
      const data = readFileSync(path);
      const part: BuiltFile['part'] = file.startsWith('content-scripts/')
        ? 'content'
        : file === 'background.js'
          ? 'background'
          : /popup/.test(file)
            ? 'popup'
            : 'other';
      return { part, file, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
    })
    .sort((a, b) => a.part.localeCompare(b.part) || a.file.localeCompare(b.file));
}

/**
 * The content script a page loads: its JS file(s) under content-scripts/. With one script per
 * site, the largest (what the heaviest site loads); CSS is fetched into the badge's shadow root.
 */
export function contentScriptBytes(files: BuiltFile[]): { file: string; bytes: number; gzipBytes: number } {
  const js = files.filter((f) => f.part === 'content' && f.file.endsWith('.js')).sort((a, b) => b.bytes - a.bytes);
  return js[0] ?? { file: '(none)', bytes: 0, gzipBytes: 0 };
}
