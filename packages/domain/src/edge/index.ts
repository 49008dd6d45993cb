/** What the web app's edge (CloudFront in AWS, the local server otherwise) adds to requests and responses. */
export * from './origin-verify';
export * from './security-headers';
