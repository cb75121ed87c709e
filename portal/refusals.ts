import { ReasonedRefusal } from '../app/errors';
import { InvalidInputError } from '../domain/cycle/policy';
import type { AssistanceRefusal, CountryRef, RefusalReason, Sender } from '../domain/shared/refusals';
import type { PageContext } from './views/layout';
import { issueText } from './issues';
import { capital, day, dayAndHour } from './views/say';

// A refusal the workflow decided (the stage, the sender, a deadline), said in the reader's language from
// its reasons: a sentence each, naming stages, statuses and steps as the vocabulary does, dates as the
// reader reads them. A refusal without reasons (a schema's problems) is shown as the workflow worded it.

/** A country as the reader's language names it (in English, as the registry does). */
const countryOf = ({ w }: PageContext, c: CountryRef) => w.terms.countryName(c.code, c.name);

function senderText(ctx: PageContext, who: Sender): string {
  const said = ctx.w.refusal.who;
  switch (who.role) {
    case 'focalPoint':
      return said.focalPoint(countryOf(ctx, who.country));
    case 'secretariat':
      return said.secretariat(who.email);
    case 'reviewer':
      return said.reviewer(countryOf(ctx, who.country), who.year);
    case 'reviewLead':
      return said.reviewLead(countryOf(ctx, who.country), who.year, who.lead);
    case 'gcm':
    case 'secretariatOrGcm':
    case 'supportMember':
    case 'partner':
      return said[who.role];
    case 'bodyMember':
    case 'bodySteerer':
    case 'bodyChair':
      return said[who.role](ctx.w.refusal.body[who.body]);
  }
}

/** Why the Working Group's report refused a step (R18); countries as the reader's language names them. */
function wgReportText(ctx: PageContext, reason: Extract<RefusalReason, { code: 'wgReport' }>): string {
  const said = ctx.w.refusal.wgReport;
  const named = (code: string) => ctx.w.terms.countryName(code, code);
  switch (reason.why) {
    case 'signed':
      return said.signed(day(ctx, reason.at));
    case 'notDrafting':
      return said.notDrafting(reason.year);
    case 'notInReport':
    case 'notFlagged':
      return said[reason.why](named(reason.country));
    case 'flagsUnreviewed':
      return said.flagsUnreviewed(reason.countries.map(named).join(', '));
  }
}

function alreadyText(ctx: PageContext, reason: Extract<RefusalReason, { code: 'already' }>): string {
  const said = ctx.w.refusal.already;
  switch (reason.done) {
    case 'position':
      return said.position(reason.as);
    case 'support':
      return said.support(day(ctx, reason.at));
    case 'verification':
      return said.verification(ctx.w.steering.reactivation.stage[reason.stage]);
    case 'reactivationRequest':
      return said.reactivationRequest;
    case 'extensionRequest':
      return said.extensionRequest(day(ctx, reason.at));
    case 'answer':
      return said.answer(reason.as);
    case 'feedbackDraft':
    case 'feedback':
      return said[reason.done];
    case 'pathfinder':
      return said.pathfinder(reason.country, ctx.w.terms.status[reason.status]);
    case 'candidacy':
      return said.candidacy(reason.country);
    case 'schedule':
      return said.schedule;
  }
}

function notFoundText(ctx: PageContext, reason: Extract<RefusalReason, { code: 'notFound' }>): string {
  const said = ctx.w.refusal.notFound;
  switch (reason.what) {
    case 'country':
    case 'candidacy':
    case 'reactivationRequest':
      return said[reason.what](reason.country);
    case 'cycle':
    case 'escalation':
    case 'support':
    case 'record':
      return said[reason.what](reason.country, reason.year);
    case 'year':
      return said.year(reason.year);
    case 'schedule':
      return said.schedule;
  }
}

function stageText(ctx: PageContext, reason: Extract<RefusalReason, { code: 'wrongStage' }>): string {
  const { w } = ctx;
  const said = w.refusal.stage;
  const action = w.refusal.action[reason.action];
  switch (reason.process) {
    case 'cycle':
      return said.cycle(w.terms.stage[reason.stage], action, reason.receivedAt && day(ctx, reason.receivedAt));
    case 'candidacy':
      return said.candidacy(w.terms.candidacyStage[reason.stage], action);
    case 'escalation':
      return said.escalation(w.staff.escalationStage[reason.stage], action);
    case 'decision':
      return said.decision(w.refusal.decisionStage[reason.stage], action);
    case 'event':
      return said.event(w.events.stage[reason.stage], action);
  }
}

/** Why assistance was refused (DESIGN.md §8, R2). */
function assistanceText(ctx: PageContext, reason: AssistanceRefusal): string {
  const said = ctx.w.refusal.assistance;
  switch (reason.why) {
    case 'reactivationOnly':
      return said.reactivationOnly(countryOf(ctx, reason.country), reason.action === 'assistanceRequest');
    case 'ownOfferInactiveOnly':
      return said.ownOfferInactiveOnly(countryOf(ctx, reason.country));
    case 'noRequest':
    case 'notMatched':
    case 'alreadyMatched':
      return said[reason.why](reason.request);
    case 'noOffer':
      return said.noOffer(reason.request, reason.offer);
    case 'mechanism':
      return said.mechanism(reason.partner, reason.mechanism);
    case 'tooMany':
      return said.tooMany(reason.max);
    case 'tooManyOffers':
    case 'tooManyGiven':
      return said[reason.why](reason.request, reason.max);
  }
}

/** One reason, as a sentence in the reader's language. */
export function reasonText(ctx: PageContext, reason: RefusalReason): string {
  const { w } = ctx;
  const said = w.refusal;
  switch (reason.code) {
    case 'notSender':
      return said.notSender(reason.as, senderText(ctx, reason.who));
    case 'ownReport':
      return said.ownReport(reason.email, countryOf(ctx, reason.country));
    case 'wrongStage':
      return stageText(ctx, reason);
    case 'notYet':
      return said.notYet[reason.needs];
    case 'notReady':
      return said.notReady(reason.missing.map((m) => (m === 'timeline' ? said.timeline : w.terms.step[m])).join(', '));
    case 'already':
      return alreadyText(ctx, reason);
    case 'wrongStatus':
      return said.wrongStatus[reason.action](countryOf(ctx, reason.country), w.terms.status[reason.status]);
    case 'assistance':
      return assistanceText(ctx, reason);
    case 'reviewQuorum':
      return said.reviewQuorum(reason.assessments, reason.needed);
    case 'lastRound':
      return said.lastRound(reason.round, reason.max);
    case 'extensionNotLater':
      return said.extensionNotLater(dayAndHour(ctx, reason.deadline));
    case 'extensionPast':
      return said.extensionPast;
    case 'afterClose':
      return reason.field === 'until'
        ? said.afterClose.until(dayAndHour(ctx, reason.closesAt))
        : said.afterClose.days(day(ctx, reason.closesAt));
    case 'planCoverage':
      return said.planCoverage(reason.gaps.map((g) => w.terms.covered[g]));
    case 'deputyIsFocalPoint':
      return said.deputyIsFocalPoint;
    case 'historyYear':
      return reason.why === 'notClosed'
        ? said.historyYear.notClosed(reason.index + 1, reason.year)
        : said.historyYear.onRecord(reason.index + 1, reason.year, countryOf(ctx, reason.country));
    case 'notCountryCode':
      return reason.codes.length === 1 ? said.notACountryCode(reason.codes[0]!) : said.notCountryCode(reason.codes.join(', '));
    case 'yearClosed':
      return said.yearClosed(reason.year, day(ctx, reason.closesAt));
    case 'quorum':
      return said.quorum(reason.present, reason.members, reason.needed);
    case 'notMembers':
      return said.notMembers(reason.emails.join(', '));
    case 'notPresent':
      return said.notPresent(reason.emails.join(', '));
    case 'meetingDay':
      return reason.why === 'future' ? said.meetingDay.future : said.meetingDay.beforeAsked(day(ctx, reason.askedOn));
    case 'silenceEndPast':
      return said.silenceEndPast;
    case 'wgReport':
      return wgReportText(ctx, reason);
    case 'notFound':
      return notFoundText(ctx, reason);
    case 'notYear':
      return said.notYear(reason.value);
    case 'yearRange':
      return reason.why === 'tooLong' ? said.yearRange.tooLong(reason.value, reason.max) : said.yearRange[reason.why](reason.value);
    case 'tooLarge':
      return reason.field === 'report' ? said.tooLarge.report(reason.kb, reason.maxKb) : said.tooLarge.policy(reason.maxChars);
    case 'notJson':
      return said.notJson(reason.detail);
    case 'notAction':
      return said.notAction(reason.action);
    case 'andMore':
      return said.andMore(reason.count);
  }
}

/** Every reason, a sentence each, starting with a capital. */
export const reasonsText = (ctx: PageContext, reasons: readonly RefusalReason[]): string =>
  reasons.map((r) => capital(reasonText(ctx, r))).join(' ');

/**
 * A refusal as the reader reads it: its reasons in their language when it carries them (a workflow's, or
 * the application layer's own), else its message as it is (a schema's problems, worded in English).
 */
export function refusalText(ctx: PageContext, error: Error): string {
  const reasons = error instanceof ReasonedRefusal || error instanceof InvalidInputError ? error.reasons : undefined;
  if (reasons?.length) return reasonsText(ctx, reasons);
  // A file's problems (a registry, a policy) name its fields by their keys, as the file has them.
  const { colon, separator } = ctx.w.terms;
  if (error instanceof InvalidInputError && error.issues?.length)
    return error.issues.map((i) => `${i.path.join('.') || '(value)'}${colon} ${issueText(ctx.w, i)}`).join(separator);
  return error.message;
}

/**
 * A refusal kept in a record (an audit trail, a history line): its reasons in the reader's language when
 * it kept them, else its words as written. Reasons a raw message brought that cannot be said are not said.
 */
export function keptRefusalText(ctx: PageContext, reasons: readonly RefusalReason[] | undefined, written: string): string {
  if (!reasons?.length) return written;
  try {
    return reasonsText(ctx, reasons);
  } catch {
    return written;
  }
}
