import { z } from 'zod';
import { eventKinds, type EventDetailsInput, type EventKind } from '../../../domain/event/event';
import { text } from '../../form';
import type { Issue } from '../../issues';
import type { PageContext } from '../../views/layout';

// The secretariat's form of a new event, as typed: each field's id, its label, and the event it says.

export const eventFields = ['kind', 'title', 'date', 'time', 'zone', 'place', 'link', 'description'] as const;
export type EventField = (typeof eventFields)[number];
export type EventFormValues = Record<EventField, string>;

export const fieldId = (field: EventField) => `event-${field}`;

export const eventForm = z.object(
  Object.fromEntries(eventFields.map((f) => [f, text(f === 'description' ? 5000 : 1000)])) as Record<EventField, ReturnType<typeof text>>,
);

/** The form's values when nothing is typed yet: an annual workshop, the secretariat's zone. */
export const emptyForm = (): EventFormValues => ({
  kind: 'annual-workshop',
  title: '',
  date: '',
  time: '',
  zone: 'Europe/Zurich',
  place: '',
  link: '',
  description: '',
});

/** The event the form says: an empty time or link is none; a zone without a time is not asked for. */
export function eventOf(f: EventFormValues): EventDetailsInput {
  const time = f.time.trim();
  const link = f.link.trim();
  return {
    kind: f.kind as EventKind,
    title: f.title,
    date: f.date.trim(),
    ...(time && { time, zone: f.zone.trim() }),
    place: f.place,
    ...(link && { link }),
    description: f.description,
  };
}

export const isKind = (value: string): value is EventKind => (eventKinds as readonly string[]).includes(value);

/** A field's label, as the list of mistakes names it. */
export function fieldLabel({ w }: PageContext, field: EventField): string {
  const f = w.events.form;
  return field === 'title' ? f.eventTitle : f[field];
}

/** The field an issue of the event's arguments is about. */
export function fieldOf(ctx: PageContext, path: Issue['path']): { id: string; label: string } {
  const field = (eventFields as readonly PropertyKey[]).includes(path[1] ?? '') ? (path[1] as EventField) : 'title';
  return { id: fieldId(field), label: fieldLabel(ctx, field) };
}

/** What a refinement or a pattern means on this form, in the reader's words. */
export function issueSaid({ w }: PageContext, issue: Issue): string | undefined {
  const field = issue.path[1];
  if (issue.code === 'custom' && field === 'zone')
    return issue.message === 'is required with a time' ? w.invalid.required : w.events.form.zoneUnknown;
  if (issue.code === 'custom' && field === 'place') return w.events.form.placeOrLink;
  if (issue.code === 'custom' && field === 'date') return w.invalid.date;
  if (issue.code === 'invalid_format' && field === 'time') return w.events.form.timeFormat;
  if (issue.code === 'invalid_format' && field === 'link') return w.events.form.linkFormat;
  return undefined;
}
