import { type ApiDependencies, fanOutPathwayNews } from '@linkki/api';

/**
 * Locally there is no table stream: the API hands each published version straight to the same
 * fan-out code the stream function runs in AWS.
 */
export const withLocalPathwayFanOut = (deps: ApiDependencies): ApiDependencies => ({
  ...deps,
  pathwayPublished: async (news) => {
    await fanOutPathwayNews({ registry: deps.tables.platform, news: deps.tables.platform }, news);
  },
});
