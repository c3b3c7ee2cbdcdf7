/**
 * The editor server's JSON API (scripts/editor/server.ts). Every write carries the token the
 * server put in this page, so no other page can write through it.
 */

export interface StorySummary {
  id: string;
  title: string;
  problems: number;
}

export interface StoryFiles {
  files: Record<string, string>;
  version: string;
}

/** The files on disk changed since `baseVersion`: theirs, for "reload theirs". */
export class ChangedOnDisk extends Error {
  constructor(readonly theirs: StoryFiles) {
    super('changed on disk');
  }
}

function token(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="editor-token"]')?.content ?? '';
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(method === 'GET' ? {} : { 'X-Editor-Token': token() }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status === 409 && answer['files']) {
    throw new ChangedOnDisk({
      files: answer['files'] as Record<string, string>,
      version: String(answer['version'] ?? ''),
    });
  }
  if (!response.ok) {
    throw new Error(String(answer['error'] ?? `${response.status} ${response.statusText}`));
  }
  return answer as T;
}

export const listStories = () => request<StorySummary[]>('GET', '/api/stories');
export const createStory = (id: string) => request<{ id: string }>('POST', '/api/stories', { id });
export const readStory = (id: string) =>
  request<StoryFiles>('GET', `/api/stories/${encodeURIComponent(id)}`);
export const writeStory = (
  id: string,
  files: Record<string, string>,
  baseVersion: string,
  force = false,
) =>
  request<{ version: string }>('PUT', `/api/stories/${encodeURIComponent(id)}`, {
    files,
    baseVersion,
    ...(force ? { force: true } : {}),
  });
