/**
 * Serves story folders (`geo/stories/<id>/`) and the built basemap (`geo/basemap/`) at
 * `stories/…` and `basemap/…` during `vite dev`, and copies them into `dist/` at build, so the
 * app fetches plain files from its own origin in both cases and a new story folder needs no code.
 *
 * Story folders are untrusted input: of a folder, only story.json and the layer files it lists
 * are published or served (plus what the build makes from them), never through a link, and the
 * dev server answers 404 to any other way into the folders (`/geo/stories/…`, `/@fs/…`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { loadStory } from '../src/story/load-story.ts';
import { schemaFileTexts } from './lib/json-schemas.ts';
import { MEDIA_MANIFEST_FILE, makeStoryMedia } from './media/story-media.ts';
import { hasMedia } from '../src/story/media-images.ts';
import { checkedStoryFiles } from '../src/story/checked-story.ts';
import { folderReader } from './lib/validate-cli.ts';
import { readStoryFileBytes } from './lib/safe-read.ts';
import {
  publishedFileNames,
  readStoryIndex,
  STORY_INDEX_FILE,
  type StoryIndexEntry,
} from './lib/story-folders.ts';
import {
  earlyScriptSource,
  readPreviewBasemap,
  readStoryWithMedia,
  siteUrlFrom,
  STORY_PAGE_CSS,
  storyPageHtml,
  storyPreviewPng,
  storyPreviewSvg,
  withDefaultStory,
} from './preview/story-outputs.ts';

/**
 * Host-side scripts copied to `dist/embed/` for the embed snippets, so an article page loads them
 * from the map's own origin rather than a CDN.
 */
const EMBED_HOST_SCRIPTS: Record<string, string> = {
  'embed/pym.v1.min.js': 'node_modules/pym.js/dist/pym.v1.min.js',
  'embed/sidechain.js': 'node_modules/@nprapps/sidechain/dist/sidechain.js',
};

/** Generated per-story files, by the name they have in the story's folder. */
const GENERATED_STORY_FILES = new Set(['preview.svg', 'preview.png', 'index.html', '']);

const DATA_EXTENSIONS = new Set(['.json', '.geojson']);
const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
};

interface StoryAssetOptions {
  /** Folder holding one sub-folder per story. */
  storiesDir?: string;
  /** Folder the basemap build writes to. */
  basemapDir?: string;
  /**
   * The site's public address (e.g. `https://graphics.example.com/maps/`), for absolute `og:`
   * image URLs. Default: the `SITE_URL` environment variable; relative URLs when unset.
   */
  siteUrl?: string;
}

/** Vite plugin: exposes story and basemap data files under `stories/` and `basemap/`. */
export function storyAssets(options: StoryAssetOptions = {}): Plugin {
  const storiesDir = resolve(options.storiesDir ?? 'geo/stories');
  const basemapDir = resolve(options.basemapDir ?? 'geo/basemap');
  const siteUrl = siteUrlFrom(options.siteUrl ?? process.env['SITE_URL']);
  const repoRoot = resolve('.');

  /** Maps a URL path below the base to a basemap file on disk, or null when it is not ours. */
  function basemapFileForUrl(urlPath: string): string | null {
    const match = /^\/basemap\/(.+)$/.exec(urlPath);
    const rest = match?.[1];
    if (rest === undefined) return null;
    // Only plain data files, never anything above the data folder.
    if (rest.split('/').some((part) => part === '..' || part === '')) return null;
    if (!DATA_EXTENSIONS.has(extname(rest))) return null;
    return join(basemapDir, rest);
  }

  /**
   * `true` when a request's path (decoded) would reach into the story folders other than through
   * `stories/…`: Vite would otherwise serve any file of the project, `/@fs/` paths included.
   */
  function reachesStoryFolders(root: string, decodedPath: string): boolean {
    const fsPrefix = '/@fs/';
    const onDisk = decodedPath.startsWith(fsPrefix)
      ? resolve(decodedPath.slice(fsPrefix.length - 1))
      : resolve(join(root, decodedPath));
    // Lower case: on a case-insensitive disk /GEO/Stories/ is the same folder.
    const target = onDisk.toLowerCase();
    const folders = storiesDir.toLowerCase();
    return target === folders || target.startsWith(folders + sep);
  }

  /** The published file `name` of story `id` for the dev server, or null (then: 404). */
  function publishedFile(id: string, name: string): Buffer | null {
    if (!storyIndex().some((entry) => entry.id === id)) return null;
    const folder = join(storiesDir, id);
    if (!publishedFileNames(folder).includes(name)) return null;
    try {
      return readStoryFileBytes(folder, name);
    } catch {
      return null;
    }
  }

  /** The early script (src/boot/early.ts) and the content-hashed name it is served under. */
  async function earlyScript(): Promise<{ fileName: string; code: string }> {
    const code = await earlyScriptSource(repoRoot);
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 8);
    return { fileName: `assets/early-${hash}.js`, code };
  }

  function storyIndex(): StoryIndexEntry[] {
    return readStoryIndex(storiesDir);
  }

  /** Dev server: draws a story's preview or static page on request. */
  async function serveGenerated(
    id: string,
    name: string,
    res: import('node:http').ServerResponse,
    next: () => void,
  ) {
    const read = existsSync(join(storiesDir, id)) ? await readStoryWithMedia(storiesDir, id) : null;
    const story = read?.story;
    if (!story) return next();
    res.setHeader('Cache-Control', 'no-cache');
    if (name === 'index.html' || name === '') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(storyPageHtml(story, siteUrl));
      return;
    }
    const svg = storyPreviewSvg(story, readPreviewBasemap(basemapDir));
    if (name === 'preview.svg') {
      res.setHeader('Content-Type', 'image/svg+xml');
      res.end(svg);
      return;
    }
    res.setHeader('Content-Type', 'image/png');
    res.end(storyPreviewPng(svg, repoRoot));
  }

  /** The dev server's last reading of each story's photos, kept while its folder is unchanged. */
  const mediaReadings = new Map<
    string,
    { key: string; read: ReturnType<typeof readStoryWithMedia> }
  >();

  /** A story's photos, read again only when a file of its folder changed (names, sizes, times). */
  function storyMediaOnce(id: string): ReturnType<typeof readStoryWithMedia> {
    const folder = join(storiesDir, id);
    let key: string;
    try {
      key = readdirSync(folder)
        .map((name) => {
          const info = statSync(join(folder, name));
          return `${name}:${info.size}:${info.mtimeMs}`;
        })
        .join('|');
    } catch {
      return Promise.resolve(null);
    }
    const kept = mediaReadings.get(id);
    if (kept?.key === key) return kept.read;
    const read = readStoryWithMedia(storiesDir, id).catch(() => null);
    mediaReadings.set(id, { key, read });
    return read;
  }

  /**
   * Dev server: a story's `media.json` or one of the files made from its photos (the same as a
   * build writes, from the disk cache once made), or null (then: 404).
   */
  async function publishedMedia(id: string, name: string): Promise<Buffer | string | null> {
    if (!storyIndex().some((entry) => entry.id === id)) return null;
    const read = await storyMediaOnce(id);
    if (!read?.media) return null;
    if (name === MEDIA_MANIFEST_FILE) return JSON.stringify(read.media.images);
    return read.media.files.get(name) ?? null;
  }

  return {
    name: 'story-assets',
    configureServer(server) {
      server.watcher.add([storiesDir, basemapDir]);
      server.middlewares.use((req, res, next) => {
        const notFound = () => {
          res.statusCode = 404;
          res.end('not found');
        };
        const base = server.config.base === './' ? '/' : server.config.base;
        // The path as sent: `new URL` would resolve `..` and `%2e%2e` before we could see them.
        const sentPath = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
        let decoded: string;
        try {
          decoded = decodeURIComponent(sentPath);
        } catch {
          return notFound();
        }
        // Browsers resolve `..` before sending, so a path that still holds one is an attempt.
        if (decoded.split(/[\\/]/).includes('..')) return notFound();
        if (reachesStoryFolders(server.config.root, decoded)) return notFound();
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (!url.pathname.startsWith(base)) return next();
        const path = '/' + url.pathname.slice(base.length);
        const decodedPath = '/' + decoded.slice(base.length);
        if (path === `/stories/${STORY_INDEX_FILE}`) {
          res.setHeader('Content-Type', CONTENT_TYPES['.json'] ?? '');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(JSON.stringify(storyIndex()));
          return;
        }
        const generated =
          /^\/stories\/([a-z0-9-]+)\/(preview\.svg|preview\.png|index\.html|)$/.exec(decodedPath);
        if (generated && GENERATED_STORY_FILES.has(generated[2] ?? '')) {
          void serveGenerated(generated[1] ?? '', generated[2] ?? '', res, next);
          return;
        }
        if (/^\/assets\/early-[0-9a-f]+\.js$/.test(path)) {
          void earlyScript().then(({ code }) => {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(code);
          }, next);
          return;
        }
        if (path === `/${STORY_PAGE_CSS}`) {
          res.setHeader('Content-Type', 'text/css; charset=utf-8');
          res.end(readFileSync(resolve('src/ui/static-story.css')));
          return;
        }
        const media =
          /^\/stories\/([a-z0-9-]+)\/(media\.json|media\/[a-z0-9-]+\.(?:webp|jpg))$/.exec(
            decodedPath,
          );
        if (media) {
          void publishedMedia(media[1] ?? '', media[2] ?? '').then((bytes) => {
            if (!bytes) return notFound();
            res.setHeader('Content-Type', CONTENT_TYPES[extname(decodedPath)] ?? '');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(bytes);
          }, notFound);
          return;
        }
        if (decodedPath.startsWith('/stories/')) {
          // Only what the build would publish; any other name, in a folder or not, is a 404.
          const story = /^\/stories\/([^/]+)\/([^/]+)$/.exec(decodedPath);
          const bytes = story ? publishedFile(story[1] ?? '', story[2] ?? '') : null;
          if (!bytes) return notFound();
          const type = CONTENT_TYPES[extname(decodedPath)] ?? 'application/octet-stream';
          res.setHeader('Content-Type', type);
          res.setHeader('Cache-Control', 'no-cache');
          res.end(bytes);
          return;
        }
        const file = basemapFileForUrl(decodedPath);
        if (!file) return next();
        if (!existsSync(file) || !statSync(file).isFile()) return notFound();
        res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(file));
      });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        // Only the reader's page is prerendered; the editor's page (editor.html) stays itself.
        if (!/(^|\/)index\.html$/.test(context.path.split('?')[0] ?? '')) return html;
        const first = storyIndex()[0];
        const story = first ? (await readStoryWithMedia(storiesDir, first.id))?.story : null;
        if (!story) return html;
        const { fileName } = await earlyScript();
        return withDefaultStory(html, story, { siteUrl, earlyScriptSrc: `./${fileName}` });
      },
    },
    async generateBundle() {
      const early = await earlyScript();
      this.emitFile({ type: 'asset', fileName: early.fileName, source: early.code });
      const index: StoryIndexEntry[] = storyIndex();
      const basemap = readPreviewBasemap(basemapDir);
      for (const entry of index) {
        const { id } = entry;
        const checked = await loadStory(id, folderReader(join(storiesDir, id)));
        const { story } = checked;
        // validate-all runs before the build and stops it on errors; this only guards dev use.
        if (!story) continue;
        const svg = storyPreviewSvg(story, basemap);
        // Photos: only the files made from them are published (never the originals, nor their
        // metadata), and the checked story names them.
        let media: Awaited<ReturnType<typeof makeStoryMedia>> | undefined;
        if (hasMedia(story)) {
          try {
            media = await makeStoryMedia(join(storiesDir, id), story);
          } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            this.error(`${relative(repoRoot, join(storiesDir, id))}/${reason}`);
          }
        }
        const published = media?.story ?? story;
        // The app reads its page language's file instead of validating the story's own files.
        const checkedCopies = checkedStoryFiles(published, checked.problems);
        entry.checked = checkedCopies.names;
        const outputs: Record<string, string | Buffer> = {
          ...Object.fromEntries(checkedCopies.files),
          'preview.svg': svg,
          'preview.png': storyPreviewPng(svg, repoRoot),
          'index.html': storyPageHtml(published, siteUrl),
        };
        if (media) {
          outputs[MEDIA_MANIFEST_FILE] = JSON.stringify(media.images);
          for (const [name, bytes] of media.files) outputs[name] = bytes;
        }
        for (const [name, source] of Object.entries(outputs)) {
          this.emitFile({ type: 'asset', fileName: `stories/${id}/${name}`, source });
        }
      }
      this.emitFile({
        type: 'asset',
        fileName: STORY_PAGE_CSS,
        source: readFileSync(resolve('src/ui/static-story.css')),
      });
      for (const [name, text] of Object.entries(schemaFileTexts())) {
        this.emitFile({ type: 'asset', fileName: `schema/${name}`, source: text });
      }
      for (const [fileName, from] of Object.entries(EMBED_HOST_SCRIPTS)) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(resolve(from)) });
      }
      this.emitFile({
        type: 'asset',
        fileName: `stories/${STORY_INDEX_FILE}`,
        source: JSON.stringify(index),
      });
      for (const { id } of index) {
        // Only story.json and the layers it lists: whatever else is in the folder stays private.
        const folder = join(storiesDir, id);
        for (const name of publishedFileNames(folder)) {
          const source = readStoryFileBytes(folder, name);
          if (!source) continue;
          this.emitFile({ type: 'asset', fileName: `stories/${id}/${name}`, source });
        }
      }
      if (!existsSync(basemapDir)) {
        this.error(`${basemapDir} is missing: run "npm run prepare-data" before building.`);
      }
      for (const name of readdirSync(basemapDir)) {
        if (!DATA_EXTENSIONS.has(extname(name))) continue;
        this.emitFile({
          type: 'asset',
          fileName: `basemap/${name}`,
          source: readFileSync(join(basemapDir, name)),
        });
      }
    },
  };
}
