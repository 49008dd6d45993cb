export * from './shared/localized-text.schema';
export * from './shared/errors';
export * from './identity/role.schema';
export * from './identity/identity.schema';
export * from './tenants/tenant.schema';
export * from './tenants/wellbeing-counties';
export * from './organisations/national-organisation.schema';
