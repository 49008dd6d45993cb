/** A stage of the newest version as the local-additions editor lists it. */
export interface StageChoice {
  stageId: string;
  title: { fi: string; sv?: string | undefined; en?: string | undefined };
  additions: readonly { activityId: string }[];
}

/** The activities already attached to a stage, so the picker offers each listing once per stage. */
export const attachedActivityIds = (stages: readonly StageChoice[], stageId: string): ReadonlySet<string> =>
  new Set(stages.find((stage) => stage.stageId === stageId)?.additions.map((addition) => addition.activityId) ?? []);

/** Where an orphaned addition may move: every current stage that does not already hold the same activity. */
export const rehomingTargets = <Stage extends StageChoice>(stages: readonly Stage[], activityId: string): Stage[] =>
  stages.filter((stage) => !stage.additions.some((addition) => addition.activityId === activityId));
