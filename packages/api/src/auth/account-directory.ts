/** A person's sign-in account, as the identity provider keeps it. */
export interface AccountRequest {
  tenantId: string;
  email: string;
  displayName: string;
  /**
   * Someone who is not the county's own staff (an association's volunteer): they get an invitation
   * account even where the county's staff sign in with the county's identity service.
   */
  outsideCounty?: boolean;
}

export interface ProvisionedAccount {
  /** The user id the person's tokens will carry (`cognito:username`); their membership is keyed by it. */
  userId: string;
  /**
   * True where the county signs in with its own identity service: no account was created, and the
   * membership waits for the person's first sign-in there.
   */
  federated: boolean;
}

/**
 * Where invited people get their sign-in accounts: Cognito's AdminCreateUser in AWS, a local
 * stand-in that the development identity provider reads on the local platform and in tests.
 */
export interface AccountDirectory {
  /** Creates the account, or finds the one an earlier attempt created for the same address. */
  ensureAccount(request: AccountRequest): Promise<ProvisionedAccount>;
  /** Sends an invited person's account invitation again (a new temporary password in AWS). */
  resendInvitation(request: AccountRequest & { userId: string }): Promise<void>;
}
