/**
 * The fewest permissions that work, checked on the built manifests (README "Performance and
 * security" says why each is needed): `storage`, `scripting` (the followers-list reader and the
 * badge's panel injected on demand, lib/parts.ts, lib/background/inject.ts: no install warning) and host access to the supported sites,
 * nothing else; content scripts only there; no page may message the extension; nothing loosens the
 * extension pages' Content Security Policy; the only resources pages can load are the badge's CSS,
 * and only the site it is for.
 */
import { describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../../../lib/hosts';
import { builtOutputs, manifestOf } from './build';

const outputs = builtOutputs();

describe('built manifests', () => {
  it('exist: the Chrome build at least (npm test builds before the unit tests)', () => {
    expect(outputs.map((o) => o.name)).toContain('chrome-mv3');
  });

  describe.each(outputs)('$name', ({ name, dir }) => {
    const m = manifestOf(dir);
    const mv3 = m.manifest_version === 3;
    const sites = [...SITE_MATCHES].sort();

    it('asks for storage, scripting and the supported sites, nothing else', () => {
      if (mv3) {
        expect(m.permissions).toEqual(['storage', 'scripting']);
        expect([...(m.host_permissions as string[])].sort()).toEqual(sites);
      } else {
        // MV2 lists host access among the permissions.
        expect([...(m.permissions as string[])].sort()).toEqual([...sites, 'scripting', 'storage'].sort());
      }
      for (const key of ['optional_permissions', 'optional_host_permissions', 'externally_connectable', 'key', 'update_url', 'content_security_policy', 'sandbox', 'declarative_net_request', 'chrome_url_overrides', 'devtools_page', 'commands', 'oauth2']) {
        expect(m, `${name} has ${key}`).not.toHaveProperty(key);
      }
    });

    it('runs content scripts only on the supported sites, in the isolated world, when the page is idle', () => {
      const scripts = m.content_scripts as { matches: string[]; world?: string; all_frames?: boolean; run_at?: string; match_about_blank?: boolean }[];
      expect(scripts.length).toBeGreaterThan(0);
      const all = scripts.flatMap((s) => s.matches);
      expect([...all].sort()).toEqual(sites);
      for (const s of scripts) {
        expect(s.world ?? 'ISOLATED').toBe('ISOLATED');
        expect(s.all_frames ?? false).toBe(false);
        expect(s.match_about_blank ?? false).toBe(false);
        expect(s.run_at).toBe('document_idle');
      }
    });

    it('exposes no web-accessible resources: a page cannot probe for the extension', () => {
      // The badge's stylesheet is bundled into the content script (lib/content/badge-host.ts).
      expect(m.web_accessible_resources ?? []).toEqual([]);
    });

    it('has no background page or extension page that loads remote code', () => {
      const bg = m.background as { service_worker?: string; scripts?: string[]; page?: string } | undefined;
      for (const file of [bg?.service_worker, ...(bg?.scripts ?? [])].filter(Boolean)) expect(file).not.toMatch(/^https?:/);
      expect(bg?.page).toBeUndefined();
    });

    if (name.startsWith('firefox')) {
      it('declares its Firefox id and that it collects no data', () => {
        const gecko = (m.browser_specific_settings as { gecko: { id: string; data_collection_permissions: { required: string[] } } }).gecko;
        expect(gecko.id).toMatch(/@/);
        expect(gecko.data_collection_permissions.required).toEqual(['none']);
      });
    }
  });
});
