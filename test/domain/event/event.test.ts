import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { AllianceEvent, dayAfter, drawList, eventSchema, startsAt, type EventInput } from '../../../domain/event/event';
import type { Country, PathfinderStatus } from '../../../domain/shared/country';
import { eventWorkflowId } from '../../../domain/shared/workflow-ids';
import { exampleCountries, governance, peru } from '../../helpers/fixtures';

// R2 as the event's list draws it: benefits, the Alliance's events among them, hold only while a country is
// active. Fixed instants, no server.

const at = DateTime.fromISO('2031-02-03T10:00:00Z');
const nigeria = exampleCountries.find((c) => c.code === 'NGA')!;
const chile: Country = {
  ...peru,
  code: 'CHL',
  name: 'Chile',
  focalPoint: { name: 'Valentina Rojas', email: 'valentina.rojas@example.org', language: 'es', zone: 'America/Santiago' },
  deputy: { name: 'Pablo Soto', email: 'pablo.soto@example.org', language: 'es', zone: 'America/Santiago' },
};
const record = (country: Country, status: PathfinderStatus) => ({ country: { ...country, status }, status });
const workshop: EventInput['event'] = { kind: 'annual-workshop', title: 'Annual workshop 2031', date: '2031-06-10', place: 'Geneva' };
const created = (event = workshop) =>
  AllianceEvent.create('event-2031-06-10-annual-workshop-2031', { event, createdBy: governance.secretariat.email, governance }, at);

describe('who is invited to an Alliance event (R2)', () => {
  it('invites active countries only, and leaves every other status out with it as the reason', () => {
    const { invited, leftOut } = drawList([record(peru, 'active'), record(nigeria, 'inactive'), record(chile, 'candidate')]);
    expect(invited.map((i) => i.country.code)).toEqual(['PER']);
    expect(leftOut.map((l) => [l.country.code, l.reason])).toEqual([
      ['CHL', 'candidate'],
      ['NGA', 'inactive'],
    ]);
  });

  it('writes to the focal point and deputy of an active country, and tells an inactive one why it is left out; a candidate hears nothing', () => {
    const e = created();
    e.draw([record(peru, 'active'), record(nigeria, 'inactive'), record(chile, 'candidate')], at);
    expect(e.state.outbox.map((n) => [n.kind, n.to.email])).toEqual([
      ['event-invitation', peru.focalPoint.email],
      ['event-invitation', peru.deputy.email],
      ['event-left-out', nigeria.focalPoint.email],
      ['event-left-out', nigeria.deputy.email],
    ]);
    expect(e.state.outbox[0]!.event).toMatchObject({ title: 'Annual workshop 2031', date: '2031-06-10' });
    expect(e.state.countries.map((c) => [c.code, c.invited, c.status, !!c.toldAt])).toEqual([
      ['PER', true, 'active', false],
      ['CHL', false, 'candidate', false],
      ['NGA', false, 'inactive', true],
    ]);
  });

  it('drawn again, writes to nobody twice, and invites a country reactivated since and a newcomer focal point', () => {
    const e = created();
    e.draw([record(peru, 'active'), record(nigeria, 'inactive')], at);
    e.state.outbox.length = 0; // sent
    const later = at.plus({ days: 20 });
    const newcomer = { ...peru.focalPoint, name: 'Rosa Mamani', email: 'rosa.mamani@example.org' };
    e.draw([record({ ...peru, focalPoint: newcomer }, 'active'), record(nigeria, 'active')], later);
    expect(e.state.outbox.map((n) => [n.kind, n.to.email])).toEqual([
      ['event-invitation', nigeria.focalPoint.email],
      ['event-invitation', nigeria.deputy.email],
      ['event-invitation', newcomer.email],
    ]);
    const ng = e.state.countries.find((c) => c.code === 'NGA')!;
    expect(ng).toMatchObject({ invited: true, invitedAt: later.toUTC().toISO() });
    // Nigeria was told it was left out before; the list keeps when.
    expect(ng.toldAt).toBe(at.toUTC().toISO());
    expect(e.state.draws).toBe(2);
  });

  it('keeps a country invited earlier and no longer active on the list, left out from now on, and tells it once', () => {
    const e = created();
    e.draw([record(peru, 'active')], at);
    e.state.outbox.length = 0;
    e.draw([record(peru, 'inactive')], at.plus({ days: 1 }));
    expect(e.state.countries[0]).toMatchObject({ code: 'PER', invited: false, status: 'inactive', invitedAt: at.toUTC().toISO() });
    expect(e.state.outbox.map((n) => n.kind)).toEqual(['event-left-out', 'event-left-out']);
  });
});

describe('an event and its secretariat', () => {
  it('is created by the secretariat only', () => {
    expect(() => AllianceEvent.create('event-x', { event: workshop, createdBy: peru.focalPoint.email, governance }, at)).toThrow(
      /lucia\.quispe@example\.org is not the secretariat/,
    );
  });

  it('is cancelled by the secretariat, those invited told with the reason; then neither drawn again nor cancelled', () => {
    const e = created();
    e.draw([record(peru, 'active'), record(nigeria, 'inactive')], at);
    e.state.outbox.length = 0;
    expect(() => e.validateCancel({ as: nigeria.focalPoint.email, reason: 'x' })).toThrow(/is not the secretariat/);
    expect(() => e.validateCancel({ as: governance.secretariat.email, reason: ' ' })).toThrow(/reason: is required/);
    e.cancel({ as: governance.secretariat.email, reason: 'Venue withdrawn' }, at);
    expect(e.state.stage).toBe('cancelled');
    expect(e.state.outbox.map((n) => [n.kind, n.to.email, n.reason])).toEqual([
      ['event-cancelled', peru.focalPoint.email, 'Venue withdrawn'],
      ['event-cancelled', peru.deputy.email, 'Venue withdrawn'],
    ]);
    expect(() => e.validateRedraw({ as: governance.secretariat.email })).toThrow(/stage: the event is cancelled/);
    // A list drawn after the cancellation (the records were being read) invites nobody.
    e.state.outbox.length = 0;
    e.draw([record(nigeria, 'active')], at);
    expect(e.state.outbox).toEqual([]);
  });

  it('is over once its day has ended: at its zone with an hour, everywhere on Earth without one', () => {
    const timed = { ...workshop, time: '14:30', zone: 'Europe/Zurich' };
    expect(startsAt(timed)).toBe('2031-06-10T12:30:00.000Z');
    expect(startsAt(workshop)).toBeUndefined();
    expect(dayAfter(timed).toUTC().toISO()).toBe('2031-06-10T22:00:00.000Z');
    expect(dayAfter(workshop).toUTC().toISO()).toBe('2031-06-11T12:00:00.000Z');
    const e = created();
    e.endIfOver(DateTime.fromISO('2031-06-11T11:59:00Z'));
    expect(e.state.stage).toBe('open');
    e.endIfOver(DateTime.fromISO('2031-06-11T12:00:00Z'));
    expect(e.state.stage).toBe('over');
  });

  it('names each bad field of an event', () => {
    const issues = (event: object) =>
      eventSchema()
        .safeParse(event)
        .error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues({ ...workshop, kind: 'gala', time: '25:00', zone: 'Europe/Zurich' })).toEqual([
      'kind: must be one of annual-workshop, thematic-series, hlpf-side-event',
      'time: must be a time (HH:MM)',
    ]);
    expect(issues({ ...workshop, time: '09:00' })).toEqual(['zone: is required with a time']);
    expect(issues({ ...workshop, time: '09:00', zone: 'Mars/Olympus' })).toEqual(['zone: is not a known IANA time zone']);
    expect(issues({ ...workshop, place: '' })).toEqual(['place: needs a place or an online link']);
    expect(issues({ ...workshop, link: 'ftp://x' })).toEqual(['link: must be a web address (https://…)']);
    expect(issues({ ...workshop, date: '2031-02-30' })).toEqual(['date: must be a date (YYYY-MM-DD)']);
  });
});

it('names an event by its day and its title, in the letters an id takes', () => {
  expect(eventWorkflowId('2031-06-10', 'Atelier annuel 2031 — Genève')).toBe('event-2031-06-10-atelier-annuel-2031-geneve');
  expect(eventWorkflowId('2031-06-10', '¿?')).toBe('event-2031-06-10-event');
});
