/**
 * "Copy as image": the report drawn into a PNG without any library. The report's DOM is serialised
 * (XMLSerializer, never innerHTML) into an SVG foreignObject together with the page's own
 * stylesheets, drawn on a canvas, and put on the clipboard where the browser allows writing images
 * (ClipboardItem); elsewhere the PNG is saved as a file instead. Images inside the report are
 * data: URLs (the logo), so nothing is fetched.
 */
function pageCss(): string {
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) rules.push(rule.cssText);
    } catch {
      // A stylesheet the page may not read: left out.
    }
  }
  return rules.join('\n');
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function renderPng(node: HTMLElement, scale = 2): Promise<Blob> {
  const width = Math.ceil(node.scrollWidth);
  const height = Math.ceil(node.scrollHeight);
  const body = new XMLSerializer().serializeToString(node);
  const bg = getComputedStyle(document.body).backgroundColor || '#ffffff';
  const rootClass = document.documentElement.className;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<foreignObject x="0" y="0" width="100%" height="100%">` +
    `<div xmlns="http://www.w3.org/1999/xhtml" class="${xmlText(rootClass)} rep-image" style="background:${xmlText(bg)};width:${width}px">` +
    `<style>${xmlText(pageCss())}</style>${body}</div></foreignObject></svg>`;
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be made'))), 'image/png'));
}

type CopyOutcome = 'copied' | 'saved';

/** Copies the PNG to the clipboard, or saves it when the browser cannot copy images. */
export async function copyAsImage(node: HTMLElement, fileName: string): Promise<CopyOutcome> {
  const png = await renderPng(node);
  const Item = (globalThis as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
  if (Item && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([new Item({ 'image/png': png })]);
      return 'copied';
    } catch {
      // Refused (no permission, or images not allowed): save it instead.
    }
  }
  const url = URL.createObjectURL(png);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return 'saved';
}
