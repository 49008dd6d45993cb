/**
 * Names the fan-out's IAM policy is built from; free of imports so the CDK app can read them.
 * The news partition of a county is `T#<tenant>#PATHWAY-NEWS`.
 */
export const pathwayNewsPartitionName = 'PATHWAY-NEWS';

/** Every attribute a news item has, bookkeeping included: the fan-out may write these and no other. */
export const pathwayNewsAttributes = ['pk', 'sk', 'entity', 'version', 'createdAt', 'updatedAt', 'pathwayId', 'number', 'title', 'changeSummary', 'publishedAt'] as const;
