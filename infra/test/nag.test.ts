import { type App, Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { synthesizeTestStack } from './helpers/test-stack';

/** Every acknowledgement recorded anywhere in the app, with where it was made. */
const acknowledgements = (root: IConstruct): { path: string; id: string; reason: string }[] =>
  root.node
    .findAll()
    .flatMap((construct) =>
      construct.node.metadata
        .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((entry) => Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({ path: construct.node.path, id, reason }))),
    );

const unacknowledged = (app: App) =>
  new AwsSolutionsChecks().validateScope(app).violations.map((violation) => ({
    rule: violation.ruleName,
    severity: violation.severity,
    resources: violation.violatingResources.map((resource) => resource.constructPath),
  }));

describe('cdk-nag AwsSolutions', () => {
  // Both shapes of the stack: deployed to a known account, and synthesized offline without one.
  const variants = {
    'prod, with an account': synthesizeTestStack(),
    'dev, account-agnostic': synthesizeTestStack({}, { stage: 'dev', account: undefined }),
  };

  it.each(Object.entries(variants))('finds no unacknowledged error or warning (%s)', (_, { app }) => {
    expect(unacknowledged(app)).toEqual([]);
  });

  it.each(Object.entries(variants))('leaves no construct warning or error from CDK itself (%s)', (_, { stack }) => {
    const annotations = Annotations.fromStack(stack);
    expect([...annotations.findWarning('*', Match.anyValue()), ...annotations.findError('*', Match.anyValue())]).toEqual([]);
  });

  it('has a specific written reason for every acknowledgement', () => {
    const all = acknowledgements(variants['prod, with an account'].app);
    expect(all.length).toBeGreaterThan(0);
    for (const { path, id, reason } of all) {
      expect(reason.length, `${id} at ${path}`).toBeGreaterThanOrEqual(60);
    }
  });
});
