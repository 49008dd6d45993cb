import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { securityHeaders } from '@linkki/domain/edge';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The security headers CloudFront adds in AWS, from the same module, so the app is tested under
 * them locally. Everything the app calls locally (the API, the development sign-in) is on its
 * own origin, so no further connect source is needed.
 */
const localSecurityHeaders = securityHeaders([]);

const fileWithin = (root: string, urlPath: string): string | null => {
  const candidate = normalize(join(root, decodeURIComponent(urlPath)));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
};

/**
 * Serves the built web app: a file if one matches, else `index.html` so the app's own router
 * handles `/<tenant>/…` (as CloudFront's SPA fallback does).
 */
export const serveWebApp = (root: string, urlPath: string, response: ServerResponse): void => {
  const file = fileWithin(root, urlPath) ?? fileWithin(root, '/index.html');
  for (const [name, value] of Object.entries(localSecurityHeaders)) response.setHeader(name, value);
  if (!file) {
    response.statusCode = 503;
    response.setHeader('content-type', 'text/plain; charset=utf-8');
    response.end('The web app is not built yet: run the start command from the README.');
    return;
  }
  response.setHeader('content-type', contentTypes[extname(file)] ?? 'application/octet-stream');
  response.setHeader('cache-control', file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
  createReadStream(file).pipe(response);
};
