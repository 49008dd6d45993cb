import { useState } from 'react';

/**
 * One change to a person at a time (roles, deactivation…): whether it runs, what it achieved in
 * words, or why it failed. Both stay until the next change or `reset`.
 */
export const useStaffChange = () => {
  const [state, setState] = useState<{ busy: boolean; done: string | null; error: unknown }>({ busy: false, done: null, error: null });
  const run = async (change: () => Promise<unknown>, doneText: string): Promise<boolean> => {
    setState({ busy: true, done: null, error: null });
    try {
      await change();
      setState({ busy: false, done: doneText, error: null });
      return true;
    } catch (error) {
      setState({ busy: false, done: null, error });
      return false;
    }
  };
  const reset = () => setState({ busy: false, done: null, error: null });
  return { ...state, run, reset };
};

export type StaffChange = ReturnType<typeof useStaffChange>;
