/**
 * Once per run of the browser tests: serves the built app (`dist/`, made by `npm run build` before
 * the tests) on a local port, as a static host would. Every browser test talks to this server and
 * nothing else. Under `/csp/`
 * the same files are served with the documented Content-Security-Policy header, and
 * `ARTICLE_PATH` answers with a test article page around the markup given in its `body` parameter
(and with the Content-Security-Policy given in its `csp` parameter, if any).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { CONTENT_SECURITY_POLICY } from '../../src/embed/csp.ts';
import { ARTICLE_PATH, articleHtml } from './article-page.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: Server | undefined;

/** Path prefix under which the app is served with its Content-Security-Policy. */
export const CSP_PREFIX = '/csp/';

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run "npm run build" first (npm test does it for you).');
  }
  const serveDist = sirv('dist', { dev: false, etag: true, gzip: false });
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === ARTICLE_PATH) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      // A host page with its own policy (scrolly-steps.test.ts).
      const policy = url.searchParams.get('csp');
      if (policy) res.setHeader('Content-Security-Policy', policy);
      res.end(articleHtml(url.searchParams.get('body') ?? ''));
      return;
    }
    if (req.url?.startsWith(CSP_PREFIX)) {
      req.url = req.url.slice(CSP_PREFIX.length - 1);
      res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    }
    serveDist(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
}

export async function teardown(): Promise<void> {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}
