import type { Body } from '../../../domain/shared/roles';
import type { DecisionSubject } from '../../../domain/decision/decision';

// The words of a body's decision (DESIGN.md §7) in English: its page, its forms and the lines of the task
// list. Worded as the decision's e-mails are (activities/texts/en.ts, 'decision-*').

export const decisions = {
  /** The page's title: the body's decision, and the question put to it. */
  title: { gcm: 'GCM decision', wg: 'Working Group decision' } satisfies Record<Body, string>,
  /** The body, as a line names it. */
  body: { gcm: 'Global Coordinating Group (GCM)', wg: 'Working Group' } satisfies Record<Body, string>,
  /** The question put to the body, from its kind; `country` is named in the reader's language. */
  question: {
    grant: (_code: string, country: string) => `Grant pathfinder status to ${country}`,
    dialogue: (_code: string, country: string, year?: number) => `Open a dialogue with ${country}, flagged after the ${year} cycle`,
    'wg-report': (_code: string, _country: string, year?: number) => `Take note of the Working Group’s report on the ${year} cycle`,
    support: (_code: string, country: string) => `Form a support sub-group for ${country}`,
    resume: (_code: string, country: string) => `Close the dialogue with ${country}, which resumes its participation`,
    inactive: (_code: string, country: string) => `Declare ${country} an inactive pathfinder country`,
    feedback: (_code: string, country: string) => `Send ${country} the feedback drafted on its presentation`,
    reactivation: (_code: string, country: string) => `Take note that ${country} is active again, as the secretariat verified its request`,
  } satisfies Record<DecisionSubject['kind'], (code: string, country: string, year?: number) => string>,
  /** The facts of the decision, as labels. */
  questionLabel: 'The question',
  bodyLabel: 'Body',
  stageLabel: 'Stage',
  askedOn: 'Put to the body on',
  silence: {
    title: 'Silence procedure',
    circulated: (day: string, by: string) => `Circulated on ${day} by ${by}.`,
    ends: 'Ends',
    rule: 'The proposal is adopted unless a member objects by then; an objection, with its reason, breaks the silence and the question goes to the next meeting.',
    asked: 'Members asked, and their answers',
    noObjection: (day: string) => `no objection (${day})`,
    objected: (day: string) => `objection (${day})`,
    noAnswer: 'no answer yet',
    /** Once the procedure has ended or an objection stopped it. */
    unanswered: 'no answer',
  },
  objections: {
    title: 'Objections',
    where: { 'silence-procedure': 'under the silence procedure', meeting: 'at the meeting' },
    line: (who: string, where: string, day: string) => `${who}, ${where}, ${day}`,
  },
  meeting: {
    title: 'Meeting',
    heldOn: 'Held on',
    present: 'Present',
    minutes: 'Minutes',
    recordedBy: (by: string, day: string) => `Recorded by ${by} on ${day}.`,
  },
  outcome: {
    title: 'Outcome',
    meeting: (adopted: boolean, day: string) => `${adopted ? 'Adopted' : 'Not adopted'} at the meeting of ${day}.`,
    silence: (day: string) => `Adopted by silence procedure, which ended on ${day}.`,
  },
  /** A member's answer to a silence procedure. */
  answer: {
    title: 'Your answer to the silence procedure',
    legend: 'Your answer',
    noObjection: 'No objection',
    object: 'I object',
    reason: 'Reason: required with an objection (the chair and the secretariat read it)',
    reasonRequired: 'is required with an objection',
    button: 'Send my answer',
  },
  /** The chair's or the secretariat's choice of a silence procedure. */
  circulate: {
    title: 'Circulate under silence procedure',
    hint: 'Every member is sent the proposal by e-mail, with a personal link to answer; it is adopted unless a member objects by the last day.',
    until: 'Last day (optional; otherwise the period the rules set)',
    button: 'Circulate',
  },
  /** The chair's or the secretariat's record of the meeting that decided. */
  record: {
    title: 'Record the meeting',
    hint: 'The members present must make the quorum. The proposal is adopted unless someone present objected.',
    heldOn: 'Held on',
    members: 'Members',
    present: 'Present',
    objection: 'Objection raised at the meeting, with its reason (optional)',
    minutes: 'Minutes: a reference or the text',
    button: 'Record the meeting',
  },
  /** What the page says once a form is taken. */
  recorded: {
    circulated: 'The proposal is circulated under silence procedure: every member is sent it by e-mail.',
    'no-objection': 'Your answer is recorded: no objection.',
    objection: 'Your objection is recorded: the silence is broken and the question goes to the next meeting.',
    meeting: 'The meeting is recorded.',
  },
  /** The lines of the task list. */
  tasks: {
    'awaiting-procedure': 'Decision waiting for its procedure',
    'awaiting-meeting': 'Decision awaiting a meeting',
    'silence-procedure': 'Your answer to a silence procedure',
  },
  /** On the GCM's page of a candidacy: the grant is the GCM's decision as a body. */
  candidacy: {
    decidedAsBody: 'The GCM decides the grant as a body, at a meeting or by silence procedure:',
    open: 'open the decision',
    /** A feedback drafted and before the GCM (R10); the candidate hears nothing until it is adopted. */
    feedbackAsBody: (by: string, day: string) =>
      `Feedback drafted by ${by} on ${day}: the GCM decides it as a body, at a meeting or by silence procedure, and the candidate receives it once adopted:`,
    draftNotAdopted: 'not adopted: a new draft may be proposed',
  },
};

export type DecisionWords = typeof decisions;
