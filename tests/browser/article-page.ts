/** The test article page: a text column with filler around the embed markup under test. */

/** Where the test server answers with an article page (see global-setup.ts). */
export const ARTICLE_PATH = '/__article__/story.html';

/** Paragraphs of filler text, `heightPx` tall, so the article scrolls. */
export function filler(heightPx: number): string {
  return `<div class="filler" style="height:${heightPx}px"><p>Article text. The story goes on around the map, as it would in a real article.</p></div>`;
}

/** The article page with `body` (embed markup and filler) in its text column. */
export function articleHtml(body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Test article</title><link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 18px/1.6 Georgia, serif; }
  .column { max-width: 680px; margin: 0 auto; padding: 0 16px; }
  .filler { background: repeating-linear-gradient(#fff 0 40px, #f2f2f2 40px 80px); }
  iframe { display: block; }
</style></head>
<body><main class="column"><h1>Test article</h1>
${body}
</main></body></html>`;
}
