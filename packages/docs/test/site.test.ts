import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apis } from '@clientele/schemas/registry';
import { buildSite, emittedSpecs, ensureSite, readSite, renderIndex, siteFiles } from '../src/index.ts';

const scratch = mkdtempSync(join(tmpdir(), 'clientele-docs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the emitted specs the site is built from', () => {
  it('are every API of the schemas, with every operation of its route table', () => {
    const specs = emittedSpecs();
    expect(specs.map((s) => s.api)).toEqual(apis.map((a) => a.name).sort());
    for (const api of apis) {
      const spec = specs.find((s) => s.api === api.name)!;
      expect(spec.title).toBe(api.title);
      expect(spec.operations.map((op) => op.operationId).sort()).toEqual(Object.keys(api.routes).sort());
    }
  });
});

describe('buildSite', () => {
  const out = join(scratch, 'site');

  it('writes the index, one reference page per API and the raw documents byte for byte', async () => {
    const manifest = await buildSite(out);
    const specs = emittedSpecs();
    expect(manifest.apis).toEqual(specs.map((s) => s.api));
    const files = await readSite(out);
    expect([...files.keys()].sort()).toEqual(
      ['index.html', ...specs.flatMap((s) => [`${s.api}/index.html`, `${s.api}/openapi.json`, `${s.api}/openapi.yaml`])].sort(),
    );
    for (const spec of specs) {
      expect(files.get(`${spec.api}/openapi.json`)!.equals(spec.json)).toBe(true);
      expect(files.get(`${spec.api}/openapi.yaml`)!.equals(spec.yaml)).toBe(true);
      const page = files.get(`${spec.api}/index.html`)!.toString('utf8');
      expect(page).toContain(`<title>${spec.title} · clientele API reference</title>`);
      // Redoc is embedded, not loaded from its CDN, and the page's policy allows no other host.
      expect(page).not.toMatch(/<(script|link|img)\b[^>]*\b(src|href)=["']?(https?:)?\/\//i);
      expect(page).toMatch(/Content-Security-Policy" content="default-src 'none';/);
    }
  });

  it('lists its files by URL path with where each is on disk (what the server keeps of it), the manifest left out', async () => {
    const files = siteFiles(out);
    const read = await readSite(out);
    expect([...files.keys()].sort()).toEqual([...read.keys()].sort());
    for (const [path, file] of files) expect(readFileSync(file).equals(read.get(path)!), path).toBe(true);
    expect(files.has('manifest.json')).toBe(false);
  });

  it('is reproducible: the same specs give the same bytes', async () => {
    const again = join(scratch, 'again');
    await buildSite(again);
    const [first, second] = await Promise.all([readSite(out), readSite(again)]);
    for (const [path, body] of first) expect(second.get(path)!.equals(body), path).toBe(true);
  });
});

describe('ensureSite', () => {
  it('builds a missing site, reuses a current one, and rebuilds a stale one', async () => {
    const dir = join(scratch, 'ensured');
    expect(await ensureSite(dir)).toEqual({ dir, built: true });
    expect(await ensureSite(dir)).toEqual({ dir, built: false });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, fingerprint: 'from older specs' }));
    expect(await ensureSite(dir)).toEqual({ dir, built: true });
  });

  it('two processes ensuring the same missing site at once both end with a whole site', async () => {
    const dir = join(scratch, 'raced');
    const results = await Promise.all([ensureSite(dir), ensureSite(dir)]);
    expect(results.every((r) => r.dir === dir)).toBe(true);
    const files = await readSite(dir);
    for (const spec of emittedSpecs()) expect(files.has(`${spec.api}/index.html`)).toBe(true);
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
  });
});

describe('renderIndex', () => {
  it('escapes what it prints from the documents', () => {
    const [spec] = emittedSpecs();
    const html = renderIndex([{ ...spec!, title: '<script>alert(1)</script>', summary: 'a & b' }]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('a &amp; b');
  });
});
