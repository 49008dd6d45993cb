/** A check of one configuration value: undefined when it is good, else what it must be. */
export type Check = (value: unknown) => string | undefined;

export const matches =
  (pattern: RegExp, description: string): Check =>
  (value) =>
    typeof value === 'string' && pattern.test(value) ? undefined : `must be ${description}`;

export const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined ? undefined : check(value);

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An https URL without credentials, as identity providers publish their metadata and issuers. */
export const httpsUrl: Check = (value) => {
  if (typeof value !== 'string' || !URL.canParse(value)) return 'must be an https URL';
  const url = new URL(value);
  return url.protocol === 'https:' && url.username === '' && url.password === '' ? undefined : 'must be an https URL';
};

/** Every problem of `raw` against `checks` (by dotted path), and every key of `raw` that no check names. */
export const problemsOf = (raw: Record<string, unknown>, checks: Record<string, Check>, prefix = ''): string[] => {
  const problems = Object.entries(checks).flatMap(([path, check]) => {
    const problem = check(valueAt(raw, path));
    return problem ? [`${prefix}${path}: ${problem}`] : [];
  });
  const known = new Set(Object.keys(checks).map((path) => path.split('.')[0]));
  return [
    ...problems,
    ...Object.keys(raw)
      .filter((key) => !known.has(key))
      .map((key) => `${prefix}${key}: is not a known setting`),
  ];
};

const valueAt = (raw: Record<string, unknown>, path: string): unknown => path.split('.').reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), raw);
