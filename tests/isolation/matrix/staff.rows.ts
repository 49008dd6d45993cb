import type { MatrixRows } from './types';

const coordinator = ['coordinator'] as const;
/** Nobody of that name: a coordinator is let in and then told the person is not found. */
const nobody = { userId: 'matrix-nobody', expectedVersion: 1 };

export const staffRows: MatrixRows = {
  'staff.list': { access: coordinator, input: {} },
  'staff.byId': { access: coordinator, input: { userId: 'matrix-nobody' } },
  'staff.invite': {
    access: coordinator,
    input: { requestId: '6f1c1c52-7d7c-4a55-9d0a-6a2d3b0e9a11', invitation: { email: 'matrix.invite@example.fi', displayName: 'Matriisi Kutsuttu', roles: ['professional'] } },
  },
  'staff.setRoles': { access: coordinator, input: { ...nobody, roles: ['professional'] } },
  'staff.deactivate': { access: coordinator, input: nobody },
  'staff.reactivate': { access: coordinator, input: nobody },
  'staff.resendInvitation': { access: coordinator, input: { userId: 'matrix-nobody' } },
  'staff.auditTrail': { access: coordinator, input: {} },
};
