#!/usr/bin/env node
// The README's two commands: `npm start` and `npm test`. Plain Node, no dependencies, so it runs
// on a fresh machine before anything is installed: it checks Node and Java, installs pnpm if it is
// missing, installs the workspace, builds the web app and then starts the platform or runs every test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const toolsDir = join(root, '.tools');
const chromiumPath = '/usr/bin/chromium';
const command = process.argv[2];

const fail = (message) => {
  console.error(`\n[linkki] ${message}\n`);
  process.exit(1);
};
const say = (message) => console.log(`[linkki] ${message}`);

const run = (program, args, options = {}) => {
  const result = spawnSync(program, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) fail(`${program} could not run: ${result.error.message}`);
  if (result.status !== 0) fail(`${program} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
};
const succeeds = (program, args) => spawnSync(program, args, { cwd: root, stdio: 'ignore' }).status === 0;

const checkNode = () => {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) fail(`Node.js 20.19 or newer is needed (this is ${process.versions.node}).`);
};

const checkJava = () => {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) fail('Java 17+ is needed for DynamoDB Local (Debian/Ubuntu: apt-get install -y openjdk-17-jre-headless).');
  const version = /version "(\d+)/.exec(result.stderr)?.[1];
  if (version && Number(version) < 17) fail(`Java 17+ is needed for DynamoDB Local (found ${version}).`);
};

/** pnpm from PATH, or the version package.json names installed under .tools/. */
const ensurePnpm = () => {
  if (succeeds('pnpm', ['--version'])) return 'pnpm';
  const bin = join(toolsDir, 'node_modules', '.bin');
  const local = join(bin, 'pnpm');
  // Workspace scripts call `pnpm` by name, so the local one must be on PATH for them too.
  process.env.PATH = `${bin}${delimiter}${process.env.PATH ?? ''}`;
  if (!existsSync(local)) {
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
    say(`installing pnpm ${version} into .tools/`);
    mkdirSync(toolsDir, { recursive: true });
    run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', toolsDir, `pnpm@${version}`]);
  }
  return local;
};

const ensureChromium = () => {
  if (existsSync(chromiumPath)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !succeeds('apt-get', ['--version'])) {
    fail(`The browser tests need Debian's Chromium at ${chromiumPath}: sudo apt-get install -y chromium`);
  }
  say('installing Debian chromium for the browser tests');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
};

const install = (pnpm) => {
  say('installing dependencies');
  run(pnpm, ['install', '--frozen-lockfile', '--config.confirmModulesPurge=false']);
  say('building the web app');
  run(pnpm, ['--filter', '@linkki/web', 'build']);
};

/** Runs the platform in the foreground; Ctrl-C reaches it and it stops DynamoDB Local before exiting. */
const start = () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/local/src/main.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', POWERTOOLS_LOG_LEVEL: 'WARN', ...process.env },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
};

const report = join(toolsDir, 'vitest-report.json');

/** A check the code must pass before any test runs; on failure it says what to do about it. */
const mustPass = (pnpm, script, remedy) => {
  const result = spawnSync(pnpm, ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.error || result.status !== 0) fail(`\`pnpm ${script}\` found problems (listed above): ${remedy}`);
};

/** The format and lint checks, typecheck, then every vitest project; ends with one plain `N passed, N failed` line. */
const test = (pnpm) => {
  say('checking the format (prettier)');
  mustPass(pnpm, 'format:check', 'run `pnpm format` to rewrite the files it names.');
  say('linting (eslint)');
  mustPass(pnpm, 'lint', 'fix each finding in the code; eslint.config.js says why each rule is there.');
  say('type-checking every package');
  run(pnpm, ['typecheck']);
  rmSync(report, { force: true });
  const result = spawnSync(pnpm, ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { cwd: root, stdio: 'inherit' });
  if (!existsSync(report)) fail('the test run produced no report');
  const { numPassedTests, numFailedTests, numPendingTests, numFailedTestSuites } = JSON.parse(readFileSync(report, 'utf8'));
  // A test file that fails before its tests run counts as a failure too.
  const failed = numFailedTests + numFailedTestSuites;
  console.log(`\nTests: ${numPassedTests} passed, ${failed} failed, ${numPendingTests} skipped`);
  process.exit(result.status === 0 && failed === 0 && numPassedTests > 0 ? 0 : 1);
};

checkNode();
if (command === 'start') {
  checkJava();
  install(ensurePnpm());
  start();
} else if (command === 'test') {
  checkJava();
  ensureChromium();
  const pnpm = ensurePnpm();
  install(pnpm);
  test(pnpm);
} else {
  fail('usage: node packages/local/bootstrap.mjs start|test');
}
