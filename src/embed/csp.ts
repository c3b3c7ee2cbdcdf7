/**
 * The Content-Security-Policy the app works under (documented in docs/embedding.md, and served
 * with the app in a browser test). Everything comes from the app's own origin: MapLibre's worker
 * is a same-origin module file, its fonts and data are fetched from the origin, and its stylesheet
 * is a file. `data:` images are MapLibre's control icons (in its CSS) and the blank favicon.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');
