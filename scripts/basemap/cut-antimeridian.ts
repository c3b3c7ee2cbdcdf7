/**
 * Cutting spherical geometry (world-atlas / d3 conventions) into planar lon/lat geometry that
 * MapLibre and RFC 7946 can use: nothing crosses ±180°, and a shape that did cross it comes back
 * as parts that meet exactly at ±180°.
 *
 * Why d3: world-atlas's TopoJSON is "stitched" — a ring that crosses the antimeridian simply has
 * a segment from 179.9° to -179.9°, and Antarctica is a ring around the south pole with no edge
 * along -90°. Read naively as planar lon/lat, those segments draw bands across the whole map.
 * d3-geo treats every edge as a great-circle arc on the sphere and its antimeridian clip
 * (`geoClipAntimeridian`, the default of every d3 projection) splits such arcs properly, walking
 * along the ±180° meridian and, for a polygon that contains a pole, along the pole itself. We
 * stream the geometry through an identity projection (degrees in, degrees out) to get that clip
 * and nothing else, then collect the planar output.
 */
import { geoProjection, geoStream, type GeoStream } from 'd3-geo';
import type { MultiLineString, MultiPolygon, Polygon, LineString, Position } from 'geojson';

/** A planar polygon: rings of `[lng, lat]`, exterior first, each ring closed. */
export type PlanarPolygon = Position[][];

/**
 * Identity "projection": radians in, degrees out, y up (reflectY), no adaptive resampling
 * (`precision(0)`), so the only change d3 makes is the antimeridian cut. Resampling would add
 * points along great-circle arcs, which is not what Natural Earth's planar segments mean.
 */
const identityWithAntimeridianClip = geoProjection((lambda: number, phi: number) => [lambda, phi])
  .scale(180 / Math.PI)
  .translate([0, 0])
  .reflectY(true)
  .precision(0);

/** Twice the signed planar area of a ring (shoelace); positive = counter-clockwise, y up. */
export function ringSignedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum;
}

/** Whether a planar point lies inside a ring (even-odd rule; points on the edge are undefined). */
export function ringContains(ring: readonly Position[], point: Position): boolean {
  const x = point[0] as number;
  const y = point[1] as number;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Groups the rings d3 emits between one polygonStart/polygonEnd into polygons. d3 may emit several
 * polygons in one such block (a ring cut at 180° becomes two), so rings are classified by winding:
 * d3 output keeps its spherical convention, which in y-up lon/lat is clockwise (negative area) for
 * exteriors and counter-clockwise for holes. Each hole goes to the smallest exterior containing it.
 */
function assembleRings(rings: Position[][]): PlanarPolygon[] {
  const exteriors: { ring: Position[]; area: number; holes: Position[][] }[] = [];
  const holes: Position[][] = [];
  for (const ring of rings) {
    const area2 = ringSignedArea2(ring);
    if (area2 < 0) exteriors.push({ ring, area: -area2, holes: [] });
    else if (area2 > 0) holes.push(ring);
    // Zero area: a degenerate sliver (e.g. a collapsed island), nothing to draw.
  }
  for (const hole of holes) {
    let owner: (typeof exteriors)[number] | undefined;
    for (const exterior of exteriors) {
      if (owner && exterior.area >= owner.area) continue;
      if (ringContains(exterior.ring, hole[0] as Position)) owner = exterior;
    }
    // A hole with no exterior around it cannot be drawn on its own; it is dropped.
    owner?.holes.push(hole);
  }
  return exteriors.map(({ ring, holes: ownHoles }) => [ring, ...ownHoles]);
}

/** A d3 stream sink that records planar lines and polygons. */
class PlanarCollector implements GeoStream {
  readonly polygons: PlanarPolygon[] = [];
  readonly lines: Position[][] = [];
  /** Rings of the current polygon block; null outside polygonStart/polygonEnd. */
  private rings: Position[][] | null = null;
  private current: Position[] = [];

  point(x: number, y: number): void {
    // d3 repeats a point where a ring touches the cut; repeats carry nothing, so skip them here.
    const last = this.current[this.current.length - 1];
    if (!last || last[0] !== x || last[1] !== y) this.current.push([x, y]);
  }
  lineStart(): void {
    this.current = [];
  }
  lineEnd(): void {
    const line = this.current;
    if (this.rings) {
      // GeoJSON rings must be closed; d3 closes only the rings it rejoined at the cut.
      const first = line[0];
      const last = line[line.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
        line.push([first[0] as number, first[1] as number]);
      }
      this.rings.push(line);
    } else if (line.length > 0) {
      this.lines.push(line);
    }
  }
  polygonStart(): void {
    this.rings = [];
  }
  polygonEnd(): void {
    if (this.rings) this.polygons.push(...assembleRings(this.rings));
    this.rings = null;
  }
  sphere(): void {
    // Only a polygon covering the whole globe ends up here; no basemap layer does.
    throw new Error('cutAntimeridian: geometry covers the whole sphere');
  }
}

/**
 * Cuts spherical polygons (d3 winding: clockwise exteriors) at the antimeridian into planar
 * polygons in d3 winding (rewind them for RFC 7946). A polygon around a pole comes back closed
 * along latitude ±90 from -180° to 180°, not as a band.
 */
export function cutPolygonsAtAntimeridian(geometry: Polygon | MultiPolygon): PlanarPolygon[] {
  const collector = new PlanarCollector();
  geoStream(geometry, identityWithAntimeridianClip.stream(collector));
  return collector.polygons;
}

/** Cuts spherical lines at the antimeridian into planar lines that end exactly at ±180°. */
export function cutLinesAtAntimeridian(geometry: LineString | MultiLineString): Position[][] {
  const collector = new PlanarCollector();
  geoStream(geometry, identityWithAntimeridianClip.stream(collector));
  return collector.lines;
}
