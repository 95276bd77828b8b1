import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { openTestDatabase } from '../../../test/support/harness.js';
import type { HearthApp } from './deps.js';

describe('PLAT-8: the web app arrives compressed and cached', () => {
  let app: HearthApp;
  let drop: () => Promise<void>;
  let webRoot: string;
  // A stand-in for a Vite build: an index.html and a content-hashed script under assets/.
  const script = `export const greet = (name) => 'Hello, ' + name;\n`.repeat(200);

  beforeAll(async () => {
    webRoot = mkdtempSync(path.join(tmpdir(), 'hearth-web-'));
    mkdirSync(path.join(webRoot, 'assets'));
    writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Hearth</title><script type="module" src="/assets/index-Ab12Cd34.js"></script>');
    writeFileSync(path.join(webRoot, 'assets', 'index-Ab12Cd34.js'), script);
    const opened = await openTestDatabase();
    drop = opened.drop;
    app = await buildApp({ database: opened.database, config: opened.config, webRoot });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await drop();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('a hashed script is sent brotli- or gzip-encoded and cached for a year, unchanged once decoded', async () => {
    const br = await app.inject({ method: 'GET', url: '/assets/index-Ab12Cd34.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.rawPayload.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);

    const gzip = await app.inject({ method: 'GET', url: '/assets/index-Ab12Cd34.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(script);

    const plain = await app.inject({ method: 'GET', url: '/assets/index-Ab12Cd34.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('index.html, directly or as the fallback for a page address, must be revalidated every time', async () => {
    for (const url of ['/', '/index.html', '/investigations/123']) {
      const page = await app.inject({ method: 'GET', url });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['cache-control'], url).toBe('no-cache');
      expect(page.body, url).toContain('<title>Hearth</title>');
    }
  });

  it('large API answers (JSON) are compressed too', async () => {
    const spec = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(spec.statusCode).toBe(200);
    expect(spec.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(spec.rawPayload).toString()).openapi).toBe('3.1.0');
  });
});
