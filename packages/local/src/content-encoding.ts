import type { ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The codings the local server offers, in the order it prefers them when a client weighs them equally (as CloudFront does). */
export const contentCodings = ['br', 'gzip'] as const;
export type ContentCoding = (typeof contentCodings)[number];

/** CloudFront compresses only objects from 1,000 bytes to 10 MB; below that the headers outweigh the saving. */
export const compressibleSize = { min: 1_000, max: 10_000_000 };

/** The media types we serve that are text underneath; images, fonts and the like are compressed already. */
const compressibleTypes = new Set(['text/html', 'text/javascript', 'application/javascript', 'text/css', 'application/json', 'image/svg+xml', 'application/manifest+json', 'text/plain']);

export const isCompressible = (contentType: string | undefined, size: number): boolean =>
  contentType !== undefined && compressibleTypes.has(contentType.split(';')[0]!.trim().toLowerCase()) && size >= compressibleSize.min && size <= compressibleSize.max;

/** A weight from `q=…`; one that does not read as a number between 0 and 1 makes the coding unacceptable rather than preferred. */
const weightOf = (parameters: string[]): number => {
  const q = parameters.find((parameter) => /^q\s*=/i.test(parameter));
  if (q === undefined) return 1;
  const weight = Number(q.slice(q.indexOf('=') + 1).trim());
  return Number.isFinite(weight) && weight >= 0 && weight <= 1 ? weight : 0;
};

/** `Accept-Encoding` as coding → weight; `x-gzip` is the old name of `gzip`. */
const weightsOf = (acceptEncoding: string): Map<string, number> => {
  const weights = new Map<string, number>();
  for (const element of acceptEncoding.split(',')) {
    const [name = '', ...parameters] = element.split(';').map((part) => part.trim());
    if (name === '') continue;
    const coding = name.toLowerCase() === 'x-gzip' ? 'gzip' : name.toLowerCase();
    weights.set(coding, Math.max(weights.get(coding) ?? 0, weightOf(parameters)));
  }
  return weights;
};

/**
 * The coding to send for a request's `Accept-Encoding` (RFC 9110 §12.5.3), or null for the bytes
 * as they are. The highest weight wins and `br` beats `gzip` on a tie; a coding the header does
 * not name is acceptable only through `*`, while `identity` is unless weighted 0. When nothing is
 * acceptable, not even `identity`, the bytes go as they are: an answer the client may refuse
 * serves it better than a 406.
 */
export const negotiateContentCoding = (acceptEncoding: string | undefined): ContentCoding | null => {
  if (acceptEncoding === undefined || acceptEncoding.trim() === '') return null;
  const weights = weightsOf(acceptEncoding);
  // Unnamed, `identity` ranks with the least wanted coding named, as in the `negotiator` package: `br;q=0.5` still asks for brotli.
  const unnamedIdentity = Math.min(...weights.values());
  const weight = (coding: string) => weights.get(coding) ?? weights.get('*') ?? (coding === 'identity' ? unnamedIdentity : 0);
  const best = contentCodings.reduce((chosen, coding) => (weight(coding) > weight(chosen) ? coding : chosen));
  return weight(best) > 0 && weight(best) >= weight('identity') ? best : null;
};

/** Adds to a `Vary` the answer may carry already (the API's `Origin`, say) rather than replacing it. */
const varyOnAcceptEncoding = (response: ServerResponse): void => {
  const existing = [response.getHeader('vary') ?? []].flat().join(', ');
  if (/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(existing)) return;
  response.setHeader('vary', existing ? `${existing}, Accept-Encoding` : 'Accept-Encoding');
};

/**
 * The coding to send `response`, judged from its request, with `Vary: Accept-Encoding` set
 * whenever the answer depends on that header, so no cache hands a gzip body to a client that
 * cannot read it. Null sends the bytes as they are.
 */
export const chooseContentCoding = (response: ServerResponse, contentType: string | undefined, size: number): ContentCoding | null => {
  if (!isCompressible(contentType, size)) return null;
  varyOnAcceptEncoding(response);
  return negotiateContentCoding(response.req.headers['accept-encoding']);
};

/**
 * Brotli's middle quality. On the built app (120 files, 1.2 MB) quality 11 came out 7 % smaller
 * but took 30 times as long, and quality 9 was 10 times as long for 1 %: too slow for a file
 * compressed on its first request. gzip keeps zlib's default level.
 */
const brotliQuality = 5;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Compresses `body` off the event loop (zlib's thread pool), so one big file does not hold up other requests. */
export const compress = (body: Buffer, coding: ContentCoding): Promise<Buffer> =>
  coding === 'br'
    ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } })
    : gzipped(body);

/**
 * A body made for one response (an API answer), compressed for its client when CloudFront would
 * compress it; a body its origin has encoded already goes as it is.
 */
export const encodeResponseBody = async (response: ServerResponse, body: Buffer): Promise<Buffer> => {
  const contentType = response.getHeader('content-type');
  if (response.hasHeader('content-encoding') || typeof contentType !== 'string') return body;
  const coding = chooseContentCoding(response, contentType, body.length);
  if (!coding) return body;
  response.setHeader('content-encoding', coding);
  response.removeHeader('content-length');
  return compress(body, coding);
};
