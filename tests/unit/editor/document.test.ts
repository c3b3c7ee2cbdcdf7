import { describe, expect, it } from 'vitest';
import {
  parseStoryFiles,
  serializeStoryFiles,
  validateDocument,
  type StoryDocument,
} from '../../../src/editor/core/index.ts';
import { changedLines, ncgDocument, readFolder, must } from './story-files.ts';

function reparse(files: Record<string, string>): StoryDocument {
  const parsed = parseStoryFiles(files);
  if (!('doc' in parsed)) throw new Error(JSON.stringify(parsed.problems));
  return parsed.doc;
}

describe('serializeStoryFiles', () => {
  it('writes ncg-2024 back byte for byte (the folder is kept in the editor layout)', () => {
    const files = readFolder();
    expect(serializeStoryFiles(reparse(files))).toEqual(files);
  });

  it('changes only the edited event’s line when one title changes', () => {
    const doc = ncgDocument();
    const before = serializeStoryFiles(doc);
    const events = doc.story.events as Record<string, unknown>[];
    events[3] = { ...events[3], title: 'A new headline' };
    const after = serializeStoryFiles(doc);
    expect(changedLines(must(before['story.json']), must(after['story.json']))).toEqual([
      '      "title": "A new headline",',
    ]);
    for (const name of Object.keys(before).filter((n) => n !== 'story.json')) {
      expect(after[name], name).toBe(before[name]);
    }
  });

  it('changes only the moved place’s line when a point moves', () => {
    const doc = ncgDocument();
    const before = serializeStoryFiles(doc);
    const seoul = must(doc.layers['seoul.geojson']);
    const feature = must(seoul.features[1]);
    seoul.features[1] = {
      ...feature,
      geometry: { type: 'Point', coordinates: [127.1234567891, 37.5] },
    };
    const after = serializeStoryFiles(doc);
    const changed = changedLines(must(before['seoul.geojson']), must(after['seoul.geojson']));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain('"coordinates":[127.123457,37.5]');
    expect(changed[0]).toContain(`"id":"${String(feature.id)}"`);
  });

  it('puts keys in the fixed order, unknown ones after in their own order, and rounds to 6 decimals', () => {
    const doc: StoryDocument = {
      story: {
        events: [
          {
            sources: [{ url: 'https://a.example/', title: 'A' }],
            zeta: 1,
            title: 'T',
            id: 'e',
            date: '2024',
          },
        ],
        layers: [{ file: 'p.geojson', title: 'P', id: 'p' }],
        title: 'S',
        custom: true,
        $schema: 'x',
      },
      layers: {
        'p.geojson': {
          type: 'FeatureCollection',
          features: [
            {
              geometry: { coordinates: [-0.0000001, 1.23456789], type: 'Point' },
              properties: { extra: 1, approximate: true, name: 'P' },
              id: 'p',
              type: 'Feature',
            },
          ],
        },
      },
    };
    const files = serializeStoryFiles(doc);
    const story = JSON.parse(must(files['story.json'])) as Record<string, unknown>;
    expect(Object.keys(story)).toEqual(['$schema', 'title', 'layers', 'events', 'custom']);
    const event = must((story.events as Record<string, unknown>[])[0]);
    expect(Object.keys(event)).toEqual(['id', 'date', 'title', 'sources', 'zeta']);
    expect(files['story.json']).toContain('"title": "A",\n          "url": "https://a.example/"');
    expect(files['p.geojson']).toBe(
      '{\n  "type": "FeatureCollection",\n  "features": [\n' +
        '    {"type":"Feature","id":"p","properties":{"name":"P","approximate":true,"extra":1},' +
        '"geometry":{"type":"Point","coordinates":[0,1.234568]}}\n  ]\n}\n',
    );
  });

  it('keeps a short list of places on one line and breaks a long one', () => {
    const long = Array.from({ length: 12 }, (_, i) => `a-rather-long-place-id-${i}`);
    const files = serializeStoryFiles({
      story: {
        events: [
          { id: 'a', places: ['x', 'y'] },
          { id: 'b', places: long },
        ],
      },
      layers: {},
    });
    expect(files['story.json']).toContain('"places": ["x", "y"]');
    expect(files['story.json']).toContain('"places": [\n        "a-rather-long-place-id-0",');
  });
});

describe('parseStoryFiles', () => {
  it('names the file, line and column of broken JSON', () => {
    const result = parseStoryFiles({ 'story.json': '{\n  "title": "x",\n}' });
    expect(result).toEqual({
      problems: [
        expect.objectContaining({
          file: 'story.json',
          message: expect.stringMatching(/^not valid JSON at line 2, column 15: trailing comma/),
        }),
      ],
    });
  });

  it('refuses a layer file that is not a FeatureCollection and a missing story.json', () => {
    const result = parseStoryFiles({ 'a.geojson': '{"type":"Feature"}' });
    expect('problems' in result && result.problems.map((p) => p.file)).toEqual([
      'story.json',
      'a.geojson',
    ]);
  });
});

describe('validateDocument', () => {
  it('passes ncg-2024 and reports a broken reference in the CLI’s words', async () => {
    const doc = ncgDocument();
    expect((await validateDocument(doc, 'ncg-2024')).filter((p) => p.severity === 'error')).toEqual(
      [],
    );
    must((doc.story.events as Record<string, unknown>[])[0]).places = ['seoul-mnx'];
    expect(await validateDocument(doc, 'ncg-2024')).toContainEqual({
      file: 'ncg-2024/story.json',
      pointer: '/events/0/places/0',
      message: expect.stringContaining('unknown place "seoul-mnx"'),
      severity: 'error',
    });
  });
});
