/**
 * ncg-2024 is written in its own words: no summary, note or place description, in any language,
 * shares a run of 12 or more consecutive words with the article it is built from
 * (`shared/article.txt`, kept beside the repository, outside it, because the article is not ours
 * to publish).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './fixtures.ts';

/** The shortest run of shared words that counts as copying. */
const RUN = 12;

const STORY = path.join(REPO_ROOT, 'geo', 'stories', 'ncg-2024');
/** The article sits in `shared/` beside the clone (or the worktree), in CI as on an editor's machine. */
const ARTICLE = path.resolve(REPO_ROOT, '..', 'shared', 'article.txt');

/**
 * Words for comparison: case folded; apostrophes and full stops dropped so "U.S." matches "US" and
 * "Korea’s" matches "Korea's"; every other character that is not a letter or digit separates words.
 */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Every run of `RUN` consecutive words of `text`, joined by spaces. */
function runsOf(text: string): Set<string> {
  const list = words(text);
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= list.length; i++) runs.add(list.slice(i, i + RUN).join(' '));
  return runs;
}

/** The longest run of words `text` shares with `source` (only reported when `RUN` or more). */
function copiedRun(text: string, source: Set<string>): string | undefined {
  const list = words(text);
  for (let i = 0; i + RUN <= list.length; i++) {
    if (!source.has(list.slice(i, i + RUN).join(' '))) continue;
    let end = i + RUN;
    while (end < list.length && source.has(list.slice(end - RUN + 1, end + 1).join(' '))) end++;
    return list.slice(i, end).join(' ');
  }
  return undefined;
}

/** `summary*`, `note*` and `description*` fields (every language) of the story and its places. */
function storyTexts(): { where: string; text: string }[] {
  const story = JSON.parse(readFileSync(path.join(STORY, 'story.json'), 'utf8')) as {
    layers: { file: string }[];
    events: Record<string, unknown>[];
  } & Record<string, unknown>;
  const texts: { where: string; text: string }[] = [];
  const collect = (record: Record<string, unknown>, where: string) => {
    for (const [key, value] of Object.entries(record)) {
      if (/^(summary|note|description)(_|$)/.test(key) && typeof value === 'string') {
        texts.push({ where: `${where}/${key}`, text: value });
      }
    }
  };
  collect(story, 'story.json');
  story.events.forEach((event, i) => collect(event, `story.json: /events/${i} (${event['id']})`));
  for (const { file } of story.layers) {
    const layer = JSON.parse(readFileSync(path.join(STORY, file), 'utf8')) as {
      features: { id: string; properties: Record<string, unknown> }[];
    };
    layer.features.forEach((feature, i) =>
      collect(feature.properties, `${file}: /features/${i}/properties (${feature.id})`),
    );
  }
  return texts;
}

function readArticle(): string {
  if (!existsSync(ARTICLE)) {
    throw new Error(
      `${ARTICLE} is missing: this test compares ncg-2024 with the article it is built from, which ` +
        'lives in shared/article.txt beside the repository; put it there (CI checks it out there).',
    );
  }
  return readFileSync(ARTICLE, 'utf8');
}

describe('ncg-2024 in its own words', () => {
  it('finds a copied passage, however it is cased and punctuated', () => {
    const article = runsOf(readArticle());
    // The sentence the story's third NCG summary once opened with, recased and repunctuated.
    const copied =
      'CHO CHANG-RAE, South Korea’s Deputy Minister for National Defense Policy, and Vipin Narang, ' +
      'US acting assistant secretary of defense for space policy, co-chaired the meeting';
    expect(copiedRun(copied, article)).toBe(words(copied).join(' '));
    // Eleven shared words are allowed.
    expect(
      copiedRun(
        'the guidelines enable the allies to integrate conventional and nuclear capabilities',
        article,
      ),
    ).toBeUndefined();
  });

  it('shares no run of 12 words with the article in any summary, note or description', () => {
    const article = runsOf(readArticle());
    const texts = storyTexts();
    // Every event has a summary in three languages: the walk found the fields it is meant to check.
    expect(texts.filter(({ where }) => where.endsWith('/summary_ko')).length).toBeGreaterThan(10);
    const copied = texts.flatMap(({ where, text }) => {
      const run = copiedRun(text, article);
      return run ? [`${where}: "${run}"`] : [];
    });
    expect(copied).toEqual([]);
  });
});
