import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { AuditEntry } from '../domain/shared/audit';
import type { CountryState } from '../domain/record/country-record';
import { candidacyWorkflowId } from '../domain/shared/workflow-ids';
import { getCandidacyQuery } from '../workflows/candidacy/messages';
import { getReactivationQuery } from '../workflows/reactivation/messages';
import { cycleState } from './cycles';
import { isRefusal } from './errors';
import { escalationStatus } from './escalation';

// A country's audit trail for its dossier: what each of its workflows recorded of the human tasks it
// received — the record itself, its cycles, escalations, reactivation requests and candidacy.

export type PlacedEntry = AuditEntry & { where: string };

/** A workflow the country never had (no cycle that year, no candidacy) has nothing to add. */
const unlessAbsent = <T>(query: Promise<T>): Promise<T | undefined> =>
  query.catch((error: unknown) => {
    if (isRefusal(error) || error instanceof WorkflowNotFoundError) return undefined;
    throw error;
  });

export async function countryAuditTrail(client: Client, record: CountryState, now = new Date()): Promise<PlacedEntry[]> {
  const code = record.country.code;
  const thisYear = now.getUTCFullYear();
  const years = [...new Set([...record.cycles.map((c) => c.year), thisYear - 1, thisYear, thisYear + 1])];
  const sources: Promise<{ where: string; audit?: AuditEntry[] } | undefined>[] = [
    Promise.resolve({ where: 'country record', audit: record.audit }),
    ...years.map((year) => unlessAbsent(cycleState(client, code, year)).then((s) => s && { where: `${year} cycle`, audit: s.audit })),
    ...record.escalations.map((e) =>
      unlessAbsent(escalationStatus(client, { country: code, year: e.year })).then(
        (s) => s && { where: `${e.year} escalation`, audit: s.audit },
      ),
    ),
    ...record.reactivations.map((r) =>
      unlessAbsent(client.workflow.getHandle(r.workflowId).query(getReactivationQuery)).then(
        (s) => s && { where: `reactivation request of ${r.requestedAt.slice(0, 10)}`, audit: s.audit },
      ),
    ),
    unlessAbsent(client.workflow.getHandle(candidacyWorkflowId(code)).query(getCandidacyQuery)).then(
      (s) => s && { where: 'candidacy', audit: s.audit },
    ),
  ];
  const found = await Promise.all(sources);
  return found.flatMap((s) => (s?.audit ?? []).map((e) => ({ ...e, where: s!.where }))).sort((a, b) => a.at.localeCompare(b.at));
}
