import { useParams } from 'react-router';
import { RoleGate } from '../../lib/auth/components/role-gate';
import { areaAccess } from '../../lib/auth/utils/area-access';
import { isPrivacyRegister } from '../../features/legal/api/legal';
import { AccessibilityStatementPage } from '../../features/legal/components/accessibility-statement-page';
import { FeedbackQueuePage } from '../../features/legal/components/feedback-queue-page';
import { LegalEditorPage } from '../../features/legal/components/legal-editor-page';
import { PrivacyNoticePage } from '../../features/legal/components/privacy-notice-page';
import { TenantPageNotFoundRoute } from './not-found.route';
import { useTenantRoute } from '../../lib/tenant-route';

export const AccessibilityRoute = () => <AccessibilityStatementPage tenant={useTenantRoute().tenant} />;

export const PrivacyRoute = () => {
  const { tenant } = useTenantRoute();
  const { register } = useParams();
  return isPrivacyRegister(register) ? <PrivacyNoticePage key={register} tenant={tenant} register={register} /> : <TenantPageNotFoundRoute />;
};

/** The coordinator's pages of the legal texts. */
const CoordinatorOnly = ({ page }: { page: 'feedback' | 'edit' }) => {
  const { tenant } = useTenantRoute();
  return (
    <RoleGate tenant={tenant.slug} allows={areaAccess.coordination}>
      {() => (page === 'feedback' ? <FeedbackQueuePage tenant={tenant} /> : <LegalEditorPage tenant={tenant} />)}
    </RoleGate>
  );
};

export const FeedbackQueueRoute = () => <CoordinatorOnly page="feedback" />;

export const LegalEditorRoute = () => <CoordinatorOnly page="edit" />;
