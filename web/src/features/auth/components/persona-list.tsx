import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n';
import type { DevPersona } from '../api/dev-sign-in';

interface PersonaListProps {
  heading: string;
  personas: DevPersona[];
  /** The persona whose sign-in is under way; every button waits meanwhile. */
  pending: DevPersona | null;
  onSignIn: (persona: DevPersona) => void;
}

/** A group of demo personas, each with a "Sign in as …" button. */
export const PersonaList = ({ heading, personas, pending, onSignIn }: PersonaListProps) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const headingId = useId();
  if (personas.length === 0) return null;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul className="persona-cards" role="list">
        {personas.map((persona) => (
          <li key={`${persona.tenant ?? ''}/${persona.user}`} className="persona-card">
            <h3 className="persona-card__name">{persona.displayName}</h3>
            <p className="badge">{t(`roles.${persona.role}`)}</p>
            <p className="persona-card__title">
              {persona.title}
              <br />
              {persona.organisation}
            </p>
            <p className="persona-card__description">{localized(persona.description)}</p>
            <button type="button" className="button" disabled={pending !== null} onClick={() => onSignIn(persona)}>
              {pending === persona ? t('signIn.signingIn') : t('signIn.signInAs', { name: persona.displayName })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
};
