/**
 * The editor's API over real HTTP on a loopback port, against a temporary copy of ncg-2024.
 * Requests go through node:http, not fetch, so the Host header and unnormalised paths
 * (`..`, `%2e%2e`) reach the server exactly as an attacker would send them.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createEditorApi } from '../../../scripts/editor/api.ts';
import { NCG_FOLDER } from './story-files.ts';

const TOKEN = 'a'.repeat(48);
let workspace = '';
let storiesRoot = '';
let outside = '';
let server: Server | undefined;
let port = 0;

interface Reply {
  status: number;
  body: Record<string, unknown> & { error?: string };
}

function send(
  method: string,
  rawPath: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const own = `127.0.0.1:${port}`;
  const headers: Record<string, string> = {
    Host: own,
    ...(method === 'GET'
      ? {}
      : { Origin: `http://${own}`, 'X-Editor-Token': TOKEN, 'Content-Type': 'application/json' }),
    ...options.headers,
  };
  // An empty value means: leave this header out.
  const sent = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== ''));
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path: rawPath, headers: sent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply['body'],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body === undefined ? undefined : JSON.stringify(options.body));
  });
}

/** Every file under the workspace (stories and the folder outside them) with its bytes. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const info = statSync(full, { throwIfNoEntry: false });
      if (info?.isDirectory() && !full.endsWith('linked-out')) walk(full);
      else if (info?.isFile()) out[path.relative(workspace, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(workspace);
  return out;
}

beforeEach(async () => {
  server?.close();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
  workspace = mkdtempSync(path.join(tmpdir(), 'editor-api-'));
  storiesRoot = path.join(workspace, 'stories');
  outside = path.join(workspace, 'outside');
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.json'), '{"keep":"me"}\n');
  cpSync(NCG_FOLDER, path.join(storiesRoot, 'ncg-2024'), { recursive: true });
  const api = createEditorApi({ storiesRoot, token: TOKEN, today: () => '2026-01-02' });
  server = createServer((req, res) => api(req, res, () => res.writeHead(404).end('{}')));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});

afterAll(() => {
  server?.close();
  rmSync(workspace, { recursive: true, force: true });
});

async function openNcg(): Promise<{ files: Record<string, string>; version: string }> {
  const reply = await send('GET', '/api/stories/ncg-2024');
  expect(reply.status).toBe(200);
  return reply.body as unknown as { files: Record<string, string>; version: string };
}

describe('editor API', () => {
  it('lists stories, opens one and saves it atomically with a new version', async () => {
    expect((await send('GET', '/api/stories')).body).toEqual([
      { id: 'ncg-2024', title: expect.stringMatching(/^Nuclear talks/), problems: 0 },
    ]);
    const { files, version } = await openNcg();
    expect(Object.keys(files).sort()).toEqual(readdirSync(NCG_FOLDER).sort());
    const changed = (files['story.json'] ?? '').replace(
      '"updated": "2025-01-10"',
      '"updated": "2025-02-01"',
    );
    const saved = await send('PUT', '/api/stories/ncg-2024', {
      body: { files: { 'story.json': changed }, baseVersion: version },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).not.toBe(version);
    const folder = path.join(storiesRoot, 'ncg-2024');
    expect(readFileSync(path.join(folder, 'story.json'), 'utf8')).toBe(changed);
    expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect((await openNcg()).version).toBe(saved.body.version);
  });

  it('answers 409 with the files on disk when the base version is stale, and saves with force', async () => {
    const { files, version } = await openNcg();
    const storyFile = path.join(storiesRoot, 'ncg-2024', 'story.json');
    const theirs = (files['story.json'] ?? '').replace('2025-01-10', '2025-01-11');
    writeFileSync(storyFile, theirs); // a git pull while the editor had it open
    const mine = { 'story.json': (files['story.json'] ?? '').replace('2025-01-10', '2025-03-03') };
    const stale = await send('PUT', '/api/stories/ncg-2024', {
      body: { files: mine, baseVersion: version },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatch(/changed on disk/);
    expect((stale.body.files as Record<string, string>)['story.json']).toBe(theirs);
    expect(readFileSync(storyFile, 'utf8')).toBe(theirs);
    const forced = await send('PUT', '/api/stories/ncg-2024', {
      body: { files: mine, baseVersion: version, force: true },
    });
    expect(forced.status).toBe(200);
    expect(readFileSync(storyFile, 'utf8')).toBe(mine['story.json']);
  });

  it('creates a new story like npm run new-story, and refuses a taken or bad id', async () => {
    expect(await send('POST', '/api/stories', { body: { id: 'flood-2026' } })).toEqual({
      status: 201,
      body: { id: 'flood-2026' },
    });
    const opened = await send('GET', '/api/stories/flood-2026');
    expect(Object.keys(opened.body.files as object)).toContain('story.json');
    expect((await send('GET', '/api/stories')).body).toContainEqual({
      id: 'flood-2026',
      title: expect.any(String),
      problems: 0,
    });
    expect((await send('POST', '/api/stories', { body: { id: 'flood-2026' } })).status).toBe(409);
    const bad = await send('POST', '/api/stories', { body: { id: 'Flood 2026' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/flood-2026/);
  });

  describe('refuses, writing nothing', () => {
    const body = () => ({ files: { 'story.json': '{"hacked":true}\n' }, force: true });

    async function expectRefused(
      method: string,
      rawPath: string,
      status: number,
      message: RegExp,
      options: { body?: unknown; headers?: Record<string, string> } = {},
    ) {
      const before = snapshot();
      const reply = await send(method, rawPath, { body: body(), ...options });
      expect(reply.status, rawPath).toBe(status);
      expect(reply.body.error).toMatch(message);
      expect(snapshot()).toEqual(before);
    }

    it('a cross-origin request (a web page the reporter visits)', async () => {
      await expectRefused(
        'PUT',
        '/api/stories/ncg-2024',
        403,
        /origin "https:\/\/evil\.example" may not change stories/,
        {
          headers: { Origin: 'https://evil.example' },
        },
      );
      await expectRefused('POST', '/api/stories', 403, /origin "" may not/, {
        body: { id: 'x' },
        headers: { Origin: '' },
      });
    });

    it('a request without the token, or with a wrong one', async () => {
      await expectRefused('PUT', '/api/stories/ncg-2024', 403, /token is missing or wrong/, {
        headers: { 'X-Editor-Token': '' },
      });
      await expectRefused('PUT', '/api/stories/ncg-2024', 403, /token is missing or wrong/, {
        headers: { 'X-Editor-Token': 'b'.repeat(48) },
      });
    });

    it('a request under another Host name (DNS rebinding), even a read', async () => {
      const rebound = {
        Host: `attacker.example:${port}`,
        Origin: `http://attacker.example:${port}`,
      };
      await expectRefused(
        'PUT',
        '/api/stories/ncg-2024',
        403,
        /host "attacker\.example:\d+" is not this editor/,
        { headers: rebound },
      );
      const read = await send('GET', '/api/stories/ncg-2024', {
        headers: { Host: 'attacker.example' },
      });
      expect(read.status).toBe(403);
      expect(read.body.files).toBeUndefined();
    });

    it('a form post that is not JSON', async () => {
      await expectRefused('PUT', '/api/stories/ncg-2024', 403, /application\/json/, {
        headers: { 'Content-Type': 'text/plain' },
      });
    });

    it('path traversal in the story id: .., encoded %2e%2e and %2f, a bad id', async () => {
      // The path as sent, and the id the refusal names.
      const refused = [
        ['/api/stories/../outside', '../outside'],
        ['/api/stories/%2e%2e', '..'],
        ['/api/stories/%2e%2e%2foutside', '../outside'],
        ['/api/stories/%2Fetc', '/etc'],
        ['/api/stories/NCG_2024', 'NCG_2024'],
      ];
      for (const [path = '', id = ''] of refused) {
        const quoted = id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
        await expectRefused('PUT', path, 400, new RegExp(`story id "${quoted}" is not allowed`));
      }
    });

    it('file names that are paths: .., absolute, a subfolder, a name not .json/.geojson', async () => {
      for (const name of [
        '../outside/secret.json',
        '/tmp/evil.json',
        path.join(outside, 'secret.json'),
        'sub/x.json',
        '..json',
      ]) {
        await expectRefused('PUT', '/api/stories/ncg-2024', 400, /is a path|not allowed/, {
          body: { files: { [name]: '{}' }, force: true },
        });
      }
      await expectRefused('PUT', '/api/stories/ncg-2024', 400, /not allowed: use lowercase/, {
        body: { files: { 'run.sh': 'x' }, force: true },
      });
    });

    it('a story folder that is a link out of the stories folder', async () => {
      symlinkSync(outside, path.join(storiesRoot, 'linked-out'));
      await expectRefused(
        'PUT',
        '/api/stories/linked-out',
        400,
        /is a link or a file, not a folder/,
        {
          body: { files: { 'secret.json': '{"hacked":true}' }, force: true },
        },
      );
      expect((await send('GET', '/api/stories/linked-out')).status).toBe(400);
    });

    it('a file in the story folder that is a link out of it', async () => {
      symlinkSync(
        path.join(outside, 'secret.json'),
        path.join(storiesRoot, 'ncg-2024', 'notes.json'),
      );
      await expectRefused('PUT', '/api/stories/ncg-2024', 400, /notes\.json is a link/, {
        body: { files: { 'notes.json': '{"hacked":true}' }, force: true },
      });
    });

    it('a story that does not exist', async () => {
      await expectRefused('PUT', '/api/stories/nope', 404, /there is no story "nope"/);
    });
  });
});
