/** Moves the focus to an element once React has rendered it (after a row is added, or a form closes). */
export const focusLater = (id: string): void => {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
};
