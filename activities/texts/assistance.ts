import type { Language } from '../../domain/shared/country';
import type { Notice } from '../../domain/shared/notice';
import type { NoticeText, Say } from './types';

// The e-mails of assistance in the implementation phase (DESIGN.md §8), in each language: a request to the
// secretariat and to the partners of its mechanism, an offer to the country (the secretariat in copy, who
// matches it), a match to the country and to the partner. The need and the offer stay as people wrote them.

type AssistanceKind = 'assistance-requested' | 'assistance-offered' | 'assistance-matched';

interface AssistanceWords {
  what: Record<AssistanceKind, string>;
  requested: NoticeText;
  offered: NoticeText;
  matched: NoticeText;
}

const about = (n: Notice) => n.assistance ?? { request: 0, need: '', mechanism: 'I' as const, reactivation: false };

/** The need, its mechanism, and whether the support is to reactivate, one line each. */
function needLines(language: Language, n: Notice, say: Say): string[] {
  const a = about(n);
  const label = {
    en: { need: 'Need', mechanism: 'Mechanism', reactivation: 'The support asked is to become active again.' },
    fr: { need: 'Besoin', mechanism: 'Mécanisme', reactivation: 'L’appui demandé vise à redevenir actif.' },
    es: { need: 'Necesidad', mechanism: 'Mecanismo', reactivation: 'El apoyo solicitado es para volver a estar activo.' },
  }[language];
  const colon = language === 'fr' ? ' :' : ':';
  return [
    `${label.need}${colon} ${a.need}`,
    `${label.mechanism}${colon} ${a.mechanism} (${say.mechanisms([a.mechanism])})`,
    ...(a.reactivation ? [label.reactivation] : []),
  ];
}

function offerLines(language: Language, n: Notice): string[] {
  const o = about(n).offer;
  if (!o) return [];
  const colon = language === 'fr' ? ' :' : ':';
  const label = { en: 'Offer', fr: 'Offre', es: 'Oferta' }[language];
  return [`${label} (${o.partner}, ${o.by})${colon} ${o.text}`];
}

export const assistanceTexts: Record<Language, AssistanceWords> = {
  en: {
    what: {
      'assistance-requested': 'the news of a request for assistance',
      'assistance-offered': 'the news of an offer of assistance',
      'assistance-matched': 'the news that an offer of assistance was matched',
    },
    requested: {
      subject: (n, { country: c }) => `${c.name} asks for assistance (request ${about(n).request})`,
      body: (n, say, link) => [
        `${say.country.The} asks for assistance in carrying out its roadmap.`,
        ...needLines('en', n, say),
        '',
        `Partners who offer this mechanism may offer their assistance, and the secretariat matches an offer to the request, on the country's assistance page (sign in): ${link}`,
      ],
    },
    offered: {
      subject: (n, { country: c }) => `${c.name}: assistance offered (request ${about(n).request})`,
      body: (n, say, link) => [
        `An offer of assistance has been made on the request ${say.country.of}.`,
        ...needLines('en', n, say),
        ...offerLines('en', n),
        '',
        `The secretariat matches an offer to the request. The country's assistance page (sign in): ${link}`,
      ],
    },
    matched: {
      subject: (n, { country: c }) => `${c.name}: an offer of assistance was matched (request ${about(n).request})`,
      body: (n, say, link) => [
        `The secretariat has matched this offer to the request ${say.country.of}; the country and the partner may now agree on the assistance, and the secretariat records what is given.`,
        ...needLines('en', n, say),
        ...offerLines('en', n),
        '',
        `The country's assistance page (sign in): ${link}`,
      ],
    },
  },
  fr: {
    what: {
      'assistance-requested': 'l’avis d’une demande d’assistance',
      'assistance-offered': 'l’avis d’une offre d’assistance',
      'assistance-matched': 'l’avis qu’une offre d’assistance a été retenue',
    },
    requested: {
      subject: (n, { country: c }) => `${c.name} demande une assistance (demande ${about(n).request})`,
      body: (n, say, link) => [
        `${say.country.The} demande une assistance pour la mise en œuvre de sa feuille de route.`,
        ...needLines('fr', n, say),
        '',
        `Les partenaires qui offrent ce mécanisme peuvent proposer leur assistance, et le secrétariat retient une offre pour la demande, sur la page d’assistance du pays (connectez-vous) : ${link}`,
      ],
    },
    offered: {
      subject: (n, { country: c }) => `${c.name} : assistance offerte (demande ${about(n).request})`,
      body: (n, say, link) => [
        `Une offre d’assistance a été faite sur la demande ${say.country.of}.`,
        ...needLines('fr', n, say),
        ...offerLines('fr', n),
        '',
        `Le secrétariat retient une offre pour la demande. La page d’assistance du pays (connectez-vous) : ${link}`,
      ],
    },
    matched: {
      subject: (n, { country: c }) => `${c.name} : une offre d’assistance a été retenue (demande ${about(n).request})`,
      body: (n, say, link) => [
        `Le secrétariat a retenu cette offre pour la demande ${say.country.of} ; le pays et le partenaire peuvent maintenant convenir de l’assistance, et le secrétariat enregistre ce qui est apporté.`,
        ...needLines('fr', n, say),
        ...offerLines('fr', n),
        '',
        `La page d’assistance du pays (connectez-vous) : ${link}`,
      ],
    },
  },
  es: {
    what: {
      'assistance-requested': 'el aviso de una solicitud de asistencia',
      'assistance-offered': 'el aviso de una oferta de asistencia',
      'assistance-matched': 'el aviso de que se asignó una oferta de asistencia',
    },
    requested: {
      subject: (n, { country: c }) => `${c.name} solicita asistencia (solicitud ${about(n).request})`,
      body: (n, say, link) => [
        `${say.country.The} solicita asistencia para ejecutar su hoja de ruta.`,
        ...needLines('es', n, say),
        '',
        `Los socios que ofrecen este mecanismo pueden ofrecer su asistencia, y la secretaría asigna una oferta a la solicitud, en la página de asistencia del país (inicie sesión): ${link}`,
      ],
    },
    offered: {
      subject: (n, { country: c }) => `${c.name}: asistencia ofrecida (solicitud ${about(n).request})`,
      body: (n, say, link) => [
        `Se ha hecho una oferta de asistencia sobre la solicitud ${say.country.of}.`,
        ...needLines('es', n, say),
        ...offerLines('es', n),
        '',
        `La secretaría asigna una oferta a la solicitud. La página de asistencia del país (inicie sesión): ${link}`,
      ],
    },
    matched: {
      subject: (n, { country: c }) => `${c.name}: se asignó una oferta de asistencia (solicitud ${about(n).request})`,
      body: (n, say, link) => [
        `La secretaría ha asignado esta oferta a la solicitud ${say.country.of}; el país y el socio pueden ahora acordar la asistencia, y la secretaría registra lo que se entrega.`,
        ...needLines('es', n, say),
        ...offerLines('es', n),
        '',
        `La página de asistencia del país (inicie sesión): ${link}`,
      ],
    },
  },
};
