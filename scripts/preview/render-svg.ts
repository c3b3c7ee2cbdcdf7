/**
 * Draws a story's static preview as SVG, from the same data the map draws: the basemap (land,
 * borders, country names), the story's areas, lines and markers, and their labels. Used for social
 * cards, print, the no-WebGL fallback and the picture shown while MapLibre loads.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import svgpath from 'svgpath';
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import { boundsOf } from '../../src/geo/bounds.ts';
import type { StoryIndex } from '../../src/story/queries.ts';
import { GROUP_LABEL_MAX_ZOOM } from '../../src/style/story-layers.ts';
import type { Palette } from '../../src/style/palettes.ts';
import type { DrawnPlaceProperties, StorySourceData } from '../../src/style/story-sources.ts';
import type { Bounds } from '../basemap/tile-math.ts';
import { escapeMarkup } from '../lib/escape-markup.ts';
import type { DetailTileShapes, PreviewDetail } from './detail-shapes.ts';
import { placeLabels, type BoxPx, type LabelRequest, type PlacedLabel } from './place-labels.ts';
import { previewProjection, zoomOfScale } from './projection.ts';
import { toD3Winding } from './winding.ts';

/** Size of the preview image in pixels: 16:9, what social cards expect. */
export const PREVIEW_WIDTH_PX = 1200;
export const PREVIEW_HEIGHT_PX = 675;

/** Properties of the basemap's country label points (see docs/basemap.md). */
export interface CountryLabelProperties {
  name: string;
  rank: number;
  minzoom: number;
}

export interface PreviewInput {
  index: StoryIndex;
  /** The story's drawable data, in the language the preview is for. */
  sources: StorySourceData;
  land: FeatureCollection;
  borders: FeatureCollection;
  /** Natural Earth 50m, drawn instead of `land`/`borders` from zoom 3, as on the map. */
  land50m?: FeatureCollection;
  borders50m?: FeatureCollection;
  /** The detail tiles, drawn over the coarse land where the preview is framed at zoom 6 or closer. */
  detail?: PreviewDetail | null;
  countryLabels: FeatureCollection<Point, CountryLabelProperties>;
  palette: Palette;
  /** Text alternative of the image, e.g. "Map: <title>". */
  alt: string;
  /** Credit drawn in the corner, e.g. "Basemap: Natural Earth". */
  credit: string;
}

const FONT_FAMILY = "'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
const MARKER_RADIUS_PX = 10;
const PLACE_FONT_PX = 21;
const GROUP_FONT_PX = 23;
const COUNTRY_FONT_PX = 15;
const TOWN_FONT_PX = 16;
/** Most town and district names a preview draws: context, never a crowd around the story. */
const MAX_TOWN_LABELS = 10;
const PADDING = { top: 70, right: 110, bottom: 70, left: 110 };
/** The zoom from which the map draws Natural Earth 50m instead of 110m (build.ts). */
const FINER_LAND_ZOOM = 3;
/** Credit added in the corner when the picture draws detail tiles (ODbL and CC BY 4.0 ask for it). */
export const DETAIL_CREDIT = '© OpenStreetMap contributors, GeoNames';

/** The preview of a story as an SVG document of PREVIEW_WIDTH_PX × PREVIEW_HEIGHT_PX. */
export function renderPreviewSvg(input: PreviewInput): string {
  const { index, sources, palette } = input;
  const width = PREVIEW_WIDTH_PX;
  const height = PREVIEW_HEIGHT_PX;
  const bbox = boundsOf(index.places.map((place) => place.geometry)) ?? [-180, -60, 180, 75];
  const projection = previewProjection(bbox, width, height, PADDING);
  const zoom = zoomOfScale(projection.scale());
  const path = geoPath(projection).digits(1);
  const d = (geometry: Geometry) => path(toD3Winding(geometry)) ?? '';
  // The basemap is most of the file: whole pixels in relative steps (`l3-1 2 4`), less than half
  // the bytes of absolute decimals, a difference no one sees at this size.
  const basemapD = (geometry: Geometry) => svgpath(d(geometry)).rel().round(0).toString();
  const frame: BoxPx = { x: 4, y: 4, width: width - 8, height: height - 8 };
  const detailTiles = detailTilesInView(input.detail, projection, zoom, width, height);
  const coarse =
    zoom >= FINER_LAND_ZOOM && input.land50m && input.borders50m
      ? { land: input.land50m, borders: input.borders50m }
      : { land: input.land, borders: input.borders };

  // Approximate rings first, so an exact marker at the same spot is drawn over them, as on the map.
  const pointFeatures = [...sources.points.features].sort(
    (a, b) => Number(b.properties.approximate) - Number(a.properties.approximate),
  );
  const markers = pointFeatures.flatMap((feature) =>
    pointsOf(feature.geometry).flatMap((position) => {
      const xy = projectInside(projection, position, frame);
      return xy ? [{ feature, x: xy[0], y: xy[1] }] : [];
    }),
  );
  const markerBoxes = markers.map(({ x, y }) => ({
    x: x - MARKER_RADIUS_PX - 2,
    y: y - MARKER_RADIUS_PX - 2,
    width: 2 * MARKER_RADIUS_PX + 4,
    height: 2 * MARKER_RADIUS_PX + 4,
  }));
  const storyLabels = placeLabels(
    storyLabelRequests(sources, projection, zoom, frame),
    markerBoxes,
    frame,
  );
  const countryLabels = placeLabels(
    countryLabelRequests(input.countryLabels, projection, zoom, frame),
    [...markerBoxes, ...storyLabels.map((label) => label.box)],
    frame,
  );
  // Basemap names yield to the story's markers and labels, and to country names.
  const townLabels = placeLabels(
    townLabelRequests(detailTiles, projection, zoom, frame),
    [
      ...markerBoxes,
      ...storyLabels.map((label) => label.box),
      ...countryLabels.map((label) => label.box),
    ],
    frame,
  ).slice(0, MAX_TOWN_LABELS);

  const areaPaths = sources.areas.features.map((feature) => {
    const dashed = feature.properties.approximate ? ' stroke-dasharray="9 6"' : '';
    const opacity = feature.properties.approximate ? 0.14 : 0.22;
    return `<path d="${d(feature.geometry)}" fill="${palette.accentFill}" fill-opacity="${opacity}" stroke="${palette.accent}" stroke-width="2.5"${dashed}/>`;
  });
  const linePaths = sources.lines.features.map((feature) => {
    const dashed = feature.properties.approximate ? ' stroke-dasharray="6 5"' : '';
    return `<path d="${d(feature.geometry)}" fill="none" stroke="${palette.accent}" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"${dashed}/>`;
  });
  const markerCircles = markers.map(({ feature, x, y }) =>
    feature.properties.approximate
      ? `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${MARKER_RADIUS_PX}" fill="${palette.placeLabelHalo}" stroke="${palette.accent}" stroke-width="4"/>`
      : `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${MARKER_RADIUS_PX}" fill="${palette.accent}" stroke="${palette.placeLabelHalo}" stroke-width="3"/>`,
  );

  const text = (label: PlacedLabel, fill: string, halo: string, extra = '') =>
    `<text x="${label.x.toFixed(1)}" y="${label.y.toFixed(1)}" text-anchor="${label.textAnchor}" font-size="${label.fontSizePx}" fill="${fill}" stroke="${halo}" stroke-width="4" stroke-linejoin="round" paint-order="stroke"${extra}>${escapeMarkup(label.text)}</text>`;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeMarkup(input.alt)}" font-family="${escapeMarkup(FONT_FAMILY)}">`,
    `<title>${escapeMarkup(input.alt)}</title>`,
    `<rect width="${width}" height="${height}" fill="${palette.ocean}"/>`,
    // A stroke in the land's own colour hides hairline seams where parts meet at 180°.
    `<g fill="${palette.land}" stroke="${palette.land}" stroke-width="0.8" stroke-linejoin="round">`,
    ...coarse.land.features.map((feature) => `<path d="${basemapD(feature.geometry)}"/>`),
    '</g>',
    `<g fill="none" stroke="${palette.border}" stroke-width="0.9" stroke-linejoin="round">`,
    ...coarse.borders.features.map((feature) => `<path d="${basemapD(feature.geometry)}"/>`),
    '</g>',
    ...detailLayers(detailTiles, projection, palette),
    `<g letter-spacing="1.2">`,
    ...countryLabels.map((label) => text(label, palette.countryLabel, palette.countryLabelHalo)),
    '</g>',
    ...townLabels.map((label) => text(label, palette.countryLabel, palette.countryLabelHalo)),
    ...areaPaths,
    ...linePaths,
    ...markerCircles,
    `<g font-weight="700">`,
    ...storyLabels.map((label) => text(label, palette.placeLabel, palette.placeLabelHalo)),
    '</g>',
    text(
      {
        text: detailTiles.length > 0 ? `${input.credit} · ${DETAIL_CREDIT}` : input.credit,
        x: width - 12,
        y: height - 12,
        textAnchor: 'end',
        fontSizePx: 14,
        box: { x: 0, y: 0, width: 0, height: 0 },
      },
      palette.countryLabel,
      palette.placeLabelHalo,
    ),
    '</svg>',
    '',
  ].join('\n');
}

function pointsOf(geometry: Geometry): number[][] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'MultiPoint') return geometry.coordinates;
  return [];
}

/** The position in image pixels, or null when it falls outside the frame (or behind the seam). */
function projectInside(
  projection: GeoProjection,
  position: number[],
  frame: BoxPx,
): [number, number] | null {
  const xy = projection([position[0] as number, position[1] as number]);
  if (!xy) return null;
  const [x, y] = xy;
  const isInside =
    x >= frame.x && x <= frame.x + frame.width && y >= frame.y && y <= frame.y + frame.height;
  return isInside ? [x, y] : null;
}

function storyLabelRequests(
  sources: StorySourceData,
  projection: GeoProjection,
  zoom: number,
  frame: BoxPx,
): LabelRequest[] {
  const requests: LabelRequest[] = [];
  // At world zooms a compact layer (the Washington venues) is named once, as on the map.
  const grouping = zoom < GROUP_LABEL_MAX_ZOOM;
  if (grouping) {
    for (const feature of sources.groupLabels.features) {
      const xy = projectInside(projection, feature.geometry.coordinates, frame);
      if (!xy) continue;
      requests.push({
        text: feature.properties.label,
        x: xy[0],
        y: xy[1],
        fontSizePx: GROUP_FONT_PX,
        offsetPx: MARKER_RADIUS_PX + 8,
        sides:
          feature.properties.anchor === 'left'
            ? ['right', 'left', 'below', 'above']
            : ['left', 'right', 'below', 'above'],
      });
    }
  }
  const placeLabels = [...sources.labels.features]
    .filter((feature) => !(grouping && feature.properties.grouped))
    .sort((a, b) => a.properties.rank - b.properties.rank);
  for (const feature of placeLabels as Feature<Point, DrawnPlaceProperties>[]) {
    const xy = projectInside(projection, feature.geometry.coordinates, frame);
    if (!xy) continue;
    const isPoint = feature.properties.kind === 'point';
    requests.push({
      text: feature.properties.label,
      x: xy[0],
      y: xy[1],
      fontSizePx: PLACE_FONT_PX,
      offsetPx: isPoint ? MARKER_RADIUS_PX + 6 : 8,
      sides: isPoint ? ['right', 'left', 'above', 'below'] : ['center', 'below', 'above'],
    });
  }
  return requests;
}

function countryLabelRequests(
  countries: FeatureCollection<Point, CountryLabelProperties>,
  projection: GeoProjection,
  zoom: number,
  frame: BoxPx,
): LabelRequest[] {
  return countries.features
    .filter((feature) => feature.properties.minzoom <= zoom)
    .sort((a, b) => a.properties.rank - b.properties.rank)
    .flatMap((feature) => {
      const xy = projectInside(projection, feature.geometry.coordinates, frame);
      if (!xy) return [];
      return [
        {
          text: feature.properties.name.toUpperCase(),
          x: xy[0],
          y: xy[1],
          fontSizePx: COUNTRY_FONT_PX,
          offsetPx: 0,
          letterSpacingPx: 1.2,
          sides: ['center'] as const,
        },
      ];
    });
}

/** The view's bounds in lon/lat, as one or two boxes (two when it crosses 180°). */
function viewBounds(projection: GeoProjection, width: number, height: number): Bounds[] {
  const [west, north] = projection.invert?.([0, 0]) ?? [-180, 85];
  const [east, south] = projection.invert?.([width, height]) ?? [180, -85];
  if (west <= east) return [[west, south, east, north]];
  return [
    [west, south, 180, north],
    [-180, south, east, north],
  ];
}

/** The detail tiles a preview at `zoom` shows (none below the detail's first zoom). */
function detailTilesInView(
  detail: PreviewDetail | null | undefined,
  projection: GeoProjection,
  zoom: number,
  width: number,
  height: number,
): DetailTileShapes[] {
  if (!detail || zoom < detail.minzoom) return [];
  // Tiles of the next whole zoom: at least as detailed as the picture.
  const tileZoom = Math.min(detail.maxzoom, Math.max(detail.minzoom, Math.ceil(zoom - 1e-6)));
  return viewBounds(projection, width, height).flatMap((view) => detail.tiles(view, tileZoom));
}

/**
 * A geometry as an SVG path, each vertex projected on its own (no d3 clipping: the picture's edge
 * clips). Fine for detail tiles: at zoom 6 and closer, lines between vertices are straight on the
 * Mercator picture, and the shapes reach no farther than their tile's buffer beyond the view.
 * Rings are drawn with the even-odd rule, so their winding does not matter.
 */
function planarD(geometry: Geometry, projection: GeoProjection): string {
  const ring = (positions: Position[], close: boolean) =>
    positions
      .map((position, i) => {
        const [x, y] = projection([position[0] as number, position[1] as number]) ?? [0, 0];
        return `${i === 0 ? 'M' : 'L'}${Math.round(x)} ${Math.round(y)}`;
      })
      .join('') + (close ? 'Z' : '');
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((positions) => ring(positions, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates
        .flat()
        .map((positions) => ring(positions, true))
        .join('');
    case 'LineString':
      return ring(geometry.coordinates, false);
    case 'MultiLineString':
      return geometry.coordinates.map((positions) => ring(positions, false)).join('');
    default:
      return '';
  }
}

/**
 * The detail over the coarse land: each tile's square in the water colour (hiding the coarse
 * coastline there), then its land and borders, as the map's `cover`, `land` and `borders` layers.
 */
function detailLayers(
  tiles: readonly DetailTileShapes[],
  projection: GeoProjection,
  palette: Palette,
): string[] {
  if (tiles.length === 0) return [];
  const covers = tiles.flatMap(({ bounds: [west, south, east, north] }) => {
    const topLeft = projection([west, north]);
    const bottomRight = projection([east, south]);
    if (!topLeft || !bottomRight) return [];
    // Outward to whole pixels, so neighbouring squares overlap instead of leaving a hairline.
    const [x0, y0] = [Math.floor(topLeft[0]), Math.floor(topLeft[1])];
    const [x1, y1] = [Math.ceil(bottomRight[0]), Math.ceil(bottomRight[1])];
    return [`M${x0} ${y0}H${x1}V${y1}H${x0}Z`];
  });
  const d = (feature: Feature) =>
    svgpath(planarD(feature.geometry, projection)).rel().round(0).toString();
  return [
    `<path fill="${palette.ocean}" d="${covers.join('')}"/>`,
    // No outline: a hole cut at a tile's buffer edge would draw its cut as a land-coloured line
    // across the water. Neighbouring tiles' buffers overlap, so no seam shows without one.
    `<g fill="${palette.land}" fill-rule="evenodd">`,
    ...tiles.flatMap((tile) => tile.land.map((feature) => `<path d="${d(feature)}"/>`)),
    '</g>',
    `<g fill="none" stroke="${palette.border}" stroke-width="1.2" stroke-linejoin="round">`,
    ...tiles.flatMap((tile) => tile.borders.map((feature) => `<path d="${d(feature)}"/>`)),
    '</g>',
  ];
}

/** Town and district names of the detail tiles, the most important first, each once. */
function townLabelRequests(
  tiles: readonly DetailTileShapes[],
  projection: GeoProjection,
  zoom: number,
  frame: BoxPx,
): LabelRequest[] {
  const byName = new Map<string, DetailTileShapes['places'][number]>();
  for (const place of tiles.flatMap((tile) => tile.places)) {
    // A place near a tile edge is in its neighbours' buffers too.
    if (place.properties.minzoom <= zoom && !byName.has(place.properties.name)) {
      byName.set(place.properties.name, place);
    }
  }
  return [...byName.values()]
    .sort((a, b) => a.properties.rank - b.properties.rank)
    .flatMap((place) => {
      const xy = projectInside(projection, place.geometry.coordinates, frame);
      if (!xy) return [];
      return [
        {
          text: place.properties.name,
          x: xy[0],
          y: xy[1],
          fontSizePx: TOWN_FONT_PX,
          offsetPx: 0,
          sides: ['center'] as const,
        },
      ];
    });
}
