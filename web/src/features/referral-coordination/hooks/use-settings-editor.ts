import { useState } from 'react';

/** The part of a tRPC mutation the settings editors use. */
interface SaveMutation<Stored, Input> {
  mutate: (input: Input, options: { onSuccess: (stored: Stored) => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
}

/**
 * Settings at the version the form was filled from. A newer version appears only when the
 * coordinator saves or asks to reload, so nothing they typed is replaced unseen; a stale save is a
 * conflict the form shows with their values still in it.
 */
export const useSettingsEditor = <Stored, Input>(initial: Stored, reload: () => Promise<{ data?: Stored | undefined }>, mutation: SaveMutation<Stored, Input>) => {
  const [base, setBase] = useState(initial);
  const [saved, setSaved] = useState(false);
  // The form is filled afresh after a save or a reload; its save button then takes the focus the old form had.
  const [refilled, setRefilled] = useState(false);
  const save = (input: Input) => {
    setSaved(false);
    mutation.mutate(input, {
      onSuccess: (stored) => {
        setBase(stored);
        setSaved(true);
        setRefilled(true);
      },
    });
  };
  const onReload = () =>
    void reload().then(({ data }) => {
      if (!data) return;
      mutation.reset();
      setBase(data);
      setSaved(false);
      setRefilled(true);
    });
  return { base, save, saving: mutation.isPending, refilled, outcome: { saved, error: mutation.error, onReload } };
};
