import type { PathfinderStatus, Person } from './country';
import type { TimelineStep } from '../candidacy/args';
import type { Criterion } from '../r19/criteria';
import type { CycleOutcome } from '../cycle/report';
import type { CycleEvidence, WgReportRow } from '../cycle/wg-report-row';
import type { SupportMechanism } from '../escalation/args';
import type { ReactivationRequest } from '../reactivation/args';
import type { DecisionOutcome, DecisionStage, DecisionSubject } from '../decision/decision';
import type { Body } from './roles';
import type { RoadmapChange } from '../roadmap/document';
import type { NoticeEvent } from '../event/event';
import type { IntroductionNotice } from '../learning/introduction';

export type NoticeKind =
  /** An active country's focal point or deputy is invited to an Alliance event (R2). */
  | 'event-invitation'
  /** An inactive country is told it is left out of an Alliance event, why, and how to come back (R2, R23). */
  | 'event-left-out'
  /** Those invited to an Alliance event hear that it is cancelled. */
  | 'event-cancelled'
  | 'escalation-flag'
  | 'dialogue-opened'
  | 'support-started'
  | 'support-check-in-due'
  | 'decision-needed'
  | 'escalation-resumed'
  | 'country-inactive'
  | 'reactivation-requested'
  /** The GCM's members, its Chair among them, hear that an inactive country asked to be active again (R23). */
  | 'reactivation-received'
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
  | 'notice-undeliverable'
  | 'decision-pending'
  | 'decision-circulated'
  | 'decision-reminder'
  | 'decision-objection'
  | 'decision-taken'
  /** The Working Group is told its draft report of the year is ready to edit (R18). */
  | 'wg-report-draft'
  /** The secretariat is told a country updated its roadmap (R12), and what changed. */
  | 'roadmap-updated'
  /** A dialogue's way forward calls for a roadmap update: the focal points are asked for one (R12). */
  | 'roadmap-update-asked'
  /** A country asked for assistance: the secretariat, and the partners of its mechanism (DESIGN.md §8). */
  | 'assistance-requested'
  /** A partner (or the secretariat) offered assistance: the country, the secretariat in copy. */
  | 'assistance-offered'
  /** The secretariat matched an offer: the country and the partner's contact who offered. */
  | 'assistance-matched'
  /** The secretariat puts two countries in touch for peer learning, or a candidate with a pathfinder (S3). */
  | 'learning-introduction';

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
  /** A roadmap's new version and what changed from the one before (`roadmap-updated`). */
  version?: number;
  changes?: RoadmapChange[];
  /** A flag to the GCM: the Working Group's reason for confirming it; absent when it went without the WG's review. */
  wgConfirmation?: string;
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
  /** A body's decision the notice is about (DESIGN.md §7). */
  decision?: {
    workflowId: string;
    body: Body;
    subject: DecisionSubject['kind'];
    stage: DecisionStage;
    endsAt?: string;
    outcome?: DecisionOutcome;
    objections: number;
  };
  /** A peer-learning introduction: the other side, the area and why (`learning-introduction`). */
  introduction?: IntroductionNotice;
  /** The Alliance event an invitation, a left-out notice or a cancellation is about. */
  event?: NoticeEvent;
  /** The assistance request a notice is about, and the offer if it is about one (DESIGN.md §8). */
  assistance?: {
    request: number;
    need: string;
    mechanism: SupportMechanism;
    reactivation: boolean;
    offer?: { partner: string; by: string; text: string };
  };
  /** When the workflow sent it (ISO); the e-mail's Date header. */
  date?: string;
}
