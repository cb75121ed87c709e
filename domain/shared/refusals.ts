import type { CandidacyTask, TimelineStep } from '../candidacy/args';
import type { CandidacyStage } from '../candidacy/state';
import type { Stage } from '../cycle/state';
import type { EscalationStage } from '../escalation/gcm-escalation';
import type { PathfinderStatus } from './country';
import type { DecisionStage } from '../decision/decision';
import type { Body } from './roles';
import type { EventStage } from '../event/event';

// Why a process refuses a task, as data besides its English words: the terminal prints the words, the
// portal says the reason in its reader's language. A few codes with their parameters cover every refusal
// the processes decide themselves; a schema's problems (a field missing, too long) carry none, their
// issues say it. `problemLine` writes each reason as the English problem the refusal has always had.

/** A country, by its code (the English lines name it so) and the registry's name. */
export interface CountryRef {
  code: string;
  name: string;
}

/** Who may send a task, as a refusal names them. */
export type Sender =
  | { role: 'focalPoint'; country: CountryRef }
  | { role: 'secretariat'; email: string }
  | { role: 'reviewer'; country: CountryRef; year: number }
  /** Who sends the Working Group's one decision on a report: the lead of its review (DESIGN.md §7). */
  | { role: 'reviewLead'; country: CountryRef; year: number; lead: string }
  | { role: 'gcm' }
  | { role: 'secretariatOrGcm' }
  | { role: 'supportMember' }
  /** A contact of one of the Alliance's partners (DESIGN.md §8). */
  | { role: 'partner' }
  /** A member of a body (DESIGN.md §7), and its chair or the secretariat, who steer its decisions. */
  | { role: 'bodyMember'; body: Body }
  | { role: 'bodySteerer'; body: Body }
  /** A body's chair alone: the Working Group's signs off its report. */
  | { role: 'bodyChair'; body: Body };

/** Assistance asked or offered, as a refusal names it. */
export type AssistanceAction = 'assistanceRequest' | 'assistanceOffer';
export type AssistanceRefusal =
  | { code: 'assistance'; why: 'reactivationOnly'; country: CountryRef; action: AssistanceAction }
  | { code: 'assistance'; why: 'ownOfferInactiveOnly'; country: CountryRef }
  | { code: 'assistance'; why: 'noRequest' | 'notMatched' | 'alreadyMatched'; request: number }
  | { code: 'assistance'; why: 'noOffer'; request: number; offer: number }
  | { code: 'assistance'; why: 'mechanism'; partner: string; mechanism: string }
  | { code: 'assistance'; why: 'tooMany'; max: number }
  | { code: 'assistance'; why: 'tooManyOffers' | 'tooManyGiven'; request: number; max: number };

/** The tasks of a reporting cycle, as a refusal names them. */
export type CycleAction =
  'report' | 'revision' | 'review' | 'assessment' | 'deadlineExtension' | 'extensionRequest' | 'extensionDecision' | 'reviewerAssignment';
export type EscalationAction = 'dialogue' | 'support' | 'decision';
/** The steps of a body's decision: a silence procedure, a member's answer to it, the record of a meeting. */
export type DecisionAction = 'circulation' | 'answer' | 'meeting';
/** What the secretariat does to an Alliance event: draw its invitation list again, or cancel it. */
export type EventAction = 'redraw' | 'eventCancellation';

/** What must come first: the step a task waits for. */
export type Prerequisite =
  | 'gcmFeedback'
  | 'followUp'
  | 'gcmDialogueDecision'
  | 'dialogueBeforeSupport'
  | 'dialogueBeforeDecision'
  | 'supportBeforeInactive'
  /** Since `gcm-decides-support-and-end`: inactive only once support ended without the country being ready (R22). */
  | 'supportEndedBeforeInactive'
  /** One proposal before the GCM at a time, on an escalation. */
  | 'pendingProposal'
  /** The GCM decides the sub-group and the end as a body: proposed, not recorded by one member. */
  | 'gcmDecidesAsBody'
  | 'extensionRequest'
  /** A registry names the secretariat and the GCM, whom a candidacy needs. */
  | 'registry';

/** What a candidate files before presenting to the GCM (R5–R9). */
export type PresentationItem = 'timeline' | TimelineStep;

export type RefusalReason =
  /** The sender is not who may send this task. */
  | { code: 'notSender'; as: string; who: Sender }
  /** A focal point would review their own country's report. */
  | { code: 'ownReport'; field: 'as' | 'reviewers'; email: string; country: CountryRef }
  /** The process is at a stage where the task is not taken. */
  | { code: 'wrongStage'; process: 'cycle'; stage: Stage; action: CycleAction; receivedAt?: string }
  | { code: 'wrongStage'; process: 'candidacy'; stage: CandidacyStage; action: CandidacyTask }
  | { code: 'wrongStage'; process: 'escalation'; stage: EscalationStage; action: EscalationAction }
  | { code: 'wrongStage'; process: 'decision'; stage: DecisionStage; action: DecisionAction }
  | { code: 'wrongStage'; process: 'event'; stage: EventStage; action: EventAction }
  /** Another step must come first. */
  | { code: 'notYet'; needs: Prerequisite }
  /** The candidate has not filed everything the GCM needs. */
  | { code: 'notReady'; missing: PresentationItem[] }
  /** It was done already: a position, a sub-group, a verification, a request that awaits an answer. */
  | { code: 'already'; done: 'position'; as: string }
  | { code: 'already'; done: 'support'; at: string }
  | { code: 'already'; done: 'verification'; stage: 'reactivated' | 'refused' }
  | { code: 'already'; done: 'reactivationRequest' }
  | { code: 'already'; done: 'extensionRequest'; at: string }
  | { code: 'already'; done: 'answer'; as: string }
  /** A feedback draft before the GCM (R10), or a feedback the GCM adopted already in this round. */
  | { code: 'already'; done: 'feedbackDraft'; decision: string }
  | { code: 'already'; done: 'feedback' }
  /** A country that is a pathfinder already, or a candidate under way; the yearly schedule, made already. */
  | { code: 'already'; done: 'pathfinder'; country: string; status: PathfinderStatus }
  | { code: 'already'; done: 'candidacy'; country: string }
  | { code: 'already'; done: 'schedule'; id: string }
  /** The country's status does not allow the task. */
  | { code: 'wrongStatus'; country: CountryRef; status: PathfinderStatus; action: 'roadmapUpdate' | 'reactivationRequest' }
  | { code: 'wrongStatus'; country: CountryRef; status: PathfinderStatus; action: AssistanceAction }
  /** Assistance (DESIGN.md §8): what an inactive country may ask or be offered (R2), and requests and offers that are none. */
  | AssistanceRefusal
  /** The review lead sends the Working Group's decision before enough reviewers have assessed the round. */
  | { code: 'reviewQuorum'; assessments: number; needed: number }
  /** A revision asked in the last review round. */
  | { code: 'lastRound'; round: number; max: number }
  /** A new deadline that is not later than the current one, or already past, or after the cycle closes. */
  | { code: 'extensionNotLater'; deadline: string }
  | { code: 'extensionPast' }
  | { code: 'afterClose'; field: 'until' | 'days'; closesAt: string }
  /** National action plans that leave child labour or forced labour uncovered (R9). */
  | { code: 'planCoverage'; gaps: ('child-labour' | 'forced-labour')[] }
  /** The same person named focal point and deputy. */
  | { code: 'deputyIsFocalPoint' }
  /** A past cycle entered whose year has not closed, or is on record already. */
  | { code: 'historyYear'; index: number; year: number; why: 'notClosed' }
  | { code: 'historyYear'; index: number; year: number; why: 'onRecord'; country: CountryRef }
  /** A year's cycles asked for codes that are none (or a task for one country), or after the year closed. */
  | { code: 'notCountryCode'; codes: string[]; field?: 'country' }
  | { code: 'yearClosed'; year: number; closesAt: string }
  /**
   * What a task addresses does not exist: a country not registered, a year not opened, a process never
   * started (or no longer running), a record not kept. `withCommand`: the line names the command that makes it.
   */
  | { code: 'notFound'; what: 'country'; country: string; withCommand?: boolean }
  | { code: 'notFound'; what: 'cycle'; country: string; year: number; withCommand?: boolean }
  | { code: 'notFound'; what: 'escalation' | 'support' | 'record'; country: string; year: number }
  | { code: 'notFound'; what: 'candidacy' | 'reactivationRequest'; country: string }
  | { code: 'notFound'; what: 'year'; year: number }
  | { code: 'notFound'; what: 'schedule'; id: string }
  /** A year typed that is none; years to compare that are no range, end before they start, or span too many. */
  | { code: 'notYear'; value: string }
  | { code: 'yearRange'; value: string; why: 'notRange' | 'reversed' }
  | { code: 'yearRange'; value: string; why: 'tooLong'; max: number }
  /** A report too large to send (it goes in an attached document), a proposed policy too long or not JSON. */
  | { code: 'tooLarge'; field: 'report'; kb: number; maxKb: number }
  | { code: 'tooLarge'; field: 'policy'; maxChars: number }
  | { code: 'notJson'; field: 'policy'; detail: string }
  /** An action a flagged country's escalation page does not take (dialogue, support, decide). */
  | { code: 'notAction'; action: string }
  /** A meeting of a body: too few of its members present, people present or objecting who are no members or were not there, a day that cannot be. */
  | { code: 'quorum'; present: number; members: number; needed: number }
  | { code: 'notMembers'; emails: string[] }
  | { code: 'notPresent'; emails: string[] }
  | { code: 'meetingDay'; why: 'future' }
  | { code: 'meetingDay'; why: 'beforeAsked'; askedOn: string }
  /** A silence procedure that would end on a day already past. */
  | { code: 'silenceEndPast' }
  /** The Working Group's report of the year (R18): signed off already, a country it does not list or did not flag, flags still to review. */
  | { code: 'wgReport'; why: 'signed'; at: string }
  | { code: 'wgReport'; why: 'notDrafting'; year: number }
  | { code: 'wgReport'; why: 'notInReport' | 'notFlagged'; country: string }
  | { code: 'wgReport'; why: 'flagsUnreviewed'; countries: string[] }
  /** More reasons than a refusal lists. */
  | { code: 'andMore'; count: number };

const senderText = (who: Sender): string => {
  switch (who.role) {
    case 'focalPoint':
      return `the focal point or deputy of ${who.country.code}`;
    case 'secretariat':
      return `the secretariat (${who.email})`;
    case 'reviewer':
      return `a reviewer assigned to ${who.country.code} ${who.year}`;
    case 'reviewLead':
      return `the lead of the Working Group's review of ${who.country.code} ${who.year} (${who.lead})`;
    case 'gcm':
      return 'a member of the GCM';
    case 'secretariatOrGcm':
      return 'the secretariat or a member of the GCM';
    case 'supportMember':
      return 'a member of the support sub-group';
    case 'partner':
      return 'a contact of an Alliance partner';
    case 'bodyMember':
      return `a member of ${bodyText[who.body]}`;
    case 'bodySteerer':
      return `the secretariat or the chair of ${bodyText[who.body]}`;
    case 'bodyChair':
      return `the chair of ${bodyText[who.body]}`;
  }
};

const bodyText: Record<Body, string> = { gcm: 'the GCM', wg: 'the Working Group' };

const actionText: Record<CycleAction | CandidacyTask | EscalationAction | DecisionAction | EventAction, string> = {
  redraw: 'a new drawing of the invitation list',
  eventCancellation: 'a cancellation',
  report: 'a report',
  revision: 'a revision',
  review: 'a review',
  assessment: 'an assessment',
  deadlineExtension: 'a deadline extension',
  extensionRequest: 'a request for more time',
  extensionDecision: 'a decision on more time',
  reviewerAssignment: 'a reviewer assignment',
  acknowledge: 'an acknowledgement',
  timeline: 'the timeline',
  stakeholders: 'the stakeholders',
  situation: 'the situation',
  workshop: 'the workshop',
  roadmap: 'a roadmap',
  presentation: 'a GCM presentation',
  feedback: 'GCM feedback',
  followUp: 'a follow-up',
  position: 'a GCM position',
  withdraw: 'a withdrawal',
  dialogue: 'a dialogue record',
  support: 'support',
  decision: 'a decision',
  circulation: 'a silence procedure',
  answer: 'an answer to a silence procedure',
  meeting: 'a meeting record',
};

const prerequisiteText: Record<Prerequisite, string> = {
  gcmFeedback: 'stage: the GCM has not given its feedback yet',
  followUp: "stage: the GCM decides after the candidate's follow-up to its feedback",
  gcmDialogueDecision: 'stage: the GCM has not yet decided to open a dialogue with the country',
  dialogueBeforeSupport: 'stage: record the dialogue with the country before forming a support sub-group',
  dialogueBeforeDecision: 'stage: the GCM decides only after a dialogue with the country has been recorded',
  supportBeforeInactive:
    'decision: a country is declared inactive only once dialogue and support have not worked: form a support sub-group first (R21, R22)',
  supportEndedBeforeInactive:
    "decision: a country may be proposed inactive only once support has ended without it being ready: the sub-group's final check-in says so, or its mandate has run out (R21, R22)",
  pendingProposal: 'stage: a proposal on this country is before the GCM; it decides on it before another is made',
  gcmDecidesAsBody: 'stage: the GCM decides this as a body: propose it (pathfinder gcm support, pathfinder gcm decide) and the GCM decides',
  extensionRequest: 'decision: no request for more time awaits a decision',
  registry: 'registry: import a registry first (pathfinder countries import); it names the secretariat and the GCM',
};

export const presentationItemText: Record<PresentationItem, string> = {
  timeline: 'a timeline',
  'stakeholder-mapping': 'a stakeholder and coordination mapping',
  'situation-mapping': 'a situation mapping',
  workshop: 'a planning workshop',
  roadmap: 'a roadmap or national action plans',
};

const dayOf = (iso: string) => iso.slice(0, 10);

function alreadyLine(reason: Extract<RefusalReason, { code: 'already' }>): string {
  switch (reason.done) {
    case 'position':
      return `as: ${reason.as} has already given a position in this round`;
    case 'support':
      return `stage: a support sub-group was already formed on ${dayOf(reason.at)}`;
    case 'verification':
      return `stage: the request was already ${reason.stage}`;
    case 'reactivationRequest':
      return 'status: a reactivation request is already with the secretariat';
    case 'extensionRequest':
      return `days: a request for more time, sent on ${dayOf(reason.at)}, awaits the secretariat's decision`;
    case 'answer':
      return `as: ${reason.as} has already answered this silence procedure`;
    case 'feedbackDraft':
      return `stage: a feedback draft is before the GCM (${reason.decision}); a new one only if it is not adopted`;
    case 'feedback':
      return 'stage: the GCM has given its feedback in this round already';
    case 'pathfinder':
      return `code: ${reason.country} is already a pathfinder country (${reason.status})`;
    case 'candidacy':
      return `code: ${reason.country} already has a candidacy under way (pathfinder candidacy status --country ${reason.country})`;
    case 'schedule':
      return `schedule: ${reason.id} exists already (pathfinder schedule delete, then create)`;
  }
}

function notFoundLine(reason: Extract<RefusalReason, { code: 'notFound' }>): string {
  switch (reason.what) {
    case 'country':
      return `country: ${reason.country} is not registered${reason.withCommand ? ' (pathfinder countries import <file>)' : ''}`;
    case 'cycle': {
      const command = reason.withCommand ? ` (pathfinder cycle start --year ${reason.year})` : '';
      return `country/year: ${reason.country} has no ${reason.year} reporting cycle${command}`;
    }
    case 'escalation':
      return `country/year: ${reason.country} has no GCM escalation for ${reason.year}`;
    case 'support':
      return `country/year: ${reason.country} has no support sub-group for ${reason.year}`;
    case 'record':
      return `country/year: no record of ${reason.country} ${reason.year} is kept (a cycle's record is kept once it has closed)`;
    case 'candidacy':
      return `country: ${reason.country} has no candidacy (pathfinder candidacy start --file eoi.json)`;
    case 'reactivationRequest':
      return `country: ${reason.country} has no open reactivation request`;
    case 'year':
      return `year: ${reason.year} has not been opened (pathfinder cycle start --year ${reason.year})`;
    case 'schedule':
      return `schedule: there is no ${reason.id} (pathfinder schedule create)`;
  }
}

function wgReportLine(reason: Extract<RefusalReason, { code: 'wgReport' }>): string {
  switch (reason.why) {
    case 'signed':
      return `report: the Working Group's report was signed off on ${dayOf(reason.at)}`;
    case 'notDrafting':
      return `year: the Working Group's report of ${reason.year} is not being drafted`;
    case 'notInReport':
      return `country: ${reason.country} is not in the report`;
    case 'notFlagged':
      return `country: no flag of ${reason.country} is proposed`;
    case 'flagsUnreviewed':
      return `flags: confirm or withdraw the proposed flag of ${reason.countries.join(', ')} first`;
  }
}

function assistanceLine(reason: AssistanceRefusal): string {
  switch (reason.why) {
    case 'reactivationOnly':
      return `status: ${reason.country.code} is inactive; it ${reason.action === 'assistanceRequest' ? 'asks' : 'is offered'} only support to reactivate`;
    case 'ownOfferInactiveOnly':
      return `request: the secretariat offers support on its own only to reactivate an inactive country; ${reason.country.code} is not inactive`;
    case 'noRequest':
      return `request: ${reason.request} is not an open assistance request of this country`;
    case 'notMatched':
      return `request: ${reason.request} has no offer matched yet`;
    case 'alreadyMatched':
      return `request: ${reason.request} has an offer matched already`;
    case 'noOffer':
      return `offer: ${reason.offer} is not an offer on request ${reason.request}`;
    case 'mechanism':
      return `as: ${reason.partner} does not offer mechanism ${reason.mechanism}`;
    case 'tooMany':
      return `request: the country has ${reason.max} open requests, the most it may have`;
    case 'tooManyOffers':
      return `offer: request ${reason.request} has ${reason.max} offers, the most it may have`;
    case 'tooManyGiven':
      return `given: request ${reason.request} records ${reason.max} deliveries, the most it may; close it`;
  }
}

function yearRangeLine(reason: Extract<RefusalReason, { code: 'yearRange' }>): string {
  switch (reason.why) {
    case 'notRange':
      return `years: ${reason.value} is not a year or a range of years such as 2026-2028`;
    case 'reversed':
      return `years: ${reason.value} ends before it starts`;
    case 'tooLong':
      return `years: ${reason.value} spans more than ${reason.max} years`;
  }
}

/** The reason as the English problem line a refusal states: "field: what is wrong". */
export function problemLine(reason: RefusalReason): string {
  switch (reason.code) {
    case 'notSender':
      return `as: ${reason.as} is not ${senderText(reason.who)}`;
    case 'ownReport':
      return `${reason.field}: ${reason.email} is a focal point of ${reason.country.code}: nobody reviews their own report`;
    case 'wrongStage': {
      const action = actionText[reason.action];
      if (reason.process === 'candidacy') return `stage: the candidacy is at ${reason.stage}; ${action} is not taken now`;
      if (reason.process === 'escalation') return `stage: the escalation has ended (${reason.stage}); ${action} is not taken now`;
      if (reason.process === 'decision') return `stage: the decision is ${reason.stage}; ${action} is not taken now`;
      if (reason.process === 'event') return `stage: the event is ${reason.stage}; ${action} is not taken now`;
      const detail = reason.receivedAt ? ` (a report was received on ${dayOf(reason.receivedAt)} and is in review)` : '';
      return `stage: the cycle is ${reason.stage}${detail}; ${action} is not taken now`;
    }
    case 'notYet':
      return prerequisiteText[reason.needs];
    case 'notReady':
      return `stage: not ready for the GCM; still missing: ${reason.missing.map((m) => presentationItemText[m]).join(', ')}`;
    case 'already':
      return alreadyLine(reason);
    case 'wrongStatus':
      return reason.action === 'roadmapUpdate'
        ? `status: ${reason.country.code} is ${reason.status}; only an active country updates its roadmap`
        : reason.action === 'reactivationRequest'
          ? `status: ${reason.country.code} is ${reason.status}; only an inactive country asks to be reactivated`
          : `status: ${reason.country.code} is ${reason.status}; only a pathfinder country asks for assistance or is offered it`;
    case 'assistance':
      return assistanceLine(reason);
    case 'reviewQuorum':
      return `as: ${reason.assessments} of the ${reason.needed} assessments the Working Group needs before its decision are in`;
    case 'lastRound':
      return `decision: round ${reason.round} is the last review round (at most ${reason.max}): accept the report, or leave it unaccepted and the cycle closes without finalisation`;
    case 'extensionNotLater':
      return `until: must be later than the current deadline ${reason.deadline}`;
    case 'extensionPast':
      return 'until: is already past';
    case 'afterClose':
      return reason.field === 'until'
        ? `until: must be before the cycle closes (${reason.closesAt})`
        : `days: the report would then be due after the cycle closes (${dayOf(reason.closesAt)})`;
    case 'planCoverage':
      return `plan.plans: national action plans must cover both child labour and forced labour; none covers ${reason.gaps.join(' or ')}`;
    case 'deputyIsFocalPoint':
      return 'deputy.email: must differ from the focal point';
    case 'historyYear':
      return reason.why === 'notClosed'
        ? `cycles.${reason.index}.year: the ${reason.year} cycle has not closed yet; it is run here`
        : `cycles.${reason.index}.year: ${reason.year} is already on record for ${reason.country.code}`;
    case 'notCountryCode':
      return `${reason.field ?? 'countries'}: ${reason.codes.join(', ')} is not an ISO 3166-1 alpha-3 code`;
    case 'quorum':
      return `present: ${reason.present} of ${reason.members} members is short of the quorum of ${reason.needed}`;
    case 'notMembers':
      return `present: ${reason.emails.join(', ')} is not a member`;
    case 'notPresent':
      return `objections: ${reason.emails.join(', ')} was not present`;
    case 'meetingDay':
      return reason.why === 'future'
        ? 'heldOn: is in the future'
        : `heldOn: is before the question was put to the body (${reason.askedOn})`;
    case 'silenceEndPast':
      return 'until: is already past';
    case 'wgReport':
      return wgReportLine(reason);
    case 'yearClosed':
      return `year: the ${reason.year} cycle closed on ${dayOf(reason.closesAt)}`;
    case 'notFound':
      return notFoundLine(reason);
    case 'notYear':
      return `year: ${reason.value} is not a year`;
    case 'yearRange':
      return yearRangeLine(reason);
    case 'tooLarge':
      return reason.field === 'report'
        ? `report: ${reason.kb} KB is larger than ${reason.maxKb} KB; put long texts in an attached document`
        : `policy: is longer than ${reason.maxChars} characters`;
    case 'notJson':
      return `policy: is not valid JSON (${reason.detail})`;
    case 'notAction':
      return `action: ${reason.action} is not dialogue, support or decide`;
    case 'andMore':
      return `and ${reason.count} more`;
  }
}

const everyCode: Record<RefusalReason['code'], true> = {
  notSender: true,
  ownReport: true,
  wrongStage: true,
  notYet: true,
  notReady: true,
  already: true,
  wrongStatus: true,
  reviewQuorum: true,
  lastRound: true,
  extensionNotLater: true,
  extensionPast: true,
  afterClose: true,
  planCoverage: true,
  deputyIsFocalPoint: true,
  historyYear: true,
  notCountryCode: true,
  yearClosed: true,
  quorum: true,
  notMembers: true,
  notPresent: true,
  meetingDay: true,
  silenceEndPast: true,
  wgReport: true,
  notFound: true,
  notYear: true,
  yearRange: true,
  tooLarge: true,
  notJson: true,
  notAction: true,
  andMore: true,
  assistance: true,
};
/** Every code, for whoever must say each of them (the portal's words, their tests). */
export const refusalCodes = Object.keys(everyCode) as RefusalReason['code'][];

/** Whether `value` looks like a list of reasons (what a failure's details carry, read back by a client). */
export const isReasonList = (value: unknown): value is RefusalReason[] =>
  Array.isArray(value) &&
  value.every((r) => !!r && typeof r === 'object' && Object.hasOwn(everyCode, String((r as { code?: unknown }).code)));
