import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  exportEventsCsv,
  exportZip,
  parseEventsTable,
  placesFromFile,
  serializeStoryFiles,
} from '../../../src/editor/core/index.ts';
import { ncgDocument, must } from './story-files.ts';

const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
  <Placemark><name>Jeju Naval Base</name><description>Gangjeong</description>
    <Point><coordinates>126.5441234567,33.2301,0</coordinates></Point></Placemark>
  <Placemark><name>Two islands</name><MultiGeometry>
    <Polygon><outerBoundaryIs><LinearRing><coordinates>0,0 1,0 1,1 0,0</coordinates></LinearRing></outerBoundaryIs></Polygon>
    <Polygon><outerBoundaryIs><LinearRing><coordinates>2,2 3,2 3,3 2,2</coordinates></LinearRing></outerBoundaryIs></Polygon>
  </MultiGeometry></Placemark>
</Document></kml>`;

const GPX = `<?xml version="1.0"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <wpt lat="35.1" lon="129.04"><ele>12</ele><name>Busan</name></wpt>
  <trk><name>Patrol route</name><trkseg><trkpt lat="35" lon="129"/><trkpt lat="34" lon="128.5"/></trkseg></trk>
</gpx>`;

describe('placesFromFile', () => {
  it('reads KML points and multi-part polygons as story places', () => {
    const { features, problems } = placesFromFile('places.kml', KML, ['jeju-naval-base']);
    expect(problems).toEqual([]);
    expect(features).toEqual([
      {
        type: 'Feature',
        id: 'jeju-naval-base-2',
        properties: { name: 'Jeju Naval Base', description: 'Gangjeong' },
        geometry: { type: 'Point', coordinates: [126.544123, 33.2301] },
      },
      {
        type: 'Feature',
        id: 'two-islands',
        properties: { name: 'Two islands' },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 0],
              ],
            ],
            [
              [
                [2, 2],
                [3, 2],
                [3, 3],
                [2, 2],
              ],
            ],
          ],
        },
      },
    ]);
  });

  it('reads GPX waypoints and tracks, dropping altitude', () => {
    const { features } = placesFromFile('trip.gpx', GPX);
    expect(features.map((f) => [f.id, f.geometry])).toEqual([
      [
        'patrol-route',
        {
          type: 'LineString',
          coordinates: [
            [129, 35],
            [128.5, 34],
          ],
        },
      ],
      ['busan', { type: 'Point', coordinates: [129.04, 35.1] }],
    ]);
  });

  it('reads GeoJSON, naming an unnamed feature after the file and saying so', () => {
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { title: 'Yongsan' },
          geometry: { type: 'Point', coordinates: [126.97, 37.53] },
        },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [127, 37] } },
        { type: 'Feature', properties: { name: 'Nowhere' }, geometry: null },
      ],
    });
    const { features, problems } = placesFromFile('drawn.geojson', geojson);
    expect(features.map((f) => [f.id, f.properties?.name])).toEqual([
      ['yongsan', 'Yongsan'],
      ['drawn-2', 'drawn 2'],
    ]);
    expect(problems).toEqual([
      'drawn.geojson: feature 2 has no name: it is called "drawn 2" until you rename it',
      'drawn.geojson: feature 3 was left out: it has no point, line or polygon (or mixes them)',
    ]);
  });

  it('explains a file it cannot read', () => {
    expect(placesFromFile('a.kml', '<kml><Placemark>').problems[0]).toMatch(
      /^a\.kml: is not valid XML/,
    );
    expect(placesFromFile('a.geojson', '{"type":').problems[0]).toMatch(
      /^a\.geojson: not valid JSON/,
    );
    expect(placesFromFile('a.shp', 'xyz').problems).toEqual([
      'a.shp: not a GeoJSON, KML or GPX file: export the places in one of these formats',
    ]);
  });
});

describe('export', () => {
  it('zips the folder as saved, under the story id, the same bytes every time', () => {
    const doc = ncgDocument();
    const zip = exportZip(doc, 'ncg-2024');
    const entries = unzipSync(zip);
    const files = serializeStoryFiles(doc);
    expect(Object.keys(entries).sort()).toEqual(
      Object.keys(files)
        .map((n) => `ncg-2024/${n}`)
        .sort(),
    );
    for (const [name, text] of Object.entries(files))
      expect(strFromU8(must(entries[`ncg-2024/${name}`]))).toBe(text);
    expect(exportZip(doc, 'ncg-2024')).toEqual(zip);
  });

  it('writes the events as CSV that the import reads back to the same events', () => {
    const doc = ncgDocument();
    const csv = exportEventsCsv(doc);
    expect(csv.split('\r\n')[0]).toBe(
      'id,date,end,title,title_ko,title_ja,summary,summary_ko,summary_ja,note,note_ko,note_ja,places,source title,source url',
    );
    // Read back into a story without those events, so their ids are free again.
    const empty = { ...doc, story: { ...doc.story, events: [] } };
    const { rows, tableProblems } = parseEventsTable(csv, empty);
    expect(tableProblems).toEqual([]);
    expect(rows.flatMap((r) => r.problems)).toEqual([]);
    expect(rows.map((r) => r.event)).toEqual(doc.story.events);
  });
});
