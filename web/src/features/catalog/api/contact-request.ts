import { useMutation } from '@tanstack/react-query';
import { type RouterInputs, useTRPC } from '../../../lib/trpc';

export type ContactRequestInput = RouterInputs['catalog']['sendContactRequest'];

/** Sends a resident's contact request; a retry with the same request id is not sent twice. */
export const useSendContactRequest = () => {
  const trpc = useTRPC();
  return useMutation(trpc.catalog.sendContactRequest.mutationOptions());
};
