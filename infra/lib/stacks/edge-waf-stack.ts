import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { EdgeWebAcl, type EdgeRateLimits } from '../constructs/edge-web-acl';
import { apiPathPatterns, trpcPath } from '../constructs/http-api';

/** CloudFront takes web ACLs from this region only. */
export const edgeRegion = 'us-east-1';

export interface EdgeWafStackProps extends StackProps {
  readonly limits?: EdgeRateLimits;
}

/**
 * The web application firewall in front of CloudFront, in a small stack of its own because a
 * CLOUDFRONT-scope web ACL must live in us-east-1 while the rest of the platform does not.
 * The main stack reads {@link webAclArn} through a CDK cross-region reference.
 */
export class EdgeWafStack extends Stack {
  readonly acl: EdgeWebAcl;

  constructor(scope: Construct, id: string, { limits, ...props }: EdgeWafStackProps) {
    if (props.env?.region !== edgeRegion) throw new Error(`The edge web ACL must be deployed to ${edgeRegion}, not ${props.env?.region ?? 'an unnamed region'}`);
    super(scope, id, { ...props, crossRegionReferences: true });
    this.acl = new EdgeWebAcl(this, 'Edge', { apiPathPatterns, trpcPath, ...(limits ? { limits } : {}) });
  }

  get webAclArn(): string {
    return this.acl.arn;
  }
}
