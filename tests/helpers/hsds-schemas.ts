import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schemaDir = fileURLToPath(new URL('../../../shared/standards/hsds-3.0/schema/', import.meta.url));

const load = (path: string): Record<string, unknown> => JSON.parse(readFileSync(`${schemaDir}${path}`, 'utf8')) as Record<string, unknown>;

/** Validators for the Open Referral HSDS 3.0 list schemas shipped beside the project. */
export const createHsdsValidators = () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (instance: Ajv2020) => void)(ajv);
  const compile = (path: string) => {
    const { $schema: _schema, $id: _id, ...schema } = load(path);
    return ajv.compile(schema);
  };
  return { service: compile('compiled/service_list.json'), organization: compile('compiled/organization_list.json') };
};
