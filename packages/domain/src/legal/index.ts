export * from './legal-document.schema';
export * from './legal-templates';
export * from './accessibility-feedback.schema';
export * from './feedback-deadlines';
