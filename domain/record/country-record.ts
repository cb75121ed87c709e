import { secretariatPeople } from '../shared/roles';
import type { AuditEntry } from '../shared/audit';
import { DateTime } from 'luxon';
import type { Country, Governance, PathfinderStatus, Person } from '../shared/country';
import { evaluate, previousCounted, type Criterion, type EscalationRule } from '../r19/criteria';
import { focalPointsArgs, roadmapUpdateArgs } from './args';
import {
  changesLine,
  roadmapChanges,
  roadmapFromCandidacy,
  type CandidacyPlan,
  type RoadmapChange,
  type RoadmapDocument,
} from '../roadmap/document';
import { historyImportArgs, pastCycleRecord, type PastCycle } from './past-cycles';
import * as assistance from '../assistance/assistance';
import type { AssistanceRecord, AssistanceRequest } from '../assistance/assistance';
import type { AssistanceGivenArgs, AssistanceMatchArgs, AssistanceOfferArgs, AssistanceRequestArgs } from '../assistance/args';
import type { AssistanceEvent } from '../assistance/events';
import {
  reactivationArgs,
  recordedReactivationArgs,
  requestOnRecord,
  type ReactivationArgs,
  type ReactivationRequest,
  type RequestOnRecord,
} from '../reactivation/args';
import type { CycleEvidence } from '../cycle/wg-report-row';
import type { Notice } from '../shared/notice';
import { cycleCloseAt, firstReportingYear, iso } from '../shared/calendar';
import { defaultPolicy, parseInput, refused, requireSender, type BodySettings, type CyclePolicy } from '../cycle/policy';
import type { RefusalReason } from '../shared/refusals';
import type { CycleOutcome } from '../cycle/report';
import { countryWorkflowId, escalationWorkflowId, reactivationWorkflowId } from '../shared/workflow-ids';
import type { CandidacyEvent, EscalationEvent, HistoryEvent, StatusReason } from '../shared/history-event';

// The record of one pathfinder country (R1, R2, R19–R23) as a plain state machine: the `pathfinderCountry`
// workflow feeds it messages and carries out what it asks for (e-mails, child workflows, publication).

/** What a reporting cycle tells its country when it ends. */
export interface CycleClosed {
  year: number;
  stage: string;
  outcome: CycleOutcome;
  rule: EscalationRule;
  evidence: CycleEvidence;
  /** How the bodies decide on what this cycle brings them, from its policy (absent in cycles closed before it was kept). */
  bodySettings?: BodySettings;
}

/** The Working Group's word on a proposed flag, from its signed report to the GCM. */
export interface WgFlagReview {
  decision: 'confirmed' | 'withdrawn';
  reason: string;
  by: string;
  at: string;
}

/**
 * R19's flag of a cycle. Since `wg-confirms-flags` it is `proposed` to the WG's report and reaches the GCM
 * only once the WG confirms it; a flag without `proposed` went to the GCM straight away.
 */
export interface CycleFlag {
  criteria: Criterion[];
  proposed?: true;
  confirmed?: Omit<WgFlagReview, 'decision'>;
  withdrawn?: Omit<WgFlagReview, 'decision'>;
}

/** Where a flag stands: awaiting the WG, confirmed or withdrawn by it, or raised to the GCM before the WG judged flags. */
export type FlagStatus = 'proposed' | 'confirmed' | 'withdrawn' | 'raised';
export const flagStatus = (flag: CycleFlag): FlagStatus =>
  flag.withdrawn ? 'withdrawn' : flag.confirmed ? 'confirmed' : flag.proposed ? 'proposed' : 'raised';

export interface CycleRecord extends CycleClosed {
  closedAt: string;
  flag?: CycleFlag;
  /** A cycle run before this system, entered by the secretariat (`pathfinder history import`). */
  imported?: { at: string; by: string; note?: string; documents?: PastCycle['documents'] };
}

export interface EscalationRecord {
  workflowId: string;
  year: number;
  criteria: Criterion[];
  openedAt: string;
  closedAt?: string;
  result?: 'resumed' | 'inactive';
}

export interface ReactivationRecord {
  workflowId: string;
  requestedAt: string;
  by: string;
  /** The letter; the report stays with the request's run (domain/reactivation/args.ts). */
  request: RequestOnRecord;
  closedAt?: string;
  result?: 'reactivated' | 'refused';
}

export interface HistoryEntry {
  at: string;
  /** The line in English, as the CLI and the published files show it. */
  what: string;
  /** What the line says, for a page to say it in its reader's language (absent in lines written before it was kept). */
  event?: HistoryEvent;
}

/** Work the workflow must do for the record: start a child, or republish the public profile. */
export type Action =
  | { kind: 'start-escalation'; escalation: EscalationRecord }
  /** The whole request goes to the request's run; the record keeps its letter. */
  | { kind: 'start-reactivation'; reactivation: ReactivationRecord & { request: ReactivationRequest } }
  | { kind: 'publish-profile' }
  /** Cancel the reporting cycles of these years if they run: an inactive country gets no reminders. */
  | { kind: 'suspend-cycles'; years: number[] }
  /** A grant is applied once the candidacy's own state confirms it: a signal alone could be forged. */
  | { kind: 'confirm-grant'; grant: Grant }
  /** The focal point or deputy changed: the running cycles of these years take the new ones. */
  | { kind: 'hand-over-cycles'; years: number[] }
  /** An escalation's or a reactivation request's end is applied once its own workflow confirms it. */
  | { kind: 'confirm-escalation-end'; end: EscalationEnd }
  /** So is a cycle's end, once its reporting cycle confirms it. */
  | { kind: 'confirm-cycle-closed'; closed: CycleClosed }
  /** And the WG's review of a proposed flag, once the year's annual run shows it in the signed report. */
  | { kind: 'confirm-wg-flag-review'; year: number }
  /** And a registry entry, once a worker finds it signed by an import. */
  | { kind: 'confirm-registry-entry'; entry: { country: Country; governance: Governance; signature?: string } }
  | { kind: 'confirm-reactivation-end'; end: ReactivationEnd }
  | { kind: 'confirm-reactivation-noted'; workflowId: string };

export interface EscalationEnd {
  year: number;
  result: 'resumed' | 'inactive';
  reason: string;
}
export interface ReactivationEnd {
  workflowId: string;
  result: 'reactivated' | 'refused';
  note: string;
  nextCycleYear: number;
}

/** The GCM's decision on taking note of a reactivation (R23): its day, how it was taken, and the objections that decided it. */
/** A version of the roadmap: since 1.1 the whole document and what changed from the version before it. */
export interface RoadmapVersion {
  version: number;
  at: string;
  summary: string;
  by?: string;
  /** The whole document: kept on the latest version that has one only. */
  document?: RoadmapDocument;
  changes?: RoadmapChange[];
}

export interface ReactivationNoted {
  workflowId: string;
  noted: boolean;
  on: string;
  how: 'meeting' | 'silence-procedure';
  reasons: string[];
}

export interface Grant {
  grantedOn: string;
  reviewers: Person[];
  roadmap: string;
}

export interface CountryState {
  country: Country;
  governance: Governance;
  status: PathfinderStatus;
  statusSince: string;
  /** R12: the roadmap's versions; a reactivation letter with roadmap changes adds one. */
  roadmaps: RoadmapVersion[];
  cycles: CycleRecord[];
  escalations: EscalationRecord[];
  reactivations: ReactivationRecord[];
  /** After a reactivation, R19 counts cycles from this year on. */
  evaluateFrom?: number;
  history: HistoryEntry[];
  /** Every human task taken or refused (absent in records that began before it was kept). */
  audit?: AuditEntry[];
  /** Assistance asked, offered and given (DESIGN.md §8; absent until the country first asks or is offered). */
  assistance?: AssistanceRecord;
  outbox: Notice[];
  actions: Action[];
}

/** An inactive country may file a reactivation request while none is open (R23). */
export const awaitsReactivationRequest = (r: Pick<CountryState, 'status' | 'reactivations'>) =>
  r.status === 'inactive' && !r.reactivations.some((x) => !x.closedAt);

export class CountryRecord {
  constructor(readonly state: CountryState) {}

  static create(country: Country, governance: Governance, now: DateTime): CountryRecord {
    const at = iso(now);
    return new CountryRecord({
      country,
      governance,
      status: country.status,
      statusSince: country.grantedOn ?? at,
      roadmaps: [],
      cycles: [],
      escalations: [],
      reactivations: [],
      history: [{ at, what: `registered as ${country.status}`, event: { kind: 'registered', status: country.status } }],
      outbox: [],
      actions: [],
    });
  }

  get code(): string {
    return this.state.country.code;
  }

  /** The country, as a refusal names it. */
  private get countryRef() {
    const { code, name } = this.state.country;
    return { code, name };
  }

  get focalPoints(): Person[] {
    return [this.state.country.focalPoint, this.state.country.deputy];
  }

  get openEscalation(): EscalationRecord | undefined {
    return this.state.escalations.find((e) => !e.closedAt);
  }

  /** Benefits (R2) hold only while active. */
  get benefits(): boolean {
    return this.state.status === 'active';
  }

  /**
   * A new registry import. Names, focal points and reviewers follow the file; the status does not, once
   * registered: it changes only by the GCM's decisions, so re-importing a file cannot undo them. Nor can a
   * file without a grant date erase the one a grant recorded (R14 counts the first cycle from it).
   */
  importRegistry(country: Country, governance: Governance, now: DateTime): void {
    const s = this.state;
    const grantedOn = country.grantedOn ?? s.country.grantedOn;
    const next = { ...country, status: s.status, ...(grantedOn && { grantedOn }) };
    if (JSON.stringify(next) === JSON.stringify(s.country) && JSON.stringify(governance) === JSON.stringify(s.governance)) return;
    s.country = next;
    s.governance = governance;
    s.history.push({ at: iso(now), what: 'registry entry updated', event: { kind: 'registryUpdated' } });
  }

  validateFocalPoints(args: unknown) {
    const parsed = parseInput(focalPointsArgs(), 'focal point change', args);
    const { secretariat } = this.state.governance;
    requireSender(parsed.as, secretariatPeople(this.state.governance), { role: 'secretariat', email: secretariat.email });
    const focal = parsed.focalPoint ?? this.state.country.focalPoint;
    const deputy = parsed.deputy ?? this.state.country.deputy;
    if (focal.email === deputy.email) throw refused('focal point change', { code: 'deputyIsFocalPoint' });
    return { ...parsed, focal, deputy };
  }

  /** After a change of focal point or deputy: the cycles that may run (last, this and next year) are told. */
  /** How the bodies decide on what the cycle of `year` brought them, or, without a year, on what came after the latest cycle. */
  bodySettings(year?: number): BodySettings | undefined {
    return this.state.cycles.filter((c) => c.bodySettings && (year === undefined || c.year === year)).at(-1)?.bodySettings;
  }

  handOverCycles(now: DateTime): void {
    const year = now.setZone(this.state.governance.secretariat.zone).year;
    this.state.actions.push({ kind: 'hand-over-cycles', years: [year - 1, year, year + 1] });
  }

  changeFocalPoints(args: unknown, now: DateTime): void {
    const { focal, deputy, as } = this.validateFocalPoints(args);
    this.state.country = { ...this.state.country, focalPoint: focal, deputy };
    this.state.history.push({
      at: iso(now),
      what: `focal points now ${focal.name} <${focal.email}> and deputy ${deputy.name} <${deputy.email}> (by ${as})`,
      event: {
        kind: 'focalPointsChanged',
        focalPoint: { name: focal.name, email: focal.email },
        deputy: { name: deputy.name, email: deputy.email },
        by: as,
      },
    });
  }

  /**
   * A cycle has ended: keep its outcome, then apply R19 over this and the previous cycle. With `wgConfirmsFlags`
   * a flag is only proposed to the WG's report (§7); before, it went to the GCM at once.
   */
  recordCycle(closed: CycleClosed, now: DateTime, { wgConfirmsFlags = false } = {}): void {
    const s = this.state;
    if (s.cycles.some((c) => c.year === closed.year)) return; // a repeated signal
    const record: CycleRecord = { ...closed, closedAt: iso(now) };
    s.cycles.push(record);
    s.cycles.sort((a, b) => a.year - b.year);
    s.history.push({
      at: iso(now),
      what: `${closed.year} cycle ended ${closed.stage}`,
      event: { kind: 'cycleEnded', year: closed.year, stage: closed.stage },
    });

    const previous = previousCounted(s.cycles, closed.year, s.evaluateFrom);
    const result = evaluate(previous, closed, closed.rule);
    if (!result.flagged || closed.year < (s.evaluateFrom ?? -Infinity)) return;
    const years = [closed.year - 1, closed.year];
    if (wgConfirmsFlags) {
      record.flag = { criteria: result.criteria, proposed: true };
      s.history.push({
        at: iso(now),
        what: `flag proposed to the Working Group's report after ${years.join(' and ')}: ${result.criteria.join(', ')}`,
        event: { kind: 'flagProposed', years, criteria: result.criteria },
      });
      return;
    }
    record.flag = { criteria: result.criteria };
    s.history.push({
      at: iso(now),
      what: `flagged to the GCM after ${years.join(' and ')}: ${result.criteria.join(', ')}`,
      event: { kind: 'flagged', years, criteria: result.criteria },
    });
    this.escalate(record, now);
  }

  /** The cycle of `year` whose proposed flag the WG has not yet reviewed, if any. */
  flagAwaitingWg(year: number): CycleRecord | undefined {
    return this.state.cycles.find((c) => c.year === year && c.flag && flagStatus(c.flag) === 'proposed');
  }

  /**
   * The WG, in its signed report, confirmed a proposed flag (it goes to the GCM, which is asked whether to open
   * a dialogue) or withdrew it (no escalation; the flag is kept with the WG's reason).
   */
  reviewFlag(year: number, review: WgFlagReview, now: DateTime): void {
    const record = this.flagAwaitingWg(year);
    if (!record?.flag) return; // a repeated signal
    const { decision, ...said } = review;
    const { criteria } = record.flag;
    if (decision === 'withdrawn') {
      record.flag.withdrawn = said;
      this.state.history.push({
        at: iso(now),
        what: `${year} flag withdrawn by the Working Group (${review.by}): ${review.reason}`,
        event: { kind: 'flagWithdrawn', year, criteria, by: review.by, reason: review.reason },
      });
      return;
    }
    record.flag.confirmed = said;
    this.state.history.push({
      at: iso(now),
      what: `${year} flag confirmed by the Working Group (${review.by}): ${criteria.join(', ')} (${review.reason})`,
      event: { kind: 'flagConfirmed', year, criteria, by: review.by, reason: review.reason },
    });
    this.escalate(record, now);
  }

  /** A flag goes to the GCM: its escalation starts, unless one is open or the country is not active. */
  private escalate(record: CycleRecord, now: DateTime): void {
    const s = this.state;
    const { year } = record;
    const criteria = record.flag!.criteria;
    if (this.openEscalation || s.status !== 'active') return;
    const escalation: EscalationRecord = { workflowId: escalationWorkflowId(this.code, year), year, criteria, openedAt: iso(now) };
    s.escalations.push(escalation);
    s.actions.push({ kind: 'start-escalation', escalation });
    const previous = previousCounted(s.cycles, year, s.evaluateFrom);
    const evidence = [previous, record]
      .filter((c) => c !== undefined)
      .map(({ year, stage, outcome, evidence }) => ({ year, stage, outcome, evidence }));
    for (const person of [...s.governance.gcm, s.governance.secretariat]) {
      const confirmed = record.flag!.confirmed;
      this.notify(person, 'escalation-flag', `flag-${year}`, {
        year,
        criteria,
        evidence,
        ...(confirmed && { wgConfirmation: confirmed.reason }),
      });
    }
  }

  /**
   * Past cycles the secretariat enters: years whose cycle has closed, none already on record, all or none. They
   * count for R19 like recorded ones, but raise no flag themselves: the first cycle recorded here does.
   */
  validateHistoryImport(args: unknown, now: DateTime) {
    const parsed = parseInput(historyImportArgs(), 'history import', args);
    const { secretariat } = this.state.governance;
    requireSender(parsed.as, secretariatPeople(this.state.governance), { role: 'secretariat', email: secretariat.email });
    const reasons = parsed.cycles.flatMap(({ year }, index): RefusalReason[] =>
      now < cycleCloseAt(year, defaultPolicy())
        ? [{ code: 'historyYear', index, year, why: 'notClosed' }]
        : this.state.cycles.some((r) => r.year === year)
          ? [{ code: 'historyYear', index, year, why: 'onRecord', country: this.countryRef }]
          : [],
    );
    if (reasons.length) throw refused('history import', ...reasons);
    return parsed;
  }

  importHistory(args: unknown, now: DateTime): void {
    const { as, cycles } = this.validateHistoryImport(args, now);
    const s = this.state;
    s.cycles.push(...cycles.map((c) => pastCycleRecord(c, as, iso(now))));
    s.cycles.sort((a, b) => a.year - b.year);
    s.history.push({
      at: iso(now),
      what: `past cycles imported: ${cycles.map((c) => c.year).join(', ')} (by ${as})`,
      event: { kind: 'pastCyclesImported', years: cycles.map((c) => c.year), by: as },
    });
  }

  /** Dialogue, support and other steps of an escalation, for the country's history. */
  recordEscalationStep(step: { year: number; what: string; event?: EscalationEvent }, now: DateTime): void {
    this.state.history.push({
      at: iso(now),
      what: `GCM escalation ${step.year}: ${step.what}`,
      ...(step.event && { event: { kind: 'escalation', year: step.year, step: step.event } }),
    });
  }

  /** `tried`, what the GCM tried before this end, is told to an inactive country (absent for ends taken at their word). */
  closeEscalation(end: EscalationEnd, now: DateTime, tried?: Notice['tried']): void {
    const s = this.state;
    const escalation = s.escalations.find((e) => e.year === end.year && !e.closedAt);
    if (!escalation) return; // a repeated signal
    escalation.closedAt = iso(now);
    escalation.result = end.result;
    if (end.result === 'resumed') {
      s.history.push({
        at: iso(now),
        what: `GCM escalation ${end.year} closed: the country resumes (${end.reason})`,
        event: { kind: 'escalationResumed', year: end.year, reason: end.reason },
      });
      return;
    }
    this.setStatus('inactive', now, `declared inactive by the GCM: ${end.reason}`, { kind: 'declaredInactive', reason: end.reason });
    const year = now.setZone(s.governance.secretariat.zone).year;
    s.actions.push({ kind: 'suspend-cycles', years: [year - 1, year, year + 1].filter((y) => !s.cycles.some((c) => c.year === y)) });
    for (const person of this.focalPoints)
      this.notify(person, 'country-inactive', `inactive-${end.year}`, {
        reason: end.reason,
        ...(tried && { tried }),
        cc: [s.governance.secretariat.email],
      });
  }

  /** R23: when the GCM took note of a reactivation the secretariat verified (a line of the history; the status is the verification's). */
  recordReactivationNoted(n: ReactivationNoted, now: DateTime): void {
    const same = (e?: HistoryEvent) => e?.kind === 'reactivationNoted' && e.noted === n.noted && e.on === n.on && e.how === n.how;
    if (this.state.history.some((h) => same(h.event))) return; // told again
    const what = n.noted
      ? `the GCM took note of the reactivation on ${n.on}`
      : `the GCM did not take note of the reactivation on ${n.on}: ${n.reasons.join('; ')}`;
    this.state.history.push({
      at: iso(now),
      what,
      event: { kind: 'reactivationNoted', noted: n.noted, on: n.on, how: n.how, reasons: n.reasons },
    });
  }

  /** A step of the country's candidacy (R3–R11), for its history. */
  recordCandidacyStep(what: string, now: DateTime, event?: CandidacyEvent): void {
    this.state.history.push({ at: iso(now), what: `candidacy: ${what}`, ...(event && { event: { kind: 'candidacy', step: event } }) });
  }

  /** R11: the GCM granted status; implementation starts and the first cycle follows R14. */
  grant(grant: Grant, now: DateTime, plan?: CandidacyPlan): void {
    if (this.state.status !== 'candidate' && this.state.status !== 'withdrawn') return; // a repeated signal
    this.state.country = { ...this.state.country, grantedOn: grant.grantedOn, reviewers: grant.reviewers };
    // The candidacy's roadmap (or national action plans), as the candidacy itself holds it, is version 1 (R9, R12).
    const document = plan && roadmapFromCandidacy(plan);
    this.state.roadmaps.push({
      version: this.state.roadmaps.length + 1,
      at: iso(now),
      summary: grant.roadmap,
      ...(document && { document }),
    });
    this.setStatus('active', now, `granted by the GCM on ${grant.grantedOn}`, { kind: 'granted', on: grant.grantedOn });
  }

  /** `withdrawal` is the candidate's own reason and address (absent from candidacies that began before it was told). */
  withdraw(reason: string, now: DateTime, withdrawal?: { reason: string; by: string }): void {
    if (this.state.status !== 'candidate') return;
    this.setStatus('withdrawn', now, `candidacy withdrawn: ${reason}`, withdrawal && { kind: 'withdrawn', ...withdrawal });
  }

  validateRoadmapUpdate(args: unknown) {
    const parsed = parseInput(roadmapUpdateArgs(), 'roadmap update', args);
    requireSender(parsed.as, this.focalPoints, { role: 'focalPoint', country: this.countryRef });
    const { status } = this.state;
    if (status !== 'active') throw refused('status', { code: 'wrongStatus', country: this.countryRef, status, action: 'roadmapUpdate' });
    return parsed;
  }

  /** R12: an active country updates its roadmap at any time; the profile is republished. */
  updateRoadmap(args: unknown, now: DateTime): void {
    const { as, summary, document } = this.validateRoadmapUpdate(args);
    const version = this.state.roadmaps.length + 1;
    const changes = document && roadmapChanges(this.roadmap, document);
    const said = summary ?? changesLine(changes!);
    if (document) this.keepOnlyLatestDocument();
    this.state.roadmaps.push({ version, at: iso(now), summary: said, by: as, ...(document && { document, changes }) });
    this.state.history.push({
      at: iso(now),
      what: `roadmap v${version} (by ${as}): ${said}`,
      event: { kind: 'roadmapUpdated', version, by: as, summary: said, ...(changes && { changes }) },
    });
    // The secretariat updates nothing by hand: it is told, and the profile is republished (R12).
    if (document) this.notify(this.state.governance.secretariat, 'roadmap-updated', `roadmap-v${version}`, { version, changes });
    this.state.actions.push({ kind: 'publish-profile' });
  }

  /** Earlier versions keep what changed, not their whole document: the record's state stays bounded over decades. */
  private keepOnlyLatestDocument(): void {
    for (const v of this.state.roadmaps) delete v.document;
  }

  /** The current roadmap document, if a version carries one. */
  get roadmap(): RoadmapDocument | undefined {
    return this.state.roadmaps.filter((v) => v.document).at(-1)?.document;
  }

  /** `recorded`: the update is applied, maybe replayed from a history of 1.0, whose requests had no report. */
  validateReactivationRequest(args: unknown, { recorded = false } = {}) {
    const parsed = parseInput(recorded ? recordedReactivationArgs(args) : reactivationArgs(), 'reactivation request', args);
    requireSender(parsed.as, this.focalPoints, { role: 'focalPoint', country: this.countryRef });
    const { status } = this.state;
    if (status !== 'inactive')
      throw refused('status', { code: 'wrongStatus', country: this.countryRef, status, action: 'reactivationRequest' });
    if (this.state.reactivations.some((r) => !r.closedAt)) throw refused('status', { code: 'already', done: 'reactivationRequest' });
    return parsed;
  }

  requestReactivation(args: ReactivationArgs, now: DateTime): ReactivationRecord {
    const { as, request } = this.validateReactivationRequest(args, { recorded: true });
    const reactivation: ReactivationRecord = {
      workflowId: reactivationWorkflowId(this.code, this.state.reactivations.length + 1),
      requestedAt: iso(now),
      by: as,
      request: requestOnRecord(request),
    };
    this.state.reactivations.push(reactivation);
    this.state.actions.push({ kind: 'start-reactivation', reactivation: { ...reactivation, request } });
    this.state.history.push({ at: iso(now), what: `reactivation requested by ${as}`, event: { kind: 'reactivationRequested', by: as } });
    return reactivation;
  }

  /** The secretariat's verification of a reactivation request has ended (R23). */
  closeReactivation(end: ReactivationEnd, now: DateTime): void {
    const s = this.state;
    const reactivation = s.reactivations.find((r) => r.workflowId === end.workflowId && !r.closedAt);
    if (!reactivation) return;
    reactivation.closedAt = iso(now);
    reactivation.result = end.result;
    if (end.result === 'refused') {
      s.history.push({
        at: iso(now),
        what: `reactivation refused by the secretariat: ${end.note}`,
        event: { kind: 'reactivationRefused', note: end.note },
      });
      return;
    }
    const changes = reactivation.request.letter.roadmapChanges;
    if (changes) s.roadmaps.push({ version: s.roadmaps.length + 1, at: iso(now), summary: changes });
    s.evaluateFrom = end.nextCycleYear;
    this.setStatus('active', now, `reactivated: ${end.note}`, { kind: 'reactivated', note: end.note });
  }

  /** What the assistance rules need of the country. */
  private get assistanceContext(): assistance.AssistanceContext {
    const { status, governance } = this.state;
    return { country: this.countryRef, status, focalPoints: this.focalPoints, governance };
  }

  /** Changes the assistance record, which the record keeps only once something was asked or offered. */
  private withAssistance<T>(change: (record: AssistanceRecord) => T): T {
    const record = this.state.assistance ?? assistance.noAssistance();
    const done = change(record);
    this.state.assistance = record;
    return done;
  }

  private recordAssistance(what: string, step: AssistanceEvent, now: DateTime): void {
    this.state.history.push({ at: iso(now), what: `assistance: ${what}`, event: { kind: 'assistance', step } });
  }

  private assistanceNotice(r: AssistanceRequest, offer?: assistance.AssistanceOffer): Partial<Notice> {
    const { id: request, need, mechanism, reactivation } = r;
    return {
      assistance: {
        request,
        need,
        mechanism,
        reactivation,
        ...(offer && { offer: { partner: offer.partner, by: offer.by, text: offer.offer } }),
      },
    };
  }

  // Read-only checks for the Update validators: on a copy, so a refused task changes nothing.
  validateAssistanceRequest(args: unknown) {
    return assistance.validateRequest(this.assistanceContext, this.state.assistance ?? assistance.noAssistance(), args);
  }
  validateAssistanceOffer(args: unknown) {
    return assistance.validateOffer(this.assistanceContext, this.state.assistance ?? assistance.noAssistance(), args);
  }
  validateAssistanceMatch(args: unknown) {
    return assistance.validateMatch(this.assistanceContext, this.state.assistance ?? assistance.noAssistance(), args);
  }
  validateAssistanceGiven(args: unknown) {
    return assistance.validateGiven(this.assistanceContext, this.state.assistance ?? assistance.noAssistance(), args);
  }

  /** A focal point asks for assistance: the secretariat and the partners of that mechanism are told. */
  requestAssistance(args: AssistanceRequestArgs, now: DateTime): void {
    const r = this.withAssistance((record) => assistance.request(this.assistanceContext, record, args, iso(now)));
    this.recordAssistance(
      `request ${r.id} by ${r.by}, mechanism ${r.mechanism}${r.reactivation ? ', to reactivate' : ''}: ${r.need}`,
      { kind: 'requested', request: r.id, need: r.need, mechanism: r.mechanism, reactivation: r.reactivation, by: r.by },
      now,
    );
    const told = [this.state.governance.secretariat, ...assistance.contactsFor(this.state.governance, r.mechanism)];
    for (const person of told) this.notify(person, 'assistance-requested', `assistance-${r.id}`, this.assistanceNotice(r));
  }

  /** A partner's contact (or the secretariat) offers assistance: the country is told, the secretariat in copy, to match it. */
  offerAssistance(args: AssistanceOfferArgs, now: DateTime): void {
    const { request: r, offer } = this.withAssistance((record) => assistance.offer(this.assistanceContext, record, args, iso(now)));
    this.recordAssistance(
      `offer ${offer.id} on request ${r.id} by ${offer.by} (${offer.partner})`,
      { kind: 'offered', request: r.id, offer: offer.id, partner: offer.partner, by: offer.by, reactivation: r.reactivation },
      now,
    );
    const cc = [this.state.governance.secretariat.email];
    for (const person of this.focalPoints)
      this.notify(person, 'assistance-offered', `assistance-${r.id}-offer-${offer.id}`, { ...this.assistanceNotice(r, offer), cc });
  }

  /** The secretariat matches an offer: the country and the contact who offered are told. */
  matchAssistance(args: AssistanceMatchArgs, now: DateTime): void {
    const { as } = this.validateAssistanceMatch(args);
    const { request: r, offer } = this.withAssistance((record) => assistance.match(this.assistanceContext, record, args));
    this.recordAssistance(
      `offer ${offer.id} of ${offer.partner} matched to request ${r.id} (by ${as})`,
      { kind: 'matched', request: r.id, offer: offer.id, partner: offer.partner, by: as },
      now,
    );
    const contact = assistance.partnerOfContact(this.state.governance, offer.by)?.contacts.find((c) => c.email === offer.by);
    for (const person of [...this.focalPoints, ...(contact ? [contact] : [])])
      this.notify(person, 'assistance-matched', `assistance-${r.id}-matched`, this.assistanceNotice(r, offer));
  }

  /** The secretariat records what was given and when; the country's public page shows it. */
  recordAssistanceGiven(args: AssistanceGivenArgs, now: DateTime): void {
    const { as } = this.validateAssistanceGiven(args);
    const { request: r, closed } = this.withAssistance((record) => assistance.recordGiven(this.assistanceContext, record, args, iso(now)));
    const given = r.given.at(-1)!;
    this.recordAssistance(
      `given on request ${r.id}, ${given.on}${closed ? ', request closed' : ''} (by ${as}): ${given.given}`,
      { kind: 'given', request: r.id, on: given.on, given: given.given, by: as, closed },
      now,
    );
    this.state.actions.push({ kind: 'publish-profile' });
  }

  get hasWork(): boolean {
    return this.state.outbox.length > 0 || this.state.actions.length > 0;
  }

  private setStatus(status: PathfinderStatus, now: DateTime, why: string, reason?: StatusReason): void {
    this.state.status = status;
    this.state.statusSince = iso(now);
    this.state.country = { ...this.state.country, status };
    this.state.history.push({
      at: iso(now),
      what: `status ${status}: ${why}`,
      ...(reason && { event: { kind: 'statusChanged', status, why: reason } }),
    });
    this.state.actions.push({ kind: 'publish-profile' });
  }

  private notify(to: Person, kind: Notice['kind'], step: string, extra: Partial<Notice> = {}): void {
    const { code, name } = this.state.country;
    this.state.outbox.push({ key: `${countryWorkflowId(code)}/${step}/${to.email}`, kind, to, cc: [], country: { code, name }, ...extra });
  }
}

/** Whether a country takes part in a year's cycle: only while active (R2, R13), from its first reporting year (R14). */
export function cycleEligibility(
  country: Country,
  year: number,
  policy: CyclePolicy,
): { eligible: true } | { eligible: false; reason: string } {
  if (country.status !== 'active') return { eligible: false, reason: `status ${country.status}` };
  const first = country.grantedOn
    ? firstReportingYear(DateTime.fromISO(country.grantedOn, { zone: policy.secretariatZone }), policy)
    : undefined;
  if (first !== undefined && year < first) return { eligible: false, reason: `first reporting year ${first}` };
  return { eligible: true };
}
