import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ActivityContent, EditableActivity } from '../../api/listings';
import type { Organisation } from '../../api/organisations';
import type { Vocabularies } from '../../api/vocabularies';
import { type SaveIntent, type SaveTarget, useSaveActivity } from '../../hooks/use-save-activity';
import type { SavedState } from '../../hooks/use-saved-notice';
import { activityFormOf, emptyActivityForm } from '../../utils/activity-form-values';
import { ActivityForm, type SaveButton } from './activity-form';

interface EditorContext {
  tenant: { slug: string; municipalities: readonly string[] };
  vocabularies: Vocabularies;
  isCoordinator: boolean;
  organisations: Organisation[];
}

/** Saves, then returns to the organisation's listings, which confirm what happened. */
const useSaveAndReturn = (tenant: string) => {
  const navigate = useNavigate();
  const saver = useSaveActivity();
  const onSave = (target: SaveTarget) => async (content: ActivityContent, intent: SaveIntent) => {
    const result = await saver.save(target, content, intent);
    if (!result) return;
    const state: SavedState = { saved: result.outcome, title: content.title.fi };
    void navigate(`/${tenant}/editor?organisation=${encodeURIComponent(content.organisationId)}`, { state });
  };
  return { ...saver, onSave };
};

/** The buttons a listing's form offers, by its status and the user's role. */
const useButtons = (status: EditableActivity['status'] | 'new', isCoordinator: boolean): SaveButton[] => {
  const { t } = useTranslation();
  const draft = { intent: 'draft' as const, label: t('catalog.editor.saveDraft') };
  const send = isCoordinator ? { intent: 'publish' as const, label: t('catalog.editor.publish') } : { intent: 'submit' as const, label: t('catalog.editor.submit') };
  switch (status) {
    case 'new':
    case 'draft':
    case 'rejected':
      return [draft, send];
    case 'pending':
      return isCoordinator ? [{ intent: 'save', label: t('catalog.editor.saveChanges') }, send] : [{ intent: 'save', label: t('catalog.editor.saveChanges') }];
    case 'published':
      return [{ intent: 'save', label: isCoordinator ? t('catalog.editor.saveAndPublish') : t('catalog.editor.proposeChanges') }];
    default:
      return [{ intent: 'save', label: t('catalog.editor.saveChanges') }];
  }
};

/** A new listing for `organisationId` (the user may pick another of theirs in the form). */
export const NewActivityEditor = ({ tenant, vocabularies, isCoordinator, organisations, organisationId }: EditorContext & { organisationId: string }) => {
  const [requestId] = useState(() => crypto.randomUUID());
  const { onSave, saving, error } = useSaveAndReturn(tenant.slug);
  const buttons = useButtons('new', isCoordinator);
  const initial = useMemo(() => {
    const organisation = organisations.find((candidate) => candidate.id === organisationId);
    const only = organisation?.municipalities.length === 1 ? (organisation.municipalities[0] ?? '') : '';
    return emptyActivityForm(organisationId, tenant.municipalities.includes(only) ? only : '');
  }, [organisations, organisationId, tenant.municipalities]);
  return (
    <ActivityForm
      initial={initial}
      organisations={organisations}
      municipalities={tenant.municipalities}
      vocabularies={vocabularies}
      buttons={buttons}
      saving={saving}
      error={error}
      onSave={onSave({ kind: 'new', requestId })}
    />
  );
};

/**
 * An existing listing at the version the form was filled from; a newer version shows only when
 * the user reloads, so nobody's change is overwritten unseen. A change waiting for moderation is
 * what the form shows, since saving replaces it.
 */
export const EditActivityEditor = ({
  tenant,
  vocabularies,
  isCoordinator,
  activity,
  reload,
}: Omit<EditorContext, 'organisations'> & { activity: EditableActivity; reload: () => Promise<EditableActivity | undefined> }) => {
  const [base, setBase] = useState(activity);
  const { onSave, saving, error, reset } = useSaveAndReturn(tenant.slug);
  const buttons = useButtons(base.status, isCoordinator);
  const initial = useMemo(() => activityFormOf(base.moderation?.proposed ?? base.content), [base]);
  const onReload = () =>
    void reload().then((fresh) => {
      if (!fresh) return;
      reset();
      setBase(fresh);
    });
  return (
    <ActivityForm
      key={base.version}
      initial={initial}
      organisations={null}
      municipalities={tenant.municipalities}
      vocabularies={vocabularies}
      buttons={buttons}
      saving={saving}
      error={error}
      onSave={onSave({ kind: 'existing', id: base.id, version: base.version, status: base.status })}
      onReload={onReload}
    />
  );
};
