import * as z from 'zod';
import { tenantIdSchema } from '../tenants/tenant.schema';

/**
 * `/config.json` beside the web app: what one build needs to know about the stage it runs in.
 * The deployed stack writes it next to the app; the local server answers it itself.
 */
export const webRuntimeConfigSchema = z.object({
  /** Where the tRPC API is served, usually `/trpc` on the app's own origin. */
  apiUrl: z.string().min(1),
  auth: z.object({
    /** The OIDC issuer; its `/.well-known/openid-configuration` describes the provider. */
    authority: z.url(),
    clientId: z.string().min(1),
    redirectUri: z.url(),
    postLogoutRedirectUri: z.url(),
    scope: z.string().min(1),
    /**
     * Cognito's discovery document names no end-session endpoint: its hosted `/logout`, which
     * takes `client_id` and `logout_uri`. Absent where discovery has one (the local provider).
     */
    cognitoLogoutUrl: z.url().optional(),
    /**
     * A sign-in parameter that tells the provider which county's page the person came from, so
     * it can show that county's people first. Only the local development provider takes one.
     */
    countyHintParam: z
      .string()
      .regex(/^[a-z_]+$/)
      .optional(),
    /** Counties whose staff sign in with the county's own identity service: slug → Cognito identity provider name. */
    countyIdentityProviders: z.record(tenantIdSchema, z.string().min(1)),
  }),
});
export type WebRuntimeConfig = z.infer<typeof webRuntimeConfigSchema>;

/** The path the identity provider sends the browser back to with the authorization code. */
export const signInCallbackPath = '/auth/callback';
