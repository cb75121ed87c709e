import type { AuditEntry, RejectedSignal } from '../shared/audit';
import type { Governance, Person } from '../shared/country';
import type { Notice } from '../shared/notice';
import type { CyclePolicy } from '../cycle/policy';
import type { ExpressionOfInterest } from '../record/registry';
import type { ParsedArgs, TimelineStep } from './args';
import type { CandidacyEvent } from '../shared/history-event';

// What a candidacy is made of: its input, its stages and the state it keeps (the record of every step filed).

export type CandidacyStage = 'expression-of-interest' | 'planning' | 'gcm-review' | 'granted' | 'withdrawn';

export interface CandidacyInput {
  eoi: ExpressionOfInterest;
  governance: Governance;
  policy: CyclePolicy;
}

/** A draft of the GCM's feedback (R10), drafted by a member, the Chair or the secretariat, and put to the GCM. */
export interface FeedbackDraft {
  draft: ParsedArgs<'feedback'>;
  at: string;
  decision: string;
  outcome?: 'adopted' | 'not-adopted';
}

export interface CandidacyState {
  code: string;
  name: string;
  stage: CandidacyStage;
  /** The GCM decides its feedback as a body (since 1.1), rather than taking the first member's text. */
  feedbackByBody?: boolean;
  attempt: number;
  reviewers: Person[];
  timeline: { step: TimelineStep; due: string }[];
  done: Partial<Record<TimelineStep, string>>;
  filed: {
    stakeholders?: ParsedArgs<'stakeholders'>;
    situation?: ParsedArgs<'situation'>;
    workshops: ParsedArgs<'workshop'>[];
    roadmap?: ParsedArgs<'roadmap'>;
  };
  gcmRounds: {
    attempt: number;
    presentation: ParsedArgs<'presentation'>;
    feedback?: ParsedArgs<'feedback'>;
    /** The day the GCM adopted its feedback, where it decides it as a body (since 1.1). */
    feedbackOn?: string;
    /** Each draft of the GCM's feedback put to it as a body (since 1.1), with its decision's id; adopted, it is `feedback`. */
    feedbackDrafts?: FeedbackDraft[];
    followUp?: ParsedArgs<'followUp'>;
    positions: ParsedArgs<'position'>[];
    /** The GCM's decision on the grant (since 1.1): its workflow's id. */
    decision?: string;
    outcome?: 'granted' | 'not granted';
  }[];
  grantedOn?: string;
  /** Each step in English, and what it says as data (absent from steps recorded before it was kept). */
  history: { at: string; what: string; event?: CandidacyEvent }[];
  remindersDone: string[];
  outbox: Notice[];
  rejectedSignals: RejectedSignal[];
  /** Every human task taken or refused (absent in runs that began before it was kept). */
  audit?: AuditEntry[];
}
