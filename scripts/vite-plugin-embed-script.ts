/**
 * Builds the host page's embed script, `embed/storymap.js`, from src/embed/storymap.ts: one
 * classic script (an IIFE, no imports, no hash in its name) that any article loads from the map's
 * site. `vite build` writes it beside the app; `vite dev` serves it built on request.
 */
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';

/** Where the script is published, relative to the app's folder. */
export const EMBED_SCRIPT_PATH = 'embed/storymap.js';

const ENTRY = fileURLToPath(new URL('../src/embed/storymap.ts', import.meta.url));

/** The script's code, bundled and minified. */
export async function buildEmbedScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: {
        entry: ENTRY,
        formats: ['iife'],
        name: 'StoryMapEmbed',
        fileName: () => 'storymap.js',
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((file) => file.type === 'chunk');
    if (chunk?.type === 'chunk') return chunk.code;
  }
  throw new Error(`${EMBED_SCRIPT_PATH}: the build produced no script`);
}

export function embedScript(): Plugin {
  return {
    name: 'embed-script',
    async generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: EMBED_SCRIPT_PATH,
        source: await buildEmbedScript(),
      });
    },
    configureServer(server) {
      server.middlewares.use(`/${EMBED_SCRIPT_PATH}`, (_request, response, next) => {
        buildEmbedScript().then((code) => {
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.end(code);
        }, next);
      });
    },
  };
}
