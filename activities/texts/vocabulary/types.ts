import type { DateTime } from 'luxon';
import type { ParsedArgs, TimelineStep } from '../../../domain/candidacy/args';
import type { CandidacyStage } from '../../../domain/candidacy/state';
import type { evidenceKinds } from '../../../domain/cycle/report';
import type { EarlierGroup, StakeholderGroup } from '../../../domain/shared/stakeholders';
import type { Review, Stage } from '../../../domain/cycle/state';
import type { SupportMechanism } from '../../../domain/escalation/args';
import type { Criterion, EscalationRule } from '../../../domain/r19/criteria';
import type { PathfinderStatus } from '../../../domain/shared/country';
import type { EvidenceOf10 } from '../../../domain/reactivation/args';
import type { Answer, Fact } from '../facts';

// What the portal's pages and the e-mails both name, in one language: the framework's own terms and how
// the language writes dates and punctuation. Pages and e-mails read the same words, so that they never
// disagree; each language declares a complete `Vocabulary`, so a term left out of one fails the build.

export type EvidenceKind = (typeof evidenceKinds)[number];
/** A stakeholder group of the vocabulary, or one of an earlier report that none replaces (shown as it was). */
export type Stakeholder = StakeholderGroup | EarlierGroup;
export type ReviewDecision = Review['decision'];
/** The four kinds of evidence an inactive country files to be active again (R23). */
export type ReactivationEvidence = EvidenceOf10;
/** What a national action plan may cover (R9). */
export type Covered = Extract<ParsedArgs<'roadmap'>['plan'], { kind: 'national-action-plans' }>['plans'][number]['covers'][number];

export interface Vocabulary {
  /** The language's typography, applied to finished text (French spacing). */
  typeset(text: string): string;
  /** What separates a label from its value: ":" or, in French, a space and ":" that `typeset` makes non-breaking. */
  colon: string;
  /** What separates the items of one line: "; " or, in French, " ; ". */
  separator: string;
  /** A day, and a day with its hour and zone, as this language writes them; `d` carries the reader's locale and zone. */
  date(d: DateTime): string;
  dateTime(d: DateTime): string;
  /** A country's bare name in this language, from its ISO 3166-1 alpha-3 code; the registry's name if unknown. */
  countryName(code: string, registryName: string): string;
  /** When something is due, and whose clock says so. */
  due: string;
  yourTime: string;
  secretariatTime: string;
  /** The Working Group's words to a country about its report (R16). */
  comments: string;
  guidanceEvidence: string;
  guidanceParticipation: string;
  /** A review's decision, as a past event: "revision asked". */
  decision: Record<ReviewDecision, string>;
  /** The R19 facts of a cycle, their answers, and the signs (a)–(e) of insufficient progress. */
  fact: Record<Fact, string>;
  answer: Record<Answer, string>;
  criterion: Record<Criterion, string>;
  /** The rule by which shortfalls two cycles running flag a country to the GCM. */
  rule: Record<EscalationRule, string>;
  /** A reporting cycle's stage, lower case, to sit in a sentence. */
  stage: Record<Stage, string>;
  noOutcome: string;
  candidacyStage: Record<CandidacyStage, string>;
  /** A country's status, without an article: "active pathfinder country". */
  status: Record<PathfinderStatus, string>;
  mechanism: Record<SupportMechanism, string>;
  /** A candidate's timeline steps (R5), with the article a sentence needs: "the roadmap". */
  step: Record<TimelineStep, string>;
  covered: Record<Covered, string>;
  /** The kinds of evidence of progress and the stakeholder groups of a report (R15), lower case. */
  evidenceKind: Record<EvidenceKind, string>;
  stakeholder: Record<Stakeholder, string>;
  /** Whether both social partners (employers' and workers' organisations) took part (S1), as a label and its two answers. */
  socialPartners: { label: string; tookPart: string; notBoth: string };
  reactivationEvidence: Record<ReactivationEvidence, string>;
}
