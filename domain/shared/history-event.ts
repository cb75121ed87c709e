import type { AssistanceEvent } from '../assistance/events';
import type { RoadmapChange } from '../roadmap/document';
import { z } from 'zod';
import { timelineSteps } from '../candidacy/args';
import { decisionTakenSchema } from '../escalation/args';
import { criteria, type Criterion } from '../r19/criteria';
import type { PathfinderStatus } from './country';
import { isoDate } from './fields';
import { lazy } from './lazy';
import type { RefusalReason } from './refusals';

// What a line of a history says, as data: written beside the line's English words (`what`, which the CLI,
// published files and tests read) so that a page can say it in its reader's language. Lines written before
// these events were kept, or imported, have none, and are shown as written.

const text = (max: number) => z.string().max(max, { message: `must be at most ${max} characters` });
const names = () => z.array(text(200)).max(50, { message: 'at most 50 names' });
/** Who acted: the address the task was sent as. */
const by = () => text(254);

/** A step of a candidacy (R3–R11), as the candidacy's history and the country's record keep it. */
export const candidacyEventSchema = lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('expressionOfInterest'),
      sentTo: text(200),
      receivedOn: isoDate(),
      focalPoint: text(200),
      deputy: text(200),
    }),
    z.object({ kind: z.literal('acknowledged'), by: by() }),
    z.object({
      kind: z.literal('timeline'),
      steps: z.array(z.object({ step: z.enum(timelineSteps), due: isoDate() })).max(20),
      by: by(),
    }),
    z.object({ kind: z.literal('stakeholders'), coordinationBodies: z.array(text(5000)).max(50), by: by() }),
    z.object({ kind: z.literal('situation'), by: by() }),
    z.object({ kind: z.literal('workshop'), heldOn: isoDate(), by: by() }),
    z.object({ kind: z.literal('roadmap'), plan: z.enum(['roadmap', 'national-action-plans']), by: by() }),
    z.object({ kind: z.literal('presented'), meetingOn: isoDate(), by: by() }),
    z.object({ kind: z.literal('feedback'), by: by() }),
    z.object({ kind: z.literal('followUp'), by: by() }),
    z.object({ kind: z.literal('withdrawn'), reason: text(5000), by: by() }),
    z.object({ kind: z.literal('position'), position: z.enum(['support', 'object']), reason: text(5000).optional(), by: by() }),
    z.object({ kind: z.literal('notGranted') }),
    z.object({ kind: z.literal('granted'), on: isoDate() }),
    z.object({ kind: z.literal('focalPoints'), focalPoint: text(200), deputy: text(200) }),
  ]),
);
export type CandidacyEvent = z.output<ReturnType<typeof candidacyEventSchema>>;

/** A step of a GCM escalation or of its support sub-group (R20–R22), as the country's record keeps it. */
export const escalationEventSchema = lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('dialogueOpened'), criteria: z.array(z.enum(criteria)).max(10) }),
    z.object({ kind: z.literal('dialogue'), topics: z.array(z.enum(['compliance', 'progress'])).max(2), by: by(), wayForward: text(5000) }),
    z.object({ kind: z.literal('supportFormed'), mechanisms: z.array(z.enum(['I', 'II', 'III', 'IV'])).max(4), members: names() }),
    z.object({
      kind: z.literal('decision'),
      decision: z.enum(['resumed', 'inactive']),
      reason: text(5000),
      taken: decisionTakenSchema().optional(),
    }),
    z.object({ kind: z.literal('focalPoints'), focalPoint: text(200), deputy: text(200) }),
    z.object({ kind: z.literal('checkIn'), by: by(), readyToResume: z.boolean(), note: text(5000) }),
    /** `because`: absent when the GCM's decision ended it; `mandate` when its mandate ran out (since 1.1). */
    z.object({ kind: z.literal('supportEnded'), because: z.enum(['mandate']).optional() }),
    /** The GCM decided not to open a dialogue (R20), with its members' reasons. */
    z.object({ kind: z.literal('notEngaged'), on: isoDate(), reasons: z.array(text(5000)).max(20) }),
  ]),
);
export type EscalationEvent = z.output<ReturnType<typeof escalationEventSchema>>;

/** Why a country's status changed. */
export type StatusReason =
  | { kind: 'granted'; on: string }
  | { kind: 'withdrawn'; reason: string; by: string }
  | { kind: 'declaredInactive'; reason: string }
  | { kind: 'reactivated'; note: string };

/** What a line of a country's history says, one kind for each kind of line the record writes. */
export type HistoryEvent =
  | { kind: 'registered'; status: PathfinderStatus }
  | { kind: 'registryUpdated' }
  | { kind: 'focalPointsChanged'; focalPoint: { name: string; email: string }; deputy: { name: string; email: string }; by: string }
  | { kind: 'statusChanged'; status: PathfinderStatus; why: StatusReason }
  /** `stage` is the cycle's stage as the cycle told it (a stage of domain/cycle/state.ts). */
  | { kind: 'cycleEnded'; year: number; stage: string }
  | { kind: 'flagged'; years: number[]; criteria: Criterion[] }
  /** Since `wg-confirms-flags`: R19's flag awaits the Working Group's review in its report, which confirms or withdraws it. */
  | { kind: 'flagProposed'; years: number[]; criteria: Criterion[] }
  | { kind: 'flagConfirmed'; year: number; criteria: Criterion[]; by: string; reason: string }
  | { kind: 'flagWithdrawn'; year: number; criteria: Criterion[]; by: string; reason: string }
  | { kind: 'pastCyclesImported'; years: number[]; by: string }
  | { kind: 'escalation'; year: number; step: EscalationEvent }
  | { kind: 'escalationResumed'; year: number; reason: string }
  | { kind: 'candidacy'; step: CandidacyEvent }
  | { kind: 'roadmapUpdated'; version: number; by: string; summary: string; changes?: RoadmapChange[] }
  /** Assistance asked, offered, matched or given (DESIGN.md §8). */
  | { kind: 'assistance'; step: AssistanceEvent }
  | { kind: 'reactivationRequested'; by: string }
  | { kind: 'reactivationRefused'; note: string }
  /** The GCM took note of a reactivation as a body, or did not, with the objections' reasons (R23, since 1.1). */
  | { kind: 'reactivationNoted'; noted: boolean; on: string; how: 'meeting' | 'silence-procedure'; reasons: string[] }
  | { kind: 'cycleHandedOver'; year: number; focalPoint: string; deputy: string; reviewers: string[] }
  | { kind: 'cycleSuspended'; year: number }
  /** A message the record refused; `problem` is the workflow's own words, `reasons` why as data when the process decided it. */
  | { kind: 'refused'; message: string; problem: string; reasons?: RefusalReason[] };

export type HistoryEventKind = HistoryEvent['kind'];
