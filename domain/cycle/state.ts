import type { AuditEntry, RejectedSignal } from '../shared/audit';
import type { Person } from '../shared/country';
import type { CyclePolicy } from './policy';
import type { CycleOutcome, Report } from './report';
import type { CycleClosed } from '../record/country-record';

// What a reporting cycle is made of: its input, its stages, the state it keeps and the e-mails it asks for.

export const stages = [
  'awaiting-submission',
  'overdue',
  'in-review',
  'awaiting-revision',
  'finalised',
  'closed-without-report',
  'closed-without-finalisation',
  /** The country was declared inactive (R22) while the cycle ran: nothing more is expected of it. */
  'suspended',
] as const;
export type Stage = (typeof stages)[number];

export const terminalStages: readonly Stage[] = ['finalised', 'closed-without-report', 'closed-without-finalisation', 'suspended'];

export interface CycleInput {
  country: { code: string; name: string; focalPoint: Person; deputy: Person; reviewers: Person[] };
  year: number;
  policy: CyclePolicy;
  secretariat: Person;
  /**
   * The country's public holidays in the cycle's year (ISO dates), on which no reminder reaches its focal
   * points; looked up when the cycle is opened (absent in cycles opened before 1.1, or with the policy's
   * `publicHolidays` off).
   */
  holidays?: string[];
}

export type EmailKind =
  /** The cycle has opened: the call for the report and the indicator framework, with the deadline. */
  | 'call-for-reports'
  | 'submission-reminder'
  | 'submission-overdue'
  | 'submission-received'
  | 'deadline-extended'
  | 'extension-requested'
  | 'extension-granted'
  | 'extension-refused'
  | 'address-refused'
  | 'mail-delayed'
  | 'publication-failed'
  | 'review-request'
  | 'review-reminder'
  | 'review-overdue'
  /** The Working Group's review: enough assessments are in for its lead to send the WG's one decision. */
  | 'review-quorum'
  | 'feedback'
  | 'revision-reminder'
  | 'revision-overdue'
  | 'finalised';

export type MissingItem = 'progress-report' | 'indicator-framework' | 'revision' | 'review';

/** One e-mail to one person; `key` is unique per (cycle, step, recipient) and becomes the Message-ID. */
export interface EmailRequest {
  key: string;
  kind: EmailKind;
  to: Person;
  cc: string[];
  country: { code: string; name: string };
  year: number;
  secretariatZone: string;
  round: number;
  /** The instant the reader must act by, if any (ISO, UTC). */
  dueAt?: string;
  late?: boolean;
  missing?: MissingItem[];
  comments?: string;
  guidance?: { evidence?: string; participation?: string };
  publishedAt?: string;
  publishedLocation?: string;
  extensionReason?: string;
  /** The secretariat's note on a request for more time it refused. */
  decisionNote?: string;
  /** Days of extension a focal point asked for. */
  daysAsked?: number;
  /** An e-mail the mail server refused for good, told to the secretariat. */
  undeliverable?: Undeliverable;
  /** The reminders' wait (e.g. `submission-v0`): a reminder of a wait that is over, or superseded, is not sent. */
  wait?: string;
  /** The relay could not be reached for a while: what went out late and what was dropped, told to the secretariat. */
  mailDelay?: MailDelay;
  /** Why publishing the final report failed, told to the secretariat. */
  publicationError?: string;
  /** When the workflow sent it (ISO); the e-mail's Date header. */
  date?: string;
}

export interface ExtensionRequest {
  by: string;
  at: string;
  days: number;
  reason: string;
  /** `granted` at once within the policy's limit, or by the secretariat; `pending` until it decides. */
  status: 'granted' | 'pending' | 'refused';
  decidedBy?: string;
  note?: string;
}

/** One e-mail as the secretariat is told of it. */
export interface MailItem {
  kind: EmailKind;
  round: number;
  name: string;
  address: string;
}

export interface MailDelay {
  since: string;
  until?: string;
  /** Sent once the relay took mail again. */
  late: MailItem[];
  /** Not sent: a later reminder replaced it, or what it asked for had arrived. */
  dropped: MailItem[];
}

export interface Undeliverable {
  name: string;
  address: string;
  kind: EmailKind;
  reason: string;
  at: string;
}

export interface Submission {
  kind: 'report' | 'revision';
  round: number;
  by: string;
  at: string;
  late: boolean;
  report: Report;
}

/** R19 signs (b)–(e) as a reviewer, or the Working Group, judges them in a round: `true` is met. */
export interface Signs {
  /** (b) the report answers the Working Group's comments (in the first round: nothing is left unanswered). */
  commentsAnswered: boolean;
  /** (c) the indicator framework was updated. */
  indicatorFrameworkUpdated: boolean;
  /** (d) there is evidence of progress against the roadmap. */
  evidenceOfProgress: boolean;
  /** (e) there is evidence of collaboration. */
  evidenceOfCollaboration: boolean;
}

/** One assigned reviewer's assessment in a round (since 1.1): input to the Working Group's decision, not the decision. */
export interface Assessment {
  round: number;
  by: string;
  at: string;
  signs: Signs;
  comments: string;
  guidance: { evidence?: string; participation?: string };
}

/** The Working Group's decision in a round, sent by its review lead (before 1.1, by whichever reviewer answered first). */
export interface Review {
  round: number;
  by: string;
  at: string;
  decision: 'accept' | 'revise';
  comments: string;
  guidance: { evidence?: string; participation?: string };
  /** The Working Group's consolidated judgment of (b)–(e), which R19 counts; absent when the lead gave none (the country's declaration stands). */
  signs?: Signs;
}

/**
 * Who leads the Working Group's review of this country, from the registry as the cycle last read it (since
 * 1.1): the lead of the year's review sub-group it is assigned to, and the Working Group's chair.
 */
export interface ReviewRoles {
  groupLead?: Person;
  chair?: string;
}

export interface CycleState {
  cycleId: string;
  country: CycleInput['country'];
  year: number;
  stage: Stage;
  deadline: string;
  closesAt: string;
  /** Review round: 0 until the first submission, then 1, 2, … */
  round: number;
  /** End of the current review or revision window. */
  windowEndsAt?: string;
  /** When the current wait (for a report, a review or a revision) began; no reminder is planned before it. */
  waitingSince: string;
  reviewers: Person[];
  reviewerAssignments: number;
  extensions: { from: string; to: string; reason: string; by: string; at: string }[];
  /** E-mails the mail server refused for good (a wrong address); the secretariat is told of each. */
  undeliverable?: Undeliverable[];
  /** How many times the registry changed the focal point or deputy while the cycle ran. */
  handovers?: number;
  /** Set while the relay cannot be reached (absent in cycles that began before it was kept). */
  mailDelay?: MailDelay;
  /** A focal point's requests for more time (absent in cycles that began before they existed). */
  extensionRequests?: ExtensionRequest[];
  submissions: Submission[];
  reviews: Review[];
  /** The reviewers' assessments, one per reviewer and round (present in cycles where the Working Group reviews as a body, since 1.1). */
  assessments?: Assessment[];
  /** Who leads the review, as the registry said when the cycle last looked (ReviewRoles). */
  reviewRoles?: ReviewRoles;
  /** How many assessments the review lead needs before sending the decision (the policy's `review.quorum` when the cycle began). */
  reviewQuorum?: number;
  /** The rounds whose lead was told that enough assessments are in. */
  quorumTold?: number[];
  /** Reminder keys already sent, or passed over because a later one superseded them. */
  remindersDone: string[];
  /** How many reminders actually went out (evidence for the GCM). */
  remindersSent?: number;
  outbox: EmailRequest[];
  rejectedSignals: RejectedSignal[];
  /** Every human task taken or refused (absent in runs that began before it was kept). */
  audit?: AuditEntry[];
  publishedAt?: string;
  publishedLocation?: string;
  /** Publishing the final report keeps failing: since when, and the last reason (the secretariat is told once). */
  publicationFailing?: { since: string; reason: string };
  outcome?: CycleOutcome;
  /** The country's public holidays, on which its focal points get no reminder (CycleInput.holidays). */
  holidays?: string[];
  /** What the cycle told the country's record when it ended, for the record to confirm (absent in cycles closed before 1.1). */
  closed?: CycleClosed;
}

/**
 * What an Update of a cycle answers: its state without the reports, comments, outbox and trail. The
 * answer is stored in the history with each Update, so it must not grow with what the cycle holds.
 */
export type CycleSummary = Omit<
  CycleState,
  'submissions' | 'reviews' | 'assessments' | 'outbox' | 'audit' | 'rejectedSignals' | 'mailDelay'
> & {
  submissions: Omit<Submission, 'report'>[];
  reviews: Pick<Review, 'round' | 'by' | 'at' | 'decision'>[];
  assessments?: Pick<Assessment, 'round' | 'by' | 'at'>[];
};

export function cycleSummary(state: CycleState): CycleSummary {
  const {
    submissions,
    reviews,
    assessments,
    outbox: _outbox,
    audit: _audit,
    rejectedSignals: _rejected,
    mailDelay: _delay,
    ...rest
  } = state;
  return {
    ...rest,
    submissions: submissions.map(({ report: _report, ...s }) => s),
    reviews: reviews.map(({ round, by, at, decision }) => ({ round, by, at, decision })),
    ...(assessments && { assessments: assessments.map(({ round, by, at }) => ({ round, by, at })) }),
  };
}

/** Review rounds a cycle takes at most (the report, then revisions); it bounds the history (see README, limits). */
export const maxReviewRounds = 3;
