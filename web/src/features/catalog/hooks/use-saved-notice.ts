import { useLocation } from 'react-router';
import type { SaveOutcome } from './use-save-activity';

/** What the listings page is told after a save: the outcome and the listing's title. */
export interface SavedState {
  saved: SaveOutcome;
  title: string;
}

const isSavedState = (state: unknown): state is SavedState =>
  typeof state === 'object' && state !== null && typeof (state as Record<string, unknown>).saved === 'string' && typeof (state as Record<string, unknown>).title === 'string';

/** The save to confirm on this page, carried in the history entry so it goes away with it. */
export const useSavedNotice = (): SavedState | null => {
  const state: unknown = useLocation().state;
  return isSavedState(state) ? state : null;
};
