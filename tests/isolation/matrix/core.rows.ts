import type { MatrixRows } from './types';

export const coreRows: MatrixRows = {
  'tenants.list': { access: 'public' },
  'tenants.settings': { access: ['coordinator'] },
  'tenants.updateSettings': { access: ['coordinator'], input: { settings: { contactRequestRetentionDays: 60 }, expectedVersion: 999 } },
  me: { access: 'signedIn' },
};
