import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import publishers from '../../data/publishers.json';
import reporting from '../../data/reporting.json';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));

// URLs that may appear in the bundle: the dataset's sources and reporting pages (shown as links,
// never fetched), plus standard namespace and licence strings of the libraries.
const allowedHosts = new Set([
  ...publishers.flatMap((p) => p.hosts),
  ...reporting.flatMap((r) => [r.en.url, r.fr.url]).filter((u): u is string => !!u?.startsWith('https://')).map((u) => new URL(u).hostname),
  'www.w3.org',
  'developer.mozilla.org',
  'github.com',
  'wxt.dev',
  'elections.ca',
]);

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s build', (target) => {
  const dir = join('.output', target);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const scripts = files(dir).filter((f) => f.endsWith('.js'));

  it('asks for exactly activeTab, contextMenus, scripting and storage, and no host or content script', () => {
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('has a strict CSP for extension pages', () => {
    expect(manifest.content_security_policy.extension_pages).toMatch(/script-src 'self'; object-src 'self'; connect-src 'self'/);
  });

  it('contains no network API calls and no unknown URLs', () => {
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      // Global fetch calls only (MiniSearch has a method named fetch). WXT's shadow-root code can
      // fetch a stylesheet from the package (runtime.getURL, or a <style> source URL); we pass the CSS
      // inline, so those paths never run, and the browser tests watch every request anyway.
      for (const m of code.matchAll(/(?<![.\w$])fetch\((?![^)]*\)\{)/g)) {
        const before = code.slice(Math.max(0, m.index - 300), m.index);
        expect(/getURL\(|createElement\("style"\)/.test(before), `fetch in ${file} at ${m.index}`).toBe(true);
      }
      expect(/new XMLHttpRequest|new WebSocket|sendBeacon|new EventSource/.test(code), `network API in ${file}`).toBe(false);
      const hosts = [...code.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)].map((m) => m[1]!.toLowerCase());
      expect(hosts.filter((host) => !allowedHosts.has(host)), file).toEqual([]);
    }
  });
});

describe('the Firefox build', () => {
  it('passes web-ext lint with no error and only the two warnings of Preact’s own innerHTML code', () => {
    const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as { errors: unknown[]; warnings: { code: string; file: string }[] };
    expect(report.errors).toEqual([]);
    const ours = report.warnings.filter((w) => w.code !== 'UNSAFE_VAR_ASSIGNMENT');
    expect(ours).toEqual([]);
    // Preact sets innerHTML only for dangerouslySetInnerHTML, which a unit test forbids in our code.
    const preact = report.warnings.filter((w) => w.code === 'UNSAFE_VAR_ASSIGNMENT');
    expect(preact.length).toBeLessThanOrEqual(2);
    for (const w of preact) expect(readFileSync(join('.output/firefox-mv3', w.file), 'utf8')).toContain('dangerouslySetInnerHTML');
  });

  const manifest = JSON.parse(readFileSync('.output/firefox-mv3/manifest.json', 'utf8'));
  it('runs the background as an event page and declares no data collection', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
