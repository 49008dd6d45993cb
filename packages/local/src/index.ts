export { startPlatform, type PlatformOptions, type RunningPlatform } from './platform';
export { startDynamoDbLocal, freePort, type DynamoDbLocal } from './dynamodb-local';
export { createDevIssuer, devIssuerAudience, type DevIssuer } from './dev-issuer';
export { seedDemoData } from './seed/seed-demo-data';
export { demoPersonas, type DemoPersona } from './seed/demo-personas';
export { toLambdaEvent, lambdaContext } from './lambda-event';
