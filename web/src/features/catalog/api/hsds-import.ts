import { useMutation } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../../lib/trpc';
import { useRefreshCatalog } from './listings';

export type ImportReport = RouterOutputs['catalog']['importHsds'];
export type ImportOutcome = ImportReport['accepted'][number]['outcome'];

/** A coordinator's import of HSDS services; the imported listings are published, so search is read again. */
export const useImportHsds = () => useMutation(useTRPC().catalog.importHsds.mutationOptions(useRefreshCatalog()));
