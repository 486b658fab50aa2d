// The strict Content-Security-Policy every check serves pages with (csp-check, the example hosts):
// no inline script or style, nothing from elsewhere, and Trusted Types required for script sinks.
export const CSP_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');
