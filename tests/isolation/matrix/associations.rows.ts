import type { MatrixRows } from './types';

const coordinator = ['coordinator'] as const;
/** No registration of that id: a coordinator is let in and then told it is not found. */
const nobody = { id: 'r-matrix-nobody', expectedVersion: 1 };

export const associationsRows: MatrixRows = {
  'associations.register': {
    access: 'resident',
    input: {
      requestId: '3b7f0c9e-1c55-4f6a-9d7e-2f0a8c4b6d10',
      registration: { name: { fi: 'Matriisin Yhdistys ry' }, businessId: '0201256-6', municipality: 'Kuopio', contactName: 'Matti Matriisi', contactEmail: 'matriisi@example.fi', consent: true },
    },
  },
  'associations.verify': { access: 'resident', input: { registrationId: 'r-matrix-nobody', token: 'matrix-token-that-is-not-valid' } },
  'associations.queue': { access: coordinator, input: {} },
  'associations.byId': { access: coordinator, input: { id: 'r-matrix-nobody' } },
  'associations.approve': { access: coordinator, input: nobody },
  'associations.reject': { access: coordinator, input: { ...nobody, reason: 'Ei hyvinvointia edistävää toimintaa.' } },
};
