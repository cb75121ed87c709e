import type { CandidacyTask } from '../../../domain/candidacy/args';
import type { CycleAction, DecisionAction, EscalationAction, EventAction, Prerequisite } from '../../../domain/shared/refusals';
import type { DecisionStage } from '../../../domain/decision/decision';
import type { Body } from '../../../domain/shared/roles';

// Why a process refused a task, said to its reader in English: one sentence a reason
// (domain/shared/refusals.ts). The framework's terms they name (stages, statuses, steps) are the
// vocabulary's; dates come formatted for the reader.

export const refusal = {
  /** Who may send a task. */
  who: {
    focalPoint: (country: string) => `the focal point or deputy of ${country}`,
    secretariat: (email: string) => `the secretariat (${email})`,
    reviewer: (country: string, year: number) => `a Working Group reviewer assigned to ${country} ${year}`,
    reviewLead: (country: string, year: number, lead: string) => `the lead of the Working Group’s review of ${country} ${year} (${lead})`,
    gcm: 'a member of the GCM',
    secretariatOrGcm: 'the secretariat or a member of the GCM',
    supportMember: 'a member of the support sub-group',
    partner: 'a contact of an Alliance partner',
    bodyMember: (body: string) => `a member of ${body}`,
    bodySteerer: (body: string) => `the secretariat or the chair of ${body}`,
    bodyChair: (body: string) => `the chair of ${body}`,
  },
  /** A body, after "of". */
  body: { gcm: 'the GCM', wg: 'the Working Group' } satisfies Record<Body, string>,
  notSender: (as: string, who: string) => `${as} is not ${who}.`,
  ownReport: (email: string, country: string) => `${email} is a focal point of ${country}: nobody reviews their own country’s report.`,
  /** A task, as what a person cannot do now ("…so you cannot submit a report now"). */
  action: {
    report: 'submit a report',
    revision: 'submit a revised report',
    review: 'record a review',
    assessment: 'record an assessment',
    deadlineExtension: 'extend the deadline',
    extensionRequest: 'ask for more time',
    extensionDecision: 'decide on a request for more time',
    reviewerAssignment: 'replace the reviewers',
    acknowledge: 'acknowledge the expression of interest',
    timeline: 'file the timeline',
    stakeholders: 'file the stakeholder and coordination mapping',
    situation: 'file the situation mapping',
    workshop: 'file the planning workshop',
    roadmap: 'file the roadmap',
    presentation: 'record the presentation to the GCM',
    feedback: 'give the GCM’s feedback',
    followUp: 'file the follow-up to the GCM’s feedback',
    position: 'give a position',
    withdraw: 'withdraw the candidacy',
    dialogue: 'record a dialogue',
    support: 'form a support sub-group',
    decision: 'record a decision',
    circulation: 'circulate it under silence procedure',
    answer: 'answer the silence procedure',
    meeting: 'record a meeting',
    redraw: 'draw the invitation list again',
    eventCancellation: 'cancel the event',
  } satisfies Record<CycleAction | CandidacyTask | EscalationAction | DecisionAction | EventAction, string>,
  /** The stage a process is at, and the task it does not take there. */
  stage: {
    cycle: (stage: string, action: string, receivedOn?: string) =>
      `The cycle is at the stage “${stage}”${receivedOn ? ` (report received on ${receivedOn})` : ''}, so you cannot ${action} now.`,
    candidacy: (stage: string, action: string) => `The candidacy is at the stage “${stage}”, so you cannot ${action} now.`,
    escalation: (stage: string, action: string) => `The escalation has ended (${stage}), so you cannot ${action} any more.`,
    decision: (stage: string, action: string) => `The decision is at the stage “${stage}”, so you cannot ${action} now.`,
    event: (stage: string, action: string) => `The event is ${stage}, so you cannot ${action} any more.`,
  },
  /** What must come first. */
  decisionStage: {
    'awaiting-procedure': 'awaiting its procedure',
    'silence-procedure': 'silence procedure',
    'awaiting-meeting': 'awaiting the next meeting',
    adopted: 'adopted',
    'not-adopted': 'not adopted',
  } satisfies Record<DecisionStage, string>,
  notYet: {
    gcmFeedback: 'The GCM has not given its feedback yet; the follow-up comes after it.',
    followUp: 'The GCM members give their positions only after the candidate’s follow-up to the GCM’s feedback.',
    gcmDialogueDecision: 'The GCM has not yet decided to open a dialogue with the country.',
    dialogueBeforeSupport: 'Record the dialogue with the country before forming a support sub-group.',
    dialogueBeforeDecision: 'The GCM decides only after a dialogue with the country has been recorded.',
    supportBeforeInactive: 'A country is declared inactive only once dialogue and support have not worked: form a support sub-group first.',
    supportEndedBeforeInactive:
      'A country may be proposed inactive only once support has ended without it being ready: the sub-group’s final check-in says so, or its mandate has run out.',
    pendingProposal: 'A proposal on this country is before the GCM: it decides on it before another is made.',
    gcmDecidesAsBody: 'The GCM decides this as a body: make a proposal, and the GCM decides it.',
    extensionRequest: 'No request for more time awaits a decision.',
    registry: 'Import the registry first: it names the secretariat and the GCM.',
  } satisfies Record<Prerequisite, string>,
  notReady: (missing: string) => `The candidacy is not ready for the GCM: still missing ${missing}.`,
  /** The first thing a candidate files, beside the steps of its timeline. */
  timeline: 'the timeline',
  /** What was done already. */
  already: {
    position: (as: string) => `${as} has already given a position in this round.`,
    support: (day: string) => `A support sub-group was already formed on ${day}.`,
    verification: (stage: string) => `The request was already decided: ${stage}.`,
    reactivationRequest: 'A request to be active again is already with the secretariat.',
    extensionRequest: (day: string) => `A request for more time, sent on ${day}, awaits the secretariat’s decision.`,
    answer: (as: string) => `${as} has already answered this silence procedure.`,
    feedbackDraft: 'A feedback draft is before the GCM: a new one may be proposed only if the GCM does not adopt it.',
    feedback: 'The GCM has already given its feedback in this round.',
    pathfinder: (country: string, status: string) => `${country} is already registered: ${status}.`,
    candidacy: (country: string) => `${country} already has a candidacy under way.`,
    schedule: 'The schedule that opens each year’s cycles exists already: delete it first.',
  },
  wrongStatus: {
    roadmapUpdate: (country: string, status: string) => `${country}: ${status}. Only an active pathfinder country updates its roadmap.`,
    reactivationRequest: (country: string, status: string) =>
      `${country}: ${status}. Only an inactive pathfinder country asks to be active again.`,
    assistanceRequest: (country: string, status: string) => `${country}: ${status}. Only a pathfinder country asks for assistance.`,
    assistanceOffer: (country: string, status: string) => `${country}: ${status}. Only a pathfinder country is offered assistance.`,
  },
  reviewQuorum: (assessments: number, needed: number) =>
    `${assessments} of the ${needed} reviewers’ assessments the Working Group needs before its decision are in: wait for the others, or ask them.`,
  lastRound: (round: number, max: number) =>
    `Round ${round} is the last review round (at most ${max}): accept the report, or leave it unaccepted and the cycle closes without a finalised report.`,
  extensionNotLater: (deadline: string) => `The new deadline must be later than the current one, ${deadline}.`,
  extensionPast: 'The new deadline is already past.',
  afterClose: {
    until: (closes: string) => `The new deadline must come before the cycle closes, ${closes}.`,
    days: (closes: string) => `With so many days the report would be due after the cycle closes, on ${closes}.`,
  },
  planCoverage: (gaps: string[]) =>
    `National action plans must cover both child labour and forced labour; none of these covers ${gaps.join(' or ')}.`,
  deputyIsFocalPoint: 'The deputy must be someone other than the focal point.',
  historyYear: {
    notClosed: (n: number, year: number) => `Cycle ${n} of the file: the ${year} cycle has not closed yet; it runs here instead.`,
    onRecord: (n: number, year: number, country: string) => `Cycle ${n} of the file: ${year} is already on record for ${country}.`,
  },
  notCountryCode: (codes: string) => `Not ISO 3166-1 alpha-3 country codes: ${codes}.`,
  notACountryCode: (code: string) => `${code} is not an ISO 3166-1 alpha-3 country code.`,
  yearClosed: (year: number, day: string) => `The ${year} cycle closed on ${day}.`,
  /** What a task addresses and does not exist: a country (its code, as typed or asked for), a year, a process. */
  notFound: {
    country: (country: string) => `No country ${country} is registered.`,
    cycle: (country: string, year: number) => `${country} has no ${year} reporting cycle under way.`,
    escalation: (country: string, year: number) => `${country} has no GCM escalation for ${year}.`,
    support: (country: string, year: number) => `${country} has no support sub-group for ${year}.`,
    record: (country: string, year: number) => `No record of ${country} ${year} is kept: a cycle’s record is kept once it has closed.`,
    candidacy: (country: string) => `${country} has no candidacy.`,
    reactivationRequest: (country: string) => `${country} has no open request to be active again.`,
    year: (year: number) => `The ${year} cycles have not been opened.`,
    schedule: 'There is no schedule that opens each year’s cycles.',
  },
  notYear: (value: string) => `${value} is not a year.`,
  yearRange: {
    notRange: (value: string) => `${value} is neither a year nor a range of years such as 2026-2028.`,
    reversed: (value: string) => `${value} ends before it starts.`,
    tooLong: (value: string, max: number) => `${value} spans more than ${max} years.`,
  },
  tooLarge: {
    report: (kb: number, maxKb: number) => `The report takes ${kb} KB, more than ${maxKb} KB: put long texts in an attached document.`,
    policy: (max: number) => `The proposed policy is longer than ${max} characters.`,
  },
  /** What the JSON parser said is left to the English reader, who reads its words. */
  notJson: (detail: string) => `The proposed policy is not valid JSON (${detail}).`,
  notAction: (action: string) => `This page does not take the action “${action}”.`,
  quorum: (present: number, members: number, needed: number) => `${present} of ${members} members present: the quorum is ${needed}.`,
  notMembers: (emails: string) => `${emails}: not a member.`,
  notPresent: (emails: string) => `${emails}: not present at the meeting, so no objection there.`,
  meetingDay: {
    future: 'The meeting’s day is still ahead.',
    beforeAsked: (day: string) => `The meeting’s day is before the question was put to the body (${day}).`,
  },
  silenceEndPast: 'The last day of the silence period is already past.',
  /** The Working Group's report of the year (R18). */
  wgReport: {
    signed: (day: string) => `The Working Group’s report was signed off on ${day}: it is no longer edited.`,
    notDrafting: (year: number) => `The Working Group’s report of ${year} is not being drafted.`,
    notInReport: (country: string) => `${country} is not in the report.`,
    notFlagged: (country: string) => `No flag of ${country} is proposed.`,
    flagsUnreviewed: (countries: string) => `Confirm or withdraw each proposed flag first; still to decide: ${countries}.`,
  },
  /** Assistance in the implementation phase (DESIGN.md §8, R2). */
  assistance: {
    reactivationOnly: (country: string, asks: boolean) =>
      `${country} is inactive: it ${asks ? 'may ask' : 'may be offered'} only support to become active again (tick “support to reactivate”).`,
    ownOfferInactiveOnly: (country: string) =>
      `The secretariat offers support on its own only to reactivate an inactive country; ${country} is not inactive.`,
    noRequest: (request: number) => `Request ${request} is not an open assistance request of this country.`,
    notMatched: (request: number) => `Request ${request} has no offer matched yet: match one first.`,
    alreadyMatched: (request: number) => `An offer is matched to request ${request} already.`,
    noOffer: (request: number, offer: number) => `Request ${request} has no offer ${offer}.`,
    mechanism: (partner: string, mechanism: string) => `${partner} does not offer mechanism ${mechanism}.`,
    tooMany: (max: number) => `The country has ${max} open requests, the most it may have: the secretariat closes one first.`,
    tooManyOffers: (request: number, max: number) => `Request ${request} has ${max} offers, the most it may have.`,
    tooManyGiven: (request: number, max: number) => `Request ${request} records ${max} deliveries, the most it may: close it.`,
  },
  andMore: (n: number) => `And ${n} more.`,
};

export type RefusalWords = typeof refusal;
