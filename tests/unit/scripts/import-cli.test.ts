import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../scripts/lib/import-cli.ts';
import { NCG_FOLDER } from '../editor/story-files.ts';

const HEADER = 'date,title,summary,places,source title,source url';
const GOOD = '2025-06-01,Talks resume,They met again.,Seoul; seoul-mnd,MND,https://www.mnd.go.kr/x';

let workspace = '';
let storyFile = '';

beforeEach(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
  cpSync(NCG_FOLDER, path.join(workspace, 'stories', 'ncg-2024'), { recursive: true });
  storyFile = path.join(workspace, 'stories', 'ncg-2024', 'story.json');
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

async function run(lines: string[], extra: string[] = []) {
  const table = path.join(workspace, 'events.csv');
  writeFileSync(table, lines.join('\n'));
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImport(
    ['--', table, '--story', 'ncg-2024', '--stories', path.join(workspace, 'stories'), ...extra],
    '/nonexistent',
    { out: (l) => out.push(l.replace(table, '<file.csv>')), err: (l) => err.push(l) },
  );
  return { code, out, err };
}

describe('npm run import', () => {
  it('adds the rows as events, changing only the end of story.json', async () => {
    const before = readFileSync(storyFile, 'utf8');
    const { code, out } = await run([HEADER, GOOD]);
    expect(code).toBe(0);
    expect(out.at(-1)).toMatch(/^import: added 1 event to /);
    const after = readFileSync(storyFile, 'utf8');
    const story = JSON.parse(after) as { events: Record<string, unknown>[] };
    expect(story.events.at(-1)).toMatchObject({
      id: 'talks-resume',
      places: ['seoul-city', 'seoul-mnd'],
    });
    // Everything before the last event's closing stays byte for byte.
    const kept = before.slice(0, before.lastIndexOf('    }\n  ]'));
    expect(after.startsWith(kept)).toBe(true);
    expect(readdirSync(path.dirname(storyFile)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('prints every wrong row in the validator’s format and writes nothing', async () => {
    const before = readFileSync(storyFile, 'utf8');
    const { code, out, err } = await run([
      HEADER,
      GOOD,
      '2025-13-01,Bad month,Ok.,seoul-mnd,S,https://a.example/',
      '2025-01-01,Lost,Ok.,Atlantis,S,https://a.example/',
      '2025-01-01,Mail,Ok.,seoul-mnd,S,mailto:desk@example.com',
      '2025-01-01,,Ok.,seoul-mnd,S,https://a.example/',
    ]);
    expect(code).toBe(1);
    expect(out).toEqual([
      '<file.csv>: row 3: date "2025-13-01" has no month 13: months run from 01 to 12',
      expect.stringMatching(/^<file\.csv>: row 4: no place has the id or name "Atlantis"/),
      expect.stringMatching(/^<file\.csv>: row 5: source url uses "mailto:", which is not allowed/),
      '<file.csv>: row 6: has no title: write the event headline in the "title" column',
    ]);
    expect(err).toEqual(['import: 4 of 5 rows have problems; nothing was added']);
    expect(readFileSync(storyFile, 'utf8')).toBe(before);
  });

  it('exits 2 on wrong usage', async () => {
    const errors: string[] = [];
    const output = { out: () => undefined, err: (l: string) => errors.push(l) };
    expect(await runImport(['events.csv'], workspace, output)).toBe(2);
    expect(errors[0]).toBe('import: say which story with --story <story-id>');
    expect(await runImport(['--story', 'Bad Id', 'x.csv'], workspace, output)).toBe(2);
    expect(await runImport(['--story', 'ncg-2024'], workspace, output)).toBe(2);
  });

  it('runs as a command: exit 1 and the row named on stdout', async () => {
    const table = path.join(workspace, 'bad.csv');
    writeFileSync(table, `${HEADER}\n2025-01-01,Lost,Ok.,Atlantis,S,https://a.example/\n`);
    const run = promisify(execFile);
    const failure = await run(
      'npx',
      [
        'tsx',
        'scripts/import.ts',
        table,
        '--story',
        'ncg-2024',
        '--stories',
        path.join(workspace, 'stories'),
      ],
      { cwd: path.resolve(import.meta.dirname, '../../..') },
    ).then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain(`${table}: row 2: no place has the id or name "Atlantis"`);
  }, 60_000);
});
