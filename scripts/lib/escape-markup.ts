/**
 * Escapes plain text for HTML or SVG/XML content and attribute values. Story text is always plain
 * text, so every build output that writes markup (prerendered pages, previews, photos) goes through
 * this one function. `&#39;` rather than `&apos;`: the one form that HTML 4 and XML both read.
 */
export function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
