/** A name in the platform's languages as the form holds it. */
export interface NameValues {
  fi: string;
  sv: string;
  en: string;
}

export const languagesOfNames = ['fi', 'sv', 'en'] as const;

/** A referral type or a sending unit in the form. */
export interface ItemValues {
  /** Stays while the name and the id change: React's key and the start of the ids of the item's fields. */
  key: string;
  id: string;
  /** Saved before: the id is fixed, since referrals already point at it. */
  saved: boolean;
  /** The coordinator typed the id, so renaming no longer derives it. */
  idEdited: boolean;
  name: NameValues;
  active: boolean;
}

export interface TypeValues extends ItemValues {
  units: ItemValues[];
}

export interface ConfigFormValues {
  types: TypeValues[];
  retentionDays: string;
}

export interface NamedItem {
  id: string;
  name: NameValues;
  active: boolean;
}

export interface ReferralConfigValue {
  types: Array<NamedItem & { units: NamedItem[] }>;
  retentionDays: number;
}

/** The API's limits (referral-config.schema and tenant.schema), checked here so the coordinator hears of them at once. */
export const referralRetentionLimits = { min: 30, max: 3650 } as const;
export const contactRetentionLimits = { min: 7, max: 730 } as const;
export const configLimits = { types: 20, unitsPerType: 30 } as const;

const idPattern = /^[a-z0-9][a-z0-9-]{1,39}$/;

/** An id from a Finnish name: "Työttömien terveystarkastus" → "tyottomien-terveystarkastus". */
export const slugOf = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 40)
    .replace(/-+$/, '');

const savedItem = ({ id, name, active }: NamedItem): ItemValues => ({ key: `s-${id}`, id, saved: true, idEdited: true, name: { ...name }, active });

export const newItem = (key: string): ItemValues => ({ key, id: '', saved: false, idEdited: false, name: { fi: '', sv: '', en: '' }, active: true });

/** A new type starts with one empty unit, since a type needs at least one. */
export const newType = (key: string): TypeValues => ({ ...newItem(key), units: [newItem(`${key}-u`)] });

export const configFormOf = (config: ReferralConfigValue): ConfigFormValues => ({
  retentionDays: String(config.retentionDays),
  types: config.types.map((type) => ({ ...savedItem(type), units: type.units.map(savedItem) })),
});

/** A new item's id follows its Finnish name until the coordinator types an id of their own. */
export const renamed = <Item extends ItemValues>(item: Item, name: NameValues): Item => ({ ...item, name, id: item.saved || item.idEdited ? item.id : slugOf(name.fi) });

/** Swedish and English fall back to the Finnish name: the API wants all three. */
const nameOf = (name: NameValues): NameValues => {
  const fi = name.fi.trim();
  return { fi, sv: name.sv.trim() || fi, en: name.en.trim() || fi };
};

const itemOf = ({ id, name, active }: ItemValues): NamedItem => ({ id: id.trim(), name: nameOf(name), active });

export const referralConfigOf = (values: ConfigFormValues): ReferralConfigValue => ({
  retentionDays: Number(values.retentionDays.trim()),
  types: values.types.map((type) => ({ ...itemOf(type), units: type.units.map(itemOf) })),
});

/** The start of the ids of a type's or unit's fields; from their keys, so removing one leaves the others' errors in place. */
// Ids never hold `_`, so joining keys with it cannot make two fields' ids equal.
export const typeFieldId = (type: Pick<ItemValues, 'key'>) => `settings_${type.key}`;
export const unitFieldId = (type: Pick<ItemValues, 'key'>, unit: Pick<ItemValues, 'key'>) => `${typeFieldId(type)}_${unit.key}`;
export const referralRetentionId = 'settings-referral-retention';
export const contactRetentionId = 'settings-contact-retention';

export type SettingsProblem = 'finnishRequired' | 'idFormat' | 'typeIdTaken' | 'unitIdTaken' | 'unitRequired' | 'noneInUse' | 'range';
export type SettingsField = 'nameFi' | 'id' | 'units' | 'active' | 'retention';

export interface SettingsError {
  /** The id of the field the error is about. */
  id: string;
  problem: SettingsProblem;
  field: SettingsField;
  /** The type or unit the field belongs to, by its Finnish name ('' while new and unnamed). */
  owner: { kind: 'type' | 'unit'; name: string } | null;
}

/** A whole number within the limits, as typed. */
export const isWholeNumberWithin = (value: string, { min, max }: { min: number; max: number }): boolean => /^\d+$/.test(value.trim()) && Number(value) >= min && Number(value) <= max;

export const retentionErrors = (id: string, value: string, limits: { min: number; max: number }): SettingsError[] =>
  isWholeNumberWithin(value, limits) ? [] : [{ id, problem: 'range', field: 'retention', owner: null }];

const isDuplicate = (items: readonly ItemValues[], index: number) => items.findIndex((other) => other.id.trim() === items[index]?.id.trim()) !== index;

const itemErrors = (items: readonly ItemValues[], index: number, prefix: string, kind: 'type' | 'unit'): SettingsError[] => {
  const item = items[index];
  if (!item) return [];
  const owner = { kind, name: item.name.fi.trim() };
  const at = (field: SettingsField, suffix: string, problem: SettingsProblem): SettingsError => ({ id: `${prefix}-${suffix}`, problem, field, owner });
  const idProblem: SettingsProblem | null = !idPattern.test(item.id.trim()) ? 'idFormat' : isDuplicate(items, index) ? (kind === 'type' ? 'typeIdTaken' : 'unitIdTaken') : null;
  return [...(item.name.fi.trim() ? [] : [at('nameFi', 'name-fi', 'finnishRequired')]), ...(idProblem ? [at('id', 'id', idProblem)] : [])];
};

/** A type without units is shown at the button that adds one. */
const unitsErrors = (type: TypeValues): SettingsError[] =>
  type.units.length > 0 ? [] : [{ id: `${typeFieldId(type)}-add-unit`, problem: 'unitRequired', field: 'units', owner: { kind: 'type', name: type.name.fi.trim() } }];

/** Professionals need something to choose: shown at the first type's "in use" box when no type in use has a unit in use. */
const inUseErrors = (types: readonly TypeValues[]): SettingsError[] => {
  const first = types[0];
  if (!first || types.some((type) => type.active && type.units.some((unit) => unit.active))) return [];
  return [{ id: `${typeFieldId(first)}-active`, problem: 'noneInUse', field: 'active', owner: { kind: 'type', name: first.name.fi.trim() } }];
};

/** The same rules the API applies: Finnish names, valid ids unique among their siblings, a unit for each type, one type in use, the retention range. */
export const validateConfigForm = (values: ConfigFormValues): SettingsError[] => [
  ...inUseErrors(values.types),
  ...values.types.flatMap((type, typeIndex) => [
    ...itemErrors(values.types, typeIndex, typeFieldId(type), 'type'),
    ...unitsErrors(type),
    ...type.units.flatMap((unit, unitIndex) => itemErrors(type.units, unitIndex, unitFieldId(type, unit), 'unit')),
  ]),
  ...retentionErrors(referralRetentionId, values.retentionDays, referralRetentionLimits),
];
