import * as z from 'zod';

/** A string that must match `pattern`; both a missing value and a mismatch read "must be <description>". */
export const pattern = (regex: RegExp, description: string) => z.string({ error: `must be ${description}` }).regex(regex, { error: `must be ${description}` });

/** An https URL without credentials, as identity providers publish their metadata and issuers. */
export const httpsUrl = z.string({ error: 'must be an https URL' }).refine((value) => {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && url.username === '' && url.password === '';
}, 'must be an https URL');

/** `countyIdentityProviders[0].tenant`: a problem's place, as the configuration is written. */
const placeOf = (path: readonly PropertyKey[]): string => path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');

/**
 * Every problem of a configuration, one line each and in the order of the schema, named by its
 * place: a key nobody reads is a problem too, so a mistyped setting never passes silently.
 */
export const problemsOf = (error: z.ZodError, unknownKeyProblem: (path: readonly PropertyKey[]) => string): string[] =>
  error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `${placeOf([...issue.path, key])}: ${unknownKeyProblem(issue.path)}`)
      : [`${placeOf(issue.path) || 'the configuration'}: ${issue.message}`],
  );
