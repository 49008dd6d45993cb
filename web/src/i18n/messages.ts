import networkEn from '../features/network/messages/en.json';
import networkFi from '../features/network/messages/fi.json';
import networkSv from '../features/network/messages/sv.json';
import en from './en.json';
import fi from './fi.json';
import sv from './sv.json';

/**
 * Every message of the app, per language: the shared messages in `fi.json`, `sv.json` and
 * `en.json`, plus each feature's own message files (`features/<feature>/messages/<language>.json`)
 * under the feature's key, so a feature's texts live beside its code.
 */
export const messages = {
  fi: { ...fi, network: networkFi },
  sv: { ...sv, network: networkSv },
  en: { ...en, network: networkEn },
};

export type Messages = typeof messages.fi;
