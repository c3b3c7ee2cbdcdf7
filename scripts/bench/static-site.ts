/**
 * Serves the built app for the bench the way a static host or CDN serves it: every file of
 * `dist/` precompressed with gzip (level 9, like `gzip -9` or nginx `gzip_static`) and sent
 * compressed to browsers that accept it. The copy lives in `bench-output/site/` so `dist/` stays
 * exactly what the build wrote.
 */
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

/** One file of the built site. */
export interface Asset {
  /** Path below the site root with forward slashes, e.g. `assets/index-DbK_7ubZ.js`. */
  path: string;
  rawBytes: number;
  gzipBytes: number;
}

/** Compression level of the precompressed files (and so of every gzip figure in the report). */
export const GZIP_LEVEL = 9;

/** Every file below `dir`, recursively, as absolute-or-relative paths joined to `dir`. */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Gzip size of a buffer at the bench's level. */
export function gzipSize(data: Uint8Array): number {
  return gzipSync(data, { level: GZIP_LEVEL }).length;
}

/**
 * Copies `distDir` to `siteDir` with a `.gz` beside every file, and returns every asset with its
 * raw and gzip size, sorted by path.
 */
export function prepareSite(distDir: string, siteDir: string): Asset[] {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  cpSync(distDir, siteDir, { recursive: true });
  return compressFiles(siteDir);
}

/**
 * Writes a `.gz` beside every file below `siteDir/folder` (all of `siteDir` by default) and
 * returns them as assets (paths below the site root), sorted by path: for files added to the
 * site after `prepareSite`, such as the bench's reference pages.
 */
export function compressFiles(siteDir: string, folder = ''): Asset[] {
  const assets: Asset[] = [];
  for (const file of walk(join(siteDir, folder))) {
    if (file.endsWith('.gz')) continue;
    const data = readFileSync(file);
    const gzip = gzipSync(data, { level: GZIP_LEVEL });
    writeFileSync(`${file}.gz`, gzip);
    assets.push({
      path: relative(siteDir, file).split(sep).join('/'),
      rawBytes: data.length,
      gzipBytes: gzip.length,
    });
  }
  return assets.sort((a, b) => a.path.localeCompare(b.path));
}

/** One response the server sent. */
export interface ServedRecord {
  /** Path below the site root, as `sitePath` writes it (`index.html` for the root). */
  path: string;
  status: number;
  /** Body bytes sent: the `.gz` file's size when the response was compressed. */
  bytes: number;
}

/** Body bytes of each response, grouped by path in the order they were sent. */
export function bytesByPath(records: readonly ServedRecord[]): Map<string, number[]> {
  const byPath = new Map<string, number[]>();
  for (const record of records) {
    const list = byPath.get(record.path) ?? [];
    list.push(record.bytes);
    byPath.set(record.path, list);
  }
  return byPath;
}

/** A running static server; `close` stops it. */
export interface RunningSite {
  /** Root URL with a trailing slash, e.g. `http://127.0.0.1:40017/`. */
  baseUrl: string;
  /**
   * The responses sent since the last call, in the order they finished, once no response is in
   * flight (at most a second's wait); clears the log.
   */
  takeLog: () => Promise<ServedRecord[]>;
  close: () => Promise<void>;
}

/**
 * Serves `siteDir` (prepared by `prepareSite`) on a free local port, logging the body bytes of
 * every response: what went over the wire, whoever asked for it (the page, a worker, a route).
 */
export async function serveSite(siteDir: string): Promise<RunningSite> {
  const serve = sirv(siteDir, { dev: false, etag: true, gzip: true });
  let log: ServedRecord[] = [];
  let inFlight = 0;
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://site').pathname;
    const path = decodeURIComponent(pathname.slice(1));
    inFlight++;
    res.once('close', () => inFlight--);
    res.once('finish', () => {
      // sirv sends whole files with their length (the .gz file's when compressed).
      const length = Number(res.getHeader('content-length') ?? 0);
      log.push({
        path: path === '' || path.endsWith('/') ? `${path}index.html` : path,
        status: res.statusCode,
        bytes: Number.isFinite(length) ? length : 0,
      });
    });
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    takeLog: async () => {
      // A client can read a whole response before the server's 'finish' for it has run.
      for (let waitedMs = 0; inFlight > 0 && waitedMs < 1000; waitedMs += 10) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const taken = log;
      log = [];
      return taken;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
