import { describe, expect, it } from 'vitest';
import { importReasonOf, maxImportServices, readHsdsFile, serviceNameOf } from './hsds-file';

const service = { id: 'kahvakuula', name: 'Kahvakuularyhmä' };

describe('reading an HSDS file', () => {
  it('takes the services of a list page or of a plain array', () => {
    expect(readHsdsFile(JSON.stringify({ total_items: 1, contents: [service] }))).toEqual({ services: [service] });
    expect(readHsdsFile(JSON.stringify([service, service]))).toEqual({ services: [service, service] });
    expect(readHsdsFile(`\uFEFF${JSON.stringify([service])}`)).toEqual({ services: [service] });
  });

  it('says what is wrong with a file that cannot be imported', () => {
    expect(readHsdsFile('<services/>')).toEqual({ problem: 'notJson' });
    expect(readHsdsFile('')).toEqual({ problem: 'notJson' });
    expect(readHsdsFile('[]')).toEqual({ problem: 'noServices' });
    expect(readHsdsFile(JSON.stringify({ contents: [] }))).toEqual({ problem: 'noServices' });
    expect(readHsdsFile(JSON.stringify(service))).toEqual({ problem: 'noServices' });
    expect(readHsdsFile(JSON.stringify(Array.from({ length: maxImportServices + 1 }, () => service)))).toEqual({ problem: 'tooMany', count: maxImportServices + 1 });
    const long = { ...service, description: 'x'.repeat(4000) };
    expect(readHsdsFile(JSON.stringify(Array.from({ length: 300 }, () => long)))).toEqual({ problem: 'tooLarge' });
  });

  it('names a service by its own name when it has one', () => {
    expect(serviceNameOf(service)).toBe('Kahvakuularyhmä');
    expect(serviceNameOf({ name: 42 })).toBeNull();
    expect(serviceNameOf('kahvakuula')).toBeNull();
  });
});

describe("the importer's reasons", () => {
  it('recognises the reasons the UI can translate, and leaves the rest as written', () => {
    expect(importReasonOf('no theme: add an attribute whose taxonomy term code is theme:<code>, e.g. theme:exercise')).toEqual({ reason: 'noTheme' });
    expect(importReasonOf('no location city or service area is a municipality of Pohjois-Savon hyvinvointialue')).toEqual({ reason: 'noMunicipality' });
    expect(importReasonOf('status is inactive; only active services are imported')).toEqual({ reason: 'notActive', status: 'inactive' });
    expect(importReasonOf('name: Invalid input: expected string, received number')).toBeNull();
  });
});
