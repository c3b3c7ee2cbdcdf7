import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countProblems, loadStory } from '../../../src/story/index.ts';
import type { Problem } from '../../../src/story/index.ts';
import { FIXTURE_STORIES, loadFixture, memoryReader } from './fixtures.ts';

/** The problems of a story with one error: at `pointer` of `file`, saying `message`. */
function oneError(file: string, pointer: string, message: string) {
  return [{ file, pointer, message, severity: 'error' }];
}

describe('loadStory on the valid fixture', () => {
  it('loads valid-minimal with no problem at all', async () => {
    const result = await loadFixture('valid-minimal');
    expect(result.problems).toEqual([]);
    expect(result.story?.id).toBe('valid-minimal');
  });

  it('sorts events by date, then end, then file order (partial dates by the days they cover)', async () => {
    const { story } = await loadFixture('valid-minimal');
    expect(story?.events.map((event) => event.id)).toEqual([
      'stopover',
      'talks',
      'meeting',
      'exercise',
    ]);
  });

  it('tags every place with its layer id and keeps only documented properties', async () => {
    const { story } = await loadFixture('valid-minimal');
    const seoul = story?.layers[0]?.features.features[0];
    expect(seoul?.properties).toEqual({
      name: 'Seoul',
      name_ko: '서울',
      name_ja: 'ソウル',
      layer: 'cities',
    });
    const layerIds = story?.layers.flatMap((layer) =>
      layer.features.features.map((f) => f.properties.layer),
    );
    expect(layerIds).toEqual(['cities', 'cities', 'cities', 'areas', 'areas']);
  });

  it('keeps the antimeridian route as a MultiLineString split at ±180', async () => {
    const { story } = await loadFixture('valid-minimal');
    const route = story?.layers[1]?.features.features.find((f) => f.id === 'pacific-route');
    expect(route?.geometry.type).toBe('MultiLineString');
    const lines = route?.geometry.type === 'MultiLineString' ? route.geometry.coordinates : [];
    expect(lines[0]?.at(-1)?.[0]).toBe(180);
    expect(lines[1]?.[0]?.[0]).toBe(-180);
  });

  it('moves translated fields into translations', async () => {
    const { story } = await loadFixture('valid-minimal');
    expect(story?.translations).toEqual({ title_ko: '최소 스토리' });
    expect(story?.layers[0]?.translations).toEqual({ title_ja: '都市' });
    expect(story?.events.find((e) => e.id === 'meeting')?.translations).toEqual({
      title_ko: '서울 회의',
    });
  });

  it('keeps the optional end and note of an event, and leaves them out when absent', async () => {
    const { story } = await loadFixture('valid-minimal');
    const exercise = story?.events.find((e) => e.id === 'exercise');
    expect(exercise).toMatchObject({ end: '2024-06-29', note: 'The area is approximate.' });
    const meeting = story?.events.find((e) => e.id === 'meeting');
    expect(meeting && 'end' in meeting).toBe(false);
  });

  it('names problem files with the display path when one is given', async () => {
    const files = { 'story.json': '{' };
    const result = await loadStory('x', memoryReader(files), { displayPath: 'geo/stories/x' });
    expect(result.problems[0]?.file).toBe('geo/stories/x/story.json');
  });
});

/** One defect fixture: the problem it must produce, and how many errors in all. */
interface Defect {
  fixture: string;
  file: string;
  pointer: string;
  message: string;
  severity?: Problem['severity'];
  /** Load with the folder's file list, as the CLI does (for warnings about unused files). */
  listFiles?: boolean;
}

const DEFECTS: Defect[] = [
  {
    fixture: 'story-missing',
    file: 'story.json',
    pointer: '',
    message: 'story.json not found: create it in story-missing/',
  },
  { fixture: 'story-not-object', file: 'story.json', pointer: '', message: 'must hold one object' },
  { fixture: 'story-missing-title', file: 'story.json', pointer: '', message: 'missing "title"' },
  {
    fixture: 'story-bad-language',
    file: 'story.json',
    pointer: '/language',
    message: 'must be "en", "ko" or "ja", not text "fr"',
  },
  {
    fixture: 'story-updated-not-a-day',
    file: 'story.json',
    pointer: '/updated',
    message: 'February 2023 has 28 days',
  },
  {
    fixture: 'story-unknown-field',
    file: 'story.json',
    pointer: '/summry',
    message: 'unknown field "summry" is ignored: did you mean "summary"?',
    severity: 'warning',
  },
  {
    fixture: 'story-no-layers',
    file: 'story.json',
    pointer: '/layers',
    message: '"layers" lists no layer',
  },
  {
    fixture: 'layer-bad-id',
    file: 'story.json',
    pointer: '/layers/0/id',
    message: 'write "cities-layer"',
  },
  {
    fixture: 'layer-duplicate-id',
    file: 'story.json',
    pointer: '/layers/1/id',
    message: 'layer id "cities" is already used by /layers/0',
  },
  {
    fixture: 'layer-file-in-folder',
    file: 'story.json',
    pointer: '/layers/1/file',
    message: 'write "areas.geojson"',
  },
  {
    fixture: 'layer-file-missing',
    file: 'story.json',
    pointer: '/layers/1/file',
    message: 'file "areas.geojson" not found: put it in layer-file-missing/ next to story.json',
  },
  {
    fixture: 'layer-file-reused',
    file: 'story.json',
    pointer: '/layers/1/file',
    message: '"cities.geojson" is already the file of /layers/0',
  },
  {
    fixture: 'layer-truncated',
    file: 'areas.geojson',
    pointer: '',
    message: 'not valid JSON at line 16, column 2: the file ends in the middle of a value',
  },
  {
    fixture: 'layer-bare-feature',
    file: 'cities.geojson',
    pointer: '',
    message: 'wrap it in a FeatureCollection',
  },
  {
    fixture: 'layer-empty',
    file: 'empty.geojson',
    pointer: '/features',
    message: 'layer has no features',
    severity: 'warning',
  },
  {
    fixture: 'feature-id-in-properties',
    file: 'cities.geojson',
    pointer: '/features/0',
    message: 'move it up',
  },
  {
    fixture: 'feature-number-id',
    file: 'cities.geojson',
    pointer: '/features/2/id',
    message: 'must be text, not a number: write "id": "3"',
  },
  {
    fixture: 'feature-duplicate-id',
    file: 'areas.geojson',
    pointer: '/features/0/id',
    message:
      'feature id "seoul" is already used by feature-duplicate-id/cities.geojson at /features/0',
  },
  {
    fixture: 'feature-missing-name',
    file: 'cities.geojson',
    pointer: '/features/1/properties',
    message: 'missing "name"',
  },
  {
    fixture: 'feature-approximate-text',
    file: 'areas.geojson',
    pointer: '/features/0/properties/approximate',
    message: 'must be true or false, without quotes',
  },
  {
    fixture: 'geometry-collection',
    file: 'cities.geojson',
    pointer: '/features/2/geometry/type',
    message: 'GeometryCollection is not supported',
  },
  {
    fixture: 'geometry-null',
    file: 'cities.geojson',
    pointer: '/features/2/geometry',
    message: 'feature has no geometry',
  },
  {
    fixture: 'position-swapped',
    file: 'cities.geojson',
    pointer: '/features/0/geometry/coordinates',
    message:
      'looks like latitude and longitude are swapped: GeoJSON puts longitude first, write [126.978, 37.5665]',
  },
  {
    fixture: 'position-out-of-range',
    file: 'areas.geojson',
    pointer: '/features/1/geometry/coordinates/1/1',
    message: 'longitude 202.1417 is outside -180..180: write -157.8583',
  },
  {
    fixture: 'position-huge-number',
    file: 'cities.geojson',
    pointer: '/features/1/geometry/coordinates',
    message: 'too large',
  },
  {
    fixture: 'position-quoted-number',
    file: 'cities.geojson',
    pointer: '/features/1/geometry/coordinates/1',
    message: 'remove the quotes',
  },
  {
    fixture: 'line-one-position',
    file: 'areas.geojson',
    pointer: '/features/1/geometry/coordinates/1',
    message: 'line has fewer than 2 positions',
  },
  {
    fixture: 'line-long-way-round',
    file: 'areas.geojson',
    pointer: '/features/1/geometry/coordinates/2',
    message: 'split the shape there',
    severity: 'warning',
  },
  {
    fixture: 'ring-not-closed',
    file: 'areas.geojson',
    pointer: '/features/0/geometry/coordinates/0',
    message: 'ring is not closed: end it with its first position [125.5, 31.5]',
  },
  {
    fixture: 'ring-too-short',
    file: 'areas.geojson',
    pointer: '/features/0/geometry/coordinates/0',
    message: 'ring has fewer than 4 positions',
  },
  {
    fixture: 'polygon-self-intersecting',
    file: 'areas.geojson',
    pointer: '/features/0/geometry/coordinates/0',
    message: "ring's edges cross each other near [127.3, 32.4]",
  },
  {
    fixture: 'polygon-clockwise',
    file: 'areas.geojson',
    pointer: '/features/0/geometry/coordinates/0',
    message: 'outer ring is clockwise; it was rewound counter-clockwise',
    severity: 'warning',
  },
  {
    fixture: 'event-bad-month',
    file: 'story.json',
    pointer: '/events/1/date',
    message: '"date" "2024-13-10" has no month 13: months run from 01 to 12',
  },
  {
    fixture: 'event-not-a-day',
    file: 'story.json',
    pointer: '/events/1/date',
    message: '"2024-02-30" is not a real date: February 2024 has 29 days',
  },
  {
    fixture: 'event-date-format',
    file: 'story.json',
    pointer: '/events/1/date',
    message: 'write "2024-06-10"',
  },
  {
    fixture: 'event-end-before-date',
    file: 'story.json',
    pointer: '/events/0/end',
    message: '"end" "2024-06-20" is before "date" "2024-06-27"',
  },
  {
    fixture: 'event-unknown-place',
    file: 'story.json',
    pointer: '/events/1/places/0',
    message:
      'unknown place "seul": no feature has this id; did you mean "seoul" (in cities.geojson)?',
  },
  {
    fixture: 'event-duplicate-id',
    file: 'story.json',
    pointer: '/events/1/id',
    message: 'event id "exercise" is already used by /events/0',
  },
  {
    fixture: 'event-bad-id',
    file: 'story.json',
    pointer: '/events/1/id',
    message: 'write "meeting-1"',
  },
  {
    fixture: 'event-no-places',
    file: 'story.json',
    pointer: '/events/1/places',
    message: '"places" lists no place',
  },
  {
    fixture: 'event-no-sources',
    file: 'story.json',
    pointer: '/events/1/sources',
    message: '"sources" lists no source',
  },
  {
    fixture: 'event-missing-summary',
    file: 'story.json',
    pointer: '/events/1',
    message: 'missing "summary"',
  },
  {
    fixture: 'event-blank-title',
    file: 'story.json',
    pointer: '/events/1/title',
    message: '"title" is empty',
  },
  {
    fixture: 'source-javascript-url',
    file: 'story.json',
    pointer: '/events/1/sources/0/url',
    message: '"javascript:", which is not allowed',
  },
  {
    fixture: 'source-relative-url',
    file: 'story.json',
    pointer: '/events/1/sources/0/url',
    message: 'is not a full web address',
  },
  {
    fixture: 'layer-link-out',
    file: 'cities.geojson',
    pointer: '',
    message: 'is a symbolic link: a story folder must hold its own files',
  },
  {
    fixture: 'story-link-out',
    file: 'story.json',
    pointer: '',
    message: 'is a symbolic link: a story folder must hold its own files',
  },
  {
    fixture: 'source-credentials-url',
    file: 'story.json',
    pointer: '/events/1/sources/0/url',
    message:
      'holds a user name or password (before "@"), which would be published with the link: remove it and write "https://example.com/meeting"',
  },
  {
    fixture: 'source-url-space',
    file: 'story.json',
    pointer: '/events/1/sources/0/url',
    message: '"url" holds a space',
  },
  {
    fixture: 'source-url-control',
    file: 'story.json',
    pointer: '/events/1/sources/0/url',
    message: '"url" holds an invisible control character (U+0009)',
  },
  {
    fixture: 'bbox-count',
    file: 'cities.geojson',
    pointer: '/bbox',
    message: '"bbox" has 5 numbers, not 4 [west, south, east, north], or 6 with altitudes',
  },
  {
    fixture: 'bbox-string',
    file: 'cities.geojson',
    pointer: '/features/0/bbox/1',
    message: '"bbox" item must be a number, not text "37.5665": remove the quotes',
  },
  {
    fixture: 'bbox-south-above-north',
    file: 'cities.geojson',
    pointer: '/features/0/geometry/bbox',
    message: '"bbox" has its south edge (37.6) north of its north edge (37.5)',
  },
  {
    fixture: 'bbox-out-of-range',
    file: 'cities.geojson',
    pointer: '/bbox/0',
    message: '"bbox" west -200 is outside -180..180',
  },
  {
    fixture: 'bbox-not-a-list',
    file: 'cities.geojson',
    pointer: '/features/0/bbox',
    message: '"bbox" must be a list of 4 numbers [west, south, east, north]',
  },
  {
    fixture: 'member-collection-coordinates',
    file: 'cities.geojson',
    pointer: '/coordinates',
    message:
      'a FeatureCollection must not have "coordinates", which would make it read as a geometry (RFC 7946 §7.1)',
  },
  {
    fixture: 'member-collection-geometries',
    file: 'cities.geojson',
    pointer: '/geometries',
    message:
      'a FeatureCollection must not have "geometries", which would make it read as a GeometryCollection (RFC 7946 §7.1)',
  },
  {
    fixture: 'member-collection-geometry',
    file: 'cities.geojson',
    pointer: '/geometry',
    message:
      'a FeatureCollection must not have "geometry", which would make it read as a Feature (RFC 7946 §7.1)',
  },
  {
    fixture: 'member-collection-properties',
    file: 'cities.geojson',
    pointer: '/properties',
    message:
      'a FeatureCollection must not have "properties", which would make it read as a Feature (RFC 7946 §7.1)',
  },
  {
    fixture: 'member-feature-coordinates',
    file: 'cities.geojson',
    pointer: '/features/0/coordinates',
    message:
      'a Feature must not have "coordinates", which would make it read as a geometry (RFC 7946 §7.1)',
  },
  {
    fixture: 'member-feature-geometries',
    file: 'cities.geojson',
    pointer: '/features/0/geometries',
    message:
      'a Feature must not have "geometries", which would make it read as a GeometryCollection (RFC 7946 §7.1)',
  },
  {
    fixture: 'member-feature-features',
    file: 'cities.geojson',
    pointer: '/features/0/features',
    message:
      'a Feature must not have "features", which would make it read as a FeatureCollection (RFC 7946 §7.1)',
  },
  {
    fixture: 'member-geometry-geometry',
    file: 'cities.geojson',
    pointer: '/features/0/geometry/geometry',
    message:
      'a geometry must not have "geometry", which would make it read as a Feature (RFC 7946 §7.1)',
  },
  {
    fixture: 'member-geometry-properties',
    file: 'cities.geojson',
    pointer: '/features/0/geometry/properties',
    message:
      'a geometry must not have "properties", which would make it read as a Feature (RFC 7946 §7.1)',
  },
  {
    fixture: 'member-geometry-features',
    file: 'cities.geojson',
    pointer: '/features/0/geometry/features',
    message:
      'a geometry must not have "features", which would make it read as a FeatureCollection (RFC 7946 §7.1)',
  },
  {
    fixture: 'key-duplicate-layer',
    file: 'cities.geojson',
    pointer: '/features/0/properties/name',
    message: 'duplicate key "name" (lines 8 and 9): programs disagree on which of the two counts',
  },
  {
    fixture: 'key-duplicate-story',
    file: 'story.json',
    pointer: '/events/1/title',
    message: 'duplicate key "title" (lines 43 and 44)',
  },
  {
    fixture: 'position-too-many-numbers',
    file: 'cities.geojson',
    pointer: '/features/0/geometry/coordinates',
    message:
      '"coordinates" has 4 numbers, but takes at most 3 numbers: write [longitude, latitude] or [longitude, latitude, altitude]',
  },
  {
    fixture: 'layer-no-type',
    file: 'cities.geojson',
    pointer: '',
    message: 'missing "type": add "type": "FeatureCollection", the only root a layer file may have',
  },
  {
    fixture: 'source-listing-url',
    file: 'story.json',
    pointer: '/events/1/sources/0/url',
    message: '"url" looks like a listing page (/News/Releases/), not the source itself',
    severity: 'warning',
  },
  {
    fixture: 'source-search-url',
    file: 'story.json',
    pointer: '/events/1/sources/0/url',
    message: '"url" looks like a search page (q=freedom edge), not the source itself',
    severity: 'warning',
  },
  {
    fixture: 'source-front-page-url',
    file: 'story.json',
    pointer: '/events/1/sources/0/url',
    message: '"url" is the front page of www.example.com, not the source itself',
    severity: 'warning',
  },
  {
    fixture: 'story-stray-file',
    file: 'notes-private.json',
    pointer: '',
    message: 'is not used by story.json, so it is not published (it stays private)',
    severity: 'warning',
    listFiles: true,
  },
];

describe('loadStory on defect fixtures', () => {
  it('has a test row for every defect fixture folder', () => {
    // valid-*: stories with no problem at all; many-*: fixtures with many problems, tested below.
    const folders = readdirSync(FIXTURE_STORIES).filter((name) => !/^(valid|many)-/.test(name));
    expect(folders.sort()).toEqual(DEFECTS.map((d) => d.fixture).sort());
  });

  for (const defect of DEFECTS) {
    const severity = defect.severity ?? 'error';
    it(`${defect.fixture}: ${severity} at ${defect.file} "${defect.pointer}"`, async () => {
      const result = await loadFixture(defect.fixture, { listFiles: defect.listFiles === true });
      const found = result.problems.find(
        (p) => p.file === `${defect.fixture}/${defect.file}` && p.pointer === defect.pointer,
      );
      expect(found, JSON.stringify(result.problems, null, 1)).toBeDefined();
      expect(found?.message).toContain(defect.message);
      expect(found?.severity).toBe(severity);
      // One defect, one problem: a fixture that trips other checks hides what it tests.
      expect(result.problems).toHaveLength(1);
      expect(result.story === undefined).toBe(severity === 'error');
    });
  }
});

describe('loadStory with stories built in the test', () => {
  const base = {
    title: 'T',
    summary: 'S',
    language: 'en',
    updated: '2024-07-15',
    credit: 'C',
    layers: [{ id: 'l', title: 'L', file: 'l.geojson' }],
    events: [] as unknown[],
  };
  const layer = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
  const point = (id: string, coordinates: unknown) => ({
    type: 'Feature',
    id,
    properties: { name: id },
    geometry: { type: 'Point', coordinates },
  });

  it('says the line and column of a JSON syntax error in story.json', async () => {
    const text = '{\n  "title": "T",\n  "summary": "S"\n  "language": "en"\n}';
    const result = await loadStory('s', memoryReader({ 'story.json': text }));
    expect(result.problems).toEqual([
      {
        file: 's/story.json',
        pointer: '',
        message:
          'not valid JSON at line 4, column 3: expected "," or "}" after a value: add the missing comma, or close the object',
        severity: 'error',
      },
    ]);
  });

  it('lists every missing field of an empty story.json', async () => {
    const result = await loadStory('s', memoryReader({ 'story.json': '{}' }));
    expect(result.problems.map((p) => p.message)).toEqual(
      ['title', 'summary', 'language', 'updated', 'credit', 'layers', 'events'].map((field) =>
        expect.stringContaining(`missing "${field}"`),
      ),
    );
  });

  it('says once that a list stands where an object belongs', async () => {
    const story = { ...base, layers: [['l', 'L', 'l.geojson']] };
    const result = await loadStory('s', memoryReader({ 'story.json': JSON.stringify(story) }));
    expect(result.problems).toEqual(
      oneError('s/story.json', '/layers/0', 'must be an object { … }, not a list [ … ]'),
    );
  });

  it('points at a trailing comma', async () => {
    const result = await loadStory('s', memoryReader({ 'story.json': '{"a": [1, 2,]}' }));
    expect(result.problems[0]?.message).toBe(
      'not valid JSON at line 1, column 12: trailing comma before "]": remove this comma',
    );
  });

  it('accepts a byte-order mark at the start of a file', async () => {
    const files = {
      'story.json': '\uFEFF' + JSON.stringify(base),
      'l.geojson': '\uFEFF' + layer([point('a', [1, 2])]),
    };
    const result = await loadStory('s', memoryReader(files));
    expect(result.problems).toEqual([]);
  });

  it('rejects a folder name that cannot be a story id', async () => {
    const files = { 'story.json': JSON.stringify(base), 'l.geojson': layer([point('a', [1, 2])]) };
    const result = await loadStory('My Story', memoryReader(files));
    expect(result.problems[0]?.message).toContain('rename the folder to "my-story"');
    expect(result.story).toBeUndefined();
  });

  it('warns about an unsupported translation language', async () => {
    const files = {
      'story.json': JSON.stringify({ ...base, title_fr: 'X' }),
      'l.geojson': layer([point('a', [1, 2])]),
    };
    const result = await loadStory('s', memoryReader(files));
    expect(result.problems).toEqual([
      {
        file: 's/story.json',
        pointer: '/title_fr',
        message: 'unknown field "title_fr" is ignored: translations exist for en, ko, ja only',
        severity: 'warning',
      },
    ]);
    expect(result.story).toBeDefined();
  });

  it('rewinds a clockwise hole and a clockwise outer ring in a MultiPolygon', async () => {
    const outerClockwise = [
      [0, 0],
      [0, 10],
      [10, 10],
      [10, 0],
      [0, 0],
    ];
    const holeCounterClockwise = [
      [2, 2],
      [4, 2],
      [4, 4],
      [2, 4],
      [2, 2],
    ];
    const feature = {
      type: 'Feature',
      id: 'area',
      properties: { name: 'Area' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [20, 0],
              [30, 0],
              [30, 5],
              [20, 0],
            ],
          ],
          [outerClockwise, holeCounterClockwise],
        ],
      },
    };
    const files = { 'story.json': JSON.stringify(base), 'l.geojson': layer([feature]) };
    const result = await loadStory('s', memoryReader(files));
    expect(result.problems.map((p) => [p.pointer, p.severity])).toEqual([
      ['/features/0/geometry/coordinates/1/0', 'warning'],
      ['/features/0/geometry/coordinates/1/1', 'warning'],
    ]);
    const geometry = result.story?.layers[0]?.features.features[0]?.geometry;
    expect(geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [20, 0],
            [30, 0],
            [30, 5],
            [20, 0],
          ],
        ],
        [[...outerClockwise].reverse(), [...holeCounterClockwise].reverse()],
      ],
    });
  });

  it('reports a hole that crosses the outer ring', async () => {
    const feature = {
      type: 'Feature',
      id: 'area',
      properties: { name: 'Area' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [10, 0],
            [10, 10],
            [0, 10],
            [0, 0],
          ],
          [
            [5, 5],
            [5, 15],
            [6, 15],
            [6, 5],
            [5, 5],
          ],
        ],
      },
    };
    const result = await loadStory(
      's',
      memoryReader({ 'story.json': JSON.stringify(base), 'l.geojson': layer([feature]) }),
    );
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      pointer: '/features/0/geometry/coordinates',
      severity: 'error',
    });
    expect(result.problems[0]?.message).toContain('rings cross or touch each other');
  });

  it('lists the first position errors of a geometry and counts the rest', async () => {
    const line = {
      type: 'Feature',
      id: 'l1',
      properties: { name: 'L' },
      geometry: { type: 'LineString', coordinates: Array.from({ length: 9 }, () => [0, 95]) },
    };
    const result = await loadStory(
      's',
      memoryReader({ 'story.json': JSON.stringify(base), 'l.geojson': layer([line]) }),
    );
    expect(result.problems).toHaveLength(6);
    const summary = result.problems.find((p) => p.pointer === '/features/0/geometry/coordinates');
    expect(summary?.message).toContain('4 more positions');
  });

  it('caps the problems listed per file and says how many more there are', async () => {
    const features = Array.from({ length: 150 }, (_, i) => point(`p${i}`, 'not a position'));
    const result = await loadStory(
      's',
      memoryReader({ 'story.json': JSON.stringify(base), 'l.geojson': layer(features) }),
    );
    expect(result.problems).toHaveLength(101);
    expect(result.problems.at(-1)?.message).toContain('50 more errors in this file');
    // The summing-up line counts as the 50 errors it stands for, not as one.
    expect(countProblems(result.problems, 'error')).toBe(150);
  });

  it('does not call places unknown while a layer file is missing', async () => {
    const story = {
      ...base,
      events: [
        {
          id: 'e',
          date: '2024',
          title: 'T',
          summary: 'S',
          places: ['a'],
          sources: [{ title: 'S', url: 'https://a.example/news/1' }],
        },
      ],
    };
    const result = await loadStory('s', memoryReader({ 'story.json': JSON.stringify(story) }));
    expect(result.problems.map((p) => p.pointer)).toEqual(['/layers/0/file']);
  });

  it('reports a reader that fails as a problem, not an exception', async () => {
    const reader = async (name: string) => {
      if (name === 'l.geojson') throw new Error('EACCES: permission denied');
      return JSON.stringify(base);
    };
    const result = await loadStory('s', reader);
    expect(result.problems).toEqual(
      oneError('s/l.geojson', '', 'could not read the file (EACCES: permission denied)'),
    );
  });

  it('escapes "/" and "~" in pointers of unknown fields (RFC 6901)', async () => {
    const files = {
      'story.json': JSON.stringify({ ...base, 'a/b~c': 1 }),
      'l.geojson': layer([point('a', [1, 2])]),
    };
    const result = await loadStory('s', memoryReader(files));
    expect(result.problems[0]?.pointer).toBe('/a~1b~0c');
  });

  it('keeps a single-event story with a place in two layers in date order', async () => {
    const story = {
      ...base,
      layers: [...base.layers, { id: 'm', title: 'M', file: 'm.geojson' }],
      events: [
        {
          id: 'late',
          date: '2024-06-10',
          title: 'T',
          summary: 'S',
          places: ['a', 'b'],
          sources: [{ title: 'S', url: 'https://a.example/news/1' }],
        },
        {
          id: 'same-day-longer',
          date: '2024-06-10',
          end: '2024-06-12',
          title: 'T',
          summary: 'S',
          places: ['a'],
          sources: [{ title: 'S', url: 'https://a.example/news/1' }],
        },
        {
          id: 'early',
          date: '2024-06-10',
          title: 'T',
          summary: 'S',
          places: ['b'],
          sources: [{ title: 'S', url: 'https://a.example/news/1' }],
        },
      ],
    };
    const files = {
      'story.json': JSON.stringify(story),
      'l.geojson': layer([point('a', [1, 2])]),
      'm.geojson': layer([point('b', [3, 4])]),
    };
    const result = await loadStory('s', memoryReader(files));
    expect(result.problems).toEqual([]);
    expect(result.story?.events.map((e) => e.id)).toEqual(['late', 'early', 'same-day-longer']);
  });
});
