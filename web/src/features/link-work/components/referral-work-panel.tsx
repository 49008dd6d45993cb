import { useTranslation } from 'react-i18next';
import type { ReferralDetail } from '../../../lib/referrals';
import { ContactForm } from './contact-form';
import { MeasuresSection } from './measures-section';
import { TransitionActions } from './transition-actions';

/** The states in which the assigned link worker records contacts. */
const contactStates: readonly string[] = ['accepted', 'in-progress', 'on-hold'];

/** The work on one referral: the state changes the caller may make, contacts and meetings, and the measures. */
export const ReferralWorkPanel = ({ referral }: { referral: ReferralDetail }) => {
  const { t } = useTranslation();
  const isAssigned = referral.relations.includes('assignedLinkWorker');
  const measures = isAssigned || referral.relations.includes('referrer');
  const contacts = isAssigned && contactStates.includes(referral.state);
  if (referral.allowedTransitions.length === 0 && !measures && !contacts) return null;
  return (
    <section aria-labelledby="link-work-panel" className="link-work__panel">
      <h2 id="link-work-panel">{t('linkWork.panel.title')}</h2>
      <TransitionActions referral={referral} />
      {contacts && <ContactForm referral={referral} />}
      {measures && <MeasuresSection referral={referral} />}
    </section>
  );
};
