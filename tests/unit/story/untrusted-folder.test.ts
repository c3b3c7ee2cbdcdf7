/**
 * A story folder is untrusted input (issue 15): links and odd files are refused without being
 * read, files over their limits are refused at once, the editor learns which files stay private,
 * and the validator reports the true number of problems when it cuts its list.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  validateAll,
  validateFolder,
  validateFolders,
  type CliOutput,
} from '../../../scripts/lib/validate-cli.ts';
import {
  countProblems,
  loadStory,
  MAX_EVENTS,
  MAX_FEATURES,
  MAX_LAYER_FILE_BYTES,
  MAX_STORY_BYTES,
  MAX_STORY_FILE_BYTES,
} from '../../../src/story/index.ts';
import { FIXTURE_STORIES, loadFixture, memoryReader } from './fixtures.ts';

const SECRET = 'SECRET-OUTSIDE-THE-STORY';
const scratch = mkdtempSync(path.join(tmpdir(), 'untrusted-folder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of valid-minimal in the scratch folder. */
function copyValid(name: string): string {
  const folder = path.join(scratch, name);
  cpSync(path.join(FIXTURE_STORIES, 'valid-minimal'), folder, { recursive: true });
  return folder;
}

/** Runs the CLI body in process, keeping what it prints. */
async function runCli(body: (output: CliOutput) => Promise<number>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await body({ out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('links out of the story folder', () => {
  for (const fixture of ['layer-link-out', 'story-link-out']) {
    it(`${fixture}: refused without printing what the link points to or holds`, async () => {
      const result = await runCli((output) =>
        validateFolders([path.join(FIXTURE_STORIES, fixture)], output),
      );
      expect(result.code).toBe(1);
      expect(result.out).toContain('is a symbolic link');
      expect(result.out + result.err).not.toContain(SECRET);
      expect(result.out + result.err).not.toContain('outside-story');
    });
  }

  it('refuses a story folder that is itself a link, and validate-all names it', async () => {
    const root = path.join(scratch, 'linked-root');
    mkdirSync(root);
    symlinkSync(path.join(FIXTURE_STORIES, 'valid-minimal'), path.join(root, 'linked'));
    const direct = await validateFolder(path.join(root, 'linked'));
    expect(direct.story).toBeUndefined();
    expect(direct.problems).toEqual([
      expect.objectContaining({ pointer: '', message: expect.stringContaining('symbolic link') }),
    ]);
    const all = await runCli((output) => validateAll(root, output));
    expect(all.code).toBe(1);
    expect(all.out).toMatch(/linked: : is a symbolic link to a folder elsewhere/);
  });

  it('refuses a layer that is a hard link shared with a file outside the folder', async () => {
    const folder = copyValid('hard-link');
    const outside = path.join(scratch, 'outside-cities.geojson');
    cpSync(path.join(folder, 'cities.geojson'), outside);
    rmSync(path.join(folder, 'cities.geojson'));
    linkSync(outside, path.join(folder, 'cities.geojson'));
    const result = await validateFolder(folder);
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: `${folder}/cities.geojson`,
        message: expect.stringContaining('is a hard link shared with another file'),
      }),
    ]);
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a named pipe at once instead of waiting on it',
    async () => {
      const folder = copyValid('pipe');
      rmSync(path.join(folder, 'cities.geojson'));
      const made = spawnSync('mkfifo', [path.join(folder, 'cities.geojson')]);
      expect(made.status).toBe(0);
      const result = await validateFolder(folder);
      expect(result.problems.map((p) => p.message)).toEqual([
        expect.stringContaining('is not a regular file'),
      ]);
    },
  );
});

describe('files the story does not use', () => {
  it('are named in a warning each, and the run still passes', async () => {
    const folder = copyValid('unused');
    writeFileSync(path.join(folder, 'notes-private.json'), '{"tip": "from a source"}');
    writeFileSync(path.join(folder, '.DS_Store'), '');
    mkdirSync(path.join(folder, 'drafts'));
    const result = await runCli((output) => validateFolders([folder], output));
    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toEqual([
      `${folder}/drafts: : warning: is not used by story.json, so it is not published (it stays private): list it as a layer if the map should show it, or move it out of the folder`,
      `${folder}/notes-private.json: : warning: is not used by story.json, so it is not published (it stays private): list it as a layer if the map should show it, or move it out of the folder`,
      'ok: 1 story, 2 layers, 5 places, 4 events (2 warnings)',
    ]);
  });
});

// Some of these load 20,000 features or 120 MB of text: slow on a busy machine, never stuck.
describe('limits', { timeout: 30_000 }, () => {
  it('refuses a layer file over the limit from its size alone, at once', async () => {
    const folder = copyValid('oversized');
    // A sparse file: 60 MB on paper, nothing on disk, and nothing read.
    truncateSync(path.join(folder, 'areas.geojson'), 60_000_000);
    const result = await validateFolder(folder);
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: `${folder}/areas.geojson`,
        pointer: '',
        message: `is 60 MB, over the ${MAX_LAYER_FILE_BYTES / 1e6} MB limit for a layer file, so it was not read: simplify its shapes (e.g. mapshaper -simplify 10%) or split it into several layers`,
      }),
    ]);
  });

  it('refuses a story.json over its limit', async () => {
    const folder = copyValid('oversized-story');
    truncateSync(path.join(folder, 'story.json'), MAX_STORY_FILE_BYTES + 1);
    const result = await validateFolder(folder);
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringContaining(`over the ${MAX_STORY_FILE_BYTES / 1e6} MB limit for story.json`),
    ]);
  });

  const story = (layers: string[], events: unknown[] = []) =>
    JSON.stringify({
      title: 'T',
      summary: 'S',
      language: 'en',
      updated: '2024-07-15',
      credit: 'C',
      layers: layers.map((file, i) => ({ id: `l${i}`, title: 'L', file })),
      events,
    });
  const points = (count: number, prefix: string) =>
    JSON.stringify({
      type: 'FeatureCollection',
      features: Array.from({ length: count }, (_, i) => ({
        type: 'Feature',
        id: `${prefix}${i}`,
        properties: { name: 'P' },
        geometry: { type: 'Point', coordinates: [0, 0] },
      })),
    });

  it('refuses text over the limit from any reader (the app fetches files too)', async () => {
    const result = await loadStory(
      's',
      memoryReader({
        'story.json': story(['a.geojson']),
        'a.geojson': ' '.repeat(MAX_LAYER_FILE_BYTES + 1),
      }),
    );
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 's/a.geojson',
        message: expect.stringContaining('MB limit for a layer file'),
      }),
    ]);
  });

  it('stops reading layers once the story passes its total size', async () => {
    // Not JSON, so each file fails at its first character and the test stays quick.
    const big = 'x'.repeat(0.4 * MAX_STORY_BYTES);
    const files = ['a.geojson', 'b.geojson', 'c.geojson', 'd.geojson'];
    const read: string[] = [];
    const reader = memoryReader({
      'story.json': story(files),
      ...Object.fromEntries(files.map((f) => [f, big])),
    });
    const result = await loadStory('s', async (name) => {
      read.push(name);
      return reader(name);
    });
    // After a, b and c the story holds 120 % of its limit: d is not read.
    expect(read).toEqual(['story.json', 'a.geojson', 'b.geojson', 'c.geojson']);
    expect(result.problems.at(-1)).toMatchObject({
      file: `s/${files.at(-1) ?? ''}`,
      message: expect.stringContaining(
        "not read: the story's files before it already come to more than",
      ),
    });
  });

  it(`refuses more than ${MAX_FEATURES} features in a story, naming the layer that passes it`, async () => {
    const half = MAX_FEATURES / 2 + 1;
    const result = await loadStory(
      's',
      memoryReader({
        'story.json': story(['a.geojson', 'b.geojson']),
        'a.geojson': points(half, 'a'),
        'b.geojson': points(half, 'b'),
      }),
    );
    expect(result.problems).toEqual([
      {
        file: 's/b.geojson',
        pointer: '/features',
        message: `this layer's ${half} features bring the story to ${2 * half}, over the limit of ${MAX_FEATURES} features in a story, so they were not checked: merge features, or split the story`,
        severity: 'error',
      },
    ]);
  });

  it(`refuses more than ${MAX_EVENTS} events`, async () => {
    const events = Array.from({ length: MAX_EVENTS + 1 }, () => ({}));
    const result = await loadStory(
      's',
      memoryReader({ 'story.json': story(['a.geojson'], events), 'a.geojson': points(1, 'a') }),
    );
    expect(result.problems).toEqual([
      expect.objectContaining({
        pointer: '/events',
        message: `the story has ${MAX_EVENTS + 1} events, over the limit of ${MAX_EVENTS}, so it was not checked: split it into several stories`,
      }),
    ]);
  });
});

describe('a cut list of problems', () => {
  it('says how many are left out, and the run counts them all', async () => {
    const result = await loadFixture('many-problems-cut');
    expect(result.problems).toHaveLength(101);
    expect(result.problems.at(-1)).toMatchObject({
      pointer: '',
      severity: 'error',
      count: 30,
      message: '30 more errors in this file are not listed: fix the ones above and run again',
    });
    expect(countProblems(result.problems, 'error')).toBe(130);
    const cli = await runCli((output) =>
      validateFolders([path.join(FIXTURE_STORIES, 'many-problems-cut')], output),
    );
    expect(cli.err).toBe('failed: 130 errors, 0 warnings in 1 story');
  });
});

describe('RFC 7946 fixtures that are valid', () => {
  it('accepts a bbox whose west is east of its east, across the antimeridian (§5.2)', async () => {
    const result = await loadFixture('valid-bbox-antimeridian');
    expect(result.problems).toEqual([]);
    expect(result.story).toBeDefined();
  });
});

describe('source URLs', () => {
  it('never repeats the password of a URL with credentials', async () => {
    const result = await loadFixture('source-credentials-url');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).not.toContain('hunter2');
    expect(result.problems[0]?.message).not.toContain('reporter');
  });
});
