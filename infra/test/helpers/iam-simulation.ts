import { runSimulation } from '@cloud-copilot/iam-simulate';
import type { PolicyDocument } from './template-policies';

/** One DynamoDB request as IAM sees it. */
export interface DataRequest {
  action?: string;
  /** `dynamodb:LeadingKeys`; undefined for a request that names none. */
  keys?: string[];
  resource: string;
  /** Further condition keys of the request, e.g. `dynamodb:Select` or `dynamodb:Attributes`. */
  context?: Record<string, string | string[]>;
}

/** IAM's verdict on one DynamoDB request by a principal with these identity policies, in the same account. */
export const decideDataRequest = async (
  principal: { arn: string; accountId: string; policies: { name: string; policy: PolicyDocument }[] },
  { action = 'dynamodb:GetItem', keys, resource, context = {} }: DataRequest,
): Promise<string> => {
  const result = await runSimulation(
    {
      request: { principal: principal.arn, action, resource: { resource, accountId: principal.accountId }, contextVariables: { ...context, ...(keys ? { 'dynamodb:LeadingKeys': keys } : {}) } },
      identityPolicies: principal.policies,
      serviceControlPolicies: [],
      resourceControlPolicies: [],
    },
    {},
  );
  if (result.resultType === 'error') throw new Error(`simulation rejected: ${JSON.stringify(result.errors)}`);
  return result.overallResult;
};
