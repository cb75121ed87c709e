import type { DecisionState } from '../../../domain/decision/decision';
import type { Person } from '../../../domain/shared/country';
import { sameAddress } from '../../../domain/shared/country';
import { awaitsAnswerOf, awaitsSteering, type DecisionRoles } from '../../bodies';
import { html, type Html } from '../../html';
import { secretariatZone } from '../../tasks';
import { decisionQuestion, decisionTitle } from '../../views/decision';
import { formErrorsView, type FormErrors } from '../../views/form-errors';
import { page, type PageContext } from '../../views/layout';
import { capital, day, dayAndHour, labelled } from '../../views/say';
import { check, form, group, radio, type Typed } from '../../views/steering';

// A body's decision (DESIGN.md §7), in the reader's language: the question, its stage, the silence
// procedure with who was asked and who answered, every objection with its reason, the meeting and the
// outcome; and the forms open to the reader now: a member's answer to a silence procedure, the chair's or
// the secretariat's choice of a silence procedure and their record of the meeting.

/** The forms of the page, by the path each posts to. */
export type DecisionForm = 'answer' | 'circulate' | 'meeting';

/** The most characters each text takes (the domain's limits; an objection at a meeting, a line's). */
export const decisionFieldLimits = { reason: 5_000, minutes: 5_000, objection: 2_000 } as const;

/** The ids of the fields, for the errors tied to them. */
export const fieldIds = {
  answer: 'answer-answer',
  reason: 'answer-reason',
  until: 'circulate-until',
  heldOn: 'meeting-heldOn',
  present: 'meeting-present',
  minutes: 'meeting-minutes',
  /** The objection of the `i`-th member listed. */
  objection: (i: number) => `meeting-objection-${i}`,
};
/** The name of the field of a member's objection at the meeting. */
export const objectionField = (email: string) => `objection-${email}`;

/** What came back from the outcome of a form: which, what was typed, and what is wrong. */
export interface DecisionFailed {
  form: DecisionForm;
  values: Record<string, string[]>;
  errors: FormErrors;
}

export type Recorded = keyof PageContext['w']['decisions']['recorded'];

export interface DecisionView {
  state: DecisionState & { workflowId: string };
  roles: DecisionRoles;
  /** The reader's address. */
  email: string;
  recorded?: Recorded;
  failed?: DecisionFailed;
}

/** The forms open to the reader now. */
export function formsOpen(v: Pick<DecisionView, 'state' | 'roles' | 'email'>): DecisionForm[] {
  const { state: d, roles } = v;
  return [
    ...(awaitsAnswerOf(d, roles, v.email) ? (['answer'] as const) : []),
    ...(roles.steers && d.stage === 'awaiting-procedure' ? (['circulate'] as const) : []),
    ...(roles.steers && awaitsSteering(d) ? (['meeting'] as const) : []),
  ];
}

/** A person by name, from those the decision knows; else their address. */
const nameOf = (people: Person[], email: string) => people.find((p) => sameAddress(p.email, email))?.name ?? email;

const entry = (term: string, detail: unknown) => html`<dt>${term}</dt><dd>${detail}</dd>`;

const textArea = (id: string, name: string, label: string, maxlength: number, typed: Typed | undefined, required = false) =>
  html`<label for="${id}">${label}</label>${typed?.errors.at(id)}<textarea id="${id}" name="${name}" maxlength="${maxlength}"${required ? html` required` : ''}${typed?.errors.attrs(id)}>${typed?.values[name]?.[0] ?? ''}</textarea>`;

const dateInput = (id: string, name: string, label: string, typed: Typed | undefined, required: boolean) =>
  html`<label for="${id}">${label}</label>${typed?.errors.at(id)}<input type="date" id="${id}" name="${name}" value="${typed?.values[name]?.[0] ?? ''}"${required ? html` required` : ''}${typed?.errors.attrs(id)}>`;

/** When the silence period ends, in the reader's zone and in the secretariat's. */
function endsLine(ctx: PageContext, endsAt: string): Html {
  const { terms } = ctx.w;
  const secretariat =
    ctx.zone === secretariatZone ? '' : html` · ${dayAndHour(ctx, endsAt, secretariatZone)} (${terms.secretariatTime}, ${secretariatZone})`;
  return html`${labelled(ctx, ctx.w.decisions.silence.ends)} ${dayAndHour(ctx, endsAt)} (${terms.yourTime})${secretariat}`;
}

function silenceSection(ctx: PageContext, d: DecisionState, people: Person[]): Html {
  const s = d.silence;
  if (!s) return html``;
  const said = ctx.w.decisions.silence;
  const running = d.stage === 'silence-procedure';
  // An objection's reason is said under the objections.
  const asked = s.asked.map((m) => {
    const a = d.answers.find((x) => sameAddress(x.as, m.email));
    const answer = !a
      ? running
        ? said.noAnswer
        : said.unanswered
      : a.answer === 'no-objection'
        ? said.noObjection(day(ctx, a.at))
        : said.objected(day(ctx, a.at));
    return html`<li>${m.name} (${m.email})${ctx.w.terms.colon} ${answer}</li>`;
  });
  return html`<h2>${said.title}</h2><p>${said.circulated(day(ctx, s.circulatedAt), nameOf(people, s.by))}</p>
${running ? html`<p>${endsLine(ctx, s.endsAt)}</p><p>${said.rule}</p>` : ''}
<h3>${said.asked}</h3><ul>${asked}</ul>`;
}

function objectionsSection(ctx: PageContext, d: DecisionState, people: Person[]): Html {
  if (!d.objections.length) return html``;
  const said = ctx.w.decisions.objections;
  const colon = ctx.w.terms.colon;
  const lines = d.objections.map(
    (o) =>
      html`<li>${said.line(nameOf(people, o.member), said.where[o.where], day(ctx, o.at))}${colon} <span class="pre">${o.reason}</span></li>`,
  );
  return html`<h2>${said.title}</h2><ul>${lines}</ul>`;
}

function meetingSection(ctx: PageContext, d: DecisionState, people: Person[]): Html {
  const m = d.meeting;
  if (!m) return html``;
  const said = ctx.w.decisions.meeting;
  return html`<h2>${said.title}</h2><dl>${entry(said.heldOn, day(ctx, m.heldOn))}${entry(
    said.present,
    html`<ul>${m.present.map((p) => html`<li>${nameOf(people, p)}</li>`)}</ul>`,
  )}${entry(said.minutes, html`<span class="pre">${m.minutes}</span>`)}</dl>
<p>${said.recordedBy(nameOf(people, m.recordedBy), day(ctx, m.recordedAt))}</p>`;
}

function outcomeSection(ctx: PageContext, d: DecisionState): Html {
  const o = d.outcome;
  if (!o) return html``;
  const said = ctx.w.decisions.outcome;
  const text = o.how === 'meeting' ? said.meeting(o.result === 'adopted', day(ctx, o.decidedOn)) : said.silence(day(ctx, o.decidedOn));
  return html`<h2>${said.title}</h2><p>${text}</p>`;
}

/** The forms open to the reader, `typed` the one that came back. */
function forms(ctx: PageContext, v: DecisionView, open: DecisionForm[], typedIn: (f: DecisionForm) => Typed | undefined): Html[] {
  const said = ctx.w.decisions;
  const base = `/decisions/${v.state.workflowId}`;
  const members = v.roles.members;
  const build: Record<DecisionForm, () => Html> = {
    answer: () => {
      const t = typedIn('answer');
      return form(
        ctx,
        `${base}/answer`,
        said.answer.title,
        html`${group(fieldIds.answer, said.answer.legend, html`${radio('answer', 'no-objection', said.answer.noObjection, t)}${radio('answer', 'object', said.answer.object, t)}`, t)}
${textArea(fieldIds.reason, 'reason', said.answer.reason, decisionFieldLimits.reason, t)}`,
        said.answer.button,
        t,
      );
    },
    circulate: () => {
      const t = typedIn('circulate');
      return form(
        ctx,
        `${base}/circulate`,
        said.circulate.title,
        html`<p>${said.circulate.hint}</p>${dateInput(fieldIds.until, 'until', said.circulate.until, t, false)}`,
        said.circulate.button,
        t,
      );
    },
    meeting: () => {
      const t = typedIn('meeting');
      const r = said.record;
      const each = members.map(
        (m, i) =>
          html`<fieldset><legend>${m.name}</legend>${check('present', m.email, r.present, t)}${textArea(fieldIds.objection(i), objectionField(m.email), r.objection, decisionFieldLimits.objection, t)}</fieldset>`,
      );
      return form(
        ctx,
        `${base}/meeting`,
        r.title,
        html`<p>${r.hint}</p>${dateInput(fieldIds.heldOn, 'heldOn', r.heldOn, t, true)}
${group(fieldIds.present, r.members, each, t)}
${textArea(fieldIds.minutes, 'minutes', r.minutes, decisionFieldLimits.minutes, t, true)}`,
        r.button,
        t,
      );
    },
  };
  return open.map((f) => build[f]());
}

export function decisionPage(ctx: PageContext, v: DecisionView) {
  const { state: d, failed } = v;
  const said = ctx.w.decisions;
  const people = [...v.roles.members, ...(d.silence?.asked ?? [])];
  const open = formsOpen(v);
  const typedIn = (f: DecisionForm): Typed | undefined =>
    failed?.form === f ? { values: failed.values, errors: formErrorsView(ctx, failed.errors, f) } : undefined;
  // A form that came back but is no longer offered (the stage moved on) says what is wrong at the top.
  const atTop = failed && !open.includes(failed.form) ? formErrorsView(ctx, failed.errors, failed.form).summary : '';
  const body = html`${v.recorded ? html`<p class="notice" role="status">${said.recorded[v.recorded]}</p>` : ''}${atTop}
<dl>${entry(said.questionLabel, decisionQuestion(ctx, d.subject))}${entry(said.bodyLabel, said.body[d.body])}${entry(
    said.stageLabel,
    capital(ctx.w.refusal.decisionStage[d.stage]),
  )}${entry(said.askedOn, day(ctx, d.askedAt))}</dl>
${outcomeSection(ctx, d)}
${forms(ctx, v, open, typedIn)}
${silenceSection(ctx, d, people)}
${objectionsSection(ctx, d, people)}
${meetingSection(ctx, d, people)}`;
  return page(ctx, decisionTitle(ctx, d), body);
}
