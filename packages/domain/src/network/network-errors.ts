import { DomainError } from '../shared/errors';

export class NetworkPostNotFoundError extends DomainError {
  override readonly name = 'NetworkPostNotFoundError';
  readonly kind = 'notFound';
  constructor(readonly postId: string) {
    super(`No network post ${postId}.`);
  }
}

export class NetworkPostNotModeratableError extends DomainError {
  override readonly name = 'NetworkPostNotModeratableError';
  readonly kind = 'forbidden';
  constructor(readonly postId: string) {
    super(`Post ${postId} is moderated by the coordinators of its author's county or by the platform's administrators.`);
  }
}

export class NetworkPostNotEditableError extends DomainError {
  override readonly name = 'NetworkPostNotEditableError';
  readonly kind = 'forbidden';
  constructor(readonly postId: string) {
    super(`Only the authors of post ${postId} may edit it.`);
  }
}

export class NetworkPostKindChangeError extends DomainError {
  override readonly name = 'NetworkPostKindChangeError';
  readonly kind = 'invalid';
  constructor() {
    super('Invalid input: content.kind: a post keeps the kind it was created with');
  }
}
