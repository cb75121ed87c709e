import { cycleRecordKey, type CycleRecord } from '../activities/records';
import { getJson, type ObjectStore } from '../store/object-store';
import { NotFound } from './errors';
import { countryCode, cycleYear } from './inputs';

/** A closed cycle's kept record, read from the store: there even after the run has left Temporal. */
export async function cycleRecord(records: ObjectStore, country: string, year: string | number): Promise<CycleRecord> {
  const [code, y] = [countryCode(country), cycleYear(year)];
  const record = await getJson<CycleRecord>(records, cycleRecordKey(code, y, 'cycle.json'));
  if (!record) throw NotFound.because({ code: 'notFound', what: 'record', country: code, year: y });
  return record;
}

/** The record as lines a person reads: what happened when, then the outcome R19 weighs. */
export function recordLines({ state, closedAt, status }: CycleRecord): string[] {
  const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  const events = [
    ...state.submissions.map((s) => ({ at: s.at, what: `${s.kind} submitted by ${s.by}${s.late ? ', late' : ''}` })),
    ...state.reviews.map((r) => ({ at: r.at, what: `review round ${r.round} by ${r.by}: ${r.decision}` })),
    ...(state.publishedAt ? [{ at: state.publishedAt, what: `published at ${state.publishedLocation ?? '?'}` }] : []),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const facts = (o: object) =>
    Object.entries(o)
      .map(([fact, held]) => `${fact} ${held ? 'yes' : 'no'}`)
      .join(', ');
  // What the country declared of (c)–(e), kept beside the Working Group's judgment, which R19 counts.
  const { declared, ...outcome } = state.outcome ?? {};
  return [
    `${state.country.code} ${state.year}: ${state.stage}, round ${state.round} (run ${status.toLowerCase()}${closedAt ? ` ${when(closedAt)}` : ''})`,
    ...events.map((e) => `  ${when(e.at)}  ${e.what}`),
    `outcome: ${state.outcome ? facts(outcome) : 'none'}`,
    ...(declared ? [`declared by the country: ${facts(declared)}`] : []),
  ];
}
