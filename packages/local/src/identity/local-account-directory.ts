import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AccountDirectory, AccountRequest } from '@linkki/api';

/** An account the local stand-in for Cognito keeps: whom the development identity provider offers. */
export interface LocalAccount extends AccountRequest {
  userId: string;
}

export interface LocalAccountDirectory extends AccountDirectory {
  /** Every account created so far, oldest first. */
  accounts(): readonly LocalAccount[];
}

/** One account per county and address, like one Cognito user per address; the id is stable across retries. */
const userIdOf = ({ tenantId, email }: AccountRequest): string => `u-${createHash('sha256').update(`${tenantId}/${email}`).digest('hex').slice(0, 16)}`;

/**
 * The local stand-in for Cognito's AdminCreateUser: accounts kept in a JSON file beside the local
 * data (in memory for tests). Invited people sign in through the development identity provider,
 * which lists them; no password, as every local sign-in is a click.
 */
export const createLocalAccountDirectory = ({ file }: { file: string | null }): LocalAccountDirectory => {
  const accounts: LocalAccount[] = file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LocalAccount[]) : [];
  const save = () => {
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(accounts, null, 2));
  };
  return {
    accounts: () => accounts,
    async ensureAccount(request) {
      const userId = userIdOf(request);
      if (!accounts.some((account) => account.userId === userId)) {
        accounts.push({ ...request, userId });
        save();
      }
      return { userId, federated: false };
    },
    async resendInvitation({ userId }) {
      if (!accounts.some((account) => account.userId === userId)) throw new Error(`No local account ${userId}.`);
    },
  };
};
