import type { LinkWorkerProfile } from '../api/link-work';

export const profileLanguages = ['fi', 'sv', 'en', 'other'] as const satisfies readonly LinkWorkerProfile['languages'][number][];

export interface ProfileFormState {
  displayName: string;
  kind: LinkWorkerProfile['kind'];
  municipalities: string[];
  languages: LinkWorkerProfile['languages'];
  /** As typed. */
  capacity: string;
}

export const profileFormOf = (profile: LinkWorkerProfile | undefined): ProfileFormState =>
  profile ? { ...profile, capacity: String(profile.capacity) } : { displayName: '', kind: 'volunteer', municipalities: [], languages: ['fi'], capacity: '5' };

export type ProfileField = 'displayName' | 'municipalities' | 'languages' | 'capacity';

const capacityOf = (typed: string): number | null => {
  const value = Number(typed.trim());
  return typed.trim() !== '' && Number.isInteger(value) && value >= 0 && value <= 100 ? value : null;
};

/** The fields that keep the profile from being saved, in the order of the form. */
export const profileErrors = (form: ProfileFormState): ProfileField[] => [
  ...(form.displayName.trim() ? [] : (['displayName'] as const)),
  ...(form.municipalities.length > 0 ? [] : (['municipalities'] as const)),
  ...(form.languages.length > 0 ? [] : (['languages'] as const)),
  ...(capacityOf(form.capacity) === null ? (['capacity'] as const) : []),
];

/** The profile to save, or null while the form has errors. */
export const profileOf = (form: ProfileFormState): LinkWorkerProfile | null => {
  const capacity = capacityOf(form.capacity);
  if (profileErrors(form).length > 0 || capacity === null) return null;
  return { displayName: form.displayName.trim(), kind: form.kind, municipalities: form.municipalities, languages: form.languages, capacity };
};

/** `values` with `value` added or removed, keeping the order of `order`. */
export const toggled = <Value extends string>(values: readonly Value[], value: Value, checked: boolean, order: readonly Value[]): Value[] =>
  order.filter((candidate) => (candidate === value ? checked : values.includes(candidate)));
