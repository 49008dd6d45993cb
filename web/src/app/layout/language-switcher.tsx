import { useTranslation } from 'react-i18next';
import { languages, useLanguage } from '../../i18n';

/** Suomi / Svenska / English as a group of toggle buttons, each named in its own language. */
export const LanguageSwitcher = () => {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {languages.map((option) => (
        <button key={option} type="button" lang={option} className="language-switcher__option" aria-pressed={option === language} onClick={() => setLanguage(option)}>
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  );
};
