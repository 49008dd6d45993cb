import { DomainError } from '../shared/errors';

export class PathwayNotFoundError extends DomainError {
  override readonly name = 'PathwayNotFoundError';
  readonly kind = 'notFound';
  constructor(readonly pathwayId: string) {
    super(`No pathway ${pathwayId}.`);
  }
}

export class PathwayVersionNotFoundError extends DomainError {
  override readonly name = 'PathwayVersionNotFoundError';
  readonly kind = 'notFound';
  constructor(
    readonly pathwayId: string,
    readonly number: number,
  ) {
    super(`Pathway ${pathwayId} has no version ${number}.`);
  }
}

export class PathwayStageNotFoundError extends DomainError {
  override readonly name = 'PathwayStageNotFoundError';
  readonly kind = 'notFound';
  constructor(readonly stageId: string) {
    super(`The newest version of the pathway has no stage ${stageId}.`);
  }
}

export class LocalAdditionNotFoundError extends DomainError {
  override readonly name = 'LocalAdditionNotFoundError';
  readonly kind = 'notFound';
  constructor(readonly additionId: string) {
    super(`No local addition ${additionId} here.`);
  }
}

/** A translation the published version must have is missing; `path` names the field. */
export class PathwayNotPublishableError extends DomainError {
  override readonly name = 'PathwayNotPublishableError';
  readonly kind = 'invalid';
  constructor(readonly paths: readonly string[]) {
    super(`Invalid input: ${paths.map((path) => `${path}: is required before publishing`).join('; ')}`);
  }
}

export class PathwayUnchangedError extends DomainError {
  override readonly name = 'PathwayUnchangedError';
  readonly kind = 'conflict';
  constructor(readonly number: number) {
    super(`The draft has no changes since version ${number}.`);
  }
}

export class LocalActivityNotPublishedError extends DomainError {
  override readonly name = 'LocalActivityNotPublishedError';
  readonly kind = 'invalid';
  constructor(readonly activityId: string) {
    super(`Invalid input: activityId: ${activityId} is not a published listing of this county`);
  }
}
