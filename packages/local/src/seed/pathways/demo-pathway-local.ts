/** A county's own catalog activity attached to a national stage, with an optional local note. */
export interface DemoLocalAddition {
  pathwayId: string;
  stageId: string;
  activityId: string;
  note?: string;
}

/** Anonymous stage feedback the demo counties have received, and the stage views around it. */
export interface DemoFeedback {
  pathwayId: string;
  stageId: string;
  helpful: boolean;
  comment?: string;
  views: number;
}

export interface DemoPathwayCounty {
  tenant: string;
  additions: DemoLocalAddition[];
  feedback: DemoFeedback[];
}

const type2 = 'tyypin-2-diabetes';
const type1 = 'tyypin-1-diabetes';
const risk = 'diabetesriski';
const closeOnes = 'laheiset';

export const demoPathwayCounties: DemoPathwayCounty[] = [
  {
    tenant: 'pohjois-savo',
    additions: [
      { pathwayId: type2, stageId: 'arki', activityId: 'ps-diabetes-kavelyryhma-kuopio', note: 'Kuopiossa diabetesyhdistyksen kävelyryhmä lähtee Väinölänniemeltä.' },
      { pathwayId: type2, stageId: 'elintavat', activityId: 'ps-diabetes-ruokakurssi-kuopio' },
      // Attached to a stage that version 2 removed: the coordinator sees it waiting to be re-homed.
      { pathwayId: type2, stageId: 'ryhmavalmennus', activityId: 'ps-diabetes-vertaisryhma-siilinjarvi' },
      { pathwayId: type1, stageId: 'arki', activityId: 'ps-diabetes-vertaisryhma-siilinjarvi' },
      { pathwayId: risk, stageId: 'tuki-ja-ryhmat', activityId: 'ps-sauvakavely-siilinjarvi' },
      { pathwayId: closeOnes, stageId: 'oma-jaksaminen', activityId: 'ps-omaishoitajat-kuopio' },
    ],
    feedback: [
      { pathwayId: type2, stageId: 'diagnoosi', helpful: true, comment: 'Selkokielinen perustieto auttoi, kun kaikki tuntui sekavalta.', views: 41 },
      { pathwayId: type2, stageId: 'arki', helpful: true, views: 23 },
      { pathwayId: type2, stageId: 'elintavat', helpful: false, comment: 'Toivoisin ruokavalmennusta myös ruotsiksi.', views: 18 },
      { pathwayId: risk, stageId: 'tunnista-riski', helpful: true, views: 35 },
    ],
  },
  {
    tenant: 'keski-pohjanmaa',
    additions: [
      { pathwayId: type2, stageId: 'arki', activityId: 'kp-tyypin2-vertaisryhma-kokkola' },
      { pathwayId: type2, stageId: 'arki', activityId: 'kp-diabeteskavely-kokkola', note: 'Kokkolassa kävelyt myös ruotsiksi.' },
      { pathwayId: type2, stageId: 'elintavat', activityId: 'kp-diabetes-kuntosali-kannus' },
      { pathwayId: type1, stageId: 'arki', activityId: 'kp-diabetesvertaiset-lestijarvi' },
      { pathwayId: risk, stageId: 'tuki-ja-ryhmat', activityId: 'kp-kavelyryhma-perho' },
      { pathwayId: closeOnes, stageId: 'oma-jaksaminen', activityId: 'kp-omaishoitajat-kannus' },
    ],
    feedback: [
      { pathwayId: type2, stageId: 'arki', helpful: true, comment: 'Hyvä, että paikalliset ryhmät näkyvät samassa paikassa.', views: 27 },
      { pathwayId: closeOnes, stageId: 'kun-laheinen-sairastuu', helpful: true, views: 12 },
    ],
  },
  {
    tenant: 'lappi',
    additions: [
      { pathwayId: type2, stageId: 'arki', activityId: 'la-diabeteskavely-rovaniemi' },
      { pathwayId: type2, stageId: 'arki', activityId: 'la-diabetesvertaiset-kemijarvi' },
      { pathwayId: type2, stageId: 'diagnoosi', activityId: 'la-diabetes-tietoilta-rovaniemi', note: 'Tietoilta pidetään myös etäyhteydellä pitkien matkojen vuoksi.' },
      { pathwayId: type1, stageId: 'arki', activityId: 'la-diabetesvertaiset-kemijarvi' },
      { pathwayId: risk, stageId: 'tuki-ja-ryhmat', activityId: 'la-sauvakavely-kemijarvi' },
      { pathwayId: closeOnes, stageId: 'oma-jaksaminen', activityId: 'la-omaishoitajat-rovaniemi' },
    ],
    feedback: [
      { pathwayId: type2, stageId: 'diagnoosi', helpful: true, views: 19 },
      { pathwayId: type2, stageId: 'lisasairaudet', helpful: false, comment: 'Jalkaterapeutille on pitkä matka, etävastaanotto olisi hyvä.', views: 9 },
      { pathwayId: type1, stageId: 'diagnoosi', helpful: true, views: 7 },
    ],
  },
];
