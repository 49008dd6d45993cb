/**
 * The security headers of every response the web app's origin sends, the app's files and the
 * API's answers alike. CloudFront adds them in AWS (a response headers policy built from this
 * module) and the local server adds the same, so the browser tests run under the real policy.
 */

/**
 * The Content-Security-Policy of the single-page app. Vite emits only external scripts and
 * stylesheets, and the API shares the app's origin, so `'self'` covers almost everything;
 * `connectSources` adds the sign-in endpoints (Cognito) the browser calls directly.
 */
export const contentSecurityPolicy = (connectSources: readonly string[]): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${["'self'", ...connectSources].join(' ')}`,
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');

/** Browser features the app never uses, switched off so injected content cannot use them either. */
export const permissionsPolicy = 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/** Two years, subdomains included: the length HSTS preload lists ask for. */
export const strictTransportSecurity = { maxAgeSeconds: 730 * 24 * 60 * 60, includeSubdomains: true } as const;

export const frameOptions = 'DENY';
export const referrerPolicy = 'same-origin';

/** Headers without a dedicated CloudFront setting; sent as they are. */
export const customSecurityHeaders: Readonly<Record<string, string>> = {
  'Permissions-Policy': permissionsPolicy,
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Every security header by its (lower-case) name, as a browser receives them. */
export const securityHeaders = (connectSources: readonly string[]): Record<string, string> => ({
  'content-security-policy': contentSecurityPolicy(connectSources),
  'strict-transport-security': `max-age=${strictTransportSecurity.maxAgeSeconds}${strictTransportSecurity.includeSubdomains ? '; includeSubDomains' : ''}`,
  'x-content-type-options': 'nosniff',
  'x-frame-options': frameOptions,
  'referrer-policy': referrerPolicy,
  // The legacy XSS auditor is itself exploitable; current advice is to switch it off and rely on the CSP.
  'x-xss-protection': '0',
  ...Object.fromEntries(Object.entries(customSecurityHeaders).map(([name, value]) => [name.toLowerCase(), value])),
});
