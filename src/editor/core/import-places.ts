/**
 * Places from a file another tool made: GeoJSON (geojson.io, QGIS), KML (Google Earth, My Maps)
 * or GPX (GPS tracks and waypoints). KML and GPX go through `@tmcw/togeojson`, parsed with
 * `@xmldom/xmldom` so the same code runs in Node and the browser. Only what a story place holds is
 * kept: a 2D geometry, a name and a description.
 */
import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties } from 'geojson';
import { parseJsonText } from '../../story/index.ts';
import { roundCoordinates } from './document.ts';
import { placeIdFromName } from './ids.ts';

export interface ImportedPlaces {
  /** Story places: feature-level `id`, `properties.name` (and `description` when given). */
  features: Feature[];
  /** What was left out or made up, one sentence each, naming the feature. */
  problems: string[];
}

type Format = 'geojson' | 'kml' | 'gpx';

function formatOf(name: string, text: string): Format | undefined {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'kml' || extension === 'gpx') return extension;
  if (extension === 'geojson' || extension === 'json') return 'geojson';
  const start = text.trimStart();
  if (start.startsWith('{')) return 'geojson';
  if (/<kml[\s>]/.test(start)) return 'kml';
  if (/<gpx[\s>]/.test(start)) return 'gpx';
  return undefined;
}

/** Drops altitudes: the map is flat, and a third number only invites disagreement. */
function flatten(value: unknown): unknown {
  if (Array.isArray(value) && value.every((n) => typeof n === 'number')) return value.slice(0, 2);
  return Array.isArray(value) ? value.map(flatten) : value;
}

/** The geometry as a story place can hold it (collections of one kind become Multi*), or undefined. */
function placeGeometry(geometry: Geometry | null): Geometry | undefined {
  if (!geometry) return undefined;
  if (geometry.type === 'GeometryCollection') {
    const parts = geometry.geometries.map(placeGeometry).filter((g): g is Geometry => !!g);
    const kinds = new Set(parts.map((g) => g.type.replace(/^Multi/, '')));
    const kind = [...kinds][0];
    if (kinds.size !== 1 || !kind) return undefined;
    if (parts.length === 1) return parts[0];
    const coordinates = parts.flatMap((g) =>
      'coordinates' in g
        ? g.type.startsWith('Multi')
          ? (g.coordinates as unknown[])
          : [g.coordinates]
        : [],
    );
    return { type: `Multi${kind}`, coordinates } as Geometry;
  }
  return {
    type: geometry.type,
    coordinates: roundCoordinates(flatten(geometry.coordinates)),
  } as Geometry;
}

function textProperty(properties: GeoJsonProperties, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = properties?.[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (
      value &&
      typeof value === 'object' &&
      typeof (value as { value?: unknown }).value === 'string'
    ) {
      return (value as { value: string }).value.trim() || undefined;
    }
  }
  return undefined;
}

function readFeatures(format: Format, text: string): Feature[] | string {
  if (format === 'geojson') {
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      const where =
        parsed.line === undefined ? '' : ` at line ${parsed.line}, column ${parsed.column}`;
      return `not valid JSON${where}: ${parsed.reason}`;
    }
    const value = parsed.value as { type?: unknown; features?: unknown };
    if (value?.type === 'FeatureCollection' && Array.isArray(value.features))
      return value.features as Feature[];
    if (value?.type === 'Feature') return [value as Feature];
    if (typeof value?.type === 'string' && 'coordinates' in value) {
      return [{ type: 'Feature', properties: {}, geometry: value as Geometry }];
    }
    return 'is not GeoJSON: expected a FeatureCollection, a Feature or a geometry';
  }
  let doc: ReturnType<DOMParser['parseFromString']>;
  try {
    // Throw on errors instead of logging them: the caller gets one sentence, the console nothing.
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    });
    doc = parser.parseFromString(text, 'text/xml');
  } catch (error) {
    return `is not valid XML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
  const collection: FeatureCollection<Geometry | null> = format === 'kml' ? kml(doc) : gpx(doc);
  return collection.features as Feature[];
}

/**
 * The places of a GeoJSON, KML or GPX file (`name` decides the format, else its first bytes).
 * Ids come from names and avoid `takenIds`; a feature without a name is named after the file and
 * its position, and said so in `problems`.
 */
export function placesFromFile(
  name: string,
  text: string,
  takenIds: Iterable<string> = [],
): ImportedPlaces {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const format = formatOf(name, body);
  if (!format) {
    return {
      features: [],
      problems: [
        `${name}: not a GeoJSON, KML or GPX file: export the places in one of these formats`,
      ],
    };
  }
  const read = readFeatures(format, body);
  if (typeof read === 'string') return { features: [], problems: [`${name}: ${read}`] };
  const taken = new Set(takenIds);
  const problems: string[] = [];
  const features: Feature[] = [];
  const stem = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  read.forEach((feature, i) => {
    const geometry = placeGeometry(feature?.geometry ?? null);
    if (!geometry) {
      problems.push(
        `${name}: feature ${i + 1} was left out: it has no point, line or polygon (or mixes them)`,
      );
      return;
    }
    const properties = feature.properties ?? {};
    let placeName = textProperty(properties, 'name', 'title', 'Name');
    if (!placeName) {
      placeName = `${stem} ${i + 1}`;
      problems.push(
        `${name}: feature ${i + 1} has no name: it is called "${placeName}" until you rename it`,
      );
    }
    const description = textProperty(properties, 'description', 'desc');
    const id = placeIdFromName(placeName, taken);
    taken.add(id);
    features.push({
      type: 'Feature',
      id,
      properties: { name: placeName, ...(description ? { description } : {}) },
      geometry,
    });
  });
  return { features, problems };
}
