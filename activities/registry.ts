import { WorkflowNotFoundError, type Client, type WorkflowHandle } from '@temporalio/client';
import {
  candidacyWorkflowId,
  countryWorkflowId,
  recordQueryName,
  escalationWorkflowId,
  reactivationWorkflowId,
  reportingCycleId,
  workflowTypes,
} from '../domain/shared/workflow-ids';
import { getEscalationQuery } from '../workflows/escalation/messages';
import { getReactivationQuery } from '../workflows/reactivation/messages';
import { gcmNoteOf } from '../domain/reactivation/reactivation';
import type { ReactivationNoted } from '../domain/record/country-record';
import { assistanceNeedsOf, type CandidacyPlan } from '../domain/roadmap/document';
import { assistanceOfYear } from '../domain/assistance/assistance';
import { getCandidacyQuery } from '../workflows/candidacy/messages';
import { focalPointsChangedSignal, getCycleQuery, reviewersChangedSignal } from '../workflows/reporting-cycle/messages';
import type { CycleClosed } from '../domain/record/country-record';
import type { Governance, Person } from '../domain/shared/country';
import type { CountryState } from '../domain/record/country-record';
import { triedIn, type EscalationTried } from '../domain/escalation/gcm-escalation';
import { queryIfExists, readCountries, registeredCodes } from '../client/registry';
import { governanceOf } from '../domain/record/registry';
import { themesOf, type ReportThemes } from '../domain/cycle/wg-report-draft';
import { registryEntrySigned } from '../client/registry-signature';
import type { SigningKeys } from '../client/tokens';
import type { SignedRegistryEntry } from '../workflows/country/messages';

/** Nothing, where the server does not implement the call (gRPC status 12); any other failure stands. */
const unlessUnimplemented = (error: unknown): undefined => {
  if ((error as { cause?: { code?: number } }).cause?.code === 12) return undefined;
  throw error;
};

/** Reads country records from their `pathfinderCountry` workflows: the named ones, or every registered one. */
export function createRegistryActivities(client: Client, registryKeys: SigningKeys) {
  /** Does `act` to each running reporting cycle of a country among these years; the years it did it to. */
  const eachRunningCycle = async (code: string, years: number[], act: (handle: WorkflowHandle) => Promise<unknown>): Promise<number[]> => {
    const done: number[] = [];
    for (const year of years) {
      const handle = client.workflow.getHandle(reportingCycleId(code, year));
      if (!(await isRunning(handle))) continue;
      await act(handle);
      done.push(year);
    }
    return done;
  };
  return {
    /** Cancels the running reporting cycles of a country among these years (it was declared inactive). */
    suspendCycles: ({ code, years }: { code: string; years: number[] }): Promise<number[]> =>
      eachRunningCycle(code, years, (handle) => handle.cancel()),

    readCountries: (codes?: string[]) => readCountries(client, codes),

    /**
     * The registry's roles now (secretariat staff, the GCM and its Chair, the Working Group), for a body's
     * decision on a country: as its record holds them, which every import of the registry updates.
     */
    readGovernance: async ({ code, fallback }: { code?: string; fallback: Governance }): Promise<Governance> => {
      // A question about no country (the WG's report of a year) reads the registry's roles from any record: each
      // holds them. A server that cannot list workflows (the time-skipping test server) leaves the roles as asked.
      const from = code ?? (await registeredCodes(client).catch(unlessUnimplemented))?.[0];
      const record = from && (await queryIfExists<CountryState>(client, countryWorkflowId(from), recordQueryName));
      return record ? governanceOf(record.governance) : fallback;
    },

    /** Whether a registry entry told to a country's record was signed by an import (REGISTRY_KEYS). */
    verifyRegistryEntry: ({ signature, ...entry }: SignedRegistryEntry): Promise<boolean> =>
      signature ? registryEntrySigned(registryKeys, entry, signature) : Promise.resolve(false),

    /** How an escalation ended, from its own workflow; undefined while it runs or if there is none. */
    async readEscalationEnd({
      code,
      year,
    }: {
      code: string;
      year: number;
    }): Promise<{ result: string; reason: string; tried: EscalationTried } | undefined> {
      if (!/^[A-Z]{3}$/.test(code)) return undefined;
      const escalation = await queryIfExists(client, escalationWorkflowId(code, year), getEscalationQuery);
      const decision = escalation?.decision;
      return decision && { result: decision.decision, reason: decision.reason, tried: triedIn(escalation) };
    },

    /**
     * How a reactivation request ended, from its own workflow, if it is one of this country's; and, once the
     * GCM decided, what it decided of it.
     */
    async readReactivationEnd({
      code,
      workflowId,
    }: {
      code: string;
      workflowId: string;
    }): Promise<{ result: string; gcmNote?: ReactivationNoted } | undefined> {
      if (!/^[A-Z]{3}$/.test(code) || !workflowId.startsWith(reactivationWorkflowId(code, 0).slice(0, -1))) return undefined;
      const state = await queryIfExists(client, workflowId, getReactivationQuery);
      if (!state || state.stage === 'awaiting-verification') return undefined;
      const gcmNote = gcmNoteOf(workflowId, state);
      return { result: state.stage, ...(gcmNote && { gcmNote }) };
    },

    /**
     * Tells the running reporting cycles of a country among these years its focal point, deputy and reviewers
     * now; and its running candidacy and the escalation of `escalationYear`, if any, its focal point and deputy.
     * Returns the years of the cycles told.
     */
    async handOverCycles({
      code,
      years,
      people,
      escalationYear,
    }: {
      code: string;
      years: number[];
      people: { focalPoint: Person; deputy: Person; reviewers?: Person[] };
      escalationYear?: number;
    }): Promise<number[]> {
      const focalPoints = { focalPoint: people.focalPoint, deputy: people.deputy };
      const others = [candidacyWorkflowId(code), ...(escalationYear === undefined ? [] : [escalationWorkflowId(code, escalationYear)])];
      for (const workflowId of others) {
        const handle = client.workflow.getHandle(workflowId);
        if (await isRunning(handle)) await handle.signal(focalPointsChangedSignal, focalPoints);
      }
      return eachRunningCycle(code, years, async (handle) => {
        await handle.signal(focalPointsChangedSignal, focalPoints);
        if (people.reviewers) await handle.signal(reviewersChangedSignal, { reviewers: people.reviewers });
      });
    },

    /** What a country's reporting cycle of `year` told its record when it ended, from the cycle itself; undefined until it has. */
    async readCycleClosed({ code, year }: { code: string; year: number }): Promise<CycleClosed | undefined> {
      if (!/^[A-Z]{3}$/.test(code) || !Number.isInteger(year)) return undefined;
      const handle = client.workflow.getHandle(reportingCycleId(code, year));
      const run = await handle.describe().catch((error: unknown) => {
        if (error instanceof WorkflowNotFoundError) return undefined;
        throw error;
      });
      if (run?.type !== workflowTypes.reportingCycle) return undefined;
      return (await handle.query(getCycleQuery)).closed;
    },

    /**
     * The themes of each country's last report of `year` (challenges, learning interests, what it reports
     * progress on beside the next steps its report of the year before planned) and its roadmap's assistance
     * needs, for the WG's draft report (R18).
     */
    async readReportThemes({ codes, year }: { codes: string[]; year: number }): Promise<Record<string, ReportThemes>> {
      const themes: Record<string, ReportThemes> = {};
      for (const code of codes.filter((c) => /^[A-Z]{3}$/.test(c))) {
        const cycle = await queryIfExists(client, reportingCycleId(code, year), getCycleQuery).catch(() => undefined);
        const lastYear = await queryIfExists(client, reportingCycleId(code, year - 1), getCycleQuery).catch(() => undefined);
        const record = await queryIfExists<CountryState>(client, countryWorkflowId(code), recordQueryName).catch(() => undefined);
        const needs = assistanceNeedsOf(record?.roadmaps.filter((v) => v.document).at(-1)?.document);
        const reported = cycle?.submissions?.at(-1)?.report;
        const assistance = assistanceOfYear(record?.assistance, year);
        themes[code] = {
          ...themesOf(reported, lastYear?.submissions?.at(-1)?.report),
          ...(needs.length && { assistanceNeeds: needs }),
          ...((assistance.requested || assistance.given.length) && { assistance }),
        };
      }
      return themes;
    },

    /** Where a country's candidacy stands, and the roadmap it filed, from its own workflow; undefined if it has none. */
    async readCandidacy(code: string): Promise<{ stage: string; grantedOn?: string; plan?: CandidacyPlan } | undefined> {
      if (!/^[A-Z]{3}$/.test(code)) return undefined;
      const candidacy = await queryIfExists(client, candidacyWorkflowId(code), getCandidacyQuery);
      const plan = candidacy?.filed.roadmap?.plan;
      return candidacy && { stage: candidacy.stage, grantedOn: candidacy.grantedOn, ...(plan && { plan }) };
    },
  };
}

const isRunning = (handle: WorkflowHandle): Promise<boolean> =>
  handle.describe().then(
    (d) => d.status.name === 'RUNNING',
    (error: unknown) => {
      if (error instanceof WorkflowNotFoundError) return false;
      throw error;
    },
  );
