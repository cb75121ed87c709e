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

export interface CandidacyState {
  code: string;
  name: string;
  stage: CandidacyStage;
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
