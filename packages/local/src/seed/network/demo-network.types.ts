import type { PostContent } from '@linkki/domain';
import type { DemoPersona } from '../demo-personas';

/** A demo persona by county (null: platform-wide) and user id. */
export type DemoAuthor = Pick<DemoPersona, 'tenant' | 'user'>;

export interface DemoNetworkComment {
  author: DemoAuthor;
  body: string;
}

export interface DemoNetworkPost {
  /** Stable across restarts: the post's id is derived from it. */
  key: string;
  author: DemoAuthor;
  daysAgo: number;
  content: PostContent;
  comments?: DemoNetworkComment[];
  usefulFrom?: DemoAuthor[];
}
