import type { Criterion } from '../r19/criteria';
import type { CycleOutcome, Participation } from './report';

/** What a cycle leaves as evidence for the GCM: deadlines, reminders sent, responses, review results. */
export interface CycleEvidence {
  deadline: string;
  extensions: number;
  remindersSent: number;
  submissions: { kind: 'report' | 'revision'; at: string; late: boolean }[];
  reviews: { round: number; decision: 'accept' | 'revise'; at: string }[];
}

/** One line of the Working Group's yearly report to the GCM (R18). */
export interface WgReportRow {
  country: string;
  name: string;
  stage: string;
  outcome?: CycleOutcome;
  /** How the cycle went: deadline, extensions, reminders, submissions and reviews. */
  evidence?: CycleEvidence;
  /** The year before, which a flag (R19: two consecutive years) also rests on. */
  previous?: { year: number; stage: string; outcome: CycleOutcome };
  flagged: boolean;
  criteria: Criterion[];
  /** Why no outcome was recorded, when the report went out without one. */
  missing?: string;
  /** Who took part in its report, from the report's themes, for the e-mail to the GCM (since 1.1). */
  participation?: Participation;
}
