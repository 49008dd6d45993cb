import type { Activity, Notification } from '@linkki/db';
import type { Organisation, Tenant } from '@linkki/domain';

/**
 * The email that tells an organiser a contact request is waiting. It carries no personal data of
 * the resident: the organiser reads the request in Linkki, where access is controlled and logged.
 */
export const notificationOf = ({
  activity,
  organisation,
  request,
  tenant,
  appUrl,
}: {
  activity: Activity;
  organisation: Organisation | undefined;
  request: { id: string };
  tenant: Tenant;
  appUrl: string;
}): Notification | null => {
  const recipient = activity.content.contact.email ?? organisation?.contact.email;
  if (!recipient) return null;
  return {
    id: request.id,
    topic: 'contactRequest',
    to: [recipient],
    subject: `Uusi yhteydenottopyyntö: ${activity.content.title.fi}`,
    body: [
      'Hei,',
      '',
      `toimintaanne "${activity.content.title.fi}" on tullut Linkin kautta uusi yhteydenottopyyntö.`,
      `Näet sen ja voit merkitä sen käsitellyksi täällä: ${appUrl}/${tenant.slug}/editor/contact-requests`,
      '',
      'Yhteydenottopyynnön henkilötiedot poistuvat automaattisesti säilytysajan päätyttyä.',
      '',
      `Linkki – ${tenant.name.fi}`,
    ].join('\n'),
  };
};
