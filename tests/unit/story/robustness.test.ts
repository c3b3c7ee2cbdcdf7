/**
 * Whatever the files hold, loadStory resolves with problems and never throws or reports an
 * internal error (which would mean a check crashed on input it did not expect).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../../src/story/index.ts';
import type { StoryLoadResult } from '../../../src/story/index.ts';
import { FIXTURE_STORIES, memoryReader } from './fixtures.ts';

const VALID = Object.fromEntries(
  ['story.json', 'cities.geojson', 'areas.geojson'].map((name) => [
    name,
    readFileSync(path.join(FIXTURE_STORIES, 'valid-minimal', name), 'utf8'),
  ]),
) as Record<'story.json' | 'cities.geojson' | 'areas.geojson', string>;

/** Loads the valid story with one file replaced. */
function loadWith(name: string, text: string): Promise<StoryLoadResult> {
  return loadStory('valid-minimal', memoryReader({ ...VALID, [name]: text }));
}

function internalErrors(result: StoryLoadResult): string[] {
  return result.problems.filter((p) => p.message.includes('internal error')).map((p) => p.message);
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The sweeps load the story about a thousand times: slow on a busy machine, never stuck. */
const SWEEP_TIMEOUT_MS = 30_000;

describe('loadStory never throws', () => {
  for (const name of ['story.json', 'areas.geojson'] as const) {
    it(
      `reports an error for ${name} cut at every byte offset`,
      async () => {
        const text = VALID[name];
        for (let end = 0; end < text.length; end++) {
          const result = await loadWith(name, text.slice(0, end));
          expect(internalErrors(result), `cut at ${end}`).toEqual([]);
          if (text.slice(end).trim() !== '') {
            expect(result.problems.length, `cut at ${end}`).toBeGreaterThan(0);
          }
        }
      },
      SWEEP_TIMEOUT_MS,
    );
  }

  it(
    'survives random single-character edits of every file',
    async () => {
      const next = random(20240715);
      const tokens = [
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        '"',
        '0',
        '-',
        'e',
        'n',
        ' ',
        '1e400',
        'null',
        '\\',
        '\n',
      ];
      for (let round = 0; round < 600; round++) {
        const names = Object.keys(VALID) as (keyof typeof VALID)[];
        const name = names[Math.floor(next() * names.length)] ?? 'story.json';
        const text = VALID[name];
        const at = Math.floor(next() * text.length);
        const token = tokens[Math.floor(next() * tokens.length)] ?? '';
        const edited = text.slice(0, at) + token + text.slice(at + (next() < 0.5 ? 1 : 0));
        const result = await loadWith(name, edited);
        expect(
          internalErrors(result),
          `round ${round}: ${name} at ${at} with ${JSON.stringify(token)}`,
        ).toEqual([]);
      }
    },
    SWEEP_TIMEOUT_MS,
  );

  it('explains a story.json that is not an object', async () => {
    for (const text of ['null', '0', '"story"', 'true', '[]', '[{}]']) {
      const result = await loadWith('story.json', text);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]?.message).toContain('story.json must hold one object');
    }
  });

  it('explains story.json fields of every wrong type', async () => {
    const odd = [
      null,
      1,
      'x',
      [],
      {},
      [null],
      [1, 'x', [], {}],
      { a: 1 },
      true,
      Number.NEGATIVE_INFINITY,
    ];
    const fields = [
      'title',
      'summary',
      'language',
      'updated',
      'credit',
      'layers',
      'events',
      'title_ko',
    ];
    for (const field of fields) {
      for (const value of odd) {
        const story = { ...(JSON.parse(VALID['story.json']) as object), [field]: value };
        const result = await loadWith('story.json', JSON.stringify(story));
        expect(internalErrors(result), `${field} = ${JSON.stringify(value)}`).toEqual([]);
      }
    }
  });

  it('explains layers and events of every wrong shape', async () => {
    const items = [
      null,
      1,
      'x',
      [],
      {},
      { id: 1, file: 2 },
      { file: '../../etc/passwd' },
      { file: 'x.geojson' },
    ];
    const eventItems = [
      null,
      [],
      {},
      { places: [1, null, {}], sources: [null, 1, {}, { url: 5 }, { url: 'http://[' }] },
      { date: '2024-02-30', end: 7 },
      { date: 2024, end: '2023' },
    ];
    const base = JSON.parse(VALID['story.json']) as Record<string, unknown>;
    const result = await loadWith(
      'story.json',
      JSON.stringify({ ...base, layers: items, events: eventItems }),
    );
    expect(internalErrors(result)).toEqual([]);
    expect(result.story).toBeUndefined();
  });

  it('explains layer files that are not FeatureCollections', async () => {
    const texts = [
      'null',
      '[]',
      '"x"',
      '{}',
      '{"type":"Point","coordinates":[1,2]}',
      '{"type":"GeometryCollection","geometries":[]}',
      '{"type":"Topology","objects":{}}',
      '{"type":"FeatureCollection"}',
      '{"type":"FeatureCollection","features":{}}',
      '{"type":"FeatureCollection","features":[null,1,"x",[],{}]}',
      '{"type":"FeatureCollection","features":[{"type":"Feature","id":"a","properties":[],"geometry":[]}]}',
    ];
    for (const text of texts) {
      const result = await loadWith('areas.geojson', text);
      expect(internalErrors(result), text).toEqual([]);
      expect(
        result.problems.some((p) => p.severity === 'error'),
        text,
      ).toBe(true);
    }
  });

  it('explains geometries with odd coordinates', async () => {
    const coordinates = [
      null,
      1,
      [],
      [[]],
      [[[]]],
      [1e308, 1e308],
      [[1e308, -1e308]],
      [
        [
          [0, 0],
          [1e308, 0],
          [0, 1e308],
          [0, 0],
        ],
      ],
      [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
        'x',
      ],
      [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      ],
    ];
    for (const type of [
      'Point',
      'MultiPoint',
      'LineString',
      'MultiLineString',
      'Polygon',
      'MultiPolygon',
    ]) {
      for (const value of coordinates) {
        const layer = {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              id: 'exercise-area',
              properties: { name: 'x' },
              geometry: { type, coordinates: value },
            },
          ],
        };
        const result = await loadWith(
          'areas.geojson',
          JSON.stringify(layer).replace('1e+308', '1e400'),
        );
        expect(internalErrors(result), `${type} ${JSON.stringify(value)}`).toEqual([]);
      }
    }
  });

  it('copes with very deep nesting', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(internalErrors(await loadWith('story.json', deep))).toEqual([]);
    expect(internalErrors(await loadWith('areas.geojson', '['.repeat(100_000)))).toEqual([]);
  });

  it('treats a field named __proto__ as an ordinary unknown field', async () => {
    const text = VALID['story.json'].replace('{', '{"__proto__": {"title": 1},');
    const result = await loadWith('story.json', text);
    expect(result.problems.map((p) => p.pointer)).toEqual(['/__proto__']);
    expect(result.story?.title).toBe('Minimal story');
  });
});
