#!/usr/bin/env node
// `pnpm dev`: the platform on :3000 and Vite with hot reload on :5173 (proxying /trpc, /health, /dev, /oidc, /config.json).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// LINKKI_DEV_ORIGINS: the sign-in client may return to the app on Vite's origin too.
const env = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', POWERTOOLS_LOG_LEVEL: 'WARN', LINKKI_DEV_ORIGINS: 'http://localhost:5173', ...process.env };
const children = [
  spawn(process.execPath, ['--import', 'tsx', 'packages/local/src/main.ts'], { cwd: root, stdio: 'inherit', env }),
  spawn('pnpm', ['--filter', '@linkki/web', 'dev'], { cwd: root, stdio: 'inherit', env }),
];
const stop = (signal) => children.forEach((child) => child.kill(signal));
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
let running = children.length;
for (const child of children) {
  child.on('exit', () => {
    running -= 1;
    if (running === children.length - 1) stop('SIGTERM');
    if (running === 0) process.exit(0);
  });
}
