import type { DateTime } from 'luxon';
import { iso } from '../shared/calendar';
import type { Governance, Person } from '../shared/country';
import type { Notice } from '../shared/notice';
import { chairOf, isSecretariat, membersOf, secretariatPeople } from '../shared/roles';
import type { DecisionOutcome } from '../decision/decision';
import { annualCycleId } from '../shared/workflow-ids';
import { parseInput, refused } from './policy';
import { participationOf, type Participation, type Report } from './report';
import type { WgReportRow } from './wg-report-row';
import type { AssistanceGivenRow } from '../assistance/assistance';
import { flagReviewArgs, narrativeArgs, signOffArgs, type FlagReviewArgs, type NarrativeArgs, type SignOffArgs } from './wg-report-args';

// The Working Group's report of a year to the GCM (R18, DESIGN.md §7) is the WG's: drafted at the close from
// the cycles' facts, the flags they raised and the themes of the reports; the WG writes a narrative per
// country and confirms or withdraws each proposed flag with its reason; its chair signs it off, and only then
// does it go to the GCM, who take note of it before the annual status updates go out.

/** What a report says that the Working Group summarises for the GCM (the report form has no field for assistance needs yet). */
export interface ReportThemes {
  challenges?: string;
  learningInterests: string[];
  /** The technical-assistance needs of the country's current roadmap, with their priority area (since 1.1). */
  assistanceNeeds?: { area?: string; need: string }[];
  /** Who took part in the report, and whether both social partners did (since 1.1). */
  participation?: Participation;
  /** What was planned, the next steps of last year's report, beside the roadmap objectives this year's reports progress on (since 1.1). */
  planned?: string[];
  reported?: string[];
  /** The assistance the country asked for and was given in the year (since 1.1). */
  assistance?: { requested: number; given: AssistanceGivenRow[] };
}

/** The WG's judgment on a flag the year's facts proposed. */
export interface FlagReview {
  country: string;
  decision: 'confirmed' | 'withdrawn';
  reason: string;
  by: string;
  at: string;
}

/** The report of a year as the annual run keeps it: its rows, and, since the WG drafts it, its work on them. */
export interface WgReportState {
  rows: WgReportRow[];
  /** Where it was published, once it was (after the chair's sign-off). */
  location?: string;
  themes?: Record<string, ReportThemes>;
  /** Each country's narrative, with the WG's line on its social dialogue when it wrote one (since 1.1). */
  narratives?: { country: string; text: string; socialDialogue?: string; by: string; at: string }[];
  flagReviews?: FlagReview[];
  signedBy?: string;
  /** The signer's name, as the registry gave it then (absent in reports signed before it was kept). */
  signedByName?: string;
  signedAt?: string;
  /** The GCM's decision to take note of the report, and its outcome once taken. */
  gcm?: { decision: string; outcome?: DecisionOutcome };
}

/** The themes of a country's last report of the year, if it sent one. */
export const themesOf = (report: Report | undefined, lastYears?: Pick<Report, 'nextSteps'>): ReportThemes => ({
  ...(report?.challenges && { challenges: report.challenges }),
  ...(lastYears?.nextSteps?.length && { planned: lastYears.nextSteps }),
  ...(report && { reported: report.progress.map((p) => p.objective) }),
  learningInterests: report?.learningInterests ?? [],
  ...(report && { participation: participationOf(report) }),
});

/** The countries whose flag the year's facts propose. */
export const proposedFlags = (report: Pick<WgReportState, 'rows'>): string[] => report.rows.filter((r) => r.flagged).map((r) => r.country);

/** Whether the WG confirmed a country's proposed flag; under the old path (no review at all) every flag stands. */
export function flagStands(report: Pick<WgReportState, 'rows' | 'flagReviews'>, country: string): boolean {
  const row = report.rows.find((r) => r.country === country);
  if (!row?.flagged) return false;
  if (!report.flagReviews) return true;
  return report.flagReviews.find((f) => f.country === country)?.decision === 'confirmed';
}

export class WgReportDraft {
  constructor(
    private readonly year: number,
    readonly state: WgReportState,
    private governance: Governance,
  ) {
    state.themes ??= {};
    state.narratives ??= [];
    state.flagReviews ??= [];
  }

  /** The registry's roles as read now: membership counts when a member acts, not when the draft began. */
  readRoles(governance: Governance): void {
    this.governance = governance;
  }

  get signed(): boolean {
    return this.state.signedAt !== undefined;
  }

  /** The proposed flags the WG has not yet confirmed or withdrawn. */
  get unreviewed(): string[] {
    return proposedFlags(this.state).filter((c) => !this.state.flagReviews!.some((f) => f.country === c));
  }

  // ---- who may act ----

  /**
   * A registry that names no Working Group (records imported before 1.1): its secretariat completes the
   * report, as it compiled it before, rather than leave the year without one.
   */
  private get withoutWg(): boolean {
    return membersOf(this.governance, 'wg').length === 0;
  }

  private secretariat(as: string): void {
    if (!isSecretariat(this.governance, as))
      throw refused('as', { code: 'notSender', as, who: { role: 'secretariat', email: this.governance.secretariat.email } });
  }

  private member(as: string): void {
    if (this.withoutWg) return this.secretariat(as);
    if (!membersOf(this.governance, 'wg').some((m) => m.email === as))
      throw refused('as', { code: 'notSender', as, who: { role: 'bodyMember', body: 'wg' } });
  }

  private open(): void {
    if (this.signed) throw refused('report', { code: 'wgReport', why: 'signed', at: this.state.signedAt! });
  }

  private inReport(country: string): void {
    if (!this.state.rows.some((r) => r.country === country)) throw refused('country', { code: 'wgReport', why: 'notInReport', country });
  }

  validateNarrative(args: unknown) {
    const parsed = parseInput(narrativeArgs(), 'narrative', args);
    this.member(parsed.as);
    this.open();
    this.inReport(parsed.country);
    return parsed;
  }

  validateFlagReview(args: unknown) {
    const parsed = parseInput(flagReviewArgs(), 'flag', args);
    this.member(parsed.as);
    this.open();
    this.inReport(parsed.country);
    if (!proposedFlags(this.state).includes(parsed.country))
      throw refused('country', { code: 'wgReport', why: 'notFlagged', country: parsed.country });
    return parsed;
  }

  validateSignOff(args: unknown) {
    const parsed = parseInput(signOffArgs(), 'sign-off', args);
    if (this.withoutWg) this.secretariat(parsed.as);
    else if (parsed.as !== chairOf(this.governance, 'wg')?.email)
      throw refused('as', { code: 'notSender', as: parsed.as, who: { role: 'bodyChair', body: 'wg' } });
    this.open();
    const unreviewed = this.unreviewed;
    if (unreviewed.length) throw refused('flags', { code: 'wgReport', why: 'flagsUnreviewed', countries: unreviewed });
    return parsed;
  }

  // ---- what each step does ----

  /** The narrative on a country and its line on social dialogue, replaced by the latest; the audit trail keeps every version sent. */
  narrative(args: NarrativeArgs, now: DateTime): void {
    const { as, country, text, socialDialogue: given } = this.validateNarrative(args);
    const socialDialogue = given ?? this.state.narratives!.find((n) => n.country === country)?.socialDialogue;
    const narratives = this.state.narratives!.filter((n) => n.country !== country);
    if (text || socialDialogue) narratives.push({ country, text, ...(socialDialogue && { socialDialogue }), by: as, at: iso(now) });
    this.state.narratives = narratives.sort((a, b) => a.country.localeCompare(b.country));
  }

  /** The WG's judgment on a proposed flag; until the sign-off, a later one replaces it. */
  flagReview(args: FlagReviewArgs, now: DateTime): void {
    const { as, country, decision, reason } = this.validateFlagReview(args);
    const reviews = this.state.flagReviews!.filter((f) => f.country !== country);
    reviews.push({ country, decision, reason, by: as, at: iso(now) });
    this.state.flagReviews = reviews.sort((a, b) => a.country.localeCompare(b.country));
  }

  signOff(args: SignOffArgs, now: DateTime): void {
    const { as } = this.validateSignOff(args);
    const signer = [chairOf(this.governance, 'wg'), ...secretariatPeople(this.governance)].find((p) => p?.email === as);
    this.state.signedBy = as;
    if (signer) this.state.signedByName = signer.name;
    this.state.signedAt = iso(now);
  }

  /** The Working Group is told the draft is ready, the secretariat in copy. */
  draftNotices(secretariat: Person | undefined): Notice[] {
    const cc = secretariat ? [secretariat.email] : [];
    const members = membersOf(this.governance, 'wg');
    // A registry that names no Working Group yet: the secretariat hears the draft waits for one.
    const to = members.length ? members : secretariatPeople(this.governance).slice(0, 1);
    return to.map((person) => ({
      key: `${annualCycleId(this.year)}/wg-report-draft/${person.email}`,
      kind: 'wg-report-draft' as const,
      to: person,
      cc: members.length ? cc : [],
      year: this.year,
      rows: this.state.rows,
    }));
  }
}
