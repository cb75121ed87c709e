import {
  condition,
  getExternalWorkflowHandle,
  log,
  ParentClosePolicy,
  patched,
  proxyActivities,
  setHandler,
  sleep,
  startChild,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { now } from '../clock';
import { cycleCloseAt, iso } from '../../domain/shared/calendar';
import type { Person } from '../../domain/shared/country';
import { cycleEligibility, type CountryState } from '../../domain/record/country-record';
import { previousCounted } from '../../domain/r19/criteria';
import { parsePolicy, refused, type CyclePolicy, type CyclePolicyInput } from '../../domain/cycle/policy';
import type { Activities } from '../../activities';
import { reportingCycle } from '../reporting-cycle/workflow';
import { sendNotices } from '../notices';
import { rejection } from '../tasks';
import { internalWiring } from '../internal-signals';
import { CycleYear } from '../search-attributes';
import * as messages from './messages';
import { annualCycleId, countryWorkflowId, decisionWorkflowId, reportingCycleId } from '../../domain/shared/workflow-ids';
import { proposedFlags, WgReportDraft, type WgReportState } from '../../domain/cycle/wg-report-draft';
import type { DecisionOutcome } from '../../domain/decision/decision';
import type { Governance } from '../../domain/shared/country';
import { askBody } from '../decision/ask';
import { wgFlagReviewedSignal } from '../country/messages';
import { keepRejected, taskWiring } from '../tasks';
import {
  gcmReportNotices,
  outcomesMissing,
  outcomeWaitDays,
  reportNotices,
  reviewedRows,
  statusUpdateNotices,
  wgReportRows,
  type AnnualState,
  type OpenResult,
} from '../../domain/cycle/annual-cycle';
import { nextDigestAt, openCycleCount, yearView } from '../../domain/cycle/year-view';

const { readCountries, publishWgReport, publicHolidays, readGovernance, readReportThemes } = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

export interface AnnualInput {
  /** Defaults to the current year in the secretariat's zone (the yearly Schedule gives none). */
  year?: number;
  policy?: CyclePolicyInput;
  /** Open every registered country's cycle at once, as the yearly Schedule does. */
  openAll?: boolean;
}

/** After the cycles close, time for their last word to reach each country's record. */
const hourMs = 60 * 60 * 1000;
const reportAfterCloseMs = hourMs;

/** How often a draft waiting for the Working Group reads the registry's roles again. */
const dayMs = 24 * hourMs;

/**
 * `annual-cycle-<YEAR>`: opens the reporting cycle of every eligible country (R13, R14), idempotently;
 * after the cycle close, drafts the Working Group's report, which the WG edits and its chair signs off
 * before it goes to the GCM; once the GCM has taken note of it, every country gets its annual status
 * update (R18). Runs begun before 1.1 compile the report and send it all at once.
 */
export async function annualCycle(input: AnnualInput): Promise<AnnualState> {
  let policy: CyclePolicy;
  try {
    policy = parsePolicy(input.policy ?? {});
  } catch (error) {
    throw rejection(error);
  }
  const year = input.year ?? now().setZone(policy.secretariatZone).year;
  const closesAt = cycleCloseAt(year, policy);
  const state: AnnualState = { year, stage: 'open', closesAt: closesAt.toUTC().toISO()!, opened: [], model: { cycles: {}, previous: {} } };
  let secretariat: Person | undefined;
  upsertSearchAttributes([{ key: CycleYear, value: year }]);

  let busy = false;
  const open = async (countries?: string[]): Promise<OpenResult[]> => {
    await condition(() => !busy);
    busy = true;
    try {
      const records = await readCountries(countries);
      secretariat = records[0]?.governance.secretariat ?? secretariat;
      const holidays = await holidaysOf(records);
      // All children start at once: one workflow task for the lot, not one per country.
      const results = await Promise.all(
        (countries ?? records.map((r) => r.country.code)).map((code) => {
          const record = records.find((r) => r.country.code === code);
          return record ? openOne(record, holidays[code]) : Promise.resolve<OpenResult>({ country: code, result: 'not registered' });
        }),
      );
      for (const r of results) {
        const i = state.opened.findIndex((o) => o.country === r.country);
        if (i < 0) state.opened.push(r);
        else if (state.opened[i]!.result !== 'started') state.opened[i] = r;
      }
      return results;
    } finally {
      busy = false;
    }
  };
  /** The public holidays of the countries whose cycles may open, which reminders to their focal points avoid (since 1.1). */
  const holidaysOf = async (records: CountryState[]): Promise<Record<string, string[]>> => {
    const countries = records.filter((r) => cycleEligibility(r.country, year, policy).eligible).map((r) => r.country.code);
    if (!policy.publicHolidays || countries.length === 0 || !patched('public-holidays')) return {};
    return publicHolidays({ countries, year });
  };
  const openOne = async ({ country, governance, cycles, evaluateFrom }: CountryState, holidays?: string[]): Promise<OpenResult> => {
    const eligibility = cycleEligibility(country, year, policy);
    if (!eligibility.eligible) return { country: country.code, result: 'not eligible', reason: eligibility.reason };
    // The forecast weighs this year against the last (R19: two consecutive years).
    const previous = previousCounted(cycles, year, evaluateFrom);
    if (previous) state.model.previous[country.code] = { year: previous.year, outcome: previous.outcome };
    try {
      await startChild(reportingCycle, {
        workflowId: reportingCycleId(country.code, year),
        args: [{ country, year, policy, secretariat: governance.secretariat, ...(holidays && { holidays }) }],
        parentClosePolicy: ParentClosePolicy.ABANDON,
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
      return { country: country.code, result: 'started' };
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return { country: country.code, result: 'already exists' };
      throw error;
    }
  };

  setHandler(messages.openCyclesUpdate, ({ countries }) => open(countries), {
    validator: ({ countries }: { countries?: string[] }) => {
      const bad = countries?.filter((c) => !/^[A-Z]{3}$/.test(c));
      if (bad?.length) throw rejection(refused('countries', { code: 'notCountryCode', codes: bad }));
      if (state.stage !== 'open') throw rejection(refused('year', { code: 'yearClosed', year, closesAt: state.closesAt }));
    },
  });
  let openAllRequests = input.openAll ? 1 : 0;
  setHandler(messages.openAllCyclesSignal, () => void openAllRequests++);
  setHandler(messages.getAnnualCycleQuery, () => state);
  // A row in the shape the cycles send (the view shows only the countries this run opened): a malformed
  // one, from anyone who can reach the server, is refused, so that it breaks neither the dashboard nor the digest.
  const internal = internalWiring({
    refuse: (name, problems) => log.warn('a malformed cycle row was refused', { problems }),
  });
  internal(messages.cycleRowSignal, 'cycleRow', (row) => {
    state.model.cycles[row.country] = row;
  });
  // The WG's work on its draft (since 1.1): refused until there is a draft, and once it is signed off.
  const wg: { draft?: WgReportDraft; changes: number } = { changes: 0 };
  const drafting = () => {
    if (!wg.draft || state.stage !== 'drafting') throw refused('year', { code: 'wgReport', why: 'notDrafting', year });
    return wg.draft;
  };
  const task = taskWiring({
    result: () => state,
    onRejectedSignal: keepRejected(() => (state.rejectedSignals ??= [])),
    onChange: () => void wg.changes++,
    trail: () => (state.audit ??= []),
  });
  task(messages.writeNarrative, { validate: (a) => drafting().validateNarrative(a), apply: (a) => drafting().narrative(a, now()) });
  task(messages.reviewFlag, { validate: (a) => drafting().validateFlagReview(a), apply: (a) => drafting().flagReview(a, now()) });
  task(messages.signOffReport, { validate: (a) => drafting().validateSignOff(a), apply: (a) => drafting().signOff(a, now()) });
  // The dashboard shows a year whose report is with the WG or the GCM as reporting.
  const viewStage = () => (state.stage === 'drafting' || state.stage === 'with-gcm' ? 'reporting' : state.stage);
  const view = () => yearView({ year, stage: viewStage(), closesAt: state.closesAt, rule: policy.escalation }, state.opened, state.model);
  setHandler(messages.getYearViewQuery, view);

  /** The secretariat's weekly look ahead: which countries would be flagged if nothing more came in. */
  const sendDigest = async () => {
    const v = view();
    const open = openCycleCount(v);
    if (!secretariat || open === 0) return;
    state.lastDigestAt = iso(now());
    const atRisk = v.rows.flatMap((r) =>
      r.cycle && r.forecast?.risk === 'at-risk'
        ? [{ country: r.country, name: r.cycle.name, stage: r.cycle.stage, criteria: r.forecast.criteria, toAvoid: r.forecast.toAvoid }]
        : [],
    );
    const key = `${annualCycleId(year)}/forecast-digest-${state.lastDigestAt.slice(0, 10)}/${secretariat.email}`;
    await sendNotices([{ key, kind: 'forecast-digest', to: secretariat, cc: [], year, atRisk, openCycles: open }]);
  };

  const reportAt = closesAt.toMillis() + reportAfterCloseMs;
  let digestAt = nextDigestAt(now(), policy).toMillis();
  while (Date.now() < reportAt) {
    if (openAllRequests > 0) {
      openAllRequests--;
      await open();
      continue;
    }
    if (Date.now() >= digestAt) {
      await sendDigest();
      digestAt = nextDigestAt(now(), policy).toMillis();
      continue;
    }
    const wakeAt = Math.min(reportAt, digestAt);
    await condition(() => openAllRequests > 0, Math.max(1, wakeAt - Date.now()));
  }

  state.stage = 'reporting';
  await condition(() => !busy);
  const codes = state.opened.filter((o) => o.result === 'started' || o.result === 'already exists').map((o) => o.country);
  let records = codes.length ? await readCountries(codes) : [];
  // The report waits for every cycle's outcome (a cycle may close late, e.g. while the mail relay is
  // away), for up to a week, looking again every hour; then it lists what is still missing and why.
  let missing = outcomesMissing(records, state.model, year);
  const giveUpAt = Date.now() + outcomeWaitDays * 24 * hourMs;
  while (missing.length > 0 && Date.now() < giveUpAt) {
    await sleep(Math.min(hourMs, giveUpAt - Date.now()));
    records = await readCountries(codes);
    missing = outcomesMissing(records, state.model, year);
  }
  const rows = wgReportRows(records, year, missing);
  const withoutCycle = state.opened.filter((o) => o.result === 'not eligible').map((o) => o.country);
  if (!patched('wg-report-by-the-wg')) {
    const { location } = await publishWgReport({ year, rows });
    state.report = { location, rows };
    secretariat = records[0]?.governance.secretariat ?? secretariat;
    const others = withoutCycle.length ? await readCountries(withoutCycle) : [];
    const outbox = reportNotices({ year, rows, location, records, others, secretariat });
    await sendNotices(outbox, secretariat);
    state.stage = 'done';
    return state;
  }

  // The WG's report is the WG's (DESIGN.md §7): drafted here, edited and signed off by the WG in the portal.
  secretariat = records[0]?.governance.secretariat ?? secretariat;
  const report: WgReportState = { rows, themes: await readReportThemes({ codes, year }) };
  state.report = report;
  // The roles every record holds, read from a country of the year's (a year without cycles has those without).
  const rolesFrom = codes[0] ?? withoutCycle[0];
  const firstRecord = records[0] ?? (rolesFrom ? (await readCountries([rolesFrom]))[0] : undefined);
  const fallback: Governance = firstRecord?.governance ?? { secretariat: secretariat!, gcm: [] };
  const readRoles = () => readGovernance({ code: rolesFrom, fallback });
  let governance = await readRoles();
  secretariat ??= governance.secretariat;
  const draft = (wg.draft = new WgReportDraft(year, report, governance));
  state.stage = 'drafting';
  await sendNotices(draft.draftNotices(secretariat), secretariat);
  while (!draft.signed) {
    const seen = wg.changes;
    // Membership is the registry's when a member acts: read again after each step and every day.
    await condition(() => wg.changes !== seen, dayMs);
    if (!draft.signed) draft.readRoles((governance = await readRoles()));
  }

  // Signed off: published, each flagged country's record told the WG's word, and the report goes to the GCM.
  const { themes, narratives, flagReviews, signedBy, signedByName, signedAt } = report;
  report.location = (await publishWgReport({ year, rows, themes, narratives, flagReviews, signedBy, signedByName, signedAt })).location;
  // A record that is gone (a country removed from the registry) has no flag left to confirm.
  for (const code of proposedFlags(report))
    await getExternalWorkflowHandle(countryWorkflowId(code))
      .signal(wgFlagReviewedSignal, { year })
      .catch((error: unknown) =>
        log.warn("a flagged country's record could not be told of the WG's review", { code, error: String(error) }),
      );
  state.stage = 'with-gcm';
  const reviewed = reviewedRows(report);
  await sendNotices(
    gcmReportNotices({ year, rows: reviewed, location: report.location, records: [{ governance }], secretariat }),
    secretariat,
  );

  // The GCM takes note of it as a body; a meeting that does not puts it to the next one.
  for (let round = 1; report.gcm?.outcome?.result !== 'adopted'; round++) {
    const decision = decisionWorkflowId('gcm', 'wg-report', String(year), round);
    report.gcm = { decision };
    let outcome: DecisionOutcome | undefined;
    await askBody(
      decision,
      {
        body: 'gcm',
        subject: { kind: 'wg-report', year },
        proposal: `take note of the Working Group's report on the ${year} cycle, signed off by its chair on ${signedAt!.slice(0, 10)}`,
        policy,
        governance: await readRoles(),
      },
      (taken) => void (outcome = taken),
    );
    await condition(() => outcome !== undefined);
    report.gcm = { decision, outcome };
  }

  // Only now do the countries hear of their status, a flag only where the WG confirmed it.
  const others = withoutCycle.length ? await readCountries(withoutCycle) : [];
  records = codes.length ? await readCountries(codes) : [];
  await sendNotices(statusUpdateNotices({ year, rows: reviewed, records, others }), secretariat);
  state.stage = 'done';
  return state;
}

/** What the yearly Schedule starts each January: this year's annual cycle, opening every country. */
export async function yearlyOpening(input: { policy?: CyclePolicyInput } = {}): Promise<string> {
  const zone = parsePolicy(input.policy ?? {}).secretariatZone;
  const year = now().setZone(zone).year;
  const workflowId = annualCycleId(year);
  try {
    await startChild(annualCycle, {
      workflowId,
      args: [{ year, policy: input.policy, openAll: true }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    await getExternalWorkflowHandle(workflowId).signal(messages.openAllCyclesSignal);
  }
  return workflowId;
}
