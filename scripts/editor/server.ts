/**
 * `npm run edit`: the story editor on this computer. One Vite dev server, bound to 127.0.0.1 only,
 * serves editor.html, the reader (for the live preview at /?story=<id>) and the editor's API
 * (scripts/editor/api.ts) writing to geo/stories/. The editor page gets a fresh random token in a
 * <meta> tag; a page from anywhere else never sees it, so it cannot save.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { appConfig } from '../../vite.config.ts';
import { createEditorApi } from './api.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** First port tried; Vite moves up to the next free one. */
export const FIRST_PORT = 5180;

/** The editor's Vite plugin: the token in editor.html, and the API in front of Vite's own routes. */
export function editorPlugin(storiesRoot: string, token: string): Plugin {
  return {
    name: 'story-editor',
    configureServer(server) {
      server.middlewares.use(createEditorApi({ storiesRoot, token }));
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        if (path.basename(context.path.split('?')[0] ?? '') !== 'editor.html') return html;
        return html.replace(
          '</head>',
          `  <meta name="editor-token" content="${token}">\n  </head>`,
        );
      },
    },
  };
}

export interface StartOptions {
  storiesRoot?: string;
  port?: number;
}

/** Starts the editor; resolves to the running server and the editor's address. */
export async function startEditor(
  options: StartOptions = {},
): Promise<{ server: ViteDevServer; url: string }> {
  const storiesRoot = options.storiesRoot ?? path.join(repoRoot, 'geo', 'stories');
  const token = randomBytes(24).toString('hex');
  const app = appConfig({ storiesDir: storiesRoot });
  const server = await createServer({
    root: repoRoot,
    // The app's plugins, with the stories from `storiesRoot`, not the config file's (which
    // always reads geo/stories): the editor, its API and the reader preview share one folder.
    configFile: false,
    ...app,
    plugins: [...(app.plugins ?? []), editorPlugin(storiesRoot, token)],
    server: { host: '127.0.0.1', port: options.port ?? FIRST_PORT, strictPort: false, open: false },
    clearScreen: false,
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? FIRST_PORT);
  return { server, url: `http://127.0.0.1:${port}/editor.html` };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  startEditor().then(
    ({ url }) => {
      console.log(`Editor: ${url}`);
      console.log('  Saves go to geo/stories/<story-id>/. Press Ctrl+C to stop.');
    },
    (error: unknown) => {
      process.stderr.write(
        `edit: could not start the editor (${error instanceof Error ? error.message : String(error)})\n`,
      );
      process.exit(1);
    },
  );
}
