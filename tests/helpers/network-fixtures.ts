import { randomUUID } from 'node:crypto';
import type { PostContent } from '@linkki/domain';

export const newRequestId = (): string => randomUUID();

export const updateContent = (overrides: Partial<Extract<PostContent, { kind: 'update' }>> = {}): PostContent => ({
  kind: 'update',
  title: 'Hyvinvointilähetteen koulutus alkaa',
  body: 'Aloitamme uusien hyvinvointilähettien koulutuksen ensi kuussa.',
  tags: ['hyvinvointilahete'],
  ...overrides,
});

export const practiceContent = (overrides: Partial<Extract<PostContent, { kind: 'practice' }>['practice']> = {}, tags: PostContent['tags'] = ['osallisuus', 'jarjestoyhteistyo']): PostContent => ({
  kind: 'practice',
  title: 'Asukasraati palvelujen kehittäjänä',
  body: 'Asukasraati arvioi uusia sähköisiä palveluja ennen niiden käyttöönottoa.',
  tags,
  practice: {
    summary: 'Asukkaat testaavat palveluja ja kertovat, mikä toimii.',
    operatingEnvironment: 'Hyvinvointialueen digipalvelut.',
    startingPoint: 'Palvelut suunniteltiin ilman käyttäjiä.',
    targetGroup: 'Palvelujen käyttäjät ja heidän läheisensä.',
    intendedChange: 'Palvelut ovat helpompia käyttää.',
    measurement: 'Käyttäjäkysely ennen ja jälkeen.',
    implementation: 'Raati kokoontuu neljä kertaa vuodessa.',
    tools: ['Asukasraati', 'Käyttäjätestaus'],
    links: [],
    contact: 'kehittaja@example.fi',
    stage: 'piloted',
    coAuthors: [],
    ...overrides,
  },
});
