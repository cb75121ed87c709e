import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allianceEvent, pathfinderCountry } from '../../workflows';
import { cancelEvent, getEventQuery, redraw } from '../../workflows/event/messages';
import type { EventInput, EventState } from '../../domain/event/event';
import { keptRecordKey, type KeptRecord } from '../../activities/kept-records';
import { getJson } from '../../store/object-store';
import type { Country, PathfinderStatus } from '../../domain/shared/country';
import { countryWorkflowId, eventWorkflowId } from '../../domain/shared/workflow-ids';
import type { CaughtMail, MailCatcher } from '../../scripts/mail-catcher';
import { governance, peru, secretariat } from '../helpers/fixtures';
import { startTimeSkipping } from '../helpers/temporal';
import { startStack, type RunningStack } from '../helpers/worker';
import { Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';
import { rejected } from '../helpers/updates';
import { recordHistory } from '../helpers/record-history';

// R2 on a real worker and mail server: an event's invitations go to the focal points and deputies of active
// countries only, each in the reader's language with the start in the reader's zone and the event's own;
// an inactive country is left out and told why and how to come back; a candidate is left out silently.

let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let stack: RunningStack | undefined;
const taskQueue = 'events';

beforeAll(async () => {
  stack = await startStack(startTimeSkipping, taskQueue);
  ({ env, mail } = stack);
  // Peru active (its focal point reads Spanish in Lima, its deputy French in Paris); Nigeria inactive; Chile a candidate.
  const nigeria: Country = {
    ...peru,
    code: 'NGA',
    name: 'Nigeria',
    focalPoint: { name: 'Chidi Okafor', email: 'chidi.okafor@example.org', language: 'en', zone: 'Africa/Lagos' },
    deputy: { name: 'Ngozi Bello', email: 'ngozi.bello@example.org', language: 'en', zone: 'Africa/Lagos' },
  };
  const chile: Country = {
    ...peru,
    code: 'CHL',
    name: 'Chile',
    focalPoint: { name: 'Valentina Rojas', email: 'valentina.rojas@example.org', language: 'es', zone: 'America/Santiago' },
    deputy: { name: 'Pablo Soto', email: 'pablo.soto@example.org', language: 'es', zone: 'America/Santiago' },
  };
  const records: [Country, PathfinderStatus][] = [
    [peru, 'active'],
    [nigeria, 'inactive'],
    [chile, 'candidate'],
  ];
  for (const [country, status] of records)
    await env.client.workflow.start(pathfinderCountry, {
      taskQueue,
      workflowId: countryWorkflowId(country.code),
      args: [{ country: { ...country, status }, governance }],
    });
});
afterAll(() => stack?.stop());

/** A side event at the HLPF in New York, 10:00 on 14 July of the tests' year. */
const sideEvent: EventInput['event'] = {
  kind: 'hlpf-side-event',
  title: 'Ending child labour in supply chains',
  date: `${Y}-07-14`,
  time: '10:00',
  zone: 'America/New_York',
  place: 'United Nations Headquarters, Conference Room 6',
  link: 'https://events.example.org/hlpf-side-event',
  description: 'Pathfinder countries share what worked.',
};

const start = (event: EventInput['event']) =>
  env.client.workflow.start(allianceEvent, {
    taskQueue,
    workflowId: eventWorkflowId(event.date, event.title),
    args: [{ event, createdBy: secretariat.email, governance, countries: ['PER', 'NGA', 'CHL'] }],
  });

const of = (workflowId: string, kind: string) => (m: CaughtMail) =>
  kindOf(m) === kind && m.headers['x-pathfinder-key']!.startsWith(`${workflowId}/`);
const to = (mails: CaughtMail[], address: string) => mails.find((m) => m.to.includes(address))!;
/** French typography's non-breaking spaces as plain ones, to compare with what is written here. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('an Alliance event (R2)', () => {
  it('invites the focal point and deputy of active countries, each in their language and zone, and tells an inactive country why it is left out', async () => {
    const handle = await start(sideEvent);
    const invitations = await mail.waitFor(2, of(handle.workflowId, 'event-invitation'));
    expect(invitations.map((m) => m.to).sort()).toEqual([[peru.deputy.email], [peru.focalPoint.email]].sort());

    // 10:00 in New York in July is 09:00 in Lima and 16:00 in Paris.
    const lucia = to(invitations, peru.focalPoint.email);
    expect(lucia.subject).toBe('Invitación: Evento paralelo en el Foro Político de Alto Nivel, Ending child labour in supply chains');
    expect(lucia.text).toContain('La secretaría de la Alianza 8.7 invita a Perú, país pionero activo, a un evento paralelo');
    expect(lucia.text).toMatch(new RegExp(`14 de julio de ${Y}.* 9:00 .*\\(su hora, America/Lima\\)`));
    expect(lucia.text).toMatch(/10:00 .*\(hora local del evento, America\/New_York\)/);
    expect(lucia.text).toContain('Dónde: United Nations Headquarters, Conference Room 6');
    expect(lucia.text).toContain('En línea: https://events.example.org/hlpf-side-event');
    const jean = to(invitations, peru.deputy.email);
    expect(plain(jean.subject)).toBe(
      'Invitation : Événement parallèle au Forum politique de haut niveau, Ending child labour in supply chains',
    );
    expect(plain(jean.text)).toMatch(new RegExp(`14 juillet ${Y}.* 16:00 .*\\(votre heure, Europe/Paris\\)`));
    expect(plain(jean.text)).toContain('invite le Pérou, pays pionnier actif, à un événement parallèle');
    expect(jean.text).toContain('Pathfinder countries share what worked.');

    // Nigeria, inactive, is told why, with its own way back; Chile, a candidate, hears nothing.
    const leftOut = await mail.waitFor(2, of(handle.workflowId, 'event-left-out'));
    expect(leftOut.map((m) => m.to).sort()).toEqual([['chidi.okafor@example.org'], ['ngozi.bello@example.org']]);
    expect(leftOut[0]!.subject).toBe('Nigeria: not invited to an Alliance 8.7 side event at the High-Level Political Forum');
    expect(leftOut[0]!.text).toContain('because the country is inactive');
    expect(leftOut[0]!.text).toMatch(/File the request online: http:\/\/portal\.example\.org\/act\?token=/);
    expect(mail.messages.filter((m) => m.to.some((a) => a.endsWith('@example.org') && a.includes('rojas')))).toEqual([]);

    const state = await handle.query(getEventQuery);
    expect(state.countries.map((c) => ({ code: c.code, status: c.status, invited: c.invited, told: !!c.toldAt }))).toEqual([
      { code: 'PER', status: 'active', invited: true, told: false },
      { code: 'CHL', status: 'candidate', invited: false, told: false },
      { code: 'NGA', status: 'inactive', invited: false, told: true },
    ]);

    // Drawn again, nobody is written to twice.
    const redrawn = await handle.executeUpdate(redraw.update, { args: [{ as: secretariat.email }] });
    expect(redrawn.stage).toBe('open');
    await expect.poll(async () => (await handle.query(getEventQuery)).draws, { timeout: 10_000 }).toBe(2);
    await expect.poll(async () => (await handle.query(getEventQuery)).outbox, { timeout: 10_000 }).toEqual([]);
    expect(mail.messages.filter((m) => m.headers['x-pathfinder-key']!.startsWith(`${handle.workflowId}/`))).toHaveLength(4);

    // Only the secretariat cancels; those invited hear it, in their language.
    expect(await rejected(handle.executeUpdate(cancelEvent.update, { args: [{ as: peru.focalPoint.email, reason: 'No room' }] }))).toMatch(
      /lucia\.quispe@example\.org is not the secretariat/,
    );
    await handle.executeUpdate(cancelEvent.update, { args: [{ as: secretariat.email, reason: 'The conference room was withdrawn' }] });
    const cancelled = await mail.waitFor(2, of(handle.workflowId, 'event-cancelled'));
    expect(to(cancelled, peru.focalPoint.email).subject).toBe(
      'Cancelado: Evento paralelo en el Foro Político de Alto Nivel, Ending child labour in supply chains',
    );
    expect(plain(to(cancelled, peru.deputy.email).text)).toContain('Motif : The conference room was withdrawn');
    expect((await handle.result()).stage).toBe('cancelled');
    await recordHistory(env.client, handle.workflowId, 'alliance-event-cancelled');
  });

  it('ends once the day of an event without an hour is over', async () => {
    const workshop = {
      kind: 'annual-workshop' as const,
      title: `Annual workshop ${Y}`,
      date: `${Y}-03-02`,
      place: 'Geneva',
      description: '',
    };
    const handle = await start(workshop);
    const invitations = await mail.waitFor(2, of(handle.workflowId, 'event-invitation'));
    expect(to(invitations, peru.focalPoint.email).text).toContain(`Cuándo: 2 de marzo de ${Y}`);
    const ended = await handle.result();
    expect(ended.stage).toBe('over');
    // Kept in the records store as it ended, for the pages once the run has left Temporal.
    const kept = await getJson<KeptRecord<EventState>>(stack!.stores.records, keptRecordKey('events', Y, handle.workflowId));
    expect(kept?.state).toEqual(ended);
    await recordHistory(env.client, handle.workflowId, 'alliance-event-over');
    expect(DateTime.fromMillis(await env.currentTimeMs()) >= DateTime.fromISO(`${Y}-03-03T12:00:00Z`)).toBe(true);
  });
});
