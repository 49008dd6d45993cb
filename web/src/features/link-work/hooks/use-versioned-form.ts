import { useState } from 'react';

/**
 * A form's state over a saved, versioned record. Whenever a new version arrives (my save, or a
 * reload after someone else saved first) the form starts again from it, so it never edits a stale copy.
 */
export const useVersionedForm = <Form>(version: number, formOfSaved: () => Form) => {
  const [form, setForm] = useState(formOfSaved);
  const [seenVersion, setSeenVersion] = useState(version);
  if (version !== seenVersion) {
    setSeenVersion(version);
    setForm(formOfSaved());
  }
  return [form, setForm] as const;
};
