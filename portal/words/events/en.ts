import type { EventKind, EventStage, LeftOutReason } from '../../../domain/event/event';

// The words of the Alliance's events: the secretariat's list and form, an event's page with its
// invitation list, and a dossier's section, in English.

export const events = {
  /** The home page's link for the secretariat. */
  link: 'Alliance events and their invitations',
  title: 'Alliance events',
  intro:
    'Only active pathfinder countries are invited: their focal points and deputies get the invitation in their language, with the time in their zone. Inactive countries are told why they are left out.',
  none: 'No event yet.',
  kind: {
    'annual-workshop': 'Annual workshop',
    'thematic-series': 'Thematic series session',
    'hlpf-side-event': 'HLPF side event',
  } satisfies Record<EventKind, string>,
  stage: { open: 'open', cancelled: 'cancelled', over: 'over' } satisfies Record<EventStage, string>,
  columns: { date: 'Date', kind: 'Kind', event: 'Event', stage: 'Stage', invited: 'Countries invited', leftOut: 'Countries left out' },
  form: {
    title: 'Create an event',
    kind: 'Kind',
    eventTitle: 'Title',
    date: 'Day (YYYY-MM-DD)',
    time: 'Start time (HH:MM), if it has one',
    zone: 'Time zone of the start time (IANA, e.g. Europe/Zurich)',
    place: 'Place',
    link: 'Online link (https://…)',
    description: 'Description',
    hint: 'A place or an online link, or both. Without a start time, the event takes the whole day.',
    create: 'Create and send the invitations',
    exists: 'An event of this day and title exists already.',
    zoneUnknown: 'is not a known time zone (IANA, e.g. Europe/Zurich)',
    placeOrLink: 'give a place or an online link',
    timeFormat: 'must be a time, HH:MM (e.g. 14:30)',
    linkFormat: 'must be a web address starting with https://',
  },
  created: 'The event is created; its invitation list is being drawn and the invitations sent.',
  redrawn: 'The invitation list is being drawn again; only those not written to yet get an e-mail.',
  cancelledNow: 'The event is cancelled; those invited are told.',
  details: 'The event',
  when: 'When',
  wholeDay: (date: string) => `${date} (the whole day)`,
  localTime: (dateTime: string, zone: string) => `${dateTime} (${zone})`,
  place: 'Place',
  online: 'Online',
  description: 'Description',
  createdBy: (by: string, on: string) => `Created by ${by} on ${on}.`,
  drawnOn: (on: string, times: number) => `List drawn on ${on}${times > 1 ? ` (drawn ${times} times)` : ''}.`,
  invited: 'Invited',
  leftOut: 'Left out',
  nobody: 'None.',
  country: 'Country',
  people: 'Invited people',
  invitedOn: 'Invited on',
  why: 'Why',
  told: 'Told',
  toldOn: (on: string) => `told on ${on}, with the way back`,
  notTold: 'not written to',
  reason: {
    inactive: 'inactive: the benefits of pathfinder status hold only while a country is active',
    candidate: 'candidate: not a pathfinder country yet',
    withdrawn: 'withdrawn candidacy',
  } satisfies Record<LeftOutReason, string>,
  redraw: 'Draw the invitation list again',
  redrawHint: 'A country reactivated, or a new focal point or deputy, since the list was drawn is invited; nobody is written to twice.',
  cancel: 'Cancel the event',
  cancelReason: 'Reason, told to those invited',
  cancelled: (by: string, on: string, reason: string) => `Cancelled by ${by} on ${on}: ${reason}`,
  back: 'All events',
  /** A country's dossier. */
  dossier: {
    title: 'Alliance events',
    invited: (on: string) => `invited on ${on}`,
    leftOut: (why: string) => `left out (${why})`,
  },
};
export type EventWords = typeof events;
