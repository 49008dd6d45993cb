import type { ActivityContent, EditableActivity } from '../api/listings';
import type { AccessibilityCode, LanguageCode, TargetGroupCode, ThemeCode } from '../../../lib/vocabularies';

/** A text field in the three languages, as typed. */
export interface TextValues {
  fi: string;
  sv: string;
  en: string;
}

export interface WeeklyRow {
  /** Stable across adding and removing rows, for React and for the "remove" buttons' focus. */
  key: string;
  weekday: string;
  start: string;
  end: string;
}

export interface DateRow {
  key: string;
  date: string;
  start: string;
  end: string;
}

/** The activity form as the editor fills it in: strings and flags, turned into content on save. */
export interface ActivityFormValues {
  organisationId: string;
  title: TextValues;
  description: TextValues;
  themes: ThemeCode[];
  targetGroups: TargetGroupCode[];
  languages: LanguageCode[];
  accessibility: AccessibilityCode[];
  municipality: string;
  location: { name: string; address: string; postalCode: string; city: string };
  /** Kept as they were: the form does not edit map coordinates. */
  coordinates: { lat: number; lon: number } | undefined;
  weekly: WeeklyRow[];
  dates: DateRow[];
  scheduleNote: TextValues;
  free: boolean;
  costDescription: TextValues;
  accompanimentWelcome: boolean;
  registrationRequired: boolean;
  registrationInfo: TextValues;
  contact: { name: string; email: string; phone: string; website: string };
  validFrom: string;
  validUntil: string;
}

type StoredContent = EditableActivity['content'];
type StoredText = { fi: string; sv?: string | undefined; en?: string | undefined } | undefined;

let rowCount = 0;
/** A key for a new schedule row. */
export const newRowKey = (): string => `row-${++rowCount}`;

export type ContactValues = ActivityFormValues['contact'];
type StoredContact = { name?: string | undefined; email?: string | undefined; phone?: string | undefined; website?: string | undefined };

export const contactValuesOf = (contact: StoredContact): ContactValues => ({ name: contact.name ?? '', email: contact.email ?? '', phone: contact.phone ?? '', website: contact.website ?? '' });

export const textValues = (text: StoredText): TextValues => ({ fi: text?.fi ?? '', sv: text?.sv ?? '', en: text?.en ?? '' });

export const emptyActivityForm = (organisationId: string, municipality: string): ActivityFormValues => ({
  organisationId,
  title: textValues(undefined),
  description: textValues(undefined),
  themes: [],
  targetGroups: [],
  languages: ['fi'],
  accessibility: [],
  municipality,
  location: { name: '', address: '', postalCode: '', city: '' },
  coordinates: undefined,
  weekly: [],
  dates: [],
  scheduleNote: textValues(undefined),
  free: true,
  costDescription: textValues(undefined),
  accompanimentWelcome: false,
  registrationRequired: false,
  registrationInfo: textValues(undefined),
  contact: { name: '', email: '', phone: '', website: '' },
  validFrom: '',
  validUntil: '',
});

/** The form filled in with a listing's stored content. */
export const activityFormOf = (content: StoredContent): ActivityFormValues => ({
  organisationId: content.organisationId,
  title: textValues(content.title),
  description: textValues(content.description),
  themes: [...content.themes],
  targetGroups: [...content.targetGroups],
  languages: [...content.languages],
  accessibility: [...content.accessibility],
  municipality: content.municipality,
  location: {
    name: content.location?.name ?? '',
    address: content.location?.address ?? '',
    postalCode: content.location?.postalCode ?? '',
    city: content.location?.city ?? '',
  },
  coordinates: content.location?.coordinates,
  weekly: content.schedule.weekly.map((slot) => ({ key: newRowKey(), weekday: String(slot.weekday), start: slot.start, end: slot.end })),
  dates: content.schedule.dates.map((slot) => ({ key: newRowKey(), date: slot.date, start: slot.start ?? '', end: slot.end ?? '' })),
  scheduleNote: textValues(content.schedule.note),
  free: content.cost.free,
  costDescription: textValues(content.cost.description),
  accompanimentWelcome: content.accompanimentWelcome,
  registrationRequired: content.registrationRequired,
  registrationInfo: textValues(content.registrationInfo),
  contact: contactValuesOf(content.contact),
  validFrom: content.validFrom ?? '',
  validUntil: content.validUntil ?? '',
});

/** `{ key: value }` when the value has something in it; `{}` otherwise, so empty fields are left out. */
export const present = <Key extends string>(key: Key, value: string): Partial<Record<Key, string>> => (value.trim() ? { [key]: value.trim() } : {}) as Partial<Record<Key, string>>;

/** Contact details to save: trimmed, empty ones left out. */
export const contactOf = (values: ContactValues): StoredContact => ({
  ...present('name', values.name),
  ...present('email', values.email),
  ...present('phone', values.phone),
  ...present('website', values.website),
});

export const listingText = (text: TextValues) => (text.fi.trim() || text.sv.trim() || text.en.trim() ? { fi: text.fi.trim(), ...present('sv', text.sv), ...present('en', text.en) } : undefined);

const optional = <Key extends string, Value>(key: Key, value: Value | undefined): Partial<Record<Key, Value>> => (value === undefined ? {} : { [key]: value }) as Partial<Record<Key, Value>>;

/** The content to save: trimmed, with empty optional fields left out. */
export const activityContentOf = (values: ActivityFormValues): ActivityContent => {
  const location = {
    ...present('name', values.location.name),
    ...present('address', values.location.address),
    ...present('postalCode', values.location.postalCode),
    ...present('city', values.location.city),
    ...optional('coordinates', values.coordinates),
  };
  return {
    organisationId: values.organisationId,
    title: listingText(values.title) ?? { fi: '' },
    description: listingText(values.description) ?? { fi: '' },
    themes: values.themes,
    targetGroups: values.targetGroups,
    municipality: values.municipality,
    ...(Object.keys(location).length > 0 ? { location } : {}),
    schedule: {
      weekly: values.weekly.map((row) => ({ weekday: Number(row.weekday), start: row.start, end: row.end })),
      dates: values.dates.map((row) => ({ date: row.date, ...present('start', row.start), ...present('end', row.end) })),
      ...optional('note', listingText(values.scheduleNote)),
    },
    cost: { free: values.free, ...optional('description', values.free ? undefined : listingText(values.costDescription)) },
    languages: values.languages,
    accessibility: values.accessibility,
    accompanimentWelcome: values.accompanimentWelcome,
    registrationRequired: values.registrationRequired,
    ...optional('registrationInfo', listingText(values.registrationInfo)),
    contact: contactOf(values.contact),
    ...present('validFrom', values.validFrom),
    ...present('validUntil', values.validUntil),
  };
};
