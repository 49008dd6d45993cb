export { appRouter, type AppRouter } from './routers/_app';
export { createCallerFactory } from './trpc';
export * from './context';
export * from './errors';
export * from './tenant-directory';
export * from './auth/token-claims';
export * from './auth/token-verifier';
export type { Me } from './features/me/me.service';
