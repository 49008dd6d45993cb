import type { Role } from '@linkki/domain';
import { activityContent } from '../../helpers/catalog-fixtures';
import type { MatrixRows } from './types';

/** `matrixOrganisation` is registered in the matrix county and edited by the test editor. */
export const matrixOrganisation = {
  id: 'ps-matriisi',
  kind: 'association' as const,
  name: { fi: 'Matriisiyhdistys ry' },
  contact: { email: 'info@matriisi.example' },
  municipalities: ['Kuopio'],
  editors: ['test-orgEditor'],
};

const editors: readonly Role[] = ['orgEditor', 'coordinator'];
const content = activityContent({ organisationId: matrixOrganisation.id, municipality: 'Kuopio' });
const missing = { id: 'ei-ole', expectedVersion: 1 };
const { id: _id, editors: _editors, ...organisationDetails } = matrixOrganisation;

export const catalogRows: MatrixRows = {
  'catalog.vocabularies': { access: 'public' },
  'catalog.search': { access: 'resident', input: { q: 'liikunta' } },
  'catalog.byId': { access: 'resident', input: { id: 'ei-ole' } },
  'catalog.sendContactRequest': {
    access: 'resident',
    input: { requestId: '00000000-0000-4000-8000-000000000000', activityId: 'ei-ole', name: 'Testi', email: 'testi@example.fi', message: 'Hei', consent: true },
  },
  'catalog.myOrganisations': { access: editors },
  'catalog.listActivities': { access: editors, input: { organisationId: matrixOrganisation.id } },
  'catalog.activity': { access: editors, input: { id: 'ei-ole' } },
  'catalog.createActivity': { access: editors, input: { requestId: '00000000-0000-4000-8000-000000000001', content, submit: false } },
  'catalog.updateActivity': { access: editors, input: { ...missing, content } },
  'catalog.transitionActivity': { access: editors, input: { ...missing, action: 'submit' } },
  'catalog.verifyActivity': { access: editors, input: missing },
  'catalog.moderationQueue': { access: ['coordinator'], input: {} },
  'catalog.importHsds': { access: ['coordinator'], input: { services: [{ id: 'matrix-1', name: 'Ei teemaa' }] } },
  'catalog.contactRequests': { access: editors, input: { organisationId: matrixOrganisation.id } },
  'catalog.organisations': { access: ['coordinator'], input: {} },
  'catalog.createOrganisation': {
    access: ['coordinator'],
    input: { requestId: '00000000-0000-4000-8000-000000000002', organisation: { ...organisationDetails, name: { fi: 'Matriisin uusi yhdistys ry' } } },
  },
  'catalog.updateOrganisation': { access: editors, input: { id: matrixOrganisation.id, expectedVersion: 1, organisation: organisationDetails } },
  'catalog.setOrganisationEditors': { access: ['coordinator'], input: { ...missing, editors: ['test-orgEditor'] } },
  'catalog.markContactRequestHandled': { access: editors, input: { organisationId: matrixOrganisation.id, id: '2026-01-01T00:00:00.000Z_abc', expectedVersion: 1 } },
};
