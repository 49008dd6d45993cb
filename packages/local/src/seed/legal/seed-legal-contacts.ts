import { createLegalDocumentRepository, type TableAccess } from '@linkki/db';
import type { CountyContact } from '@linkki/domain';

/**
 * The demo counties' contact details as their legal texts show them. The addresses are made up and
 * the mail domains are reserved examples, so nothing in a demo reaches a real registry office.
 */
export const demoLegalContacts: Record<string, CountyContact> = {
  lappi: { email: 'kirjaamo@lappi.example', phone: '016 328 0000', address: 'Kirjaamo, PL 8041, 96101 Rovaniemi', dataProtectionOfficerEmail: 'tietosuoja@lappi.example' },
  'pohjois-savo': { email: 'kirjaamo@pohjois-savo.example', phone: '017 173 311', address: 'Kirjaamo, PL 1711, 70211 Kuopio', dataProtectionOfficerEmail: 'tietosuoja@pohjois-savo.example' },
  'keski-pohjanmaa': {
    email: 'kirjaamo@keski-pohjanmaa.example',
    phone: '06 826 4111',
    address: 'Kirjaamo, Mariankatu 16–20, 67200 Kokkola',
    dataProtectionOfficerEmail: 'tietosuoja@keski-pohjanmaa.example',
  },
};

/** Seeds each demo county's contact details unless its coordinators have saved their own. */
export const seedLegalContacts = async (tables: TableAccess): Promise<{ created: number; existing: number }> => {
  const outcomes = await Promise.all(
    Object.entries(demoLegalContacts).map(([tenantId, contact]) => createLegalDocumentRepository({ gateway: tables.tenant(tenantId), tenantId }).seedContact(contact)),
  );
  const created = outcomes.filter(Boolean).length;
  return { created, existing: outcomes.length - created };
};
