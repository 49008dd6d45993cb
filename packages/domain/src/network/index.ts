export * from './network-vocabulary';
export * from './network-post.schema';
export * from './network-errors';
export * from './network-access';
export * from './network-member.schema';
export * from './network-feed-selection';
