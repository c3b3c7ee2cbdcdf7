/**
 * What `npm run dev` serves of the story folders (issue 15), asked of a real Vite dev server
 * started here with the story-assets plugin: the published files of a story and nothing else, by
 * no route (encoded `..`, `/@fs/`, the folders' own paths, Vite's query suffixes), on loopback.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_STORIES } from './fixtures.ts';
import { serveStories } from './story-assets-site.ts';

const PRIVATE = 'PRIVATE-NOTE-NOT-FOR-READERS';
const work = mkdtempSync(path.join(tmpdir(), 'dev-server-'));
const project = path.join(work, 'project');
const storiesDir = path.join(project, 'geo', 'stories');
const secret = path.join(work, 'secret.json');
let server: ViteDevServer;
let port = 0;

beforeAll(async () => {
  cpSync(path.join(FIXTURE_STORIES, 'valid-minimal'), path.join(storiesDir, 'story'), {
    recursive: true,
  });
  writeFileSync(path.join(storiesDir, 'story', 'notes-private.json'), JSON.stringify({ PRIVATE }));
  writeFileSync(secret, JSON.stringify({ PRIVATE }));
  symlinkSync(secret, path.join(storiesDir, 'story', 'linked.json'));
  // A story whose listed layer is a link out: that layer is not served either.
  cpSync(path.join(FIXTURE_STORIES, 'valid-minimal'), path.join(storiesDir, 'linking'), {
    recursive: true,
  });
  rmSync(path.join(storiesDir, 'linking', 'cities.geojson'));
  symlinkSync(secret, path.join(storiesDir, 'linking', 'cities.geojson'));
  ({ server, port } = await serveStories(project, storiesDir));
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** GET with the path sent exactly as written (fetch would resolve `..` first). */
function get(pathAsSent: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: 'localhost',
        port,
        path: pathAsSent,
        headers: { host: `localhost:${port}`, ...headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the dev server', () => {
  it('listens on loopback only by default', () => {
    const { address } = server.httpServer?.address() as AddressInfo;
    expect(['127.0.0.1', '::1']).toContain(address);
  });

  it("serves a story's published files and its generated page", async () => {
    for (const name of ['story.json', 'cities.geojson', 'areas.geojson', 'index.html']) {
      const answer = await get(`/stories/story/${name}`);
      expect(answer.status, name).toBe(200);
    }
    const index = JSON.parse((await get('/stories/index.json')).body) as { id: string }[];
    expect(index.map((entry) => entry.id)).toEqual(['linking', 'story']);
  });

  it('keeps serving the basemap', async () => {
    const answer = await get('/basemap/land-110m.geojson');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ type: 'FeatureCollection' });
  });

  const refused = [
    // Files in the folder the story does not list, and links.
    '/stories/story/notes-private.json',
    '/stories/story/linked.json',
    '/stories/linking/cities.geojson',
    '/stories/nope/story.json',
    // Encoded ".." and separators.
    '/stories/story/..%2f..%2f..%2f..%2fsecret.json',
    '/stories/%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.json',
    '/stories/story/%2e%2e/story/notes-private.json',
    '/stories/story/..%5c..%5c..%5c..%5csecret.json',
    '/stories/story/%252e%252e/notes-private.json',
    '/stories/story/%ff',
    // The story folders by their own path, with Vite's query suffixes, and through /@fs/.
    '/geo/stories/story/notes-private.json',
    '/geo/stories/story/notes-private.json?import',
    '/geo/stories/story/notes-private.json?raw',
    '/geo/stories/story/notes-private.json?url',
    '/geo/stories/story/linked.json',
    '/GEO/Stories/story/notes-private.json',
    '/geo/./stories/story/notes-private.json',
    '/src/../geo/stories/story/notes-private.json',
    '/src/%2e%2e/geo/stories/story/notes-private.json',
    `/@fs${storiesDir}/story/notes-private.json`,
    `/@fs${storiesDir}/story/notes-private.json?import`,
  ];
  for (const pathAsSent of refused) {
    it(`answers 404 to ${pathAsSent}`, async () => {
      const answer = await get(pathAsSent);
      expect(answer.status).toBe(404);
      expect(answer.body).not.toContain(PRIVATE);
    });
  }

  // Outside the project Vite's own checks answer (403 or 404); nothing may come back.
  for (const pathAsSent of [
    `/@fs${secret}`,
    `/@fs${secret}?import`,
    `/@fs${secret}?raw`,
    '/..%2fsecret.json',
    '/%2e%2e/secret.json',
    '/../secret.json',
  ]) {
    it(`serves nothing outside the project for ${pathAsSent}`, async () => {
      const answer = await get(pathAsSent);
      expect([403, 404]).toContain(answer.status);
      expect(answer.body).not.toContain(PRIVATE);
    });
  }

  it('refuses a request for another host name (DNS rebinding)', async () => {
    const answer = await get('/stories/story/story.json', { host: 'evil.example' });
    expect(answer.status).toBe(403);
  });

  it('does not let another origin read a story', async () => {
    const answer = await get('/stories/story/story.json', { origin: 'https://evil.example' });
    expect(answer.headers['access-control-allow-origin']).not.toBe('https://evil.example');
    expect(answer.headers['access-control-allow-origin']).not.toBe('*');
  });
});
