/**
 * A synthetic story for the scale benchmark: a story folder's files (story.json plus one GeoJSON
 * layer per geometry kind) with as many places and events as asked, all valid. Pure and seeded:
 * the same options give the same text byte for byte, so runs on different days are comparable.
 *
 * The story is built to look like a long-running newsroom story rather than uniform noise: points,
 * lines and polygons (some with holes) spread over the inhabited latitudes, a share of lines and
 * polygons crossing the antimeridian (split at 180° as RFC 7946 asks), dates of mixed precision
 * with some ranges, and a few busy places that many events share (popularity falls off as
 * 1/√rank), so a popup of the busiest place is the worst case a reader could open.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

export interface SyntheticStoryOptions {
  /** Seed of the pseudo-random generator; the same seed gives the same story. */
  seed: number;
  /** Number of places (features), split between points, lines and areas. */
  places: number;
  /** Number of events. */
  events: number;
  /** Folder name of the story, used in its title. */
  id?: string;
}

/** The story folder as file name → text, plus what the benchmark needs to know about it. */
export interface SyntheticStory {
  id: string;
  files: Record<string, string>;
  /** The id of the place with the most events, and how many it has. */
  busiestPlace: { id: string; events: number };
  /** First and last day covered by the events, `YYYY-MM-DD`. */
  dateSpan: { first: string; last: string };
}

/** Default size of the scale benchmark (the figures). */
export const SCALE_STORY: SyntheticStoryOptions = {
  seed: 20240610,
  places: 1000,
  events: 10000,
  id: 'bench-scale',
};

/** Shares of places by kind; the rest are areas. */
const POINT_SHARE = 0.55;
const LINE_SHARE = 0.2;
/** Share of lines and areas drawn across the antimeridian. */
const ANTIMERIDIAN_SHARE = 0.1;
const FIRST_YEAR = 1990;
const LAST_YEAR = 2024;

/** A seeded generator of floats in [0, 1) (mulberry32: small, fast, good enough for test data). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function between(random: Random, min: number, max: number): number {
  return min + random() * (max - min);
}

function integerBetween(random: Random, min: number, max: number): number {
  return Math.floor(between(random, min, max + 1));
}

/** Coordinates rounded to 5 decimals (about a metre), as editors' tools write them. */
function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** A latitude where stories happen, away from the poles. */
function latitude(random: Random): number {
  return between(random, -55, 70);
}

/** A closed, counter-clockwise, star-shaped ring round `[lng, lat]` (simple by construction). */
function starRing(
  random: Random,
  [lng, lat]: [number, number],
  radius: number,
  vertices: number,
): Position[] {
  const ring: Position[] = [];
  for (let i = 0; i < vertices; i++) {
    // Increasing angles with bounded jitter keep the ring simple and counter-clockwise.
    const angle = ((i + between(random, -0.3, 0.3)) / vertices) * 2 * Math.PI;
    const r = radius * between(random, 0.65, 1);
    ring.push([round(lng + r * Math.cos(angle)), round(lat + r * Math.sin(angle))]);
  }
  ring.push(ring[0] as Position);
  return ring;
}

/**
 * Clips a convex ring (unwrapped longitudes, counter-clockwise) to one side of the meridian
 * `x = 180`: Sutherland–Hodgman against a single edge. Returns the open list of vertices.
 */
function clipAtMeridian(ring: readonly Position[], keepWest: boolean): Position[] {
  const inside = (p: Position) => (keepWest ? (p[0] as number) <= 180 : (p[0] as number) >= 180);
  const out: Position[] = [];
  const open = ring.slice(0, -1);
  for (let i = 0; i < open.length; i++) {
    const current = open[i] as Position;
    const previous = open[(i + open.length - 1) % open.length] as Position;
    const crossing = (): Position => {
      const [x1, y1] = previous as [number, number];
      const [x2, y2] = current as [number, number];
      return [180, round(y1 + ((180 - x1) / (x2 - x1)) * (y2 - y1))];
    };
    if (inside(current)) {
      if (!inside(previous)) out.push(crossing());
      out.push(current);
    } else if (inside(previous)) {
      out.push(crossing());
    }
  }
  return out;
}

/** A convex polygon round `[lng, lat]` whose longitudes may run past 180 (not yet split). */
function convexRing(random: Random, [lng, lat]: [number, number], radius: number): Position[] {
  const vertices = integerBetween(random, 6, 12);
  const ring: Position[] = [];
  for (let i = 0; i < vertices; i++) {
    const angle = ((i + between(random, -0.3, 0.3)) / vertices) * 2 * Math.PI;
    ring.push([round(lng + radius * Math.cos(angle)), round(lat + radius * Math.sin(angle))]);
  }
  ring.push(ring[0] as Position);
  return ring;
}

/** Removes consecutive repeats and closes the ring. */
function closeRing(vertices: Position[]): Position[] {
  const unique = vertices.filter(
    (p, i) => i === 0 || p[0] !== vertices[i - 1]?.[0] || p[1] !== vertices[i - 1]?.[1],
  );
  return [...unique, unique[0] as Position];
}

/** An area: a star-shaped polygon, sometimes with a hole, or a shape split at the antimeridian. */
function areaGeometry(random: Random, acrossAntimeridian: boolean): Geometry {
  const radius = between(random, 0.3, 3);
  if (acrossAntimeridian) {
    // Centred within a radius of 180° so the convex shape straddles it, then cut in two.
    const center: [number, number] = [180 + between(random, -0.6, 0.6) * radius, latitude(random)];
    const ring = convexRing(random, center, radius);
    const west = closeRing(clipAtMeridian(ring, true));
    const east = closeRing(clipAtMeridian(ring, false)).map(([x, y]) => [
      round((x as number) - 360),
      y as number,
    ]);
    return { type: 'MultiPolygon', coordinates: [[west], [east]] };
  }
  const center: [number, number] = [between(random, -175, 175), latitude(random)];
  const outer = starRing(random, center, radius, integerBetween(random, 6, 16));
  if (random() < 0.1) {
    // A hole well inside the outer ring (which never comes closer than 0.65 of the radius).
    const hole = starRing(random, center, radius * 0.3, 6).reverse();
    return { type: 'Polygon', coordinates: [outer, hole] };
  }
  return { type: 'Polygon', coordinates: [outer] };
}

/** A line: a random walk, or one that crosses 180° and is split there into two parts. */
function lineGeometry(random: Random, acrossAntimeridian: boolean): Geometry {
  const vertices = integerBetween(random, 3, 8);
  const step = between(random, 0.5, 4);
  if (acrossAntimeridian) {
    // Walk eastwards from west of 180° to east of it, in unwrapped longitudes.
    const start = 180 - step * between(random, 1, vertices - 1);
    let lat = latitude(random);
    const walk: Position[] = [];
    for (let i = 0; i < vertices; i++) {
      walk.push([start + i * step, lat]);
      lat = Math.max(-60, Math.min(75, lat + between(random, -1, 1) * step));
    }
    const west: Position[] = [];
    const east: Position[] = [];
    walk.forEach(([x, y], i) => {
      const [px, py] = (walk[i - 1] ?? [x, y]) as [number, number];
      if ((px as number) < 180 && (x as number) > 180) {
        const crossLat = round(py + ((180 - px) / ((x as number) - px)) * ((y as number) - py));
        west.push([180, crossLat]);
        east.push([-180, crossLat]);
      }
      if ((x as number) < 180) west.push([round(x as number), round(y as number)]);
      else if ((x as number) > 180) east.push([round((x as number) - 360), round(y as number)]);
    });
    if (west.length >= 2 && east.length >= 2) {
      return { type: 'MultiLineString', coordinates: [west, east] };
    }
    // A walk that only touched 180° is drawn as an ordinary line west of it.
    return { type: 'LineString', coordinates: west.length >= 2 ? west : [...west, [179, 0]] };
  }
  let lng = between(random, -170, 170 - step * vertices);
  let lat = latitude(random);
  const line: Position[] = [];
  for (let i = 0; i < vertices; i++) {
    line.push([round(lng), round(lat)]);
    lng += step * between(random, 0.5, 1);
    lat = Math.max(-60, Math.min(75, lat + between(random, -1, 1) * step));
  }
  return { type: 'LineString', coordinates: line };
}

function pointGeometry(random: Random): Geometry {
  if (random() < 0.1) {
    const lng = between(random, -175, 175);
    const lat = latitude(random);
    return {
      type: 'MultiPoint',
      coordinates: [
        [round(lng), round(lat)],
        [round(lng + between(random, 0.05, 1)), round(lat + between(random, -0.5, 0.5))],
      ],
    };
  }
  return {
    type: 'Point',
    coordinates: [round(between(random, -180, 180)), round(latitude(random))],
  };
}

interface PlaceProperties {
  name: string;
  name_ko?: string;
  name_ja?: string;
  description?: string;
  approximate?: boolean;
}

function placeProperties(random: Random, kind: string, n: number): PlaceProperties {
  const properties: PlaceProperties = { name: `${kind} ${n}` };
  if (random() < 0.3) {
    properties.name_ko = `${kind === 'Site' ? '장소' : kind === 'Route' ? '경로' : '구역'} ${n}`;
    properties.name_ja = `${kind === 'Site' ? '地点' : kind === 'Route' ? '経路' : '区域'} ${n}`;
  }
  if (random() < 0.2)
    properties.description = `A synthetic ${kind.toLowerCase()} for the benchmark.`;
  if (random() < 0.1) properties.approximate = true;
  return properties;
}

/** A date of the given precision between FIRST_YEAR and LAST_YEAR, and an end after it. */
function eventDates(random: Random): { date: string; end?: string } {
  const year = integerBetween(random, FIRST_YEAR, LAST_YEAR);
  const month = integerBetween(random, 1, 12);
  const day = integerBetween(random, 1, 28);
  const precision = random();
  const hasEnd = random() < 0.2;
  if (precision < 0.05) {
    return hasEnd && year < LAST_YEAR
      ? { date: `${year}`, end: `${year + 1}` }
      : { date: `${year}` };
  }
  if (precision < 0.2) {
    const date = `${year}-${pad(month, 2)}`;
    return hasEnd && month < 12 ? { date, end: `${year}-${pad(month + 1, 2)}` } : { date };
  }
  const date = `${year}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!hasEnd) return { date };
  const endDay = Math.min(28, day + integerBetween(random, 0, 10));
  return { date, end: `${year}-${pad(month, 2)}-${pad(endDay, 2)}` };
}

/** Picks indexes 0..n-1 with weight 1/√(i+1): a few busy places, a long tail of quiet ones. */
function popularityPicker(random: Random, n: number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / Math.sqrt(i + 1);
    cumulative.push(total);
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** Shuffles in place (Fisher–Yates) so popularity does not follow place ids or kinds. */
function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** Builds a valid synthetic story folder (see the module comment for what it contains). */
export function generateSyntheticStory(options: SyntheticStoryOptions): SyntheticStory {
  const random = seededRandom(options.seed);
  const id = options.id ?? 'synthetic';
  const pointCount = Math.round(options.places * POINT_SHARE);
  const lineCount = Math.round(options.places * LINE_SHARE);
  const areaCount = options.places - pointCount - lineCount;

  const layer = (
    count: number,
    kind: string,
    prefix: string,
    geometry: (i: number) => Geometry,
  ): FeatureCollection => ({
    type: 'FeatureCollection',
    features: Array.from({ length: count }, (_, i): Feature => ({
      type: 'Feature',
      id: `${prefix}-${pad(i + 1, 4)}`,
      properties: placeProperties(random, kind, i + 1) as Feature['properties'],
      geometry: geometry(i),
    })),
  });
  // Every tenth line and area crosses the antimeridian (a fixed pattern, so the count is known).
  const across = (i: number) => i % Math.round(1 / ANTIMERIDIAN_SHARE) === 0;
  const layers = [
    {
      id: 'sites',
      title: 'Sites',
      file: 'sites.geojson',
      collection: layer(pointCount, 'Site', 'site', () => pointGeometry(random)),
    },
    {
      id: 'routes',
      title: 'Routes',
      file: 'routes.geojson',
      collection: layer(lineCount, 'Route', 'route', (i) => lineGeometry(random, across(i))),
    },
    {
      id: 'areas',
      title: 'Areas',
      file: 'areas.geojson',
      collection: layer(areaCount, 'Area', 'area', (i) => areaGeometry(random, across(i))),
    },
  ];

  const placeIds = shuffle(
    random,
    layers.flatMap((entry) => entry.collection.features.map((feature) => String(feature.id))),
  );
  const pickPlace = popularityPicker(random, placeIds.length);
  const eventsPerPlace = new Map<string, number>();
  let first = '9999-12-31';
  let last = '0000-01-01';
  const events = Array.from({ length: options.events }, (_, i) => {
    const places = new Set<string>();
    const wanted = random() < 0.7 ? 1 : random() < 0.8 ? 2 : 3;
    while (places.size < Math.min(wanted, placeIds.length)) {
      places.add(placeIds[pickPlace()] as string);
    }
    for (const place of places) eventsPerPlace.set(place, (eventsPerPlace.get(place) ?? 0) + 1);
    const dates = eventDates(random);
    const start =
      dates.date.length === 4
        ? `${dates.date}-01-01`
        : dates.date.length === 7
          ? `${dates.date}-01`
          : dates.date;
    const endText = dates.end ?? dates.date;
    const end =
      endText.length === 4 ? `${endText}-12-31` : endText.length === 7 ? `${endText}-28` : endText;
    if (start < first) first = start;
    if (end > last) last = end;
    const n = i + 1;
    const event: Record<string, unknown> = {
      id: `event-${pad(n, 5)}`,
      ...dates,
      title: `Event ${n}`,
      summary: `Something happened at ${[...places].join(', ')}; this sentence stands for a summary of one or two lines.`,
      places: [...places],
      sources: Array.from({ length: random() < 0.7 ? 1 : 2 }, (_, j) => ({
        title: `Source ${n}.${j + 1}`,
        url: `https://example.com/news/${n}/${j + 1}`,
      })),
    };
    if (random() < 0.2) {
      event['title_ko'] = `사건 ${n}`;
      event['title_ja'] = `出来事 ${n}`;
    }
    if (random() < 0.1) event['note'] = 'A correction or caveat.';
    return event;
  });

  const story = {
    title: `Synthetic story: ${options.places.toLocaleString('en-US')} places, ${options.events.toLocaleString('en-US')} events`,
    summary: `Generated by the benchmark (seed ${options.seed}) to measure the map at scale.`,
    language: 'en',
    updated: `${LAST_YEAR}-12-31`,
    credit: 'Benchmark data, not news',
    layers: layers.map(({ id: layerId, title, file }) => ({ id: layerId, title, file })),
    events,
  };

  let busiestPlace = { id: '', events: 0 };
  for (const [place, count] of eventsPerPlace) {
    if (count > busiestPlace.events) busiestPlace = { id: place, events: count };
  }
  const files: Record<string, string> = { 'story.json': JSON.stringify(story) };
  for (const entry of layers) files[entry.file] = JSON.stringify(entry.collection);
  return { id, files, busiestPlace, dateSpan: { first, last } };
}
