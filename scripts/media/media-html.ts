/**
 * Photos as plain HTML, for the prerendered pages (scripts/preview/story-html.ts): the same
 * `<picture>` as src/ui/EventMedia.svelte, lazily loaded, with width and height written out and
 * the caption and credit visible. Text is escaped: it is always plain text.
 */
import type { StoryMedia } from '../../src/story/types.ts';
import { escapeMarkup as escape } from '../lib/escape-markup.ts';

/** How wide a photo is drawn on the static page, for the browser's choice among the sizes. */
export const STATIC_PAGE_SIZES = '(max-width: 44rem) calc(100vw - 2rem), 40rem';

/** The photos that have files as `<figure>`s; '' for none. */
export function renderMediaHtml(
  media: readonly StoryMedia[] | undefined,
  sizes = STATIC_PAGE_SIZES,
): string {
  return (media ?? [])
    .flatMap(({ image, alt, credit, caption }) => {
      if (!image) return [];
      const sources = image.sources
        .map(
          (source) =>
            `<source type="${escape(source.type)}" srcset="${escape(source.srcset)}" sizes="${escape(sizes)}">`,
        )
        .join('');
      const img = `<img src="${escape(image.fallback)}" width="${image.width}" height="${image.height}" alt="${escape(alt)}" loading="lazy" decoding="async">`;
      const text = `${caption ? `<span class="caption">${escape(caption)}</span> ` : ''}<span class="credit">${escape(credit)}</span>`;
      return [
        `<figure class="event-media"><picture>${sources}${img}</picture><figcaption>${text}</figcaption></figure>`,
      ];
    })
    .join('');
}
