import type { Notification } from '@linkki/db';
import type { CountyRole, Tenant } from '@linkki/domain';

const roleNames: Record<CountyRole, string> = {
  professional: 'ammattilainen (hyvinvointilähetteet)',
  linkWorker: 'linkkityöntekijä',
  orgEditor: 'järjestön toimintojen ylläpitäjä',
  coordinator: 'koordinaattori',
  networkMember: 'kehittäjäverkoston jäsen',
};

/** The email that tells an invited person how to sign in. It carries no one else's personal data. */
export const invitationEmailOf = ({
  id,
  email,
  displayName,
  roles,
  invitedBy,
  tenant,
  appUrl,
  federated,
}: {
  id: string;
  email: string;
  displayName: string;
  roles: readonly CountyRole[];
  invitedBy: string;
  tenant: Tenant;
  appUrl: string;
  federated: boolean;
}): Notification => ({
  id,
  topic: 'staffInvitation',
  to: [email],
  subject: `Kutsu Linkkiin – ${tenant.name.fi}`,
  body: [
    `Hei ${displayName},`,
    '',
    `${invitedBy} kutsui sinut Linkkiin (${tenant.name.fi}). Roolisi: ${roles.map((role) => roleNames[role]).join(', ')}.`,
    '',
    federated
      ? `Kirjaudu hyvinvointialueesi omilla tunnuksilla: ${appUrl}/${tenant.slug}/sign-in`
      : `Saat erillisen viestin, jossa on käyttäjätunnuksesi ja tilapäinen salasana. Kirjaudu osoitteessa ${appUrl}/${tenant.slug}/sign-in ja vaihda salasana.`,
    '',
    'Jos et odottanut tätä kutsua, voit jättää viestin huomiotta.',
    '',
    `Linkki – ${tenant.name.fi}`,
  ].join('\n'),
});
