import { DateTime } from 'luxon';
import { z } from 'zod';
import { lazy } from '../shared/lazy';
import type { EscalationRule, YearOutcome } from '../r19/criteria';
import { forecast, type Forecast } from '../r19/forecast';
import type { OpenResult } from './annual-cycle';
import type { CyclePolicy } from './policy';
import { cycleOutcomeSchema, outcomeOf, participationOf, type CycleOutcome, type Participation } from './report';
import { stages, terminalStages, type CycleState, type Stage, type Undeliverable } from './state';

// The year at a glance, as the annual run keeps it: one row per country, sent by its reporting cycle
// whenever the row changes, so the dashboard reads one workflow instead of querying two hundred.

/** What the dashboard shows of one country's cycle. */
export interface CycleRow {
  country: string;
  name: string;
  stage: Stage;
  /** The report deadline in force (ISO, UTC), after any extension. */
  deadline: string;
  /** The latest extension, if the deadline moved. */
  extension?: { to: string; reason: string };
  /** End of the review or revision window under way. */
  windowEndsAt?: string;
  round: number;
  remindersSent: number;
  reviewers: string[];
  /** The five R19 facts so far. */
  facts: CycleOutcome;
  lastSubmission?: { kind: 'report' | 'revision'; at: string; late: boolean };
  /** Who took part in the last report, and whether both social partners did (since 1.1; absent before a report). */
  participation?: Participation;
  /** A request for more time that awaits the secretariat. */
  pendingExtension?: { by: string; at: string; days: number; reason: string };
  /**
   * How many of the cycle's people still on record have an address the relay refused for good: the addresses
   * the secretariat has to correct (since 1.1, patch `cycle-row-refused-addresses`; absent when none).
   */
  undeliverable?: number;
}

/** A row as the annual run accepts it: anyone who can reach the server can send the signal too. */
export const cycleRowSchema = lazy(() =>
  z.looseObject({
    country: z.string().regex(/^[A-Z]{3}$/),
    name: z.string().max(200),
    stage: z.enum(stages),
    deadline: z.string().max(64),
    round: z.number().int().min(0).max(100),
    remindersSent: z.number().int().min(0),
    reviewers: z.array(z.string().max(254)).max(50),
    facts: cycleOutcomeSchema(),
    undeliverable: z.number().int().min(0).max(1000).optional(),
  }),
);

/**
 * The addresses to fix: the relay's latest refusal of each address still on record (the cycle's focal point,
 * deputy and reviewers), as the secretariat's list shows them and the year's row counts them.
 */
export function refusalsToFix(s: CycleState): Undeliverable[] {
  const current = [s.country.focalPoint, s.country.deputy, ...s.reviewers].map((p) => p.email);
  return [...new Map((s.undeliverable ?? []).filter((u) => current.includes(u.address)).map((u) => [u.address, u])).values()];
}

/**
 * The row a cycle sends. `countRefused` (patch `cycle-row-refused-addresses`): a refusal, or a corrected
 * address, changes the row and so sends it, which a run begun on 1.0 did not do.
 */
export function cycleRow(s: CycleState, { countRefused = false } = {}): CycleRow {
  const last = s.submissions.at(-1);
  const refused = countRefused ? refusalsToFix(s).length : 0;
  const extension = s.extensions.at(-1);
  const pending = s.extensionRequests?.find((r) => r.status === 'pending');
  return {
    country: s.country.code,
    name: s.country.name,
    stage: s.stage,
    deadline: s.deadline,
    ...(extension && { extension: { to: extension.to, reason: extension.reason } }),
    ...(s.windowEndsAt && { windowEndsAt: s.windowEndsAt }),
    round: s.round,
    remindersSent: s.remindersSent ?? 0,
    reviewers: s.reviewers.map((r) => r.email),
    facts: outcomeOf(s),
    ...(last && { lastSubmission: { kind: last.kind, at: last.at, late: last.late } }),
    // Changes only with a submission, as lastSubmission does: the row is sent no more often than before.
    ...(last && { participation: participationOf(last.report) }),
    ...(pending && { pendingExtension: { by: pending.by, at: pending.at, days: pending.days, reason: pending.reason } }),
    ...(refused > 0 && { undeliverable: refused }),
  };
}

/** One country's line on the dashboard: what opening its cycle gave, the cycle as it stands, the forecast. */
export interface YearViewRow {
  country: string;
  opened: OpenResult['result'];
  reason?: string;
  /** Absent for a cycle opened before cycles reported to their annual run, or not opened at all. */
  cycle?: CycleRow;
  previous?: YearOutcome;
  forecast?: Forecast;
}

export interface YearView {
  year: number;
  stage: 'open' | 'reporting' | 'done';
  closesAt: string;
  rule: EscalationRule;
  rows: YearViewRow[];
}

/** What the annual run keeps to answer for the dashboard. */
export interface YearModel {
  cycles: Record<string, CycleRow>;
  previous: Record<string, YearOutcome>;
}

export function yearView(base: Omit<YearView, 'rows'>, opened: OpenResult[], model: YearModel): YearView {
  const rows = opened.map(({ country, result, reason }): YearViewRow => {
    const cycle = model.cycles[country];
    const previous = model.previous[country];
    const row: YearViewRow = { country, opened: result, ...(reason && { reason }), ...(cycle && { cycle }), ...(previous && { previous }) };
    if (cycle)
      row.forecast = forecast(previous, { year: base.year, facts: cycle.facts, ended: terminalStages.includes(cycle.stage) }, base.rule);
    return row;
  });
  return { ...base, rows: rows.sort((a, b) => a.country.localeCompare(b.country)) };
}

/** How many cycles of the year still run (a forecast matters while any does). */
export const openCycleCount = (view: YearView) => view.rows.filter((r) => r.cycle && !terminalStages.includes(r.cycle.stage)).length;

/** The weekly digest goes out on Mondays at the policy's sending hour, in the secretariat's zone. */
export function nextDigestAt(after: DateTime, policy: CyclePolicy): DateTime {
  const local = after.setZone(policy.secretariatZone);
  let next = local.set({ weekday: 1, hour: policy.sendingHour, minute: 0, second: 0, millisecond: 0 });
  while (next <= local) next = next.plus({ weeks: 1 });
  return next;
}
