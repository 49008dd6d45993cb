import type { ComponentType } from 'react';
import { loadStaffMessages } from '../i18n';

/**
 * A route's component, fetched the first time someone opens the route, so that each page is a chunk
 * of its own and a resident's first visit downloads only what it shows. React Router loads the lazy
 * parts of every matched route at once: a layout and its page arrive in parallel, not one after the other.
 */
export const lazyComponent = <Module>(load: () => Promise<Module>, pick: (module: Module) => ComponentType) => ({
  Component: async () => pick(await load()),
});

/** A staff area's module, fetched together with the staff's messages its pages show. */
export const withStaffMessages =
  <Module>(load: () => Promise<Module>) =>
  async (): Promise<Module> =>
    (await Promise.all([load(), loadStaffMessages()]))[0];
