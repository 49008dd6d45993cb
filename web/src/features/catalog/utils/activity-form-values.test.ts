import { describe, expect, it } from 'vitest';
import type { EditableActivity } from '../api/listings';
import { activityContentOf, activityFormOf, emptyActivityForm } from './activity-form-values';
import { validateActivityForm } from './activity-form-validation';

const content: EditableActivity['content'] = {
  organisationId: 'la-sodankylan-seurakunta',
  title: { fi: 'Ikäihmisten kerho', sv: 'Klubb för äldre' },
  description: { fi: 'Hartaus, laulua ja kahvit.' },
  themes: ['spiritual'],
  targetGroups: ['elderly'],
  municipality: 'Sodankylä',
  location: { name: 'Seurakuntatalo', postalCode: '99600', coordinates: { lat: 67.4, lon: 26.6 } },
  schedule: { weekly: [{ weekday: 2, start: '12:00', end: '14:00' }], dates: [{ date: '2026-12-24', start: '15:00' }] },
  cost: { free: false, description: { fi: '5 €' } },
  languages: ['fi'],
  accessibility: ['step-free'],
  accompanimentWelcome: true,
  registrationRequired: false,
  contact: { phone: '040 282 1070' },
  validUntil: '2027-05-31',
};

describe('the activity form', () => {
  it('gives back the content it was filled with, coordinates included', () => {
    expect(activityContentOf(activityFormOf(content))).toEqual(content);
  });

  it('leaves empty optional fields out and drops the fee when the activity is free', () => {
    const values = { ...activityFormOf(content), free: true, location: { name: ' ', address: '', postalCode: '', city: '' }, coordinates: undefined };
    const saved = activityContentOf(values);
    expect(saved.cost).toEqual({ free: true });
    expect(saved).not.toHaveProperty('location');
  });

  it('checks what the API would refuse, naming each field by its content path', () => {
    const values = {
      ...emptyActivityForm('la-sodankylan-seurakunta', ''),
      free: false,
      weekly: [{ key: 'a', weekday: '1', start: '12:00', end: '11:00' }],
      location: { name: '', address: '', postalCode: '9960', city: '' },
      contact: { name: '', email: 'not an address', phone: '', website: 'www.example.fi' },
      validFrom: '2026-05-01',
      validUntil: '2026-04-01',
    };
    expect(validateActivityForm(values)).toEqual([
      { path: 'title.fi', problem: 'finnishRequired' },
      { path: 'description.fi', problem: 'finnishRequired' },
      { path: 'themes', problem: 'pickOne' },
      { path: 'targetGroups', problem: 'pickOne' },
      { path: 'municipality', problem: 'required' },
      { path: 'location.postalCode', problem: 'postalCode' },
      { path: 'schedule.weekly.0.end', problem: 'endBeforeStart' },
      { path: 'cost.description', problem: 'costDescription' },
      { path: 'contact.email', problem: 'email' },
      { path: 'contact.website', problem: 'website' },
      { path: 'validUntil', problem: 'validUntil' },
    ]);
    expect(validateActivityForm(activityFormOf(content))).toEqual([]);
  });
});
