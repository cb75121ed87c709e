import { z } from 'zod';
import { personSchema, type PathfinderStatus, type Person } from './country';
import type { TimelineStep } from '../candidacy/args';
import type { Criterion } from '../r19/criteria';
import type { CycleOutcome } from '../cycle/report';
import { email, isoDate, requiredText as text } from './fields';
import { lazy } from './lazy';

// The messages of the escalation path (R20–R23): what GCM members, support sub-groups, focal points and
// the secretariat send, validated before anything changes.

/** R20: one dialogue session between the GCM and the country. */
export const dialogueArgs = lazy(() =>
  z.object({
    as: email(),
    topics: z
      .array(z.enum(['compliance', 'progress'], { message: 'must be compliance or progress' }))
      .min(1, { message: 'needs compliance and/or progress' }),
    /** Political, economic, humanitarian circumstances of the country. */
    circumstances: text(),
    /** Progress the country has made but not yet reported. */
    unreportedProgress: z.string().trim().default(''),
    wayForward: z.object({ summary: text(), supportNeeded: z.boolean().default(false), roadmapUpdate: z.boolean().default(false) }),
  }),
);
export type DialogueArgs = z.input<ReturnType<typeof dialogueArgs>>;
export type DialogueEntry = z.output<ReturnType<typeof dialogueArgs>> & { at: string };

/** R21: the support mechanisms a GCM sub-group may choose. */
export const supportMechanisms = {
  I: 'knowledge sharing and peer learning',
  II: 'direct technical assistance',
  III: 'development cooperation projects',
  IV: 'coordination',
} as const;
export type SupportMechanism = keyof typeof supportMechanisms;

export const startSupportArgs = lazy(() =>
  z.object({
    as: email(),
    mechanisms: z
      .array(z.enum(['I', 'II', 'III', 'IV'], { message: 'must be I, II, III or IV' }))
      .min(1, { message: 'needs at least one mechanism (I–IV)' }),
    members: z.array(personSchema()).min(1, { message: 'needs at least one sub-group member' }),
    checkInEveryDays: z.number().int().positive().default(30),
  }),
);
export type StartSupportArgs = z.input<ReturnType<typeof startSupportArgs>>;

export const checkInArgs = lazy(() => z.object({ as: email(), note: text(), readyToResume: z.boolean().default(false) }));
export type CheckInArgs = z.input<ReturnType<typeof checkInArgs>>;

/** Where the GCM took a decision (R22): a meeting or a written procedure, its date and a reference (minutes, note). */
export const decisionTakenSchema = lazy(() =>
  z.object({
    how: z.enum(['meeting', 'written-procedure'], { message: 'must be meeting or written-procedure' }),
    on: isoDate(),
    reference: z
      .string()
      .trim()
      .min(1, { message: 'is required: the minutes or the note that records the decision' })
      .max(500, { message: 'must be at most 500 characters' }),
  }),
);
export type DecisionTaken = z.output<ReturnType<typeof decisionTakenSchema>>;

export const decisionArgs = lazy(() =>
  z.object({
    as: email(),
    decision: z.enum(['resumed', 'inactive'], { message: 'must be resumed or inactive' }),
    reason: text(),
    takenAt: decisionTakenSchema(),
  }),
);
export type DecisionArgs = z.input<ReturnType<typeof decisionArgs>>;

/** R23: a reactivation request with the four kinds of evidence and the letter to the Chair. */
export const reactivationRequestSchema = lazy(() =>
  z.object({
    progressReport: text(),
    indicatorFramework: text(),
    evidenceOfProgress: text(),
    evidenceOfCollaboration: text(),
    letter: z.object({
      to: z.string().trim().default('Alliance 8.7 Chair'),
      summary: text(),
      roadmapChanges: z.string().trim().default(''),
    }),
  }),
);
export type ReactivationRequest = z.output<ReturnType<typeof reactivationRequestSchema>>;
export const reactivationArgs = lazy(() => z.object({ as: email(), request: reactivationRequestSchema() }));
export type ReactivationArgs = z.input<ReturnType<typeof reactivationArgs>>;

export const verificationArgs = lazy(() => z.object({ as: email(), verified: z.boolean(), note: text() }));
export type VerificationArgs = z.input<ReturnType<typeof verificationArgs>>;

export const focalPointsArgs = lazy(() =>
  z
    .object({ as: email(), focalPoint: personSchema().optional(), deputy: personSchema().optional() })
    .refine((a) => a.focalPoint || a.deputy, { message: 'name a new focal point and/or deputy', path: ['focalPoint'] }),
);
export type FocalPointsArgs = z.input<ReturnType<typeof focalPointsArgs>>;

/** R12: a new version of an active country's roadmap. */
export const roadmapUpdateArgs = lazy(() => z.object({ as: email(), summary: text() }));
export type RoadmapUpdateArgs = z.input<ReturnType<typeof roadmapUpdateArgs>>;

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
}

export type NoticeKind =
  | 'escalation-flag'
  | 'dialogue-opened'
  | 'support-started'
  | 'support-check-in-due'
  | 'decision-needed'
  | 'escalation-resumed'
  | 'country-inactive'
  | 'reactivation-requested'
  | 'reactivation-refused'
  | 'country-reactivated'
  | 'wg-report'
  | 'forecast-digest'
  | 'annual-status-update'
  | 'candidacy-received'
  | 'candidacy-invitation'
  | 'timeline-step-late'
  | 'candidacy-feedback'
  | 'candidacy-feedback-due'
  | 'candidacy-position-due'
  | 'candidacy-not-granted'
  | 'candidacy-granted'
  | 'notice-undeliverable';

/** An e-mail about the country's standing, rather than about one cycle's report; same delivery guarantees. */
export interface Notice {
  key: string;
  kind: NoticeKind;
  to: Person;
  cc: string[];
  country?: { code: string; name: string };
  year?: number;
  criteria?: Criterion[];
  evidence?: { year: number; stage: string; outcome: CycleOutcome; evidence: CycleEvidence }[];
  reason?: string;
  mechanisms?: SupportMechanism[];
  members?: string[];
  rows?: WgReportRow[];
  /** The weekly forecast: the countries that would be flagged if nothing more came in, and how many cycles are open. */
  atRisk?: { country: string; name: string; stage: string; criteria: Criterion[]; toAvoid: Criterion[] }[];
  openCycles?: number;
  outcome?: CycleOutcome;
  flagged?: boolean;
  /** The annual status update (R18): the country's status as the GCM states it. */
  status?: PathfinderStatus;
  /** What the GCM tried before declaring a country inactive (R22): dialogue sessions held, and the support sub-group if one was formed. */
  tried?: { dialogues: number; support?: { mechanisms: SupportMechanism[]; since: string } };
  location?: string;
  roadmapChanges?: string;
  /** A step of the candidate's own timeline that is past its date (R5). */
  lateStep?: { step: TimelineStep; due: string };
  /** The reactivation request the secretariat is asked to verify (R23). */
  request?: ReactivationRequest;
  /** A notice the mail server refused for good, told to the secretariat. */
  undeliverable?: { name: string; address: string; kind: NoticeKind; reason: string };
  /** When the workflow sent it (ISO); the e-mail's Date header. */
  date?: string;
}
