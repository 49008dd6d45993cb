import { newRequestId, summary, testPathway } from '../../helpers/pathway-fixtures';
import type { MatrixRows } from './types';

/** A demo pathway every county has; the writes name an addition that does not exist, or a new draft. */
const pathway = { pathwayId: 'tyypin-2-diabetes' };
const missingAddition = { ...pathway, additionId: '0'.repeat(20), expectedVersion: 1 };

export const pathwaysRows: MatrixRows = {
  'pathways.vocabulary': { access: 'public' },
  'pathways.list': { access: 'resident', input: {} },
  'pathways.byId': { access: 'resident', input: pathway },
  'pathways.recordView': { access: 'resident', input: { ...pathway, stageId: 'arki' } },
  // A stage the pathway lacks: repeated calls (the bench makes hundreds) answer NOT_FOUND rather than meet the abuse limit.
  'pathways.giveFeedback': { access: 'resident', input: { ...pathway, stageId: 'ei-ole', requestId: newRequestId(), helpful: true } },
  'pathways.versions': { access: 'public', input: pathway },
  'pathways.version': { access: 'public', input: { ...pathway, number: 1 } },
  'pathways.diff': { access: 'public', input: { ...pathway, from: 1, to: 2 } },
  'pathways.drafts': { access: ['nationalPublisher'] },
  'pathways.draft': { access: ['nationalPublisher'], input: pathway },
  'pathways.createDraft': { access: ['nationalPublisher'], input: { requestId: newRequestId(), content: testPathway() } },
  'pathways.saveDraft': { access: ['nationalPublisher'], input: { pathwayId: 'ei-ole', expectedVersion: 1, content: testPathway() } },
  'pathways.publish': { access: ['nationalPublisher'], input: { pathwayId: 'ei-ole', requestId: newRequestId(), expectedVersion: 1, changeSummary: summary('Testi') } },
  'pathways.nationalFeedback': { access: ['nationalPublisher'], input: pathway },
  'pathways.localAdditions': { access: ['coordinator'], input: pathway },
  'pathways.addLocalActivity': { access: ['coordinator'], input: { ...pathway, requestId: newRequestId(), stageId: 'arki', activityId: 'ps-diabetes-kavelyryhma-kuopio' } },
  'pathways.moveLocalActivity': { access: ['coordinator'], input: { ...missingAddition, stageId: 'arki' } },
  'pathways.removeLocalActivity': { access: ['coordinator'], input: missingAddition },
  'pathways.notifications': { access: ['coordinator'], input: {} },
  'pathways.feedback': { access: ['coordinator'], input: pathway },
};
