/**
 * Preact components rendered in Node: into a fresh linkedom document that stands in as the global
 * `document` (Preact creates nodes through it) until the test ends, when the real one is put back.
 */
import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { afterEach } from 'vitest';

const original = globalThis.document;

/** Renders `node` into a new document's `#app` and returns that element. */
export function mount(node: ComponentChild): HTMLElement {
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  (globalThis as { document: unknown }).document = document;
  const app = document.getElementById('app') as unknown as HTMLElement;
  render(node, app);
  return app;
}

/** Call once in a test file that mounts: the real global document comes back after each test. */
export function restoreDocumentAfterEach(): void {
  afterEach(() => {
    (globalThis as { document: unknown }).document = original;
  });
}
