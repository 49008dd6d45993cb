import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../lib/trpc';
import { useListingFormat } from '../../../lib/use-listing-format';
import type { PathwayStageRef } from '../utils/referral-form';

/** "Pathway – stage" in the UI language; the ids until the pathway has loaded (or if it is gone). */
export const usePathwayStageTitle = (stage: PathwayStageRef): string => {
  const trpc = useTRPC();
  const format = useListingFormat();
  const pathway = useQuery(trpc.pathways.byId.queryOptions({ pathwayId: stage.pathwayId }, { staleTime: 5 * 60_000, retry: false }));
  if (!pathway.data) return stage.pathwayId;
  const stageTitle = pathway.data.stages.find((candidate) => candidate.id === stage.stageId)?.title;
  return [format.text(pathway.data.title).text, stageTitle ? format.text(stageTitle).text : null].filter(Boolean).join(' – ');
};
