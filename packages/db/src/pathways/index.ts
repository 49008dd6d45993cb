export * from './pathway.entity';
export * from './pathway.repository';
export * from './pathway-local.entity';
export * from './pathway-local.repository';
export * from './pathway-news.writer';
export * from './national-stats.repository';
export * from './pathway-news.keys';
