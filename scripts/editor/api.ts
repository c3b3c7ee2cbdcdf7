/**
 * The editor's JSON API under /api/, as a Connect-style middleware (Vite's dev server in
 * `npm run edit`, a bare Node server in tests). Guards, in order, on every request: the Host must be
 * this server's loopback address (against DNS rebinding); a request that changes anything must come
 * from the editor's own origin, as JSON, with the token the editor page was given. The files
 * written are described in docs/story-format.md ("Files the editor writes").
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseStoryFiles, serializeStoryFiles } from '../../src/editor/core/document.ts';
import { loadStory } from '../../src/story/load-story.ts';
import { explainStoryId, scaffoldStory } from '../lib/scaffold-story.ts';
import { StoreError, StoryStore } from './story-store.ts';

export interface EditorApiOptions {
  /** The folder holding one folder per story (geo/stories in the repository). */
  storiesRoot: string;
  /** The secret the editor page sends as X-Editor-Token. */
  token: string;
  /** Today as YYYY-MM-DD, for new stories' `updated`. */
  today?: () => string;
}

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Largest request body accepted: far above any story, far below what would hurt the laptop. */
const MAX_BODY_BYTES = 20 * 1024 * 1024;

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

/** The hosts this server answers to: its loopback address and port, by IP or as localhost. */
function allowedHosts(req: IncomingMessage): string[] {
  const port = req.socket.localPort;
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Why the request may not go on (a 403 sentence), or undefined when it may. */
function explainRefusal(req: IncomingMessage, token: string): string | undefined {
  const hosts = allowedHosts(req);
  const host = req.headers.host ?? '';
  if (!hosts.includes(host)) {
    return `host "${host}" is not this editor: open it at http://${hosts[0]}/editor.html`;
  }
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const origin = req.headers.origin ?? '';
  if (!hosts.some((h) => origin === `http://${h}`)) {
    return `origin "${origin}" may not change stories: only the editor page at http://${host}/editor.html can`;
  }
  const given = req.headers['x-editor-token'];
  if (typeof given !== 'string' || !sameSecret(given, token)) {
    return 'the editor token is missing or wrong: reload the editor page';
  }
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) return 'send the request as application/json';
  return undefined;
}

async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new StoreError(413, 'the request is larger than 20 MB');
    chunks.push(chunk as Buffer);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // Answered below.
  }
  throw new StoreError(400, 'the request body must be a JSON object');
}

/**
 * The story id of `/api/stories/<id>`, decoded. Each path segment is decoded on its own, so an
 * encoded `..` or `/` stays inside the id, where the id check refuses it.
 */
function routeOf(url: string): { kind: 'list' } | { kind: 'story'; id: string } | undefined {
  const pathname = url.split('?')[0] ?? '';
  const segments = pathname.split('/').slice(1);
  if (segments[0] !== 'api' || segments[1] !== 'stories') return undefined;
  if (segments.length === 2 || (segments.length === 3 && segments[2] === ''))
    return { kind: 'list' };
  let id: string;
  try {
    id = segments.slice(2).map(decodeURIComponent).join('/');
  } catch {
    throw new StoreError(400, 'the story id in the address is not valid percent-encoding');
  }
  return { kind: 'story', id };
}

function errorCount(problems: readonly { severity: string }[]): number {
  return problems.filter((p) => p.severity === 'error').length;
}

/** The /api/ middleware; other paths go to `next`. */
export function createEditorApi(options: EditorApiOptions): Middleware {
  const store = new StoryStore(options.storiesRoot);
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const route = routeOf(req.url ?? '');
    if (!route) return send(res, 404, { error: 'no such API address' });
    const method = req.method ?? 'GET';
    if (route.kind === 'list' && method === 'GET') {
      const stories = await Promise.all(
        (await store.list()).map(async (id) => {
          const { files } = await store.read(id);
          const result = await loadStory(id, (name) => Promise.resolve(files[name] ?? null));
          const title = result.story?.title ?? (parseTitle(files['story.json']) || id);
          return { id, title, problems: errorCount(result.problems) };
        }),
      );
      return send(res, 200, stories);
    }
    if (route.kind === 'list' && method === 'POST') {
      const body = await readJsonBody(req);
      const id = typeof body.id === 'string' ? body.id : '';
      const problem = explainStoryId(id);
      if (problem) return send(res, 400, { error: problem });
      // Written in the editor's own layout, so the first save changes only what the editor changed.
      const parsed = parseStoryFiles(scaffoldStory(id, today()));
      const files = 'doc' in parsed ? serializeStoryFiles(parsed.doc) : scaffoldStory(id, today());
      await store.create(id, files);
      return send(res, 201, { id });
    }
    if (route.kind === 'story' && method === 'GET') {
      return send(res, 200, await store.read(route.id));
    }
    if (route.kind === 'story' && method === 'PUT') {
      const body = await readJsonBody(req);
      const files = body.files;
      if (typeof files !== 'object' || files === null || Array.isArray(files)) {
        return send(res, 400, { error: 'the body needs "files": { "<file name>": "<text>" }' });
      }
      const baseVersion = typeof body.baseVersion === 'string' ? body.baseVersion : undefined;
      const result = await store.write(
        route.id,
        files as Record<string, string>,
        baseVersion,
        body.force === true,
      );
      if ('conflict' in result) {
        return send(res, 409, {
          error:
            'the story changed on disk since it was opened: reload theirs, or save yours with force',
          ...result.conflict,
        });
      }
      return send(res, 200, result);
    }
    res.setHeader('Allow', route.kind === 'list' ? 'GET, POST' : 'GET, PUT');
    return send(res, 405, { error: `${method} is not allowed here` });
  }

  return (req, res, next) => {
    if (!(req.url ?? '').startsWith('/api/')) return next();
    const refusal = explainRefusal(req, options.token);
    if (refusal) return send(res, 403, { error: refusal });
    handle(req, res).catch((error: unknown) => {
      if (error instanceof StoreError) return send(res, error.status, { error: error.message });
      const reason = error instanceof Error ? error.message : String(error);
      send(res, 500, { error: `the editor server failed: ${reason}` });
    });
  };
}

function parseTitle(text: string | undefined): string {
  try {
    const title = (JSON.parse(text ?? '') as { title?: unknown }).title;
    return typeof title === 'string' ? title : '';
  } catch {
    return '';
  }
}
