/**
 * Everything the build writes per story besides its data: `preview.svg`, `preview.png` and the
 * prerendered `index.html` in `stories/<id>/`. Also the `<noscript>` and social tags of the app's
 * own index.html. Shared by the Vite plugin (build and dev server) and the tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { minify, transformWithOxc } from 'vite';
import { escapeMarkup as escapeHtml } from '../lib/escape-markup.ts';
import { folderReader } from '../lib/validate-cli.ts';
import { uiStrings } from '../../src/i18n/all-strings.ts';
import { loadStory } from '../../src/story/load-story.ts';
import { indexStory } from '../../src/story/queries.ts';
import { LANGUAGE_OPTIONS } from '../../src/i18n/languages.ts';
import { hasMedia, withMediaImages } from '../../src/story/media-images.ts';
import type { LanguageCode, Story } from '../../src/story/types.ts';
import { makeStoryMedia, type StoryMediaOutputs } from '../media/story-media.ts';
import { countryLabelsFile } from '../basemap/build.ts';
import { LIGHT_PALETTE } from '../../src/style/palettes.ts';
import { buildStorySources } from '../../src/style/story-sources.ts';
import { readPreviewDetail, type PreviewDetail } from './detail-shapes.ts';
import { renderPreviewPng } from './render-png.ts';
import { renderPreviewSvg, type CountryLabelProperties } from './render-svg.ts';
import { renderSocialMeta, renderStoryPage, renderStoryShell } from './story-html.ts';

/** The basemap files a preview draws, as built by `npm run prepare-data`. */
export interface PreviewBasemap {
  land: FeatureCollection;
  borders: FeatureCollection;
  /** Natural Earth 50m, for previews framed at zoom 3 or closer. */
  land50m?: FeatureCollection;
  borders50m?: FeatureCollection;
  /** The detail tiles around the stories' places, for previews framed at zoom 6 or closer. */
  detail?: PreviewDetail | null;
  /** Country labels per language: a preview names countries in its story's language. */
  countryLabels: Record<LanguageCode, FeatureCollection<Point, CountryLabelProperties>>;
}

/** Where the static page's stylesheet is written, relative to `dist/`. */
export const STORY_PAGE_CSS = 'stories/story-page.css';

/** Reads the basemap a preview may draw from `basemapDir` (detail tiles are read when drawn). */
export function readPreviewBasemap(basemapDir: string): PreviewBasemap {
  const read = (name: string) => JSON.parse(readFileSync(join(basemapDir, name), 'utf8'));
  return {
    land: read('land-110m.geojson'),
    borders: read('borders-110m.geojson'),
    land50m: read('land-50m.geojson'),
    borders50m: read('borders-50m.geojson'),
    detail: readPreviewDetail(join(basemapDir, 'detail')),
    countryLabels: Object.fromEntries(
      LANGUAGE_OPTIONS.map(({ code }) => [code, read(countryLabelsFile(code))]),
    ) as PreviewBasemap['countryLabels'],
  };
}

/** Loads a story folder; null when it has errors (the validator reports them). */
export async function readStory(storiesDir: string, id: string): Promise<Story | null> {
  const { story } = await loadStory(id, folderReader(join(storiesDir, id)));
  return story ?? null;
}

/**
 * A story with its photos' renditions (made, or taken from the cache), or without photos as it
 * is; null when it has errors. The dev server and the app's prerendered index.html use it.
 */
export async function readStoryWithMedia(
  storiesDir: string,
  id: string,
): Promise<{ story: Story; media?: StoryMediaOutputs } | null> {
  const story = await readStory(storiesDir, id);
  if (!story) return null;
  if (!hasMedia(story)) return { story };
  const media = await makeStoryMedia(join(storiesDir, id), story);
  return { story: media.story, media };
}

/** The preview SVG of a story, in the story's own language. */
export function storyPreviewSvg(story: Story, basemap: PreviewBasemap): string {
  const strings = uiStrings(story.language);
  const index = indexStory(story);
  return renderPreviewSvg({
    index,
    sources: buildStorySources(index, story.language, strings.approximateLabel),
    land: basemap.land,
    borders: basemap.borders,
    ...(basemap.land50m ? { land50m: basemap.land50m } : {}),
    ...(basemap.borders50m ? { borders50m: basemap.borders50m } : {}),
    detail: basemap.detail ?? null,
    countryLabels: basemap.countryLabels[story.language],
    palette: LIGHT_PALETTE,
    alt: strings.mapLabel(story.title),
    credit: strings.basemapCredit,
  });
}

/** The preview as PNG (same picture as the SVG, drawn with the bundled Noto Sans, KR and JP). */
export function storyPreviewPng(svg: string, repoRoot: string): Buffer {
  return renderPreviewPng(svg, repoRoot);
}

/** `SITE_URL` tidied to end in `/`, or undefined when not set. */
export function siteUrlFrom(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/** A URL below the site: absolute when the site's address is known, else `relative`. */
function siteLink(siteUrl: string | undefined, path: string, relative: string): string {
  return siteUrl ? new URL(path, siteUrl).href : relative;
}

/** The prerendered page `stories/<id>/index.html`. */
export function storyPageHtml(story: Story, siteUrl?: string): string {
  const base = `stories/${story.id}/`;
  const pageUrl = siteUrl ? new URL(base, siteUrl).href : undefined;
  return renderStoryPage(story, {
    strings: uiStrings(story.language),
    previewSrc: 'preview.svg',
    mapHref: `../../index.html?story=${encodeURIComponent(story.id)}`,
    stylesheetHref: '../story-page.css',
    socialImageUrl: siteLink(siteUrl, `${base}preview.png`, 'preview.png'),
    ...(pageUrl ? { pageUrl } : {}),
  });
}

/**
 * The app's index.html with the default story prerendered in `#app` (its title and static preview
 * paint before any script runs; readers without JavaScript get every event too), its social tags
 * in `<head>`, and the early script that sets the layout and theme before the first paint.
 * `earlyScriptSrc`: where src/boot/early.ts is served, as built by `earlyScriptSource`.
 */
export function withDefaultStory(
  html: string,
  story: Story,
  options: { siteUrl?: string | undefined; earlyScriptSrc: string },
): string {
  const strings = uiStrings(story.language);
  // The photos' files are addressed from the story's folder; this page is two levels up.
  const fromRoot = hasMedia(story) ? withMediaImages(story, {}, `stories/${story.id}/`) : story;
  const shell = renderStoryShell(fromRoot, {
    strings,
    previewSrc: `stories/${story.id}/preview.svg`,
  });
  const meta = renderSocialMeta({
    title: story.title,
    description: story.summary,
    imageUrl: siteLink(
      options.siteUrl,
      `stories/${story.id}/preview.png`,
      `stories/${story.id}/preview.png`,
    ),
    imageAlt: strings.previewAlt(story.title),
    ...(options.siteUrl ? { pageUrl: options.siteUrl } : {}),
  });
  // Before any stylesheet: a script after one waits for it to load.
  const early = `<script src="${escapeHtml(options.earlyScriptSrc)}"></script>`;
  return html
    .replace(/<html([^>]*)>/, `<html$1 data-prerendered-story="${escapeHtml(story.id)}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(story.title)}</title>`)
    .replace(/<meta charset="utf-8" \/>/, (charset) => `${charset}\n    ${early}`)
    .replace(
      /<div id="app">[\s\S]*?<\/div>(\s*<script|\s*<\/body>)/,
      `<div id="app">\n${shell}\n</div>$1`,
    )
    .replace('</head>', `    ${meta}\n  </head>`);
}

/** src/boot/early.ts as the classic script the page loads: types stripped, minified. */
export async function earlyScriptSource(repoRoot: string): Promise<string> {
  const source = readFileSync(join(repoRoot, 'src/boot/early.ts'), 'utf8');
  const { code } = await transformWithOxc(source, 'early.ts', { lang: 'ts' });
  const minified = await minify('early.js', code, {});
  if (minified.errors.length > 0)
    throw new Error(`src/boot/early.ts: ${minified.errors[0]?.message}`);
  return minified.code;
}
