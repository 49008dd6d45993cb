/** The most services one import takes (the API's limit). */
export const maxImportServices = 500;

/** The most one import sends, below the API's limit on a request body (1 MiB). */
export const maxImportBytes = 1_000_000;

/** Why a file cannot be imported as it is, each a message of `catalog.import.errors`. */
export type HsdsFileProblem = { problem: 'notJson' } | { problem: 'noServices' } | { problem: 'tooMany'; count: number } | { problem: 'tooLarge' };

const isListPage = (value: unknown): value is { contents: unknown[] } => typeof value === 'object' && value !== null && Array.isArray((value as Record<string, unknown>).contents);

/**
 * The services of an HSDS 3.0 JSON file: the `contents` of an API list page, or the file's own
 * array. The services themselves are checked by the API, each on its own.
 */
export const readHsdsFile = (text: string): { services: unknown[] } | HsdsFileProblem => {
  let parsed: unknown;
  try {
    // Files saved on Windows often start with a byte order mark, which JSON does not allow.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { problem: 'notJson' };
  }
  const services = Array.isArray(parsed) ? parsed : isListPage(parsed) ? parsed.contents : [];
  if (services.length === 0) return { problem: 'noServices' };
  if (services.length > maxImportServices) return { problem: 'tooMany', count: services.length };
  if (new TextEncoder().encode(JSON.stringify(services)).length > maxImportBytes) return { problem: 'tooLarge' };
  return { services };
};

/** A service's name as the file gives it, for the report; null when it has none. */
export const serviceNameOf = (service: unknown): string | null => {
  const name = typeof service === 'object' && service !== null ? (service as Record<string, unknown>).name : null;
  return typeof name === 'string' && name.trim() ? name.trim() : null;
};

/** A reason the API gives for a service it could not import, as a message of `catalog.import.reasons`. */
export type ImportReason = { reason: 'noTheme' } | { reason: 'noMunicipality' } | { reason: 'notActive'; status: string };

const reasonPatterns: Array<[RegExp, (match: RegExpExecArray) => ImportReason]> = [
  [/^no theme: /, () => ({ reason: 'noTheme' })],
  [/^no location city or service area is a municipality of /, () => ({ reason: 'noMunicipality' })],
  [/^status is (.+); only active services are imported$/, (match) => ({ reason: 'notActive', status: match[1] ?? '' })],
];

/**
 * The importer's own reasons, which the UI can say in the user's language; null for the others
 * (a field the file gets wrong), which are shown as the API wrote them.
 */
export const importReasonOf = (reason: string): ImportReason | null => {
  for (const [pattern, toReason] of reasonPatterns) {
    const match = pattern.exec(reason);
    if (match) return toReason(match);
  }
  return null;
};
