import * as lambda from 'aws-cdk-lib/aws-lambda';

/** Lambda's event-filter rules, as aws-cdk-lib builds them, typed as the opaque values they are (it declares them `any`). */
export const filterRule = {
  isEqual: (value: string): unknown => lambda.FilterRule.isEqual(value),
  beginsWith: (prefix: string): unknown => lambda.FilterRule.beginsWith(prefix),
};
