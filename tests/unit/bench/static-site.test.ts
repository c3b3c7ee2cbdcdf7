import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bytesByPath,
  gzipSize,
  prepareSite,
  serveSite,
  type Asset,
  type RunningSite,
} from '../../../scripts/bench/static-site.ts';

const root = mkdtempSync(join(tmpdir(), 'bench-site-'));
const dist = join(root, 'dist');
const site = join(root, 'site');
const text = 'land '.repeat(2000);
let assets: Asset[];
let running: RunningSite;

beforeAll(async () => {
  mkdirSync(join(dist, 'basemap'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Map</title>');
  writeFileSync(join(dist, 'basemap', 'land.geojson'), text);
  assets = prepareSite(dist, site);
  running = await serveSite(site);
});

afterAll(async () => {
  await running?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Fetches a path as a browser that accepts gzip would; resolves to status, headers and body. */
function fetchGzip(path: string) {
  return new Promise<{ status: number; encoding: string | undefined; body: Buffer }>((resolve) => {
    get(`${running.baseUrl}${path}`, { headers: { 'accept-encoding': 'gzip, br' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          encoding: res.headers['content-encoding'],
          body: Buffer.concat(chunks),
        }),
      );
    });
  });
}

describe('prepareSite', () => {
  it('lists every file of the build with its raw and gzip size', () => {
    expect(assets).toEqual([
      {
        path: 'basemap/land.geojson',
        rawBytes: text.length,
        gzipBytes: gzipSize(Buffer.from(text)),
      },
      expect.objectContaining({ path: 'index.html' }),
    ]);
  });

  it('writes a gzip copy beside each file, as a precompressing host keeps them', () => {
    const copy = readFileSync(join(site, 'basemap', 'land.geojson.gz'));
    expect(gunzipSync(copy).toString()).toBe(text);
  });
});

describe('serveSite', () => {
  it('sends files gzip-compressed and logs the bytes that went over the wire', async () => {
    await running.takeLog();
    const response = await fetchGzip('basemap/land.geojson');
    expect(response.encoding).toBe('gzip');
    expect(gunzipSync(response.body).toString()).toBe(text);
    await fetchGzip('?story=x');
    expect(await running.takeLog()).toEqual([
      { path: 'basemap/land.geojson', status: 200, bytes: response.body.length },
      { path: 'index.html', status: 200, bytes: expect.any(Number) },
    ]);
  });

  it('logs a missing file as a 404 with its path', async () => {
    await running.takeLog();
    expect((await fetchGzip('basemap/none.geojson')).status).toBe(404);
    expect(await running.takeLog()).toMatchObject([{ path: 'basemap/none.geojson', status: 404 }]);
  });
});

describe('bytesByPath', () => {
  it('keeps each path’s responses in the order they were sent', () => {
    const byPath = bytesByPath([
      { path: 'a.js', status: 200, bytes: 10 },
      { path: 'b.js', status: 200, bytes: 5 },
      { path: 'a.js', status: 304, bytes: 0 },
    ]);
    expect([...byPath]).toEqual([
      ['a.js', [10, 0]],
      ['b.js', [5]],
    ]);
  });
});
