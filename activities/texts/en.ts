import { reportLines } from './report-lines';
import { eventTexts } from './events';
import { assistanceTexts } from './assistance';
import { hasReport } from '../../domain/reactivation/args';
import { roadmapChange } from './roadmap-changes';
import { introductionText } from './learning';
import type { Notice } from '../../domain/shared/notice';
import type { Say, Texts } from './types';
import { bodyNames, decisionQuestion } from './decisions';
import { participationLine } from './participation';
import { vocabulary } from './vocabulary';

// English. The body is the "Global Coordinating Group (GCG)" at its first mention in a text, then "GCG".

const gcg = 'Global Coordinating Group (GCG)';
const times = (n: number, one: string, many: string) => (n === 0 ? `no ${many}` : n === 1 ? `one ${one}` : `${n} ${many}`);

/** What a past cycle left as evidence for the GCG (R20), in a few lines. */
function evidence(e: NonNullable<Notice['evidence']>[number], say: Say): string[] {
  const { deadline, extensions, remindersSent, submissions, reviews } = e.evidence;
  const extended = extensions ? ` (extended ${extensions === 1 ? 'once' : `${extensions} times`})` : '';
  const sent = submissions.map(
    (s) => `${s.kind === 'report' ? 'the report' : 'a revised report'} on ${say.date(s.at)}${s.late ? ' (late)' : ''}`,
  );
  const reviewed = reviews.map((r) => `round ${r.round}, ${en.decision[r.decision]} on ${say.date(r.at)}`);
  return [
    `${e.year}: ${say.stage(e.stage)}. Deadline: ${say.date(deadline)}${extended}; ${times(remindersSent, 'reminder', 'reminders')} sent.`,
    `  Submissions: ${sent.length ? sent.join('; ') : 'none'}.`,
    `  Reviews: ${reviewed.length ? reviewed.join('; ') : 'none'}.`,
    `  ${say.factsInline(e.outcome)}.`,
  ];
}

/** R22: what the GCG tried, as it was; support only if a sub-group was formed. */
function tried(n: Notice, say: Say): string {
  const t = n.tried;
  if (!t) return 'This decision follows the dialogue the GCG held with the country, which did not lead to the progress expected.';
  const dialogue =
    t.dialogues > 0
      ? `The GCG held ${times(t.dialogues, 'dialogue session', 'dialogue sessions')} with the country.`
      : 'The GCG opened a dialogue with the country.';
  if (!t.support) return `${dialogue} The dialogue did not lead to the progress expected.`;
  return `${dialogue} A support sub-group of the GCG then worked with the country from ${say.date(t.support.since)}, through ${say.mechanisms(t.support.mechanisms)}. Neither led to the progress expected.`;
}

/** "an active pathfinder country": the vocabulary names a status without its article. */
const aOrAn = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

export const en: Texts = {
  ...vocabulary.en,
  country: (_code, name) => ({ name, the: name, The: name, of: `of ${name}`, to: `to ${name}` }),
  copyOf: (name, email) =>
    `A copy for your information of the e-mail sent to ${name} <${email}>. Its personal link, which signs in ${name} alone, is left out.`,
  linkLeftOut: '(personal link, left out of this copy)',
  signature: { secretariat: 'Alliance 8.7 secretariat', gcg: 'Global Coordinating Group of Alliance 8.7' },
  emailWhat: {
    'call-for-reports': 'the call for the progress report',
    'submission-reminder': 'the reminder to submit the report',
    'submission-overdue': 'the reminder that the report is overdue',
    'submission-received': 'the acknowledgement of the report',
    'deadline-extended': 'the notice of the extended deadline',
    'extension-requested': 'the request for more time',
    'extension-granted': 'the notice that more time was granted',
    'extension-refused': 'the notice that more time was not granted',
    'address-refused': 'the notice of an undeliverable e-mail',
    'mail-delayed': 'the notice of delayed e-mails',
    'publication-failed': 'the notice of a failed publication',
    'review-request': 'the request to review the report',
    'review-reminder': 'the reminder to review the report',
    'review-overdue': 'the reminder that the review is overdue',
    'review-quorum': 'the notice to the review lead that enough assessments are in',
    feedback: "the Working Group's comments on the report",
    'revision-reminder': 'the reminder to send the revised report',
    'revision-overdue': 'the reminder that the revised report is overdue',
    finalised: 'the notice that the report was finalised and published',
  },
  noticeWhat: {
    'escalation-flag': 'the flag of the country to the Global Coordinating Group',
    'dialogue-opened': 'the notice that a dialogue is opened',
    'support-started': 'the notice that a support sub-group is formed',
    'support-check-in-due': 'the reminder of a support check-in',
    'decision-needed': 'the request for a decision of the Global Coordinating Group',
    'escalation-resumed': 'the notice that the dialogue is closed and the country resumes',
    'country-inactive': 'the notice that the country is declared inactive',
    'reactivation-requested': 'the request for reactivation to verify',
    'reactivation-received': "the news of the country's reactivation request",
    'reactivation-refused': 'the notice that the reactivation request was not accepted',
    'country-reactivated': 'the notice that the country is active again',
    'wg-report': "the Working Group's report on the cycle",
    'wg-report-draft': "the Working Group's draft report on the cycle",
    'roadmap-updated': "the news of the country's updated roadmap",
    'roadmap-update-asked': 'the request to update the roadmap',
    'learning-introduction': 'the introduction to another country for peer learning',
    ...eventTexts.en.what,
    ...assistanceTexts.en.what,
    'forecast-digest': 'the weekly forecast',
    'annual-status-update': 'the annual status update',
    'candidacy-received': 'the notice of an expression of interest',
    'candidacy-invitation': 'the invitation to consultations and a strategic planning workshop',
    'timeline-step-late': 'the reminder of a late step of the timeline',
    'candidacy-feedback': "the feedback on the country's presentation",
    'candidacy-feedback-due': 'the request for feedback on a presentation',
    'candidacy-position-due': 'the request for a position on a candidacy',
    'candidacy-not-granted': 'the notice that pathfinder status was not granted',
    'candidacy-granted': 'the notice that pathfinder status was granted',
    'notice-undeliverable': 'the notice of an undeliverable e-mail',
    'decision-pending': 'the reminder of a decision waiting for its procedure',
    'decision-circulated': 'a proposal circulated under a silence procedure',
    'decision-reminder': 'the reminder of a silence procedure ending soon',
    'decision-objection': 'the notice of an objection to a silence procedure',
    'decision-taken': 'the notice of a decision taken',
  },
  email: {
    subject: {
      'call-for-reports': (r, { country: c }) => `${c.name}: call for the ${r.year} progress report and indicator framework`,
      'submission-reminder': (r, { country: c }) => `${c.name}: ${r.year} progress report due`,
      'submission-overdue': (r, { country: c }) => `${c.name}: ${r.year} progress report overdue`,
      'submission-received': (r, { country: c }) => `${c.name}: ${r.year} report received (round ${r.round})`,
      'deadline-extended': (r, { country: c }) => `${c.name}: ${r.year} report deadline extended`,
      'extension-requested': (r, { country: c }) => `${c.name} asks for more time for its ${r.year} report`,
      'extension-granted': (r, { country: c }) => `${c.name}: more time granted for the ${r.year} report`,
      'extension-refused': (_r, { country: c }) => `${c.name}: request for more time not granted`,
      'address-refused': (r, { country: c }) => `${c.name}: an e-mail to ${r.undeliverable?.name} could not be delivered`,
      'mail-delayed': (r, { country: c }) => `${c.name}: e-mails of the ${r.year} cycle went out late`,
      'publication-failed': (r, { country: c }) => `${c.name}: the accepted ${r.year} report could not be published`,
      'review-request': (r, { country: c }) => `Review requested: ${c.name} ${r.year} report (round ${r.round})`,
      'review-reminder': (r, { country: c }) => `Review due soon: ${c.name} ${r.year} (round ${r.round})`,
      'review-overdue': (r, { country: c }) => `Review overdue: ${c.name} ${r.year} (round ${r.round})`,
      'review-quorum': (r, { country: c }) =>
        `Assessments in: ${c.name} ${r.year} report (round ${r.round}), the Working Group's decision is yours to send`,
      feedback: (r, { country: c }) => `${c.name}: Working Group feedback on the ${r.year} report`,
      'revision-reminder': (r, { country: c }) => `${c.name}: ${r.year} revised report due`,
      'revision-overdue': (r, { country: c }) => `${c.name}: ${r.year} revised report overdue`,
      finalised: (r, { country: c }) => `${c.name}: ${r.year} report finalised and published`,
    },
    intro: {
      'call-for-reports': (r, { country: c }) =>
        `The ${r.year} annual reporting cycle of Alliance 8.7 is open. You are invited to submit the annual progress report ${c.of}, with the updated indicator framework, by the deadline below. Prepared through the national coordination mechanism, the report covers progress against the roadmap objectives, implementation challenges, the areas where the country wishes to learn from others, evidence of progress, stakeholder participation and collaboration efforts.`,
      'submission-reminder': (r, { country: c }) =>
        `The annual progress report ${c.of} for the ${r.year} cycle, with the updated indicator framework, is due soon.`,
      'submission-overdue': (r, { country: c }) =>
        `The annual progress report ${c.of} for the ${r.year} cycle has not been received and is now overdue.`,
      'submission-received': (r, { country: c }) =>
        `Thank you: the ${r.year} report ${c.of} was received and goes to the Working Group for review.`,
      'deadline-extended': (r, { country: c }) =>
        `The secretariat has extended the deadline for the ${r.year} report ${c.of}: the report is now due as below.`,
      'extension-requested': (r, { country: c }) =>
        `The focal point ${c.of} asks for more time for the ${r.year} report, beyond what is granted at once. Please grant or refuse it.`,
      'extension-granted': (r, { country: c }) =>
        `The request for more time for the ${r.year} report ${c.of} is granted: the report is now due later, as below.`,
      'extension-refused': (r, { country: c }) =>
        `The secretariat could not grant the request for more time for the ${r.year} report ${c.of}. The deadline stays as below.`,
      'address-refused': (r, { country: c }) => {
        const u = r.undeliverable;
        return `The mail server refused, for good, ${u ? en.emailWhat[u.kind] : 'an e-mail'} of the ${r.year} cycle ${c.of}, for ${u?.name} <${u?.address}>: ${u?.reason}. Please correct the address (on the secretariat page, replace the focal point or deputy; or in the registry file). The cycle goes on meanwhile.`;
      },
      'mail-delayed': (r, say) =>
        `The mail server could not be reached from ${say.dateTime(r.mailDelay!.since, r.secretariatZone)} to ${say.dateTime(r.mailDelay!.until!, r.secretariatZone)} (secretariat time). The ${r.year} cycle ${say.country.of} went on meanwhile; its e-mails are listed below.`,
      'publication-failed': (r, { country: c }) =>
        `The Working Group accepted the ${r.year} report ${c.of}, but publishing it has failed for an hour: ${r.publicationError}. Please make the publication folder or website writable again. The cycle tries again every hour and tells the country once the report is published.`,
      'review-request': (r, { country: c }) => `The ${r.year} report ${c.of} is ready for your review.`,
      'review-reminder': (r, { country: c }) => `Your review of the ${r.year} report ${c.of} is due soon.`,
      'review-overdue': (r, { country: c }) => `Your review of the ${r.year} report ${c.of} is overdue.`,
      'review-quorum': (r, { country: c }) =>
        `Enough of the Working Group's reviewers have assessed the ${r.year} report ${c.of} for you, as the review lead, to consolidate their assessments and send the Working Group's decision.`,
      feedback: (r, { country: c }) => `The Working Group has reviewed the ${r.year} report ${c.of} and asks for a revised report.`,
      'revision-reminder': (r, { country: c }) => `The revised ${r.year} report ${c.of} is due soon.`,
      'revision-overdue': (r, { country: c }) => `The revised ${r.year} report ${c.of} is overdue.`,
      finalised: (r, { country: c }) =>
        `The Working Group has accepted the ${r.year} report ${c.of}. The final report and the indicator framework are published.${r.comments || r.guidance?.evidence || r.guidance?.participation ? " The Working Group's comments on accepting it follow." : ''}`,
    },
    missing: 'Still missing',
    items: {
      'progress-report': 'the progress report',
      'indicator-framework': 'the updated indicator framework',
      revision: 'a revised report answering the comments',
      review: 'your review (accept or revise)',
    },
    act: { report: 'Submit the report online', revision: 'Send the revision online', review: 'Review the report online' },
    ownLink: 'This link is yours alone: it signs you in for this task. Do not forward it.',
    readOnline: 'Read it online',
    late: 'This submission arrived after the deadline and is recorded as late.',
    reason: 'Reason',
    note: "Secretariat's note",
    daysAsked: 'Days asked for',
    openDashboard: 'Decide on the year dashboard',
    sentLate: 'Sent late, once the mail server took mail again',
    dropped: 'Not sent: a later reminder replaced it, or what it asked for had arrived',
  },
  notice: {
    'escalation-flag': {
      subject: (n, { country: c }) => `Flag to the Global Coordinating Group: ${c.name} after the ${n.year! - 1} and ${n.year} cycles`,
      body: (n, say, link) => [
        n.wgConfirmation
          ? `The Working Group flags ${say.country.name} to the ${gcg}: these signs of insufficient progress were seen in two consecutive cycles.`
          : `The facts of two consecutive cycles flag ${say.country.name} to the ${gcg}: these signs of insufficient progress were seen.`,
        ...say.criteria(n.criteria),
        ...(n.wgConfirmation
          ? [`The Working Group's reason for confirming it: ${n.wgConfirmation}`]
          : [`No Working Group report covered the ${n.year} cycle, so the Working Group has not reviewed this flag.`]),
        '',
        'What each cycle showed:',
        ...(n.evidence ?? []).flatMap((e) => evidence(e, say)),
        '',
        'The GCG decides, as a body, whether to open a dialogue with the country: its Chair or the secretariat puts the question to the members, at a meeting or by silence procedure, and the country hears only once it is decided.',
        `Once a dialogue is open, record it, form a support sub-group and decide online (this link is yours alone): ${link}`,
      ],
    },
    'dialogue-opened': {
      subject: (_n, { country: c }) => `${c.name}: the Global Coordinating Group opens a dialogue`,
      body: (n, say) => [
        `After the ${n.year! - 1} and ${n.year} reporting cycles, the ${gcg} of Alliance 8.7 opens a dialogue with ${say.country.the}. It is not a monitoring exercise: it is a chance to explain the country's circumstances (political, economic, humanitarian), to share progress not yet reported, and to agree on a way forward, such as support the country needs or an update of its roadmap.`,
        'In two consecutive cycles, the Working Group noted these signs of insufficient progress:',
        ...say.criteria(n.criteria),
      ],
    },
    'support-started': {
      subject: (_n, { country: c }) => `${c.name}: a support sub-group of the Global Coordinating Group is formed`,
      body: (n, say) => [
        `The ${gcg} has formed a sub-group to support ${say.country.the} until the country is ready to resume its participation.`,
        `Forms of support: ${say.mechanisms(n.mechanisms)}.`,
        `Members: ${(n.members ?? []).join(', ')}`,
      ],
    },
    'support-check-in-due': {
      subject: (_n, { country: c }) => `Support check-in due: ${c.name}`,
      body: (n, say, link) => [
        `A check-in on the support to ${say.country.the} (${say.mechanisms(n.mechanisms)}) is due: please record how it is going and whether the country is ready to resume.`,
        '',
        `Check in online: ${link}`,
      ],
    },
    'decision-needed': {
      subject: (_n, { country: c }) => `Decision of the Global Coordinating Group needed: ${c.name}`,
      body: (n, say, link) => [
        `The support sub-group of the ${gcg} for ${say.country.the} has ended its work.`,
        ...(n.reason === undefined ? [] : [`It found the country ready to resume. Its last check-in: ${n.reason}`]),
        'The GCG now decides whether the country resumes its participation or is declared inactive.',
        '',
        `Decide online: ${link}`,
      ],
    },
    'escalation-resumed': {
      subject: (_n, { country: c }) => `${c.name}: dialogue closed, the country resumes`,
      body: (n, say) => [
        `The ${gcg} has closed its dialogue with ${say.country.the}: the country resumes its participation in the annual cycle.`,
        `Reason: ${n.reason}`,
      ],
    },
    'country-inactive': {
      subject: (_n, { country: c }) => `${c.name}: pathfinder status now inactive`,
      body: (n, say, link) => [
        `The ${gcg} of Alliance 8.7 has declared ${say.country.the} an inactive pathfinder country.`,
        tried(n, say),
        `The GCG's reason: ${n.reason}`,
        'While the country is inactive, the benefits of pathfinder status (visibility, help with resource mobilisation, coordination of technical assistance, peer learning) are suspended, and it takes no part in the annual reporting cycle.',
        `The country may ask to be reactivated at any time, with evidence that corrective measures are planned or taken (a progress report, an updated indicator framework, evidence of progress and of collaboration) and a letter to the Chair of Alliance 8.7 stating any changes to its roadmap. File the request online: ${link}`,
      ],
    },
    'reactivation-requested': {
      subject: (_n, { country: c }) => `Reactivation request to verify: ${c.name}`,
      body: (n, say, link) => {
        const request = n.request;
        const lines = request
          ? [
              ...(hasReport(request)
                ? [
                    ...reportLines(request.report, {
                      colon: ': ',
                      progress: 'Progress against the roadmap',
                      framework: (updated, n) => `Indicator framework: ${n} indicator(s), ${updated ? 'updated' : 'not updated'}`,
                      evidence: 'Evidence of progress',
                      collaboration: 'Evidence of collaboration',
                      documents: 'Documents',
                    }),
                  ]
                : Object.entries(en.reactivationEvidence).map(
                    ([part, label]) => `${label}: ${request[part as keyof typeof en.reactivationEvidence]}`,
                  )),
              `Letter to the ${request.letter.to}: ${request.letter.summary}` +
                (hasReport(request) && request.letter.document ? ` (the letter: ${request.letter.document.name})` : ''),
            ]
          : [n.reason ?? ''];
        return [
          `${say.country.The} asks to be reactivated as a pathfinder country. Its evidence, and its letter:`,
          ...lines,
          ...(n.roadmapChanges ? [`Roadmap changes: ${n.roadmapChanges}`] : []),
          '',
          `Verify it online: ${link}`,
        ];
      },
    },
    'reactivation-received': {
      subject: (_n, { country: c }) => `${c.name} asks to be an active pathfinder country again`,
      body: (n, say) => [
        `${say.country.The} has written to the Chair of Alliance 8.7 to be an active pathfinder country again, with its evidence.`,
        ...(n.request ? [`The letter: ${n.request.letter.summary}`] : []),
        ...(n.roadmapChanges ? [`Roadmap changes: ${n.roadmapChanges}`] : []),
        '',
        `The secretariat verifies the evidence; once it has, the ${gcg} is asked to take note of the reactivation.`,
      ],
    },
    'reactivation-refused': {
      subject: (_n, { country: c }) => `${c.name}: reactivation request not accepted`,
      body: (n, say) => [
        `The secretariat could not verify the reactivation request ${say.country.of}.`,
        `Secretariat's note: ${n.reason}`,
        'The country may send a new request at any time.',
      ],
    },
    'country-reactivated': {
      subject: (_n, { country: c }) => `${c.name}: pathfinder status active again`,
      body: (n, say) => [
        `${say.country.The} is an active pathfinder country again: it takes part in the next annual cycle, and the benefits of pathfinder status resume.`,
        `Secretariat's note: ${n.reason}`,
        ...(n.roadmapChanges ? [`Roadmap changes: ${n.roadmapChanges}`] : []),
      ],
    },
    'wg-report': {
      subject: (n) => `Working Group report to the Global Coordinating Group: ${n.year} cycle`,
      body: (n, say, link) => [
        `The ${n.year} reporting cycle has closed. The Working Group reports to the ${gcg} on each country: where its cycle ended, the five signs of progress it checks, and any flag.`,
        ...(n.rows ?? []).flatMap((r) => [
          '',
          `- ${say.countryName(r.country, r.name)} (${r.country}): ${say.stage(r.stage)}${!r.outcome && r.missing ? ` (${r.missing})` : ''}.`,
          ...(r.outcome ? [`  ${say.factsInline(r.outcome)}.`] : []),
          ...(r.participation ? [`  ${participationLine('en', r.participation)}`] : []),
          r.flagged ? `  Flagged to the GCG: ${r.criteria.map((c) => en.criterion[c]).join('; ')}.` : '  Not flagged.',
        ]),
        '',
        `Read the report online, or download it as a PDF from that page (sign in as a member of the GCG or of the secretariat): ${link}`,
      ],
    },
    'wg-report-draft': {
      subject: (n) => `Draft Working Group report on the ${n.year} cycle: ready for the Working Group`,
      body: (n, _say, link) => [
        `The ${n.year} reporting cycle has closed, and the draft of the Working Group's report to the ${gcg} is ready: the year's figures and facts, the themes of the reports, and the flags the facts propose (${(n.rows ?? []).filter((r) => r.flagged).length}).`,
        'Members of the Working Group write a narrative on each country and confirm or withdraw each proposed flag, with the reason; the chair then signs the report off. Only then does it go to the GCG, and the countries hear of their status once the GCG has taken note of it.',
        '',
        `The draft (sign in as a member of the Working Group): ${link}`,
      ],
    },
    'roadmap-updated': {
      subject: (n, { country: c }) => `${c.name}: roadmap updated (version ${n.version})`,
      body: (n, say, link) => [
        `${say.country.name} has updated its roadmap: version ${n.version}. What changed:`,
        ...(n.changes ?? []).map((c) => `- ${roadmapChange.en(c)}`),
        '',
        `The country's published profile now shows it. The roadmap: ${link}`,
      ],
    },
    'assistance-requested': assistanceTexts.en.requested,
    'assistance-offered': assistanceTexts.en.offered,
    'assistance-matched': assistanceTexts.en.matched,
    'event-invitation': eventTexts.en.invitation,
    'event-left-out': eventTexts.en.leftOut,
    'event-cancelled': eventTexts.en.cancelled,
    'learning-introduction': introductionText.en,
    'roadmap-update-asked': {
      subject: (_n, { country: c }) => `${c.name}: please update your roadmap`,
      body: (n, say, link) => [
        `The dialogue between ${say.country.the} and the ${gcg} of Alliance 8.7 agreed on this way forward, which calls for an update of the country's roadmap:`,
        n.reason ?? '',
        '',
        `Sign in and update the roadmap (its priority areas, actions, indicators and assistance needs): ${link}`,
      ],
    },
    'forecast-digest': {
      subject: (n) =>
        `Weekly forecast, ${n.year} cycle: ${n.atRisk?.length ?? 0} ${n.atRisk?.length === 1 ? 'country' : 'countries'} at risk of a flag`,
      body: (n, say, link) => [
        `${n.openCycles === 1 ? `One reporting cycle of ${n.year} is` : `${n.openCycles} reporting cycles of ${n.year} are`} still open. If nothing more came in, these countries would be flagged to the ${gcg}:`,
        ...(n.atRisk?.length
          ? n.atRisk.map(
              (r) =>
                `- ${say.countryName(r.country, r.name)} (${r.country}), ${say.stage(r.stage)}: ${r.criteria.map((c) => en.criterion[c]).join('; ')}. Still to make good before the cycle closes: ${r.toAvoid.map((c) => en.criterion[c]).join('; ')}`,
            )
          : ['- none']),
        '',
        `The year's dashboard (sign in as a member of the secretariat or of the GCG): ${link}`,
      ],
    },
    'annual-status-update': {
      subject: (n, { country: c }) => `${c.name}: annual status update, ${n.year} cycle`,
      body: (n, say) => {
        const c = say.country;
        const status = !n.status
          ? []
          : n.status === 'inactive'
            ? [
                `${c.The} is an inactive pathfinder country: it takes no part in the annual cycle, and the benefits of pathfinder status are suspended.`,
                'The country may ask to be reactivated at any time, with evidence that corrective measures are planned or taken.',
              ]
            : [`${c.The} is ${aOrAn(en.status[n.status])}.`];
        const outcome = n.outcome
          ? [
              '',
              `What the ${n.year} cycle showed:`,
              ...say.facts(n.outcome),
              '',
              ...(n.flagged
                ? [
                    'In two consecutive cycles, the Working Group noted these signs of insufficient progress, and has flagged them to the GCG:',
                    ...say.criteria(n.criteria),
                  ]
                : ['The Working Group raised no flag.']),
            ]
          : n.status === 'inactive'
            ? []
            : [`No outcome of the ${n.year} cycle is recorded for the country.`];
        return [
          `After the ${n.year} reporting cycle, the ${gcg} of Alliance 8.7 sends ${c.the} its annual status update.`,
          ...status,
          ...outcome,
        ];
      },
    },
    'candidacy-received': {
      subject: (_n, { country: c }) => `Expression of interest: ${c.name} wishes to become a pathfinder country`,
      body: (_n, say) => [
        `The government ${say.country.of} has sent an expression of interest in becoming an Alliance 8.7 pathfinder country, naming a focal point and a deputy. The secretariat informs the ${gcg}, and has invited the country to national consultations and a strategic planning workshop.`,
      ],
    },
    'candidacy-invitation': {
      subject: (_n, { country: c }) => `${c.name}: invitation to consultations and a strategic planning workshop`,
      body: (_n, say, link) => [
        `Thank you for the expression of interest ${say.country.of} in becoming an Alliance 8.7 pathfinder country.`,
        'We invite you to national consultations and a strategic planning workshop with the whole of government and all relevant stakeholders.',
        `Please tell the secretariat your timeline, then file each planning step, online (this link is yours alone): ${link}`,
      ],
    },
    'timeline-step-late': {
      subject: (_n, { country: c }) => `${c.name}: a step of your pathfinder timeline is late`,
      body: (n, say, link) => {
        const late = n.lateStep;
        return [
          late
            ? `A step of the timeline set by ${say.country.the} is past its date: ${en.step[late.step]}, planned for ${say.date(late.due)}.`
            : `A step of the timeline set by ${say.country.the} is past its date: ${n.reason}.`,
          `Please file it, or send the secretariat a new timeline, online: ${link}`,
        ];
      },
    },
    'candidacy-feedback': {
      subject: (_n, { country: c }) => `${c.name}: feedback of the Global Coordinating Group on your presentation`,
      body: (n, say, link) => [
        // Since the GCG decides its feedback as a body (R10), dated by its decision.
        `The feedback of the ${gcg} on the presentation ${say.country.of}${n.decision?.outcome ? `, adopted on ${say.date(n.decision.outcome.decidedOn)}` : ''}:`,
        n.reason ?? '',
        '',
        `Please follow it up online: ${link}`,
      ],
    },
    'candidacy-feedback-due': {
      subject: (_n, { country: c }) => `${c.name} has presented its candidacy: the feedback of the Global Coordinating Group is due`,
      body: (_n, say, link) => [
        `The representatives ${say.country.of} have presented the country's roadmap and priorities to the ${gcg}. Please give the GCG's feedback, with links to the conclusions of the ILO Committee of Experts (CEACR) and to the Durban Call to Action, online: ${link}`,
      ],
    },
    'candidacy-position-due': {
      subject: (_n, { country: c }) => `${c.name} has answered the feedback of the Global Coordinating Group: your position is due`,
      body: (_n, say, link) => [
        `The representatives ${say.country.of} have followed up the feedback of the ${gcg}. The GCG grants pathfinder status by consensus: each member states support, or an objection saying what is missing, and one objection withholds it. Record your position online: ${link}`,
      ],
    },
    'candidacy-not-granted': {
      subject: (_n, { country: c }) => `${c.name}: pathfinder status not granted this time`,
      body: (n, say) => [
        `The ${gcg} did not reach consensus on granting pathfinder status to ${say.country.the}. What is missing:`,
        n.reason ?? '',
        '',
        'Everything filed so far is kept; the Alliance will discuss with the country and support it, and the country may present its candidacy again.',
      ],
    },
    'candidacy-granted': {
      subject: (_n, { country: c }) => `${c.name}: pathfinder status granted`,
      body: (_n, say) => [
        `The ${gcg} has granted ${say.country.the} the status of Alliance 8.7 pathfinder country. Implementation starts now; the first annual progress report is due at the end of April next year.`,
      ],
    },
    'notice-undeliverable': {
      subject: (n, { country: c }) => `${n.country ? `${c.name}: ` : ''}an e-mail to ${n.undeliverable?.name} could not be delivered`,
      body: (n, say) => {
        const u = n.undeliverable;
        return [
          `The mail server refused, for good, ${u ? en.noticeWhat[u.kind] : 'an e-mail'}${n.country ? ` about ${say.country.the}` : ''}, for ${u?.name} <${u?.address}>: ${u?.reason}.`,
          'Please correct the address (on the secretariat page, replace the focal point or deputy; or in the registry file) and tell them what it said; the process goes on meanwhile.',
        ];
      },
    },
    'decision-pending': {
      subject: (n, say) => `Decision waiting: ${decisionQuestion.en(n, say)}`,
      body: (n, say, link) => [
        `The ${bodyNames.en(n)} is to decide: ${decisionQuestion.en(n, say)}.`,
        n.decision?.objections
          ? 'A member objected under the silence procedure, so the question goes to the next meeting. Once it has met, record its outcome, with those present and the minutes.'
          : 'Circulate it to the members under a written silence procedure, or record the meeting that decides it, with those present and the minutes.',
        `Open the decision: ${link}`,
      ],
    },
    'decision-circulated': {
      subject: (n, say) => `Silence procedure until ${say.date(n.decision?.endsAt ?? '')}: ${decisionQuestion.en(n, say)}`,
      body: (n, say, link) => [
        `The following proposal is circulated to the members of the ${bodyNames.en(n)} under a written silence procedure: ${decisionQuestion.en(n, say)}.`,
        `It is adopted unless a member objects by ${say.dateTime(n.decision?.endsAt ?? '')}. An objection, with its reason, breaks the silence and the question goes to the next meeting.`,
        `Answer "no objection" or object here: ${link}`,
      ],
    },
    'decision-reminder': {
      subject: (n, say) => `Silence procedure ends ${say.date(n.decision?.endsAt ?? '')}: ${decisionQuestion.en(n, say)}`,
      body: (n, say, link) => [
        `The silence procedure on this proposal ends on ${say.dateTime(n.decision?.endsAt ?? '')}: ${decisionQuestion.en(n, say)}.`,
        `If you object, say so with your reason before then: ${link}`,
      ],
    },
    'decision-objection': {
      subject: (n, say) => `Objection: ${decisionQuestion.en(n, say)}`,
      body: (n, say, link) => [
        `A member of the ${bodyNames.en(n)} objected to the proposal under silence procedure: ${decisionQuestion.en(n, say)}. The reason given:`,
        n.reason ?? '',
        '',
        `The silence is broken: the question goes to the next meeting. Record its outcome here: ${link}`,
      ],
    },
    'decision-taken': {
      subject: (n, say) => `${n.decision?.outcome?.result === 'adopted' ? 'Adopted' : 'Not adopted'}: ${decisionQuestion.en(n, say)}`,
      body: (n, say) => {
        const o = n.decision?.outcome;
        const how =
          o?.how === 'meeting'
            ? `at its meeting of ${say.date(o.decidedOn)}`
            : `by silence procedure, which ended on ${say.date(o?.decidedOn ?? '')}`;
        return [
          `The ${bodyNames.en(n)} ${o?.result === 'adopted' ? 'adopted' : 'did not adopt'} the proposal ${how}: ${decisionQuestion.en(n, say)}.`,
        ];
      },
    },
  },
};
