import { type FormEvent, type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { TextField } from '../../../../components/ui/form-fields';
import { Notice } from '../../../../components/ui/notice';
import { useSetOrganisationEditors } from '../../api/organisation-register';
import type { Organisation } from '../../api/organisations';
import { MutationError } from '../../../../components/ui/mutation-error';

const userIdPattern = /^[A-Za-z0-9._@-]{1,128}$/;
const removeButtonId = (index: number) => `organisation-editor-remove-${index}`;

/** Saves a new list of editors at the version shown, and says what became of it. */
const useEditorChange = (organisation: Organisation) => {
  const mutation = useSetOrganisationEditors();
  const [done, setDone] = useState<string | null>(null);
  const save = async (editors: string[], message: string): Promise<boolean> => {
    setDone(null);
    try {
      await mutation.mutateAsync({ id: organisation.id, expectedVersion: organisation.version, editors });
      setDone(message);
      return true;
    } catch {
      return false;
    }
  };
  return { save, done, busy: mutation.isPending, error: mutation.error, reset: mutation.reset };
};

type EditorChange = ReturnType<typeof useEditorChange>;

/** The editors, each removable after a confirmation; a removed row takes the focus with it, so it moves to the section's heading. */
const EditorList = ({ editors, change, heading }: { editors: string[]; change: EditorChange; heading: RefObject<HTMLHeadingElement | null> }) => {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<string | null>(null);
  const remove = async (removed: string) => {
    if (
      !(await change.save(
        editors.filter((editor) => editor !== removed),
        t('organisations.editors.removed', { user: removed }),
      ))
    )
      return;
    setRemoving(null);
    heading.current?.focus();
  };
  const cancel = (index: number) => {
    setRemoving(null);
    document.getElementById(removeButtonId(index))?.focus();
  };
  if (editors.length === 0) return <p>{t('organisations.editors.none')}</p>;
  return (
    <ul className="editor-list" aria-labelledby="organisation-editors-heading">
      {editors.map((editor, index) => (
        <li key={editor}>
          <span className="editor-list__user">{editor}</span>
          <button
            type="button"
            id={removeButtonId(index)}
            className="button button--secondary button--small"
            aria-label={t('organisations.editors.removeLabel', { user: editor })}
            onClick={() => setRemoving(editor)}
          >
            {t('organisations.editors.remove')}
          </button>
          {removing === editor && (
            <ConfirmDialog
              id="editor-removal"
              className="editor-removal"
              question={t('organisations.editors.confirmRemove', { user: editor })}
              confirmLabel={t('organisations.editors.confirm')}
              cancelLabel={t('organisations.editors.cancel')}
              busy={change.busy}
              onConfirm={() => void remove(editor)}
              onCancel={() => cancel(index)}
            />
          )}
        </li>
      ))}
    </ul>
  );
};

/** A user id to add, checked for its form and for being there already before it is saved. */
const AddEditor = ({ editors, change }: { editors: string[]; change: EditorChange }) => {
  const { t } = useTranslation();
  const [user, setUser] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const candidate = user.trim();
    const invalid = !userIdPattern.test(candidate) ? t('organisations.editors.invalidUser') : editors.includes(candidate) ? t('organisations.editors.already', { user: candidate }) : undefined;
    setProblem(invalid);
    if (!invalid && (await change.save([...editors, candidate], t('organisations.editors.added', { user: candidate })))) setUser('');
  };
  return (
    <form className="form editor-add" onSubmit={(event) => void add(event)} noValidate>
      <TextField
        id="organisation-editor-user"
        label={t('organisations.editors.userId')}
        hint={t('organisations.editors.userIdHint')}
        value={user}
        error={problem}
        onChange={(event) => setUser(event.target.value)}
        maxLength={128}
        autoComplete="off"
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={change.busy}>
          {t('organisations.editors.add')}
        </button>
      </div>
    </form>
  );
};

/** Who maintains the organisation's listings (coordinators): a stale version is refused and offers a reload. */
export const OrganisationEditors = ({ organisation, onReload }: { organisation: Organisation; onReload: () => void }) => {
  const { t } = useTranslation();
  const change = useEditorChange(organisation);
  const heading = useRef<HTMLHeadingElement>(null);
  const reload = () => {
    change.reset();
    onReload();
  };
  return (
    <section className="form-section organisation-editors" aria-labelledby="organisation-editors-heading">
      <h2 id="organisation-editors-heading" ref={heading} tabIndex={-1}>
        {t('organisations.editors.title')}
      </h2>
      <p>{t('organisations.editors.intro')}</p>
      {change.done && <Notice kind="info">{change.done}</Notice>}
      {change.error && <MutationError error={change.error} onReload={reload} />}
      <EditorList editors={organisation.editors} change={change} heading={heading} />
      <AddEditor editors={organisation.editors} change={change} />
    </section>
  );
};
