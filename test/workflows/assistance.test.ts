import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../app/actor';
import { matchAssistance, offerAssistance, recordAssistanceGiven, requestAssistance } from '../../app/assistance';
import { pathfinderCountry } from '../../workflows';
import * as country from '../../workflows/country/messages';
import type { Governance } from '../../domain/shared/country';
import type { MailCatcher } from '../../scripts/mail-catcher';
import { countryWorkflowId } from '../../domain/shared/workflow-ids';
import { exampleCountries, exampleRegistry } from '../helpers/fixtures';
import { startTimeSkipping } from '../helpers/temporal';
import { startStack, type RunningStack } from '../helpers/worker';
import { skipTo, Y } from '../helpers/clock';
import { recordHistory } from '../helpers/record-history';
import { kindOf } from '../helpers/mail';
import { rejected } from '../helpers/updates';

// Assistance on a country's record (DESIGN.md §8, R2), as the record's Updates: a focal point asks, a partner
// offering the mechanism offers, the secretariat matches and, months later, records what was given; each step
// is in the history and told by e-mail to whoever must act. An inactive country asks only for support to
// reactivate, which the secretariat may also offer on its own.

let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let stack: RunningStack | undefined;
const taskQueue = 'assistance';
const governance: Governance = {
  secretariat: exampleRegistry.secretariat,
  gcm: exampleRegistry.gcm,
  partners: exampleRegistry.partners,
};
const [andina, reseau] = exampleRegistry.partners;
const sofia = andina!.contacts[0]!; // mechanisms II and III
const karim = reseau!.contacts[0]!; // mechanisms I and IV
const peru = exampleCountries[0]!;
const as = (email: string): Actor => ({ email, channel: 'portal-session' });

beforeAll(async () => {
  stack = await startStack(startTimeSkipping, taskQueue);
  ({ env, mail } = stack);
});
afterAll(() => stack?.stop());

async function registerCountry(code: string, status: 'active' | 'inactive' = 'active') {
  return env.client.workflow.start(pathfinderCountry, {
    taskQueue,
    workflowId: countryWorkflowId(code),
    args: [{ country: { ...peru, code, status }, governance }],
  });
}

describe('assistance on the country record', () => {
  it('is asked, offered, matched and, months later, recorded as given; each step in the history and told by e-mail', async () => {
    const handle = await registerCountry('ECU');
    const need = 'Encuesta nacional de trabajo infantil';
    await requestAssistance(env.client, {
      country: 'ECU',
      actor: as(peru.focalPoint.email),
      request: { need, mechanism: 'II', details: 'Diseño muestral y trabajo de campo' },
    });
    const asked = await mail.waitFor(2, (m) => kindOf(m) === 'assistance-requested');
    expect(asked.flatMap((m) => m.to).sort()).toEqual([governance.secretariat.email, sofia.email].sort());
    expect(asked.every((m) => !m.to.includes(karim.email))).toBe(true);

    // A partner that does not offer mechanism II is refused, nothing changed; the one that does offers.
    const wrongPartner = offerAssistance(env.client, {
      country: 'ECU',
      actor: as(karim.email),
      offer: { request: 1, offer: 'Peer exchange' },
    });
    await expect(wrongPartner).rejects.toThrow(/does not offer mechanism II/);
    await offerAssistance(env.client, {
      country: 'ECU',
      actor: as(sofia.email),
      offer: { request: 1, offer: 'Dos estadísticas durante tres meses' },
    });
    const offered = await mail.waitFor(2, (m) => kindOf(m) === 'assistance-offered');
    expect(offered.flatMap((m) => m.to).sort()).toEqual([peru.focalPoint.email, peru.deputy.email].sort());

    await matchAssistance(env.client, { country: 'ECU', actor: as(governance.secretariat.email), match: { request: 1, offer: 1 } });
    const matched = await mail.waitFor(3, (m) => kindOf(m) === 'assistance-matched');
    expect(matched.flatMap((m) => m.to).sort()).toEqual([peru.focalPoint.email, peru.deputy.email, sofia.email].sort());

    // Months pass before the survey is done.
    await skipTo(env, `${Y}-06-15T09:00:00Z`);
    const after = await recordAssistanceGiven(env.client, {
      country: 'ECU',
      actor: as(governance.secretariat.email),
      given: { request: 1, on: `${Y}-06-12`, given: 'Encuesta diseñada y aplicada en 12 regiones' },
    });
    expect(after.assistance?.open).toEqual([]);
    const [closed] = after.assistance?.closed ?? [];
    expect([closed?.id, closed?.need, closed?.mechanism, closed?.partner, closed?.closedAt.slice(0, 10)]).toEqual([
      1,
      need,
      'II',
      andina!.name,
      `${Y}-06-15`,
    ]);
    const steps = after.history.flatMap((h) => (h.event?.kind === 'assistance' ? [h.event.step] : []));
    expect(steps.map((step) => [step.kind, step.request])).toEqual([
      ['requested', 1],
      ['offered', 1],
      ['matched', 1],
      ['given', 1],
    ]);
    expect(steps.at(-1)).toMatchObject({ on: `${Y}-06-12`, closed: true });
    expect(after.audit!.map((e) => [e.task, e.outcome])).toEqual(
      expect.arrayContaining([
        ['requestAssistance', 'accepted'],
        ['offerAssistance', 'refused'],
        ['offerAssistance', 'accepted'],
        ['matchAssistance', 'accepted'],
        ['recordAssistanceGiven', 'accepted'],
      ]),
    );
    await recordHistory(env.client, handle.workflowId, 'pathfinder-country-assistance');
  });

  it('R2: an inactive country asks only for support to reactivate, and the secretariat may offer it on its own', async () => {
    const handle = await registerCountry('BOL', 'inactive');
    const refused = requestAssistance(env.client, {
      country: 'BOL',
      actor: as(peru.focalPoint.email),
      request: { need: 'Inspección', mechanism: 'II' },
    });
    await expect(refused).rejects.toThrow(/status: BOL is inactive; it asks only support to reactivate/);
    // Straight to the record, the same: the workflow's own check has the last word.
    expect(
      await rejected(
        handle.executeUpdate(country.requestAssistance.update, {
          args: [{ as: peru.focalPoint.email, need: 'Inspección', mechanism: 'II' }],
        }),
      ),
    ).toMatch(/only support to reactivate/);
    await requestAssistance(env.client, {
      country: 'BOL',
      actor: as(peru.deputy.email),
      request: { need: 'Preparar la solicitud de reactivación', mechanism: 'IV', reactivation: true },
    });
    const own = await offerAssistance(env.client, {
      country: 'BOL',
      actor: as(governance.secretariat.email),
      offer: { mechanism: 'IV', offer: 'Une mission de coordination pour préparer la demande' },
    });
    expect(own.assistance?.open.map((r) => [r.id, r.reactivation, r.offers.length])).toEqual([
      [1, true, 0],
      [2, true, 1],
    ]);
    const told = await mail.waitFor(2, (m) => kindOf(m) === 'assistance-offered' && m.subject.includes('2'));
    expect(told.flatMap((m) => m.to).sort()).toEqual([peru.focalPoint.email, peru.deputy.email].sort());
    const state = await handle.query(country.getRecordQuery);
    expect(state.audit!.filter((e) => e.task === 'requestAssistance').map((e) => e.outcome)).toEqual(['refused', 'accepted']);
  });
});
