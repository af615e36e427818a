/** Storage code warns when it sets data aside or a migration fails; tests that cause it on purpose silence that. */
import { afterEach, beforeEach, vi } from 'vitest';

export function silence(): void {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());
}
