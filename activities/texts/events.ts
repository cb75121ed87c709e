import type { EventKind, NoticeEvent } from '../../domain/event/event';
import type { Language } from '../../domain/shared/country';
import type { Notice } from '../../domain/shared/notice';
import type { NoticeText, Say } from './types';
import { vocabulary } from './vocabulary';

// The e-mails of an Alliance event (R2), in each language: the invitation to an active country's focal point
// and deputy, with the start in the reader's zone and in the event's own; the notice to an inactive country
// that it is left out, why, and how to come back (R23); the cancellation to those invited.

interface EventWords {
  /** An event's kind as a subject line names it, with "to" ("invites … to the annual workshop"), and as an object ("cancelled the annual workshop"). */
  kind: Record<EventKind, { name: string; to: string; the: string }>;
  /** What the e-mail was, for the notice that it could not be delivered. */
  what: Record<'event-invitation' | 'event-left-out' | 'event-cancelled', string>;
  invitation: NoticeText;
  leftOut: NoticeText;
  cancelled: NoticeText;
}

const eventOf = (n: Notice): NoticeEvent =>
  n.event ?? { workflowId: '', kind: 'annual-workshop', title: '', date: '1970-01-01', place: '', description: '' };

/** When the event starts: at its hour in the reader's zone and in its own, or the day of an event without an hour. */
function when(language: Language, n: Notice, say: Say): string[] {
  const e = eventOf(n);
  const v = vocabulary[language];
  const label = { en: 'When', fr: 'Quand', es: 'Cuándo' }[language];
  const local = { en: 'local time of the event', fr: 'heure locale de l’événement', es: 'hora local del evento' }[language];
  if (!e.startsAt) return [`${label}${v.colon} ${say.date(e.date)}`];
  const head = `${label}${v.colon} `;
  return [
    `${head}${say.dateTime(e.startsAt)} (${v.yourTime}, ${n.to.zone})`,
    `${' '.repeat(head.length)}${say.dateTime(e.startsAt, e.zone)} (${local}, ${e.zone})`,
  ];
}

/** Where it takes place, and how to join online. */
function where(language: Language, n: Notice): string[] {
  const e = eventOf(n);
  const colon = vocabulary[language].colon;
  const [place, online] = { en: ['Where', 'Online'], fr: ['Où', 'En ligne'], es: ['Dónde', 'En línea'] }[language];
  return [...(e.place ? [`${place}${colon} ${e.place}`] : []), ...(e.link ? [`${online}${colon} ${e.link}`] : [])];
}

const described = (n: Notice) => (eventOf(n).description ? ['', eventOf(n).description] : []);

const en: EventWords = {
  kind: {
    'annual-workshop': { name: 'Annual workshop', to: 'to the Alliance 8.7 annual workshop', the: 'the Alliance 8.7 annual workshop' },
    'thematic-series': {
      name: 'Thematic series',
      to: 'to a session of the Alliance 8.7 thematic series',
      the: 'the session of the Alliance 8.7 thematic series',
    },
    'hlpf-side-event': {
      name: 'Side event at the High-Level Political Forum',
      to: 'to an Alliance 8.7 side event at the High-Level Political Forum',
      the: 'the Alliance 8.7 side event at the High-Level Political Forum',
    },
  },
  what: {
    'event-invitation': 'the invitation to an Alliance 8.7 event',
    'event-left-out': 'the notice that the country is not invited to an Alliance 8.7 event',
    'event-cancelled': 'the notice that an Alliance 8.7 event is cancelled',
  },
  invitation: {
    subject: (n) => `Invitation: ${en.kind[eventOf(n).kind].name}, ${eventOf(n).title}`,
    body: (n, say) => [
      `The secretariat of Alliance 8.7 invites ${say.country.the}, an active pathfinder country, ${en.kind[eventOf(n).kind].to}: ${eventOf(n).title}.`,
      '',
      ...when('en', n, say),
      ...where('en', n),
      ...described(n),
      '',
      'Please tell the secretariat by reply who will take part.',
    ],
  },
  leftOut: {
    subject: (n, { country: c }) => `${c.name}: not invited ${en.kind[eventOf(n).kind].to}`,
    body: (n, say, link) => [
      `${say.country.The} is not invited ${en.kind[eventOf(n).kind].to} (${eventOf(n).title}, ${say.date(eventOf(n).date)}), because the country is inactive: the benefits of pathfinder status, the Alliance's events among them, hold only while a country is active.`,
      `The country may ask to be reactivated at any time, with evidence that corrective measures are planned or taken and a letter to the Chair of Alliance 8.7; once the secretariat has verified it, the country is invited again. File the request online: ${link}`,
    ],
  },
  cancelled: {
    subject: (n) => `Cancelled: ${en.kind[eventOf(n).kind].name}, ${eventOf(n).title}`,
    body: (n, say) => [
      `The secretariat of Alliance 8.7 has cancelled ${en.kind[eventOf(n).kind].the}, to which ${say.country.the} was invited: ${eventOf(n).title}, ${say.date(eventOf(n).startsAt ?? eventOf(n).date)}.`,
      `Reason: ${n.reason ?? ''}`,
    ],
  },
};

const fr: EventWords = {
  kind: {
    'annual-workshop': { name: 'Atelier annuel', to: 'à l’atelier annuel de l’Alliance 8.7', the: 'l’atelier annuel de l’Alliance 8.7' },
    'thematic-series': {
      name: 'Série thématique',
      to: 'à une séance de la série thématique de l’Alliance 8.7',
      the: 'la séance de la série thématique de l’Alliance 8.7',
    },
    'hlpf-side-event': {
      name: 'Événement parallèle au Forum politique de haut niveau',
      to: 'à un événement parallèle de l’Alliance 8.7 au Forum politique de haut niveau',
      the: 'l’événement parallèle de l’Alliance 8.7 au Forum politique de haut niveau',
    },
  },
  what: {
    'event-invitation': 'l’invitation à un événement de l’Alliance 8.7',
    'event-left-out': 'l’avis que le pays n’est pas invité à un événement de l’Alliance 8.7',
    'event-cancelled': 'l’avis qu’un événement de l’Alliance 8.7 est annulé',
  },
  invitation: {
    subject: (n) => `Invitation : ${fr.kind[eventOf(n).kind].name}, ${eventOf(n).title}`,
    body: (n, say) => [
      `Le secrétariat de l’Alliance 8.7 invite ${say.country.the}, pays pionnier actif, ${fr.kind[eventOf(n).kind].to} : ${eventOf(n).title}.`,
      '',
      ...when('fr', n, say),
      ...where('fr', n),
      ...described(n),
      '',
      'Merci d’indiquer au secrétariat, en réponse, qui y participera.',
    ],
  },
  leftOut: {
    subject: (n, { country: c }) => `${c.name} : pas d’invitation ${fr.kind[eventOf(n).kind].to}`,
    body: (n, say, link) => [
      `${say.country.The} n’est pas invité ${fr.kind[eventOf(n).kind].to} (${eventOf(n).title}, ${say.date(eventOf(n).date)}), parce que le pays est inactif : les avantages du statut de pays pionnier, dont les événements de l’Alliance, ne valent que tant que le pays est actif.`,
      `Le pays peut demander à tout moment sa réactivation, en apportant la preuve que des mesures correctives sont prévues ou prises et une lettre à la présidence de l’Alliance 8.7 ; une fois la demande vérifiée par le secrétariat, le pays est de nouveau invité. Déposez la demande en ligne : ${link}`,
    ],
  },
  cancelled: {
    subject: (n) => `Annulation : ${fr.kind[eventOf(n).kind].name}, ${eventOf(n).title}`,
    body: (n, say) => [
      `Le secrétariat de l’Alliance 8.7 a annulé ${fr.kind[eventOf(n).kind].the} (${say.country.the} y était invité) : ${eventOf(n).title}, ${say.date(eventOf(n).startsAt ?? eventOf(n).date)}.`,
      `Motif : ${n.reason ?? ''}`,
    ],
  },
};

const es: EventWords = {
  kind: {
    'annual-workshop': { name: 'Taller anual', to: 'al taller anual de la Alianza 8.7', the: 'el taller anual de la Alianza 8.7' },
    'thematic-series': {
      name: 'Serie temática',
      to: 'a una sesión de la serie temática de la Alianza 8.7',
      the: 'la sesión de la serie temática de la Alianza 8.7',
    },
    'hlpf-side-event': {
      name: 'Evento paralelo en el Foro Político de Alto Nivel',
      to: 'a un evento paralelo de la Alianza 8.7 en el Foro Político de Alto Nivel',
      the: 'el evento paralelo de la Alianza 8.7 en el Foro Político de Alto Nivel',
    },
  },
  what: {
    'event-invitation': 'la invitación a un evento de la Alianza 8.7',
    'event-left-out': 'el aviso de que el país no está invitado a un evento de la Alianza 8.7',
    'event-cancelled': 'el aviso de que un evento de la Alianza 8.7 se canceló',
  },
  invitation: {
    subject: (n) => `Invitación: ${es.kind[eventOf(n).kind].name}, ${eventOf(n).title}`,
    body: (n, say) => [
      `La secretaría de la Alianza 8.7 invita ${say.country.to}, país pionero activo, ${es.kind[eventOf(n).kind].to}: ${eventOf(n).title}.`,
      '',
      ...when('es', n, say),
      ...where('es', n),
      ...described(n),
      '',
      'Le rogamos que indique a la secretaría, en respuesta, quién participará.',
    ],
  },
  leftOut: {
    subject: (n, { country: c }) => `${c.name}: sin invitación ${es.kind[eventOf(n).kind].to}`,
    body: (n, say, link) => [
      `${say.country.The} no está invitado ${es.kind[eventOf(n).kind].to} (${eventOf(n).title}, ${say.date(eventOf(n).date)}), porque el país está inactivo: los beneficios de la condición de país pionero, entre ellos los eventos de la Alianza, solo se mantienen mientras el país está activo.`,
      `El país puede pedir su reactivación en cualquier momento, con pruebas de que se han previsto o adoptado medidas correctivas y una carta a la Presidencia de la Alianza 8.7; una vez verificada la solicitud por la secretaría, el país vuelve a ser invitado. Presente la solicitud en línea: ${link}`,
    ],
  },
  cancelled: {
    subject: (n) => `Cancelado: ${es.kind[eventOf(n).kind].name}, ${eventOf(n).title}`,
    body: (n, say) => [
      `La secretaría de la Alianza 8.7 ha cancelado ${es.kind[eventOf(n).kind].the} (${say.country.the} estaba invitado): ${eventOf(n).title}, ${say.date(eventOf(n).startsAt ?? eventOf(n).date)}.`,
      `Motivo: ${n.reason ?? ''}`,
    ],
  },
};

export const eventTexts: Record<Language, EventWords> = { en, fr, es };
