import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { AuditEntry } from '../domain/shared/audit';
import type { CountryState } from '../domain/record/country-record';
import { candidacyWorkflowId } from '../domain/shared/workflow-ids';
import { getCandidacyQuery } from '../workflows/candidacy/messages';
import { getReactivationQuery } from '../workflows/reactivation/messages';
import { cycleRecordKey, type CycleRecord } from '../activities/records';
import { getJson, type ObjectStore } from '../store/object-store';
import { cycleState } from './cycles';
import { isRefusal } from './errors';
import { escalationStatus } from './escalation';

// A country's audit trail for its dossier: what each of its workflows recorded of the human tasks it
// received — the record itself, its cycles, escalations, reactivation requests and candidacy.

/** Which of the country's workflows kept an entry. */
export type Place =
  | { kind: 'record' }
  | { kind: 'cycle'; year: number }
  | { kind: 'escalation'; year: number }
  | { kind: 'reactivation'; requestedOn: string }
  | { kind: 'candidacy' };

export type PlacedEntry = AuditEntry & { where: Place };

/** A workflow the country never had (no cycle that year, no candidacy) has nothing to add. */
const unlessAbsent = <T>(query: Promise<T>): Promise<T | undefined> =>
  query.catch((error: unknown) => {
    if (isRefusal(error) || error instanceof WorkflowNotFoundError) return undefined;
    throw error;
  });

/**
 * A cycle's audit: a closed one's from its kept record (a query of a closed run replays it whole on a worker),
 * one still running, or not kept yet, by a query.
 */
async function cycleAudit(client: Client, kept: ObjectStore, code: string, year: number): Promise<AuditEntry[] | undefined> {
  const record = await getJson<CycleRecord>(kept, cycleRecordKey(code, year, 'cycle.json'));
  return record ? record.state.audit : (await unlessAbsent(cycleState(client, code, year)))?.audit;
}

export async function countryAuditTrail(client: Client, kept: ObjectStore, record: CountryState, now = new Date()): Promise<PlacedEntry[]> {
  const code = record.country.code;
  const thisYear = now.getUTCFullYear();
  // A year entered from the Alliance's past had no run: nothing to read.
  const run = record.cycles.filter((c) => !c.imported).map((c) => c.year);
  const years = [...new Set([...run, thisYear - 1, thisYear, thisYear + 1])];
  const sources: Promise<{ where: Place; audit?: AuditEntry[] } | undefined>[] = [
    Promise.resolve({ where: { kind: 'record' }, audit: record.audit }),
    ...years.map((year) => cycleAudit(client, kept, code, year).then((audit) => ({ where: { kind: 'cycle', year } as const, audit }))),
    ...record.escalations.map((e) =>
      unlessAbsent(escalationStatus(client, { country: code, year: e.year })).then(
        (s) => s && { where: { kind: 'escalation', year: e.year } as const, audit: s.audit },
      ),
    ),
    ...record.reactivations.map((r) =>
      unlessAbsent(client.workflow.getHandle(r.workflowId).query(getReactivationQuery)).then(
        (s) => s && { where: { kind: 'reactivation', requestedOn: r.requestedAt.slice(0, 10) } as const, audit: s.audit },
      ),
    ),
    unlessAbsent(client.workflow.getHandle(candidacyWorkflowId(code)).query(getCandidacyQuery)).then(
      (s) => s && { where: { kind: 'candidacy' } as const, audit: s.audit },
    ),
  ];
  const found = await Promise.all(sources);
  return found.flatMap((s) => (s?.audit ?? []).map((e) => ({ ...e, where: s!.where }))).sort((a, b) => a.at.localeCompare(b.at));
}
