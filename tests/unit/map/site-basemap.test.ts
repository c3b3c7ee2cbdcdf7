import { describe, expect, it } from 'vitest';
import { parseDetailIndex } from '../../../src/map/basemap.ts';
import { parseSiteBasemap, PROTOMAPS_ATTRIBUTION } from '../../../src/map/site-basemap.ts';
import { siteBasemapJson } from '../../../scripts/vite-plugin-site-basemap.ts';

const FILE = 'https://graphics.example.com/maps/basemap.json';

describe('parseSiteBasemap', () => {
  it('reads {} as the embedded basemap', () => {
    expect(parseSiteBasemap({}, FILE)).toBeNull();
  });

  it('reads a PMTiles archive, credited to Protomaps and OpenStreetMap unless it says otherwise', () => {
    expect(parseSiteBasemap({ pmtiles: 'https://tiles.example.com/seoul.pmtiles' }, FILE)).toEqual({
      kind: 'pmtiles',
      url: 'https://tiles.example.com/seoul.pmtiles',
      attribution: PROTOMAPS_ATTRIBUTION,
    });
    expect(PROTOMAPS_ATTRIBUTION).toContain('OpenStreetMap');
    expect(
      parseSiteBasemap({ pmtiles: 'tiles/seoul.pmtiles', attribution: '© OSM' }, FILE),
    ).toEqual({
      kind: 'pmtiles',
      url: 'https://graphics.example.com/maps/tiles/seoul.pmtiles',
      attribution: '© OSM',
    });
  });

  it('reads a style URL', () => {
    expect(parseSiteBasemap({ style: 'https://tiles.example.com/style.json' }, FILE)).toEqual({
      kind: 'style',
      url: 'https://tiles.example.com/style.json',
    });
  });

  it('names the file, the JSON pointer and the fix when the setting is wrong', () => {
    expect(parseSiteBasemap([], FILE)).toBe(
      `${FILE}: /: must be an object, e.g. {} or {"pmtiles": "https://…/map.pmtiles"}`,
    );
    expect(parseSiteBasemap({ pmtiles: 42 }, FILE)).toBe(`${FILE}: /pmtiles: must be a URL string`);
    expect(parseSiteBasemap({ pmtiles: 'a', style: 'b' }, FILE)).toBe(
      `${FILE}: /style: give either "pmtiles" or "style", not both`,
    );
    expect(parseSiteBasemap({ pmtiles: 'a', attribution: 1 }, FILE)).toMatch(
      /^\S+: \/attribution: /,
    );
  });
});

describe('siteBasemapJson (the build-time setting)', () => {
  it('writes {} without a setting, and the archive when BASEMAP_PMTILES names one', () => {
    expect(JSON.parse(siteBasemapJson({}))).toEqual({});
    expect(
      JSON.parse(siteBasemapJson({ BASEMAP_PMTILES: 'https://tiles.example.com/seoul.pmtiles' })),
    ).toEqual({ pmtiles: 'https://tiles.example.com/seoul.pmtiles' });
  });

  it('refuses both settings at once with a one-line message', () => {
    expect(() =>
      siteBasemapJson({ BASEMAP_PMTILES: 'https://a/x', BASEMAP_STYLE: 'https://b/y' }),
    ).toThrow(/^BASEMAP_PMTILES \/ BASEMAP_STYLE: \/style: give either/);
  });
});

describe('parseDetailIndex', () => {
  const good = {
    attribution: '© OpenStreetMap contributors',
    minzoom: 6,
    maxzoom: 14,
    regions: [{ id: 'seoul', bounds: [126.7, 37.3, 127.3, 37.7] }],
  };

  it('keeps a well-formed index', () => {
    expect(parseDetailIndex(good)).toEqual(good);
  });

  it('names the JSON pointer of a bad region', () => {
    expect(parseDetailIndex({ ...good, regions: [{ id: 'x', bounds: [1, 2, 0, 3] }] })).toBe(
      '/regions/0/bounds: not [west, south, east, north] in degrees',
    );
    expect(parseDetailIndex({ ...good, regions: [{ bounds: [0, 0, 1, 1] }] })).toBe(
      '/regions/0/id: not a string',
    );
    expect(parseDetailIndex({ ...good, minzoom: 15 })).toMatch(/^\/minzoom/);
  });
});
