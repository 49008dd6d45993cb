import { useSearchParams } from 'react-router';
import { isRegistrationStatus, type RegistrationStatus } from '../api/associations';

/** The queue's status, kept in the address (`?status=approved`) so Back and a shared link keep it; waiting ones by default. */
export const useQueueStatus = (): RegistrationStatus => {
  const [params] = useSearchParams();
  const status = params.get('status') ?? '';
  return isRegistrationStatus(status) ? status : 'pending';
};
