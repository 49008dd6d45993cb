import { networkModeratorRoles, networkPosterRoles, networkReaderRoles } from '@linkki/domain';
import { newRequestId, updateContent } from '../../helpers/network-fixtures';
import type { MatrixRows } from './types';

const missingPost = { postId: '0'.repeat(20) };

export const networkRows: MatrixRows = {
  'network.vocabulary': { access: networkReaderRoles },
  'network.feed': { access: networkReaderRoles, input: {} },
  'network.post': { access: networkReaderRoles, input: missingPost },
  'network.history': { access: networkReaderRoles, input: missingPost },
  'network.create': { access: networkPosterRoles, input: { requestId: newRequestId(), content: updateContent() } },
  'network.update': { access: networkPosterRoles, input: { ...missingPost, expectedVersion: 1, content: updateContent() } },
  'network.comments': { access: networkReaderRoles, input: missingPost },
  'network.comment': { access: networkPosterRoles, input: { ...missingPost, requestId: newRequestId(), body: 'Kiitos!' } },
  'network.markUseful': { access: networkPosterRoles, input: missingPost },
  'network.report': { access: networkReaderRoles, input: { ...missingPost, reason: 'Asiaton viesti' } },
  'network.moderationQueue': { access: networkModeratorRoles, input: {} },
  'network.hide': { access: networkModeratorRoles, input: { ...missingPost, reason: 'Asiaton viesti' } },
  'network.unhide': { access: networkModeratorRoles, input: missingPost },
  'network.settings': { access: networkReaderRoles },
  'network.saveSettings': { access: networkReaderRoles, input: { followedTags: ['diabetes'], followedRegions: [], weeklyDigest: false, expectedVersion: 0 } },
  'network.markRead': { access: networkReaderRoles },
  'network.toolkit': { access: networkReaderRoles, input: {} },
};
