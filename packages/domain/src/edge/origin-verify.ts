/**
 * The header CloudFront adds, with a secret value, to every request it forwards to the API: the
 * API refuses requests without it, so its own execute-api URL cannot bypass CloudFront and its
 * web application firewall.
 */
export const originVerifyHeader = 'x-origin-verify';
