import {
  allHandlersFinished,
  condition,
  continueAsNew,
  ParentClosePolicy,
  patched,
  proxyActivities,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { now } from '../clock';
import { CountryRecord, type Action, type CountryState } from '../../domain/record/country-record';
import { assistanceGiven } from '../../domain/assistance/assistance';
import { auditEntryOf, recordAudit } from '../../domain/shared/audit';
import { iso } from '../../domain/shared/calendar';
import { sameContent } from '../../domain/shared/same-content';
import type { InternalMessage } from '../../domain/shared/internal-messages';
import { internalWiring } from '../internal-signals';
import type { Activities } from '../../activities';
import { CountryCode, PathfinderStatus } from '../search-attributes';
import { drain } from '../drain';
import { sendNotices } from '../notices';
import { taskWiring } from '../tasks';
import { gcmEscalation } from '../escalation/workflow';
import { reactivation } from '../reactivation/workflow';
import * as messages from './messages';

const {
  publishProfile,
  suspendCycles,
  readCandidacy,
  handOverCycles,
  readEscalationEnd,
  readReactivationEnd,
  readCycleClosed,
  readWgFlagReview,
  wgReportWillReview,
  verifyRegistryEntry,
} = proxyActivities<Activities>({ startToCloseTimeout: '5 minutes' });

export interface CountryInput extends messages.RegistryEntry {
  /** The record carried over from the previous run (continue-as-new). */
  state?: CountryState;
  /** Continue as new once the run's history passes this many events (or the server suggests it). */
  historyLimit?: number;
}

/**
 * One pathfinder country, `pathfinder-<ISO3>`: its status, focal points, roadmap versions, the outcome of
 * every cycle and its escalations; the single source of truth about the country. Lives for decades, so it
 * continues as new whenever its history grows long, carrying the whole record.
 */
export async function pathfinderCountry(start: CountryInput): Promise<never> {
  const historyLimit = start.historyLimit ?? 1000;
  const record = start.state ? new CountryRecord(start.state) : CountryRecord.create(start.country, start.governance, now());
  const show = () =>
    upsertSearchAttributes([
      { key: CountryCode, value: record.state.country.code },
      { key: PathfinderStatus, value: record.state.status },
    ]);

  /** What the country's other workflows and `countries import` tell the record; a malformed message is recorded as refused. */
  const internal = internalWiring({ refuse: (name, problems, received) => refuseInternal(name, problems.join('; '), received) });
  function refuseInternal(name: InternalMessage, problem: string, received: unknown = {}) {
    record.state.history.push({ at: iso(now()), what: `rejected ${name}: ${problem}`, event: { kind: 'refused', message: name, problem } });
    recordAudit((record.state.audit ??= []), auditEntryOf(name, received, 'signal', iso(now()), problem));
  }
  // A new focal point, deputy or reviewer reaches the running cycles, whose tasks move to them.
  const people = () => JSON.stringify([record.focalPoints, record.state.country.reviewers]);
  const whileWatchingPeople = (change: () => void) => {
    const before = people();
    change();
    if (people() !== before) record.handOverCycles(now());
  };
  const takeEntry = (entry: messages.RegistryEntry) => {
    whileWatchingPeople(() => record.importRegistry(entry.country, entry.governance, now()));
    show();
  };
  // An entry is taken once a worker finds it signed by an import (since 1.1; before, at its word).
  internal(messages.updateCountrySignal, 'updateCountry', (entry) =>
    patched('confirm-registry-entry') ? record.state.actions.push({ kind: 'confirm-registry-entry', entry }) : takeEntry(entry),
  );
  setHandler(messages.getCountryQuery, () => record.state.country);
  setHandler(messages.getRecordQuery, () => record.state);
  // A cycle's end is applied once the reporting cycle confirms it (since 1.1; before, it was taken at its word).
  internal(messages.cycleClosedSignal, 'cycleClosed', (closed) =>
    patched('confirm-cycle-closed')
      ? record.state.actions.push({ kind: 'confirm-cycle-closed', closed })
      : record.recordCycle(closed, now()),
  );
  // The WG's review of a proposed flag is taken from its signed report, read from the year's annual run.
  internal(messages.wgFlagReviewedSignal, 'wgFlagReviewed', ({ year }) =>
    record.state.actions.push({ kind: 'confirm-wg-flag-review', year }),
  );
  internal(messages.escalationStepSignal, 'escalationStep', (step) => record.recordEscalationStep(step, now()));
  // An end that makes a country inactive or active again is applied once its own workflow confirms it (a
  // signal alone could be forged).
  internal(messages.escalationClosedSignal, 'escalationClosed', (end) =>
    record.state.actions.push({ kind: 'confirm-escalation-end', end }),
  );
  internal(messages.reactivationClosedSignal, 'reactivationClosed', (end) =>
    record.state.actions.push({ kind: 'confirm-reactivation-end', end }),
  );
  // R23: when the GCM took note of a reactivation, a line of the history (since 1.1), read from the request's
  // own workflow as its end is; the status is the verification's.
  internal(messages.reactivationNotedSignal, 'reactivationNoted', ({ workflowId }) =>
    record.state.actions.push({ kind: 'confirm-reactivation-noted', workflowId }),
  );
  internal(messages.candidacyStepSignal, 'candidacyStep', ({ what, event }) => record.recordCandidacyStep(what, now(), event));
  // A grant, too, once the candidacy confirms it.
  internal(messages.grantedSignal, 'granted', (grant) => record.state.actions.push({ kind: 'confirm-grant', grant }));
  internal(messages.candidacyWithdrawnSignal, 'candidacyWithdrawn', ({ reason, withdrawal }) => record.withdraw(reason, now(), withdrawal));
  const task = taskWiring({
    result: () => record.state,
    onRejectedSignal: (name, reason, reasons) =>
      record.state.history.push({
        at: now().toISO()!,
        what: `rejected ${name}: ${reason}`,
        event: { kind: 'refused', message: name, problem: reason, ...(reasons && { reasons }) },
      }),
    onChange: () => undefined, // the main loop waits on the record's own work queue
    trail: () => (record.state.audit ??= []),
  });
  task(messages.changeFocalPoints, {
    validate: (a) => record.validateFocalPoints(a),
    apply: (a) => whileWatchingPeople(() => record.changeFocalPoints(a, now())),
  });
  task(messages.requestReactivation, {
    validate: (a) => record.validateReactivationRequest(a),
    apply: (a) => void record.requestReactivation(a, now()),
  });
  task(messages.updateRoadmap, { validate: (a) => record.validateRoadmapUpdate(a), apply: (a) => record.updateRoadmap(a, now()) });
  task(messages.importHistory, { validate: (a) => record.validateHistoryImport(a, now()), apply: (a) => record.importHistory(a, now()) });
  task(messages.requestAssistance, {
    validate: (a) => record.validateAssistanceRequest(a),
    apply: (a) => record.requestAssistance(a, now()),
  });
  task(messages.offerAssistance, { validate: (a) => record.validateAssistanceOffer(a), apply: (a) => record.offerAssistance(a, now()) });
  task(messages.matchAssistance, { validate: (a) => record.validateAssistanceMatch(a), apply: (a) => record.matchAssistance(a, now()) });
  task(messages.recordAssistanceGiven, {
    validate: (a) => record.validateAssistanceGiven(a),
    apply: (a) => record.recordAssistanceGiven(a, now()),
  });
  show();

  const perform = async (action: Action) => {
    const { country, governance } = record.state;
    const base = { country: { code: country.code, name: country.name }, focalPoints: record.focalPoints, governance };
    try {
      if (action.kind === 'start-escalation') {
        const { workflowId, year, criteria } = action.escalation;
        const bodySettings = record.bodySettings(year);
        await startChild(gcmEscalation, {
          workflowId,
          args: [{ ...base, year, criteria, ...(bodySettings && { bodySettings }) }],
          parentClosePolicy: ParentClosePolicy.ABANDON,
        });
      } else if (action.kind === 'start-reactivation') {
        const { workflowId, request, by } = action.reactivation;
        const bodySettings = record.bodySettings();
        await startChild(reactivation, {
          workflowId,
          args: [{ ...base, request, by, ...(bodySettings && { bodySettings }) }],
          parentClosePolicy: ParentClosePolicy.ABANDON,
        });
      } else if (action.kind === 'confirm-grant') {
        const candidacy = await readCandidacy(country.code);
        if (candidacy?.stage === 'granted' && candidacy.grantedOn === action.grant.grantedOn)
          record.grant(action.grant, now(), candidacy.plan);
        else {
          const problem = `the candidacy of ${country.code} is ${candidacy ? `${candidacy.stage}, not granted on ${action.grant.grantedOn}` : 'not on record'}`;
          record.state.history.push({
            at: iso(now()),
            what: `rejected granted: ${problem}`,
            event: { kind: 'refused', message: 'granted', problem },
          });
        }
      } else if (action.kind === 'confirm-registry-entry') {
        const { entry } = action;
        if (entry.country.code === country.code && (await verifyRegistryEntry(entry))) takeEntry(entry);
        else refuseInternal('updateCountry', `the entry of ${entry.country.code} is not signed by a registry import for ${country.code}`);
      } else if (action.kind === 'confirm-cycle-closed') {
        const { closed } = action;
        const found = await readCycleClosed({ code: country.code, year: closed.year });
        if (found && sameContent(found, closed)) {
          // Since 1.1 a flag is proposed to the year's WG report and goes to the GCM only once the WG confirms it.
          const wgConfirmsFlags = patched('wg-confirms-flags') && (await wgReportWillReview({ code: country.code, year: closed.year }));
          record.recordCycle(found, now(), { wgConfirmsFlags });
        } else
          refuseInternal(
            'cycleClosed',
            `the ${closed.year} reporting cycle of ${country.code} ${found ? `ended ${found.stage}, not as told` : 'has not ended'}`,
          );
      } else if (action.kind === 'confirm-wg-flag-review') {
        const { year } = action;
        const review = record.flagAwaitingWg(year) && (await readWgFlagReview({ code: country.code, year }));
        if (review) record.reviewFlag(year, review, now());
        else if (record.flagAwaitingWg(year))
          refuseInternal('wgFlagReviewed', `the Working Group's signed report of ${year} has no review of the flag of ${country.code}`);
        else refuseInternal('wgFlagReviewed', `no flag of ${country.code} in ${year} awaits the Working Group's review`);
      } else if (action.kind === 'confirm-escalation-end') {
        const { end } = action;
        const found = await readEscalationEnd({ code: country.code, year: end.year });
        if (found?.result === end.result && found.reason === end.reason) record.closeEscalation(end, now(), found.tried);
        else
          refuseInternal(
            'escalationClosed',
            `the ${end.year} escalation of ${country.code} ${found ? `ended ${found.result}, not ${end.result}` : 'has not ended'}`,
          );
      } else if (action.kind === 'confirm-reactivation-end') {
        const { end } = action;
        const found = await readReactivationEnd({ code: country.code, workflowId: end.workflowId });
        if (found?.result === end.result) record.closeReactivation(end, now());
        else
          refuseInternal(
            'reactivationClosed',
            `the reactivation request ${end.workflowId} ${found ? `ended ${found.result}, not ${end.result}` : 'of this country has not ended'}`,
          );
      } else if (action.kind === 'confirm-reactivation-noted') {
        const { workflowId } = action;
        const found = await readReactivationEnd({ code: country.code, workflowId });
        if (found?.gcmNote) record.recordReactivationNoted(found.gcmNote, now());
        else refuseInternal('reactivationNoted', `the GCM has not decided on the reactivation request ${workflowId} of this country`);
      } else if (action.kind === 'hand-over-cycles') {
        const [focalPoint, deputy] = record.focalPoints;
        const told = await handOverCycles({
          code: country.code,
          years: action.years,
          people: { focalPoint: focalPoint!, deputy: deputy!, reviewers: country.reviewers },
          escalationYear: record.openEscalation?.year,
        });
        const reviewers = country.reviewers.map((r) => r.name);
        for (const year of told)
          record.state.history.push({
            at: iso(now()),
            what: `${year} cycle: its tasks moved to ${focalPoint!.name} and ${deputy!.name}, reviewers ${reviewers.join(', ')}`,
            event: { kind: 'cycleHandedOver', year, focalPoint: focalPoint!.name, deputy: deputy!.name, reviewers },
          });
      } else if (action.kind === 'suspend-cycles') {
        const suspended = await suspendCycles({ code: country.code, years: action.years });
        for (const year of suspended)
          record.state.history.push({
            at: now().toISO()!,
            what: `${year} cycle suspended: the country is inactive`,
            event: { kind: 'cycleSuspended', year },
          });
      } else {
        show();
        await publishProfile({
          ...base.country,
          status: record.state.status,
          statusSince: record.state.statusSince,
          benefits: record.benefits,
          roadmaps: record.state.roadmaps.map(({ version, at, summary, changes }) => ({
            version,
            at,
            summary,
            ...(changes && { changes }),
          })),
          ...(record.roadmap && { roadmap: record.roadmap }),
          // Since assistance was kept (DESIGN.md §8); absent from records that have none, which publish as before.
          ...(record.state.assistance && { assistanceGiven: assistanceGiven(record.state.assistance) }),
          focalPoints: record.focalPoints.map((p) => p.name),
        });
      }
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  };

  const tooLong = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > historyLimit;
  for (;;) {
    await condition(() => record.hasWork || tooLong());
    // E-mails and actions leave the record only once done, so nothing is lost if the worker stops.
    await sendNotices(record.state.outbox, record.state.governance.secretariat);
    await drain(record.state.actions, perform);
    if (tooLong()) {
      await condition(allHandlersFinished);
      if (!record.hasWork) {
        await continueAsNew<typeof pathfinderCountry>({
          country: record.state.country,
          governance: record.state.governance,
          state: record.state,
          historyLimit,
        });
      }
    }
  }
}
