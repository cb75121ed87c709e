import type { HistoryEntry } from '../../../domain/record/country-record';
import type { CandidacyEvent, EscalationEvent, HistoryEvent, StatusReason } from '../../../domain/shared/history-event';
import { criteriaText } from '../../views/criteria';
import type { PageContext } from '../../views/layout';
import { day } from '../../views/say';
import { keptRefusalText } from '../../refusals';
import { changesText } from './roadmap-changes';
import { assistanceLine } from './assistance-history';

// A line of a country's history in the reader's language, from what the record says happened (its event).
// What people typed (names, reasons, notes, summaries) stays as typed; a line written before events were
// kept, or imported, has none and is shown as the record wrote it.

/** A cycle's stage inside a sentence; a stage the vocabulary does not know is shown as recorded. */
const stageText = ({ w }: PageContext, stage: string) => (w.terms.stage as Record<string, string>)[stage] ?? stage;

function whyText(ctx: PageContext, why: StatusReason): string {
  const said = ctx.w.staff.dossier.event.why;
  switch (why.kind) {
    case 'granted':
      return said.granted(day(ctx, why.on));
    case 'withdrawn':
      return said.withdrawn(why.reason, why.by);
    case 'declaredInactive':
      return said.declaredInactive(why.reason);
    case 'reactivated':
      return said.reactivated(why.note);
  }
}

function escalationStepText(ctx: PageContext, step: EscalationEvent): string {
  const { staff, steering, terms } = ctx.w;
  const said = staff.dossier.escalationStep;
  switch (step.kind) {
    case 'dialogueOpened':
      return said.dialogueOpened(criteriaText(ctx, step.criteria));
    case 'dialogue':
      return said.dialogue(step.topics.map((t) => said.topic[t]).join(said.and), step.by, step.wayForward);
    case 'supportFormed':
      return said.supportFormed(step.mechanisms.map((m) => `${m} (${terms.mechanism[m]})`).join(', '), step.members.join(', '));
    case 'decision': {
      const e = steering.escalation;
      const decision = said.decision(e.decided[step.decision], step.reason);
      return step.taken ? `${decision}. ${e.taken(e.how[step.taken.how], day(ctx, step.taken.on), step.taken.reference)}` : decision;
    }
    case 'focalPoints':
      return said.focalPoints(step.focalPoint, step.deputy);
    case 'checkIn':
      return (step.readyToResume ? said.checkInReady : said.checkIn)(step.by, step.note);
    case 'supportEnded':
      return step.because === 'mandate' ? said.supportMandateEnded : said.supportEnded;
    case 'notEngaged':
      return said.notEngaged(day(ctx, step.on), step.reasons.join('; '));
  }
}

function candidacyStepText(ctx: PageContext, step: CandidacyEvent): string {
  const { staff, terms } = ctx.w;
  const said = staff.dossier.candidacyStep;
  switch (step.kind) {
    case 'expressionOfInterest': {
      const to = (said.sentTo as Record<string, string>)[step.sentTo] ?? step.sentTo;
      return said.expressionOfInterest(to, day(ctx, step.receivedOn), step.focalPoint, step.deputy);
    }
    case 'acknowledged':
      return said.acknowledged(step.by);
    case 'timeline':
      return said.timeline(step.steps.map((s) => said.due(terms.step[s.step], day(ctx, s.due))).join(terms.separator), step.by);
    case 'stakeholders':
      return said.stakeholders(step.coordinationBodies.join(', '), step.by);
    case 'situation':
      return said.situation(step.by);
    case 'workshop':
      return said.workshop(day(ctx, step.heldOn), step.by);
    case 'roadmap':
      return (step.plan === 'roadmap' ? said.roadmap : said.nationalActionPlans)(step.by);
    case 'presented':
      return said.presented(day(ctx, step.meetingOn), step.by);
    case 'feedback':
      return said.feedback(step.by);
    case 'followUp':
      return said.followUp(step.by);
    case 'withdrawn':
      return said.withdrawn(step.reason, step.by);
    case 'position':
      return step.reason
        ? said.positionWhy(step.by, said.positions[step.position], step.reason)
        : said.position(step.by, said.positions[step.position]);
    case 'notGranted':
      return said.notGranted;
    case 'granted':
      return said.granted(day(ctx, step.on));
    case 'focalPoints':
      return said.focalPoints(step.focalPoint, step.deputy);
  }
}

/** What a history event says, in the reader's words. */
export function eventText(ctx: PageContext, event: HistoryEvent): string {
  const { staff, terms } = ctx.w;
  const said = staff.dossier.event;
  const person = (p: { name: string; email: string }) => `${p.name} <${p.email}>`;
  switch (event.kind) {
    case 'registered':
      return said.registered(terms.status[event.status]);
    case 'registryUpdated':
      return said.registryUpdated;
    case 'focalPointsChanged':
      return said.focalPointsChanged(person(event.focalPoint), person(event.deputy), event.by);
    case 'statusChanged':
      return said.statusChanged(terms.status[event.status], whyText(ctx, event.why));
    case 'cycleEnded':
      return said.cycleEnded(event.year, stageText(ctx, event.stage));
    case 'flagged':
      return said.flagged(event.years[0]!, event.years.at(-1)!, criteriaText(ctx, event.criteria));
    case 'flagProposed':
      return said.flagProposed(event.years[0]!, event.years.at(-1)!, criteriaText(ctx, event.criteria));
    case 'flagConfirmed':
      return said.flagConfirmed(event.year, criteriaText(ctx, event.criteria), event.by, event.reason);
    case 'flagWithdrawn':
      return said.flagWithdrawn(event.year, criteriaText(ctx, event.criteria), event.by, event.reason);
    case 'pastCyclesImported':
      return said.pastCyclesImported(event.years.join(', '), event.by);
    case 'escalation':
      return said.escalation(event.year, escalationStepText(ctx, event.step));
    case 'escalationResumed':
      return said.escalationResumed(event.year, event.reason);
    case 'candidacy':
      return said.candidacy(candidacyStepText(ctx, event.step));
    case 'roadmapUpdated':
      return said.roadmapUpdated(event.version, event.by, event.changes ? changesText(ctx, event.changes) : event.summary);
    case 'assistance':
      return assistanceLine(ctx, event.step);
    case 'reactivationRequested':
      return said.reactivationRequested(event.by);
    case 'reactivationRefused':
      return said.reactivationRefused(event.note);
    case 'reactivationNoted':
      return event.noted
        ? said.reactivationNoted(day(ctx, event.on), event.how === 'meeting')
        : said.reactivationNotNoted(day(ctx, event.on), event.how === 'meeting', event.reasons.join('; '));
    case 'cycleHandedOver':
      return said.cycleHandedOver(event.year, event.focalPoint, event.deputy, event.reviewers.join(', '));
    case 'cycleSuspended':
      return said.cycleSuspended(event.year);
    case 'refused':
      return said.refused(taskName(ctx, event.message), keptRefusalText(ctx, event.reasons, event.problem));
  }
}

/** A line of the history: what its event says in the reader's words, or the line as written when it has none (or one of a kind not known here). */
export const historyLine = (ctx: PageContext, entry: HistoryEntry): string => (entry.event && eventText(ctx, entry.event)) || entry.what;

/** A task or message of the audit trail by its name in the reader's words; one without a word is shown as named. */
export const taskName = ({ w }: PageContext, task: string): string => (w.staff.dossier.tasks as Record<string, string>)[task] ?? task;
