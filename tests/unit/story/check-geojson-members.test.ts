import { describe, expect, it } from 'vitest';
import { checkBbox, checkGeoJsonMembers } from '../../../src/story/check-geojson-members.ts';

const messages = (bbox: unknown) =>
  checkBbox(bbox, '/bbox').map((d) => `${d.pointer} ${d.message}`);

describe('checkBbox (RFC 7946 §5)', () => {
  it('accepts 4 or 6 numbers, boxes across the antimeridian and boxes that reach a pole', () => {
    expect(messages([126, 37, 127, 38])).toEqual([]);
    expect(messages([126, 37, -10, 127, 38, 2500])).toEqual([]);
    expect(messages([177, -20, -178, -16])).toEqual([]); // §5.2: west 177 > east -178
    expect(messages([-180, 60, 180, 90])).toEqual([]); // §5.3
    expect(messages([3, 3, 3, 3])).toEqual([]);
  });

  it('refuses other forms, each with its pointer and fix', () => {
    expect(messages([1, 2, 3])).toEqual([
      expect.stringMatching(/^\/bbox "bbox" has 3 numbers, not 4 \[west, south, east, north\]/),
    ]);
    expect(messages('126,37,127,38')).toEqual([
      expect.stringMatching(
        /^\/bbox "bbox" must be a list of 4 numbers .*, not text "126,37,127,38"/,
      ),
    ]);
    expect(messages([126, null, 127, '38'])).toEqual([
      '/bbox/1 "bbox" item must be a number, not null',
      '/bbox/3 "bbox" item must be a number, not text "38": remove the quotes',
    ]);
    expect(messages([126, 37, 127, Number.POSITIVE_INFINITY])).toEqual([
      expect.stringContaining('"bbox" holds a number too large to use'),
    ]);
    expect(messages([126, -91, 127, 38])).toEqual([
      expect.stringMatching(/^\/bbox\/1 "bbox" south -91 is outside -90\.\.90/),
    ]);
    expect(messages([126, 37, 0, 181, 38, 0])).toEqual([
      expect.stringMatching(/^\/bbox\/3 "bbox" east 181 is outside -180\.\.180/),
    ]);
    expect(messages([126, 38, 127, 37])).toEqual([
      expect.stringContaining('"bbox" has its south edge (38) north of its north edge (37)'),
    ]);
  });
});

describe('checkGeoJsonMembers (RFC 7946 §7.1)', () => {
  it('leaves foreign members and whatever "properties" hold alone', () => {
    const layer = {
      type: 'FeatureCollection',
      name: 'export',
      crs: {},
      features: [
        {
          type: 'Feature',
          id: 'a',
          properties: { name: 'A', coordinates: [1, 2], features: [] },
          geometry: { type: 'Point', coordinates: [1, 2], style: {} },
        },
      ],
    };
    expect(checkGeoJsonMembers(layer)).toEqual([]);
  });

  it('checks bbox on the collection, each feature and each geometry', () => {
    const bad = [1, 2, 3];
    const layer = {
      type: 'FeatureCollection',
      bbox: bad,
      features: [{ type: 'Feature', bbox: bad, geometry: { type: 'Point', bbox: bad } }],
    };
    expect(checkGeoJsonMembers(layer).map((d) => d.pointer)).toEqual([
      '/bbox',
      '/features/0/bbox',
      '/features/0/geometry/bbox',
    ]);
  });
});
