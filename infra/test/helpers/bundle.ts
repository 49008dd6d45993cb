import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AssetStaging } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** The directory CDK staged a function's bundled code in; the bundling itself runs when the function is created. */
export const stagedCodeDir = (fn: IConstruct): string => {
  const staging = fn.node.findAll().find((construct): construct is AssetStaging => construct instanceof AssetStaging);
  if (!staging) throw new Error(`${fn.node.path} has no staged code`);
  return staging.absoluteStagedPath;
};

/**
 * Imports `index.mjs` of `bundleDir` in a fresh Node process that has only `environment` (and PATH),
 * binds its export to `handler`, runs `script` after it and returns what the script wrote to stdout.
 */
export const runBundleInFreshNode = (bundleDir: string, environment: Record<string, string>, script: string): string => {
  const url = pathToFileURL(join(bundleDir, 'index.mjs')).href;
  const program = `const { handler } = await import(${JSON.stringify(url)}); ${script}`;
  return execFileSync(process.execPath, ['--input-type=module', '--eval', program], {
    env: { PATH: process.env.PATH, POWERTOOLS_LOG_LEVEL: 'SILENT', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...environment },
    encoding: 'utf8',
    // A failing run's stderr goes into the thrown error (tests match on it), not onto the test output.
    stdio: 'pipe',
  });
};
