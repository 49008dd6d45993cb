import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ActivityContent, EditableActivity } from '../../api/listings';
import type { Organisation } from '../../api/organisations';
import type { Vocabularies } from '../../../../lib/vocabularies';
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

/**
 * What the form needs besides the listing: the choices, the buttons for the listing's status, and
 * a save that returns to the organisation's listings, which confirm what happened.
 */
const useEditorForm = ({ tenant, vocabularies, isCoordinator }: Omit<EditorContext, 'organisations'>, status: EditableActivity['status'] | 'new') => {
  const navigate = useNavigate();
  const { save, saving, error, reset } = useSaveActivity();
  const buttons = useButtons(status, isCoordinator);
  // `save` never rejects: a failure is kept as the form's error and answered with null.
  const onSave = (target: SaveTarget) => (content: ActivityContent, intent: SaveIntent) => {
    void save(target, content, intent).then((result) => {
      if (!result) return;
      const state: SavedState = { saved: result.outcome, title: content.title.fi };
      void navigate(`/${tenant.slug}/editor?organisation=${encodeURIComponent(content.organisationId)}`, { state });
    });
  };
  return { form: { municipalities: tenant.municipalities, vocabularies, buttons, saving, error }, onSave, reset };
};

/** A new listing for `organisationId` (the user may pick another of theirs in the form). */
export const NewActivityEditor = ({ organisations, organisationId, ...context }: EditorContext & { organisationId: string }) => {
  const [requestId] = useState(() => crypto.randomUUID());
  const { form, onSave } = useEditorForm(context, 'new');
  const { municipalities } = context.tenant;
  const initial = useMemo(() => {
    const organisation = organisations.find((candidate) => candidate.id === organisationId);
    const only = organisation?.municipalities.length === 1 ? (organisation.municipalities[0] ?? '') : '';
    return emptyActivityForm(organisationId, municipalities.includes(only) ? only : '');
  }, [organisations, organisationId, municipalities]);
  return <ActivityForm {...form} initial={initial} organisations={organisations} onSave={onSave({ kind: 'new', requestId })} />;
};

/**
 * An existing listing at the version the form was filled from; a newer version shows only when
 * the user reloads, so nobody's change is overwritten unseen. A change waiting for moderation is
 * what the form shows, since saving replaces it.
 */
export const EditActivityEditor = ({ activity, reload, ...context }: Omit<EditorContext, 'organisations'> & { activity: EditableActivity; reload: () => Promise<EditableActivity | undefined> }) => {
  const [base, setBase] = useState(activity);
  const { form, onSave, reset } = useEditorForm(context, base.status);
  const initial = useMemo(() => activityFormOf(base.moderation?.proposed ?? base.content), [base]);
  const onReload = () =>
    void reload().then((fresh) => {
      if (!fresh) return;
      reset();
      setBase(fresh);
    });
  return (
    <ActivityForm
      {...form}
      key={base.version}
      initial={initial}
      organisations={null}
      onSave={onSave({ kind: 'existing', id: base.id, version: base.version, status: base.status })}
      onReload={onReload}
    />
  );
};
