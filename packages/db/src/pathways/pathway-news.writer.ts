import type { TableGateway } from '../table-gateway';
import { type PathwayNews, pathwayNewsItemOf } from './pathway-local.entity';

/**
 * The only way anything writes into a county from outside it: one kind of item, keyed and shaped
 * here and nowhere else, created once (a redelivered stream record finds it there).
 */
export const createPathwayNewsWriter = (gateway: TableGateway) => ({
  deliver(tenantId: string, news: PathwayNews): Promise<boolean> {
    return gateway.putIfAbsent(pathwayNewsItemOf(tenantId, news));
  },
});
