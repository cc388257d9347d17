/**
 * The policy for Parley's own pages, sent as a response header in addition to the
 * `<meta>` in renderer/index.html (a header also covers what a meta tag cannot,
 * e.g. frame-ancestors). Archive content is shown as text, so nothing needs more.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
