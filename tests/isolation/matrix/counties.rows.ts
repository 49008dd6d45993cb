import type { MatrixRows } from './types';

const operator = ['platformAdmin'] as const;

export const countiesRows: MatrixRows = {
  'counties.list': { access: operator },
  'counties.onboard': {
    access: operator,
    // A county already active: the operator is let in and told it cannot be onboarded again.
    input: {
      requestId: '1b0e6c1e-5b0d-4a8e-9c57-0c2f3f7d2a10',
      onboarding: { slug: 'lappi', municipalities: ['Inari'], contactRequestRetentionDays: 90, coordinator: { email: 'matrix.coordinator@example.fi', displayName: 'Matriisi Koordinaattori' } },
    },
  },
  'counties.suspend': { access: operator, input: { slug: 'kainuu', expectedVersion: 1 } },
  'counties.reactivate': { access: operator, input: { slug: 'kainuu', expectedVersion: 1 } },
  'counties.usage': { access: operator, input: { days: 7, county: 'lappi' } },
  // Kainuu is only registered: the operator is let in and told it cannot be offboarded, kept or deleted, and has no export.
  'counties.offboard': { access: operator, input: { slug: 'kainuu', expectedVersion: 1, confirmation: 'kainuu' } },
  'counties.cancelOffboarding': { access: operator, input: { slug: 'kainuu', expectedVersion: 1 } },
  'counties.confirmDeletion': { access: operator, input: { slug: 'kainuu', expectedVersion: 1, confirmation: 'kainuu' } },
  'counties.exportLink': { access: operator, input: { slug: 'kainuu' } },
};
