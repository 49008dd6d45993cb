import { useRef, useState } from 'react';
import { type ActivityContent, type EditableActivity, type ListingStatus, useCreateActivity, useTransitionActivity, useUpdateActivity } from '../api/listings';

/** What a save button does besides saving: nothing, send for moderation, or publish (coordinators). */
export type SaveIntent = 'save' | 'draft' | 'submit' | 'publish';

/** The listing being saved: a new one (its request id makes a retried create safe) or an existing one at a version. */
export type SaveTarget = { kind: 'new'; requestId: string } | { kind: 'existing'; id: string; version: number; status: ListingStatus };

/** What became of the listing, for the confirmation. */
export type SaveOutcome = 'draft' | 'submitted' | 'published' | 'proposed' | 'saved';

type Saved = Pick<EditableActivity, 'id' | 'version' | 'status' | 'awaitingModeration'> & { content: { organisationId: string } };

const outcomeOf = (activity: Saved): SaveOutcome => {
  if (activity.status === 'published') return activity.awaitingModeration ? 'proposed' : 'published';
  if (activity.status === 'pending') return 'submitted';
  return activity.status === 'draft' ? 'draft' : 'saved';
};

/**
 * Saves the form, then sends it for moderation or publishes it when asked. Every step carries
 * the version it read; if a step after the first fails, the next try starts from the saved version.
 */
export const useSaveActivity = () => {
  const create = useCreateActivity();
  const update = useUpdateActivity();
  const transition = useTransitionActivity();
  const [saving, setSaving] = useState<SaveIntent | null>(null);
  const [error, setError] = useState<unknown>(null);
  const savedVersion = useRef<{ id: string; version: number } | null>(null);

  const saveExisting = async (target: Extract<SaveTarget, { kind: 'existing' }>, content: ActivityContent, intent: SaveIntent): Promise<Saved> => {
    const expectedVersion = Math.max(target.version, savedVersion.current?.id === target.id ? savedVersion.current.version : 0);
    let activity: Saved = await update.mutateAsync({ id: target.id, expectedVersion, content });
    savedVersion.current = { id: activity.id, version: activity.version };
    const step = async (action: 'submit' | 'approve') => {
      activity = await transition.mutateAsync({ id: activity.id, expectedVersion: activity.version, action });
      savedVersion.current = { id: activity.id, version: activity.version };
    };
    if ((intent === 'submit' || intent === 'publish') && (activity.status === 'draft' || activity.status === 'rejected')) await step('submit');
    if (intent === 'publish' && activity.status === 'pending') await step('approve');
    return activity;
  };

  const save = async (target: SaveTarget, content: ActivityContent, intent: SaveIntent): Promise<{ activity: Saved; outcome: SaveOutcome } | null> => {
    setSaving(intent);
    setError(null);
    try {
      const activity =
        target.kind === 'new' ? await create.mutateAsync({ requestId: target.requestId, content, submit: intent === 'submit' || intent === 'publish' }) : await saveExisting(target, content, intent);
      return { activity, outcome: outcomeOf(activity) };
    } catch (caught) {
      setError(caught);
      return null;
    } finally {
      setSaving(null);
    }
  };

  return { save, saving, error, reset: () => setError(null) };
};
