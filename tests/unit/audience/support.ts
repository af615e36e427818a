/** Reading a followers-list fixture for the audience tests: parsed (optionally edited first), read, and checked against the Snapshot contract. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { AudienceSchema, type Audience } from '../../../lib/snapshot';
import { FIXTURES_DIR, parseDoc } from '../../support/fixtures';

export function doc(path: string, edit: (h: string) => string = (h) => h): Document {
  return parseDoc(edit(readFileSync(resolve(FIXTURES_DIR, path), 'utf8')));
}

export function read(reader: (d: Document, u: URL) => Audience | null, path: string, url: string, edit?: (h: string) => string): Audience {
  const audience = reader(doc(path, edit), new URL(url));
  expect(audience).not.toBeNull();
  expect(AudienceSchema.safeParse(audience).success).toBe(true);
  return audience!;
}
