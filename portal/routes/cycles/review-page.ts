import type { CycleState, Signs } from '../../../domain/cycle/state';
import { declaredIn, participationOf } from '../../../domain/cycle/report';
import { sameAddress } from '../../../domain/shared/country';
import { reviewLeadOf } from '../../../domain/cycle/tasks';
import { html, type Html } from '../../html';
import { changedParts, reportDocument } from '../../views/report';
import type { Planned } from './planned';
import { page, type PageContext } from '../../views/layout';
import { dueLine } from '../../views/due';
import { capital, country, day, labelled, titled } from '../../views/say';
import { formErrorsView, type FormErrors } from '../../views/form-errors';
import { socialPartnersLine } from '../../views/stakeholders';

/** The signs (b)–(e) in the order of R19. */
export const signNames = ['commentsAnswered', 'indicatorFrameworkUpdated', 'evidenceOfProgress', 'evidenceOfCollaboration'] as const;
type SignField = `signs.${keyof Signs}`;

/** What the reviewer typed, kept when the form comes back with what is wrong. */
export type ReviewValues = Partial<Record<'decision' | 'comments' | 'guidance.evidence' | 'guidance.participation' | SignField, string>>;

/** Who reads the page: the lead sends the Working Group's decision; another reviewer assesses (cycles begun before 1.1: anyone decides). */
export type ReviewRole = 'lead' | 'assessor' | 'decider';

export function reviewRoleOf(s: CycleState, email: string): ReviewRole {
  if (!s.assessments) return 'decider';
  const lead = reviewLeadOf(s);
  return lead && sameAddress(lead.email, email) ? 'lead' : 'assessor';
}

/**
 * Where the lead's consolidation starts: each sign as most reviewers of the round judged it, else (no
 * assessment, or as many each way) as the country declared it; the lead changes what the WG judges otherwise.
 */
function startingPoint(s: CycleState): ReviewValues {
  const declared = { commentsAnswered: true, ...declaredIn(s.submissions.at(-1)?.report) };
  const round = (s.assessments ?? []).filter((a) => a.round === s.round && s.reviewers.some((p) => p.email === a.by));
  const values: ReviewValues = {};
  for (const sign of signNames) {
    const met = round.filter((a) => a.signs[sign]).length;
    const judged = met * 2 === round.length ? declared[sign] : met * 2 > round.length;
    values[`signs.${sign}`] = judged ? 'met' : 'not-met';
  }
  return values;
}

/** The reviewer's own assessment of this round, as the form shows it before they change it. */
function ownValues(s: CycleState, email: string): ReviewValues {
  const own = s.assessments?.find((a) => a.round === s.round && a.by === email);
  if (!own) return {};
  const values: ReviewValues = {
    comments: own.comments,
    'guidance.evidence': own.guidance.evidence,
    'guidance.participation': own.guidance.participation,
  };
  for (const sign of signNames) values[`signs.${sign}`] = own.signs[sign] ? 'met' : 'not-met';
  return values;
}

export function reviewPage(
  ctx: PageContext,
  s: CycleState,
  action: string,
  zone: string,
  viewer: string,
  failed?: { errors: FormErrors; values: ReviewValues },
  plan?: Planned,
) {
  const { w } = ctx;
  const t = w.terms;
  const r = w.review;
  const role = reviewRoleOf(s, viewer);
  const [latest, previous] = [s.submissions.at(-1)!, s.submissions.at(-2)];
  const changed = previous ? changedParts(w, previous.report, latest.report) : [];
  const about = `${country(ctx, s.country)} ${s.year}`;
  const e = formErrorsView(ctx, failed?.errors, 'review');
  const typed = failed?.values ?? (role === 'assessor' ? ownValues(s, viewer) : role === 'lead' ? startingPoint(s) : {});
  const declared = declaredIn(latest.report);
  const decision = (value: 'accept' | 'revise', label: string) =>
    html`<label><input type="radio" name="decision" value="${value}"${value === 'accept' ? html` required` : ''}${typed.decision === value ? html` checked` : ''}> ${label}</label>`;
  const area = (name: 'comments' | 'guidance.evidence' | 'guidance.participation', label: string, max: number) =>
    html`<label for="${name}">${label}</label>${e.at(name)}<textarea id="${name}" name="${name}" maxlength="${max}"${e.attrs(name)}>${typed[name] ?? ''}</textarea>`;
  const sign = (name: keyof Signs) => {
    const id: SignField = `signs.${name}`;
    const said = name === 'commentsAnswered' ? r.declaredNothing : r.declared(declared[name]);
    const radio = (value: 'met' | 'not-met', label: string) =>
      html`<label><input type="radio" name="${id}" value="${value}"${value === 'met' ? html` required` : ''}${typed[id] === value ? html` checked` : ''}> ${label}</label>`;
    return html`<fieldset id="${id}"${e.attrs(id)}><legend>${r.sign[name]}</legend><p>${said}</p>${e.at(id)}
${radio('met', r.met)}
${radio('not-met', r.notMet)}</fieldset>`;
  };
  const signs = html`<fieldset><legend>${r.signsLegend}</legend>${signNames.map(sign)}</fieldset>`;
  const form = (fields: Html, button: string) => html`${e.summary}
<form method="post" action="${action}"><input type="hidden" name="_csrf" value="${ctx.csrf}">
${fields}
<button type="submit">${button}</button></form>`;
  // Whether the social partners took part (S1), where the reviewer writes the guidance on participation.
  const guidance = html`${area('guidance.evidence', t.guidanceEvidence, 2000)}
<p id="social-partners">${labelled(ctx, t.socialPartners.label)} ${socialPartnersLine(ctx, participationOf(latest.report))}</p>
${area('guidance.participation', t.guidanceParticipation, 2000)}`;
  const decisionFields = html`<fieldset id="decision"${e.attrs('decision')}><legend>${w.decision}</legend>${e.at('decision')}
${decision('accept', w.accept)}
${decision('revise', w.revise)}</fieldset>`;
  const lead = reviewLeadOf(s);
  const task =
    role === 'assessor'
      ? html`<p>${r.assessmentIntro(lead ? `${lead.name} (${lead.email})` : '')}</p>${form(
          html`${signs}${area('comments', r.yourComments, 20000)}${guidance}`,
          r.submitAssessment,
        )}`
      : role === 'lead'
        ? html`<p>${r.leadIntro}</p>${assessmentsView(ctx, s, viewer)}<h2>${r.consolidated}</h2>${form(
            html`${decisionFields}${signs}${area('comments', w.comments, 20000)}${guidance}`,
            w.submitReview,
          )}`
        : form(html`${decisionFields}${area('comments', w.comments, 20000)}${guidance}`, w.submitReview);
  const body = html`<p>${about}, ${w.round} ${s.round}. ${w.submittedOn(latest.by, day(ctx, latest.at))}</p>
<p class="notice">${dueLine(ctx, s.windowEndsAt ?? s.deadline, zone)}</p>
${previous ? html`<section><h2>${w.changedSinceLast}</h2>${changed.length ? html`<ul>${changed.map((c) => html`<li>${c}</li>`)}</ul>` : html`<p>${w.nothingChanged}</p>`}</section>` : ''}
${plan ? plannedSection(ctx, plan, s.year) : ''}
${reportDocument(ctx, latest.report, (sha) => `/documents/${sha}?cycle=${encodeURIComponent(s.cycleId)}`)}
${s.reviews.length ? html`<section><h2>${w.earlierRounds}</h2>${s.reviews.map((x) => html`<h3>${labelled(ctx, `${capital(w.round)} ${x.round}`)} ${t.decision[x.decision]}</h3><p class="pre">${x.comments}</p>`)}</section>` : ''}
${task}`;
  return page(ctx, titled(ctx, w.reviewTitle, about), body);
}

/** Every assessment of the round, sign by sign, for the lead to consolidate; and how many are in of those needed. */
function assessmentsView(ctx: PageContext, s: CycleState, lead: string): Html {
  const r = ctx.w.review;
  const round = (s.assessments ?? []).filter((a) => a.round === s.round && s.reviewers.some((p) => p.email === a.by));
  const nameOf = (email: string) => s.reviewers.find((p) => p.email === email)?.name ?? email;
  const ownToCome = s.reviewers.some((p) => p.email === lead) && !round.some((a) => a.by === lead);
  const needed = Math.min(s.reviewers.length, s.reviewQuorum ?? 1);
  const count = round.length + (ownToCome ? 1 : 0);
  const waiting = s.reviewers.filter((p) => p.email !== lead && !round.some((a) => a.by === p.email)).map((p) => p.name);
  const one = (a: (typeof round)[number]) => html`<article><h3>${r.assessedBy(nameOf(a.by), day(ctx, a.at))}</h3>
<ul>${signNames.map((n) => html`<li>${labelled(ctx, r.sign[n])} ${a.signs[n] ? r.met : r.notMet}</li>`)}</ul>
${a.comments ? html`<p class="pre">${a.comments}</p>` : ''}
${a.guidance.evidence ? html`<p>${labelled(ctx, ctx.w.terms.guidanceEvidence)} ${a.guidance.evidence}</p>` : ''}
${a.guidance.participation ? html`<p>${labelled(ctx, ctx.w.terms.guidanceParticipation)} ${a.guidance.participation}</p>` : ''}</article>`;
  return html`<section><h2>${r.assessments}</h2>
<p>${count >= needed ? r.quorumMet(round.length) : r.quorum(count, needed)}${ownToCome ? html` ${r.ownCounts}` : ''}${waiting.length ? html` ${r.notYetAssessed(waiting.join(', '))}` : ''}</p>
${round.length ? round.map(one) : html`<p>${r.noAssessment}</p>`}</section>`;
}

/** What the roadmap and last year's report planned, for the reviewers to set beside what the report says (R15). */
function plannedSection(ctx: PageContext, plan: Planned, year: number) {
  const r = ctx.w.review;
  if (!plan.roadmapAreas.length && !plan.lastNextSteps.length) return '';
  const areas = plan.roadmapAreas.map(
    (a) =>
      html`<li>${a.title}${a.actionsDue.length ? html`${ctx.w.terms.colon} ${r.actionsDue(year)}<ul>${a.actionsDue.map((x) => html`<li>${x.text}${x.due ? ` (${day(ctx, x.due)})` : ''}</li>`)}</ul>` : ''}</li>`,
  );
  return html`<section><h2>${r.planned}</h2>${areas.length ? html`<h3>${r.roadmapAreas}</h3><ul>${areas}</ul>` : ''}${
    plan.lastNextSteps.length ? html`<h3>${r.lastNextSteps}</h3><ul>${plan.lastNextSteps.map((x) => html`<li>${x}</li>`)}</ul>` : ''
  }</section>`;
}
