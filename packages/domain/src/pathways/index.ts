export * from './pathway-vocabulary';
export * from './pathway.schema';
export * from './local-addition.schema';
export * from './pathway-feedback.schema';
export * from './pathway-errors';
export * from './pathway-publishing';
export * from './pathway-diff';
