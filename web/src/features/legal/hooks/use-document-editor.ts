import { useState } from 'react';

/** The part of a tRPC mutation the editors use. */
interface SaveMutation<Input> {
  mutate: (input: Input, options: { onSuccess: (stored: { version: number }) => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
}

/**
 * A legal document being edited at the version it was read at. What the coordinator typed stays in
 * the form after a refused save (a conflict included) and is replaced only when they ask to reload.
 */
export const useDocumentEditor = <Content, Input>(
  initial: { content: Content; version: number },
  reload: () => Promise<{ content: Content; version: number } | null>,
  mutation: SaveMutation<Input>,
  inputOf: (content: Content, expectedVersion: number) => Input,
) => {
  const [values, setValues] = useState(initial.content);
  const [version, setVersion] = useState(initial.version);
  const [saved, setSaved] = useState(false);
  const save = () => {
    setSaved(false);
    mutation.mutate(inputOf(values, version), {
      onSuccess: (stored) => {
        setVersion(stored.version);
        setSaved(true);
      },
    });
  };
  const onReload = () =>
    void reload().then((fresh) => {
      if (!fresh) return;
      mutation.reset();
      setValues(fresh.content);
      setVersion(fresh.version);
      setSaved(false);
    });
  return { values, setValues, save, saving: mutation.isPending, outcome: { saved, error: mutation.error, onReload } };
};
