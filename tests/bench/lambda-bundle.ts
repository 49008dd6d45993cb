import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { apiFunctionMemorySize } from '@linkki/infra/constructs/api-function';
import { esbuildOptionsOf, nodeBundling, nodeRuntimeEnvironment } from '@linkki/infra/constructs/node-function';
import { build, type Metafile } from 'esbuild';
import { fixed, latencyOf } from './stats';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const apiEntry = join(projectRoot, 'functions/src/api/handler.ts');

/** What the handler's configuration needs to load, shaped like what the stack gives it in AWS; nothing here is contacted at import. */
const apiEnvironment = {
  AWS_REGION: 'eu-north-1',
  TABLE_NAME: 'linkki-bench',
  AUTH_ISSUER: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_bench',
  AUTH_AUDIENCE: 'bench-client',
  AUTH_JWKS_URL: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_bench/.well-known/jwks.json',
  TENANT_ROLE_ARN: 'arn:aws:iam::111122223333:role/TenantDataRole',
  APP_URL: 'https://linkki.example.org',
  USER_POOL_ID: 'eu-north-1_bench',
  FEDERATED_COUNTIES: '',
  EXPORT_BUCKET: 'linkki-bench-exports',
  ORIGIN_VERIFY_SECRET_ARN: 'arn:aws:secretsmanager:eu-north-1:111122223333:secret:OriginVerify-AbCdEf',
  ADDRESS_HASH_SECRET_ARN: 'arn:aws:secretsmanager:eu-north-1:111122223333:secret:AddressHashKey-AbCdEf',
};

const processes = 10;
const biggestInputs = 8;

interface ProcessTiming {
  /** From spawning the process to its exit, measured by this process. */
  processMs: number;
  /** Around `await import(bundle)` inside the child, wall clock and CPU; zero for the process that does nothing. */
  importMs: number;
  importCpuMs: number;
}

/** A fresh Node process that runs `program` with the function's environment and NODE_OPTIONS, as Lambda starts one. */
const timeFreshProcess = (program: string): ProcessTiming => {
  const started = performance.now();
  const output = execFileSync(process.execPath, ['--input-type=module', '--eval', program], {
    env: { PATH: process.env.PATH, POWERTOOLS_LOG_LEVEL: 'SILENT', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...apiEnvironment, ...nodeRuntimeEnvironment },
    encoding: 'utf8',
    stdio: 'pipe',
  });
  const { importMs, importCpuMs } = JSON.parse(output) as Omit<ProcessTiming, 'processMs'>;
  return { processMs: performance.now() - started, importMs, importCpuMs };
};

const importProgram = (file: string): string =>
  `const cpu = process.cpuUsage(); const started = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); ` +
  'const used = process.cpuUsage(cpu); process.stdout.write(JSON.stringify({ importMs: performance.now() - started, importCpuMs: (used.user + used.system) / 1000 }));';
const idleProgram = 'process.stdout.write(JSON.stringify({ importMs: 0, importCpuMs: 0 }));';

const median = (values: number[]): number => latencyOf(values).p50;

/** The package (or workspace folder) a metafile input belongs to, so versions and files of one package add up. */
const ownerOf = (input: string): string => /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input.split('/').slice(0, 2).join('/');

const bytesByOwner = (metafile: Metafile): Array<[string, number]> => {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) totals.set(ownerOf(input), (totals.get(ownerOf(input)) ?? 0) + bytesInOutput);
  }
  return [...totals].sort(([, a], [, b]) => b - a);
};

const kilobytes = (bytes: number): string => `${fixed(bytes / 1024, 0)} KB`;

/**
 * Builds the API Lambda's bundle with the construct's own bundling options (the infra tests check it
 * is CDK's output byte for byte), prints its size, the packages that weigh most in it, and the median
 * cold import of 10 fresh Node processes next to 10 that do nothing. Needs no platform.
 */
export const benchLambdaBundle = async (): Promise<void> => {
  const outdir = mkdtempSync(join(tmpdir(), 'linkki-lambda-bundle-'));
  try {
    const options = esbuildOptionsOf(nodeBundling, { entry: apiEntry, projectRoot, outdir });
    const { metafile } = await build({ ...options, metafile: true, logLevel: 'error' });
    const bundleFile = options.outfile ?? join(outdir, 'index.mjs');
    const code = readFileSync(bundleFile);
    const mapBytes = nodeBundling.sourceMap ? statSync(`${bundleFile}.map`).size : 0;
    console.log(`\nAPI Lambda bundle (${nodeBundling.format ?? 'cjs'}, ${nodeBundling.target ?? 'runtime target'}, minified)`);
    console.log(`  ${kilobytes(code.length)} raw, ${kilobytes(gzipSync(code).length)} gzip; source map ${kilobytes(mapBytes)} beside it`);
    console.log(
      `  biggest inputs: ${bytesByOwner(metafile)
        .slice(0, biggestInputs)
        .map(([owner, bytes]) => `${owner} ${kilobytes(bytes)}`)
        .join(', ')}`,
    );

    // Interleaved, so a busy moment of the machine weighs on both sides alike.
    const imports: ProcessTiming[] = [];
    const idles: ProcessTiming[] = [];
    for (let index = 0; index < processes; index += 1) {
      imports.push(timeFreshProcess(importProgram(bundleFile)));
      idles.push(timeFreshProcess(idleProgram));
    }
    const importMs = median(imports.map((timing) => timing.importMs));
    const importCpuMs = median(imports.map((timing) => timing.importCpuMs));
    console.log(
      `  cold import, median of ${processes} fresh processes (NODE_OPTIONS=${nodeRuntimeEnvironment.NODE_OPTIONS}): ${fixed(importMs, 0)} ms (CPU ${fixed(importCpuMs, 0)} ms); ` +
        `whole process ${fixed(median(imports.map((timing) => timing.processMs)), 0)} ms against ${fixed(median(idles.map((timing) => timing.processMs)), 0)} ms for a process that does nothing`,
    );
    // Lambda gives a function one vCPU at 1,769 MB and a proportional share below that.
    console.log(`  Node ${process.versions.node} on this machine; Lambda runs Node.js 22 on arm64 with ${apiFunctionMemorySize} MB, about ${fixed(apiFunctionMemorySize / 1769, 2)} vCPU.`);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
};
