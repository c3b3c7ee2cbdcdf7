/**
 * The early script (src/boot/early.ts) as the page runs it: built the way the build serves it,
 * run against a stand-in document, and compared with the app's own reading of the URL.
 */
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseQuery, pickTheme } from '../../../src/app/url-state.ts';
import { earlyScriptSource } from '../../../scripts/preview/story-outputs.ts';
import { REPO_ROOT } from '../story/fixtures.ts';

let code: string;

beforeAll(async () => {
  code = await earlyScriptSource(REPO_ROOT);
});

/** The `<html>` element's data attributes after the script ran on a page at `search`. */
function runEarly(search: string, prefersDark: boolean, prerendered = 'ncg-2024') {
  const dataset: Record<string, string> = { prerenderedStory: prerendered };
  runInNewContext(code, {
    URLSearchParams,
    location: { search },
    document: { documentElement: { dataset } },
    matchMedia: (query: string) => ({
      matches: query === '(prefers-color-scheme: dark)' && prefersDark,
    }),
  });
  return dataset;
}

const SEARCHES = [
  '',
  '?embed=1',
  '?embed=true',
  '?embed=0',
  '?embed=yes',
  '?theme=dark',
  '?theme=LIGHT',
  '?theme=sepia',
  '?story=ncg-2024&embed=1&theme=dark',
  '?story=%20ncg-2024%20',
  '?story=other-story',
  '?story=',
  '?lang=ko&story=other&embed=1',
];

describe('src/boot/early.ts', () => {
  for (const search of SEARCHES) {
    for (const prefersDark of [false, true]) {
      it(`reads "${search}" (system ${prefersDark ? 'dark' : 'light'}) as the app does`, () => {
        const query = parseQuery(search);
        const dataset = runEarly(search, prefersDark);
        expect('embed' in dataset).toBe(query.embed);
        expect(dataset['theme']).toBe(pickTheme(query.theme, prefersDark));
        const other = query.storyId !== undefined && query.storyId !== 'ncg-2024';
        expect('otherStory' in dataset).toBe(other);
      });
    }
  }

  it('hides nothing on a page without a prerendered story', () => {
    const dataset = runEarly('?story=other-story', false, '');
    expect('otherStory' in dataset).toBe(false);
  });
});
