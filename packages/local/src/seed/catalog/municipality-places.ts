/** How a municipality's name bends in Finnish titles, and where its centre is. */
export interface MunicipalityPlace {
  /** Genitive: "Kuopion kirjasto". */
  genitive: string;
  /** Where something happens: "Kuopiossa", "Utsjoella". */
  locative: string;
  /** Swedish name where it differs. */
  sv?: string;
  town: boolean;
  postalCode: string;
  lat: number;
  lon: number;
}

const place = (genitive: string, locative: string, postalCode: string, lat: number, lon: number, town = false, sv?: string): MunicipalityPlace =>
  sv ? { genitive, locative, postalCode, lat, lon, town, sv } : { genitive, locative, postalCode, lat, lon, town };

/** The municipalities of the demo counties. */
export const municipalityPlaces: Readonly<Record<string, MunicipalityPlace>> = {
  // Keski-Pohjanmaa
  Halsua: place('Halsuan', 'Halsualla', '69510', 63.4628, 24.1628, false, 'Halso'),
  Kannus: place('Kannuksen', 'Kannuksessa', '69100', 63.9006, 23.9155, true),
  Kaustinen: place('Kaustisen', 'Kaustisella', '69600', 63.5485, 23.6968, false, 'Kaustby'),
  Kokkola: place('Kokkolan', 'Kokkolassa', '67100', 63.8385, 23.1307, true, 'Karleby'),
  Lestijärvi: place('Lestijärven', 'Lestijärvellä', '69440', 63.5238, 24.6652),
  Perho: place('Perhon', 'Perhossa', '69950', 63.2153, 24.4198),
  Toholampi: place('Toholammin', 'Toholammilla', '69300', 63.7727, 24.2503),
  Veteli: place('Vetelin', 'Vetelissä', '69700', 63.4742, 23.7867, false, 'Vetil'),
  // Pohjois-Savo
  Iisalmi: place('Iisalmen', 'Iisalmessa', '74100', 63.5592, 27.1907, true, 'Idensalmi'),
  Joroinen: place('Joroisten', 'Joroisissa', '79600', 62.1796, 27.8285, false, 'Jorois'),
  Kaavi: place('Kaavin', 'Kaavilla', '73600', 62.9739, 28.4815),
  Keitele: place('Keiteleen', 'Keiteleellä', '72600', 63.1794, 26.3503),
  Kiuruvesi: place('Kiuruveden', 'Kiuruvedellä', '74700', 63.6526, 26.6195, true),
  Kuopio: place('Kuopion', 'Kuopiossa', '70100', 62.8924, 27.6782, true),
  Lapinlahti: place('Lapinlahden', 'Lapinlahdella', '73100', 63.3663, 27.3932),
  Leppävirta: place('Leppävirran', 'Leppävirralla', '79100', 62.4914, 27.7876),
  Pielavesi: place('Pielaveden', 'Pielavedellä', '72400', 63.2367, 26.7571),
  Rautalampi: place('Rautalammin', 'Rautalammilla', '77700', 62.6222, 26.8338),
  Rautavaara: place('Rautavaaran', 'Rautavaaralla', '73900', 63.4941, 28.2995),
  Siilinjärvi: place('Siilinjärven', 'Siilinjärvellä', '71800', 63.075, 27.6601),
  Sonkajärvi: place('Sonkajärven', 'Sonkajärvellä', '74300', 63.671, 27.5215),
  Suonenjoki: place('Suonenjoen', 'Suonenjoella', '77600', 62.6253, 27.129, true),
  Tervo: place('Tervon', 'Tervossa', '72210', 62.9549, 26.7528),
  Tuusniemi: place('Tuusniemen', 'Tuusniemellä', '71200', 62.8102, 28.4929),
  Varkaus: place('Varkauden', 'Varkaudessa', '78200', 62.3156, 27.8732, true),
  Vesanto: place('Vesannon', 'Vesannolla', '72300', 62.932, 26.4125),
  Vieremä: place('Vieremän', 'Vieremällä', '74200', 63.7434, 27.0032),
  // Lappi
  Enontekiö: place('Enontekiön', 'Enontekiöllä', '99400', 68.3849, 23.6313, false, 'Enontekis'),
  Inari: place('Inarin', 'Inarissa', '99800', 68.6576, 27.5397, false, 'Enare'),
  Kemi: place('Kemin', 'Kemissä', '94100', 65.7364, 24.5637, true),
  Kemijärvi: place('Kemijärven', 'Kemijärvellä', '98100', 66.7134, 27.4305, true),
  Keminmaa: place('Keminmaan', 'Keminmaassa', '94400', 65.8016, 24.5443),
  Kittilä: place('Kittilän', 'Kittilässä', '99100', 67.6553, 24.9097),
  Kolari: place('Kolarin', 'Kolarissa', '95900', 67.3311, 23.7807),
  Muonio: place('Muonion', 'Muoniossa', '99300', 67.9578, 23.6789),
  Pelkosenniemi: place('Pelkosenniemen', 'Pelkosenniemellä', '98500', 67.1102, 27.5108),
  Pello: place('Pellon', 'Pellossa', '95700', 66.7757, 23.9594),
  Posio: place('Posion', 'Posiolla', '97900', 66.11, 28.1696),
  Ranua: place('Ranuan', 'Ranualla', '97700', 65.927, 26.517),
  Rovaniemi: place('Rovaniemen', 'Rovaniemellä', '96100', 66.5029, 25.7294, true),
  Salla: place('Sallan', 'Sallassa', '98900', 66.8322, 28.6656),
  Savukoski: place('Savukosken', 'Savukoskella', '98800', 67.2924, 28.1616),
  Simo: place('Simon', 'Simossa', '95200', 65.6613, 25.0637),
  Sodankylä: place('Sodankylän', 'Sodankylässä', '99600', 67.416, 26.5913),
  Tervola: place('Tervolan', 'Tervolassa', '95300', 66.0848, 24.8094),
  Tornio: place('Tornion', 'Torniossa', '95400', 65.8481, 24.1466, true, 'Torneå'),
  Utsjoki: place('Utsjoen', 'Utsjoella', '99980', 69.9079, 27.0288),
  Ylitornio: place('Ylitornion', 'Ylitorniossa', '95600', 66.3063, 23.6715, false, 'Övertorneå'),
};
