import { createReadStream, existsSync, type Stats, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { securityHeaders } from '@linkki/domain/edge';
import { compressedFile, fileVersionOf } from './compressed-files';
import { chooseContentCoding, type ContentCoding } from './content-encoding';

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

const fileWithin = (root: string, urlPath: string): { file: string; stats: Stats } | null => {
  const candidate = normalize(join(root, decodeURIComponent(urlPath)));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  const stats = existsSync(candidate) ? statSync(candidate) : null;
  return stats?.isFile() ? { file: candidate, stats } : null;
};

/** Each coding of a file is its own representation, so it gets its own tag (as RFC 9110 §8.8.3 asks). */
const entityTagOf = (stats: Stats, coding: ContentCoding | null): string => `"${fileVersionOf(stats)}${coding ? `-${coding}` : ''}"`;

/** `If-None-Match` holds the tag, or `*`; weak tags compare equal to strong ones for this. */
const isNotModified = (ifNoneMatch: string | undefined, tag: string): boolean =>
  ifNoneMatch !== undefined && ifNoneMatch.split(',').some((candidate) => ['*', tag].includes(candidate.trim().replace(/^W\//, '')));

/** Streamed from disk; a HEAD request gets the headers alone. */
const sendFileAsItIs = (file: string, response: ServerResponse): void => {
  if (response.req.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file)
    .on('error', (error) => response.destroy(error))
    .pipe(response);
};

/**
 * Serves the built web app: a file if one matches, else `index.html` so the app's own router
 * handles `/<tenant>/…` (as CloudFront's SPA fallback does). Text files go brotli- or
 * gzip-compressed when the client accepts it, as CloudFront compresses them in AWS.
 */
export const serveWebApp = async (root: string, urlPath: string, response: ServerResponse): Promise<void> => {
  const found = fileWithin(root, urlPath) ?? fileWithin(root, '/index.html');
  for (const [name, value] of Object.entries(localSecurityHeaders)) response.setHeader(name, value);
  if (!found) {
    response.statusCode = 503;
    response.setHeader('content-type', 'text/plain; charset=utf-8');
    response.end('The web app is not built yet: run the start command from the README.');
    return;
  }
  const { file, stats } = found;
  const contentType = contentTypes[extname(file)] ?? 'application/octet-stream';
  response.setHeader('content-type', contentType);
  response.setHeader('cache-control', file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
  const coding = chooseContentCoding(response, contentType, stats.size);
  const tag = entityTagOf(stats, coding);
  response.setHeader('etag', tag);
  if (isNotModified(response.req.headers['if-none-match'], tag)) {
    response.statusCode = 304;
    response.end();
  } else if (coding) {
    const body = await compressedFile(file, stats, coding);
    response.setHeader('content-encoding', coding);
    response.setHeader('content-length', body.length);
    response.end(body);
  } else {
    response.setHeader('content-length', stats.size);
    sendFileAsItIs(file, response);
  }
};
