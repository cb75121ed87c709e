import type { Language } from '../../domain/shared/country';
import type { IntroductionNotice } from '../../domain/learning/introduction';
import type { Notice } from '../../domain/shared/notice';
import { countryName } from './country-names';
import { spanishCountry } from './es-grammar';
import { frenchCountry } from './fr-grammar';
import type { CountryName, NoticeText, Say } from './types';
import { vocabulary } from './vocabulary';

// The peer-learning introduction (S3: « le secrétariat peut faciliter les échanges »), in each language:
// the reader's country is put in touch with the other side, told the area and why (what the matching found,
// the evidence), and given the other side's focal point and deputy to write to.

const countryIn: Record<Language, (code: string, name: string) => CountryName> = {
  en: (_code, name) => ({ name, the: name, The: name, of: `of ${name}`, to: `to ${name}` }),
  fr: frenchCountry,
  es: (_code, name) => spanishCountry(name),
};

interface Parts {
  other: CountryName;
  /** The side whose record the reasons come from: the peer, whichever side reads. */
  pathfinder: CountryName;
  i: IntroductionNotice;
  say: Say;
  /** The reasons as lines: the progress, the roadmap's areas and the evidence the matching found. */
  reasons: string[];
  contacts: string[];
}

type Sentences = {
  subject: (say: Say, other: CountryName) => string;
  opening: Record<IntroductionNotice['kind'], Record<IntroductionNotice['side'], (p: Parts) => string>>;
  found: (p: Parts) => string;
  progress: (pathfinder: CountryName, year: number | undefined) => string;
  priorityAreas: (pathfinder: CountryName) => string;
  evidence: string;
  contacts: (p: Parts) => string;
  close: string;
};

const sentences: Record<Language, Sentences> = {
  en: {
    subject: (say, o) => `Peer learning: ${say.country.name} and ${o.name}`,
    opening: {
      'peer-learning': {
        learner: ({ say, other, i }) =>
          `The Alliance 8.7 secretariat would like to put ${say.country.the} in touch with ${other.the}, whose latest report shows progress in an area ${say.country.the} wishes to learn about: ${i.area}.`,
        peer: ({ say, other, i }) =>
          `${other.The} wishes to learn from other pathfinder countries about ${i.area}. The latest report ${say.country.of} shows progress in this area, and the Alliance 8.7 secretariat would like to put you in touch.`,
      },
      candidate: {
        learner: ({ say, other, i }) =>
          `The Alliance 8.7 secretariat would like to put ${say.country.the} in touch with ${other.the}, a pathfinder country whose roadmap faces a priority like one of yours: ${i.area}.`,
        peer: ({ other, i }) =>
          `${other.The}, a candidate to become a pathfinder country, is preparing its roadmap with this priority: ${i.area}. Your country faces a similar one, and the Alliance 8.7 secretariat would like to put you in touch.`,
      },
    },
    found: ({ i, pathfinder }) =>
      `Why: the words "${i.why.matched.join('", "')}" are found in what ${pathfinder.the} reported and planned.`,
    progress: (c, year) => `Progress ${c.the} reported in ${year}:`,
    priorityAreas: (c) => `Priority areas of the roadmap ${c.of}:`,
    evidence: 'Evidence of progress:',
    contacts: ({ other }) => `You may write to the focal point and deputy ${other.of}:`,
    close: 'The secretariat can help arrange an exchange, a visit or a call: reply to this e-mail.',
  },
  fr: {
    subject: (say, o) => `Apprentissage entre pairs : ${say.country.name} et ${o.name}`,
    opening: {
      'peer-learning': {
        learner: ({ say, other, i }) =>
          `Le secrétariat de l’Alliance 8.7 souhaite mettre ${say.country.the} en relation avec ${other.the}, dont le dernier rapport montre des progrès dans un domaine sur lequel ${say.country.the} souhaite apprendre : ${i.area}.`,
        peer: ({ say, other, i }) =>
          `${other.The} souhaite apprendre d’autres pays pionniers sur ce domaine : ${i.area}. Le dernier rapport ${say.country.of} montre des progrès dans ce domaine, et le secrétariat de l’Alliance 8.7 souhaite vous mettre en relation.`,
      },
      candidate: {
        learner: ({ say, other, i }) =>
          `Le secrétariat de l’Alliance 8.7 souhaite mettre ${say.country.the} en relation avec ${other.the}, pays pionnier dont la feuille de route répond à une priorité semblable à l’une des vôtres : ${i.area}.`,
        peer: ({ other, i }) =>
          `${other.The}, candidat au statut de pays pionnier, prépare sa feuille de route avec cette priorité : ${i.area}. Votre pays fait face à une priorité semblable, et le secrétariat de l’Alliance 8.7 souhaite vous mettre en relation.`,
      },
    },
    found: ({ i, pathfinder }) =>
      `Pourquoi : les mots « ${i.why.matched.join(' », « ')} » figurent dans ce que ${pathfinder.the} a rapporté et planifié.`,
    progress: (c, year) => `Progrès rapportés par ${c.the} en ${year} :`,
    priorityAreas: (c) => `Domaines prioritaires de la feuille de route ${c.of} :`,
    evidence: 'Preuves de progrès :',
    contacts: ({ other }) => `Vous pouvez écrire au point focal et à son adjoint ${other.of} :`,
    close: 'Le secrétariat peut faciliter un échange, une visite ou un appel : répondez à ce courriel.',
  },
  es: {
    subject: (say, o) => `Aprendizaje entre pares: ${say.country.name} y ${o.name}`,
    opening: {
      'peer-learning': {
        learner: ({ say, other, i }) =>
          `La secretaría de la Alianza 8.7 desea poner en contacto a ${say.country.the} con ${other.the}, cuyo último informe muestra avances en un ámbito sobre el que ${say.country.the} desea aprender: ${i.area}.`,
        peer: ({ say, other, i }) =>
          `${other.The} desea aprender de otros países pioneros sobre este ámbito: ${i.area}. El último informe ${say.country.of} muestra avances en este ámbito, y la secretaría de la Alianza 8.7 desea ponerles en contacto.`,
      },
      candidate: {
        learner: ({ say, other, i }) =>
          `La secretaría de la Alianza 8.7 desea poner en contacto a ${say.country.the} con ${other.the}, país pionero cuya hoja de ruta afronta una prioridad parecida a una de las suyas: ${i.area}.`,
        peer: ({ other, i }) =>
          `${other.The}, candidato a país pionero, prepara su hoja de ruta con esta prioridad: ${i.area}. Su país afronta una parecida, y la secretaría de la Alianza 8.7 desea ponerles en contacto.`,
      },
    },
    found: ({ i, pathfinder }) =>
      `Por qué: las palabras «${i.why.matched.join('», «')}» figuran en lo que ${pathfinder.the} ha informado y planificado.`,
    progress: (c, year) => `Avances informados por ${c.the} en ${year}:`,
    priorityAreas: (c) => `Ámbitos prioritarios de la hoja de ruta ${c.of}:`,
    evidence: 'Pruebas de avances:',
    contacts: ({ other }) => `Puede escribir al punto focal y a su adjunto ${other.of}:`,
    close: 'La secretaría puede facilitar un intercambio, una visita o una llamada: responda a este correo.',
  },
};

function introduction(language: Language): NoticeText {
  const s = sentences[language];
  const otherOf = (i: IntroductionNotice) => countryIn[language](i.other.code, countryName(i.other.code, i.other.name, language));
  const parts = (n: Notice, say: Say): Parts => {
    const i = n.introduction!;
    const evidence = i.why.evidence.map(
      (e) => `- ${vocabulary[language].evidenceKind[e.kind]}${vocabulary[language].colon} ${e.description}`,
    );
    const section = (heading: string, lines: string[]) => (lines.length ? ['', heading, ...lines] : []);
    const other = otherOf(i);
    const pathfinder = i.side === 'learner' ? other : say.country;
    return {
      i,
      say,
      other,
      pathfinder,
      reasons: [
        ...section(
          s.progress(pathfinder, i.why.year),
          i.why.progress.map((p) => `- ${p}`),
        ),
        ...section(
          s.priorityAreas(pathfinder),
          i.why.priorityAreas.map((a) => `- ${a}`),
        ),
        ...section(s.evidence, evidence),
      ],
      contacts: i.other.people.map((p) => `- ${p.name} <${p.email}>`),
    };
  };
  return {
    subject: (n, say) => s.subject(say, otherOf(n.introduction!)),
    body: (n, say) => {
      const p = parts(n, say);
      return [s.opening[p.i.kind][p.i.side](p), '', s.found(p), ...p.reasons, '', s.contacts(p), ...p.contacts, '', s.close];
    },
  };
}

/** The introduction's text in each language, for each language's `notice` table. */
export const introductionText: Record<Language, NoticeText> = { en: introduction('en'), fr: introduction('fr'), es: introduction('es') };
