/**
 * The validate commands run as an editor runs them: a subprocess through tsx, from the repository
 * root. Checks the documented lines, streams and exit codes, and that no stack trace leaks.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_STORIES, REPO_ROOT } from './fixtures.ts';

const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const FIXTURES = 'tests/fixtures/stories';
const TIMEOUT_MS = 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], cwd = REPO_ROOT): Run {
  const result = spawnSync(TSX, [path.join(REPO_ROOT, 'scripts', script), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectNoStackTrace(result: Run) {
  expect(result.stdout + result.stderr).not.toContain('    at ');
}

const scratch = mkdtempSync(path.join(tmpdir(), 'validate-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of valid-minimal under the scratch folder, optionally with story.json replaced. */
function copyValid(root: string, name: string, storyJson?: string): string {
  const folder = path.join(root, name);
  cpSync(path.join(FIXTURE_STORIES, 'valid-minimal'), folder, { recursive: true });
  if (storyJson !== undefined) writeFileSync(path.join(folder, 'story.json'), storyJson);
  return folder;
}

describe('scripts/validate.ts', () => {
  it(
    'prints the ok summary and exits 0 for a valid story',
    () => {
      const result = run('validate.ts', [`${FIXTURES}/valid-minimal`]);
      expect(result).toEqual({
        code: 0,
        stdout: 'ok: 1 story, 2 layers, 5 places, 4 events\n',
        stderr: '',
      });
    },
    TIMEOUT_MS,
  );

  it(
    'prints one line per problem on stdout, the failure count on stderr, and exits 1',
    () => {
      const result = run('validate.ts', [`./${FIXTURES}/event-unknown-place/`]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe(
        `${FIXTURES}/event-unknown-place/story.json: /events/1/places/0: unknown place "seul": ` +
          'no feature has this id; did you mean "seoul" (in cities.geojson)?\n',
      );
      expect(result.stderr).toBe('failed: 1 error, 0 warnings in 1 story\n');
      expectNoStackTrace(result);
    },
    TIMEOUT_MS,
  );

  it(
    'marks warnings and still exits 0',
    () => {
      const result = run('validate.ts', [`${FIXTURES}/polygon-clockwise`]);
      expect(result.code).toBe(0);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(
        /^tests\/fixtures\/stories\/polygon-clockwise\/areas\.geojson: \/features\/0\/geometry\/coordinates\/0: warning: outer ring is clockwise/,
      );
      expect(lines[1]).toBe('ok: 1 story, 2 layers, 5 places, 4 events (1 warning)');
    },
    TIMEOUT_MS,
  );

  it(
    'checks several folders and fails if any has an error',
    () => {
      const result = run('validate.ts', [
        `${FIXTURES}/valid-minimal`,
        `${FIXTURES}/ring-not-closed`,
      ]);
      expect(result.code).toBe(1);
      expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toBe('failed: 1 error, 0 warnings in 2 stories\n');
    },
    TIMEOUT_MS,
  );

  it(
    'reports a truncated story.json with line and column, without a stack trace',
    () => {
      const text = readFileSync(path.join(FIXTURE_STORIES, 'valid-minimal', 'story.json'), 'utf8');
      const folder = copyValid(scratch, 'truncated', text.slice(0, 100));
      const result = run('validate.ts', [folder]);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/story\.json: : not valid JSON at line \d+, column \d+: /);
      expectNoStackTrace(result);
    },
    TIMEOUT_MS,
  );

  it(
    'reports a folder that does not exist',
    () => {
      const result = run('validate.ts', ['geo/stories/no-such-story']);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe(
        'geo/stories/no-such-story: : folder not found: check the path (stories live in geo/stories/<story-id>)\n',
      );
      expectNoStackTrace(result);
    },
    TIMEOUT_MS,
  );

  it(
    'prints usage on stderr and exits 2 without arguments',
    () => {
      const result = run('validate.ts', []);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('usage: npm run validate -- <story-folder>');
    },
    TIMEOUT_MS,
  );
});

describe('scripts/validate-all.ts', () => {
  it(
    'validates every story folder under the given root',
    () => {
      const root = path.join(scratch, 'all-valid');
      mkdirSync(root);
      copyValid(root, 'one');
      copyValid(root, 'two');
      const result = run('validate-all.ts', [root]);
      expect(result).toEqual({
        code: 0,
        stdout: 'ok: 2 stories, 4 layers, 10 places, 8 events\n',
        stderr: '',
      });
    },
    TIMEOUT_MS,
  );

  it(
    'fails on a folder without story.json',
    () => {
      const root = path.join(scratch, 'one-empty');
      mkdirSync(path.join(root, 'draft'), { recursive: true });
      copyValid(root, 'good');
      const result = run('validate-all.ts', ['one-empty'], scratch);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe(
        'one-empty/draft/story.json: : story.json not found: create it in one-empty/draft/ (see docs/story-format.md)\n',
      );
      expectNoStackTrace(result);
    },
    TIMEOUT_MS,
  );

  it(
    'fails when the stories folder is missing',
    () => {
      const result = run('validate-all.ts', ['nowhere'], scratch);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe(
        'nowhere: : folder not found: create it and put story folders in it\n',
      );
      expectNoStackTrace(result);
    },
    TIMEOUT_MS,
  );
});
