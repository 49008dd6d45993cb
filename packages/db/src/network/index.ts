export * from './network.entity';
export * from './network-feed-reader';
export * from './network-post.repository';
export * from './network-interaction.repository';
export * from './network-member.repository';
export * from './network-feed-backfill';
