import { describe, expect, it } from 'vitest';
import { renderNotice } from '../../activities/notice-templates';
import { renderEmail, taskOfKind } from '../../activities/templates';
import { texts } from '../../activities/texts';
import type { Language, Person } from '../../domain/shared/country';
import type { Notice, NoticeKind } from '../../domain/shared/notice';
import { reportSchema, type CycleOutcome } from '../../domain/cycle/report';
import type { EmailKind, EmailRequest } from '../../domain/cycle/state';
import { noOutcome, report } from '../helpers/fixtures';
import {
  frenchSpacingFaults,
  internalNames,
  internalNamesIn,
  isoDates,
  leftoverEnglish,
  ours as oursOf,
  ruleNumbers,
} from '../helpers/translation';

// Every e-mail and notice, rendered as a French or Spanish reader gets it: no English left, no internal
// names, dates in words, French spacing, and the Working Group's review never called a "revisión".

const people: Record<Language, Person> = {
  en: { name: 'Amina Diallo', email: 'amina.diallo@example.org', language: 'en', zone: 'Africa/Dakar' },
  fr: { name: 'Jean Kouassi', email: 'jean.kouassi@example.org', language: 'fr', zone: 'Africa/Abidjan' },
  es: { name: 'Lucía Quispe', email: 'lucia.quispe@example.org', language: 'es', zone: 'America/Lima' },
};
const peru = { code: 'PER', name: 'Peru' };

/** Free text that people or mail servers wrote: the reader gets it as written, so the checks leave it out. */
const written = {
  reason: 'Lluvias intensas retrasaron la encuesta nacional',
  note: 'Merci d’envoyer ce que vous avez',
  comments: 'Añadan los resultados de la encuesta',
  evidence: 'Citez les tableaux de l’enquête',
  participation: 'Incluyan a las redes de sobrevivientes',
  refused: '550 5.1.1 mailbox unavailable',
  error: 'EACCES: permission denied, open /srv/publish/PER/2027.json',
  decision: 'Aucun mécanisme de coordination après un an',
  roadmap: 'Eje 3 incluye ahora el trabajo forzoso',
  progress: 'Informe anual 2029 adjunto',
  framework: 'Marco actualizado con 12 indicadores',
  progressEvidence: 'Encuesta de hogares 2029',
  collaboration: 'Acuerdo con la OIT y UNICEF',
  letter: 'Carta del Ministro de Trabajo',
  checkIn: 'Le ministère a nommé un coordinateur',
  feedback: 'Precisen el presupuesto del eje 2',
  area: 'Inspección del trabajo infantil',
  need: 'Encuesta nacional sobre trabajo infantil',
  offer: 'Deux statisticiens pendant trois mois',
  partner: 'Fundación Andina para el Trabajo Decente',
  eventTitle: 'Cadenas de suministro sin trabajo infantil',
  eventPlace: 'Palais des Nations, Genève',
  eventDescription: 'Los países pioneros comparten lo que funcionó',
};
const all: CycleOutcome = {
  reportSubmitted: true,
  finalised: true,
  indicatorFrameworkUpdated: true,
  evidenceOfProgress: true,
  evidenceOfCollaboration: true,
};

const emailKinds = Object.keys(texts.en.email.subject) as EmailKind[];
const noticeKinds = Object.keys(texts.en.notice) as NoticeKind[];
const links = {
  action: 'https://portal.example.org/act?token=abc.def',
  published: 'https://portal.example.org/countries/PER/reports/2027',
  dashboard: 'https://portal.example.org/years/2027',
};

function request(kind: EmailKind, to: Person, country = peru): EmailRequest {
  const base: EmailRequest = {
    key: `reporting-cycle-PER-2027/${kind}/${to.email}`,
    kind,
    to,
    cc: [],
    country,
    year: 2027,
    secretariatZone: 'Europe/Zurich',
    round: 1,
    dueAt: '2027-04-30T21:59:59.999Z',
  };
  const extra: Partial<Record<EmailKind, Partial<EmailRequest>>> = {
    'call-for-reports': { missing: ['progress-report', 'indicator-framework'] },
    'submission-reminder': { missing: ['progress-report', 'indicator-framework'] },
    'submission-received': { late: true, dueAt: undefined },
    'deadline-extended': { extensionReason: written.reason, dueAt: '2027-05-31T21:59:59.999Z' },
    'extension-requested': { extensionReason: written.reason, daysAsked: 14 },
    'extension-refused': { decisionNote: written.note },
    'address-refused': {
      undeliverable: {
        name: 'Ana Torres',
        address: 'ana.torres@example.org',
        kind: 'submission-reminder',
        reason: written.refused,
        at: '2027-04-01T07:00:00.000Z',
      },
    },
    'mail-delayed': {
      mailDelay: {
        since: '2027-04-01T07:00:00.000Z',
        until: '2027-04-03T10:30:00.000Z',
        late: [{ kind: 'submission-reminder', round: 0, name: 'Ana Torres', address: 'ana.torres@example.org' }],
        dropped: [{ kind: 'review-reminder', round: 1, name: 'Amina Diallo', address: 'amina.diallo@example.org' }],
      },
    },
    'publication-failed': { publicationError: written.error, dueAt: undefined },
    'review-request': { missing: ['review'] },
    feedback: {
      comments: written.comments,
      guidance: { evidence: written.evidence, participation: written.participation },
      missing: ['revision'],
    },
    finalised: { comments: written.comments, guidance: { evidence: written.evidence }, dueAt: undefined },
  };
  return { ...base, ...extra[kind] };
}

const evidenceYear = (year: number, stage: string) => ({
  year,
  stage,
  outcome: { ...noOutcome, reportSubmitted: true, commentsUnanswered: true },
  evidence: {
    deadline: `${year}-04-30T21:59:59.999Z`,
    extensions: 1,
    remindersSent: 6,
    submissions: [{ kind: 'report' as const, at: `${year}-05-02T14:00:00.000Z`, late: true }],
    reviews: [{ round: 1, decision: 'revise' as const, at: `${year}-05-20T09:00:00.000Z` }],
  },
});

/** A question put to the GCM: whether to open a dialogue with Peru, under a silence procedure ending on 16 November. */
const decision: NonNullable<Notice['decision']> = {
  workflowId: 'decision-gcm-dialogue-PER-2028',
  body: 'gcm',
  subject: 'dialogue',
  stage: 'silence-procedure',
  endsAt: '2028-11-16T22:59:59.999Z',
  objections: 0,
};

function notice(kind: NoticeKind, to: Person, extra: Partial<Notice> = {}): Notice {
  const base: Notice = {
    key: `n/${kind}/${to.email}`,
    kind,
    to,
    cc: [],
    country: peru,
    year: 2028,
    criteria: ['no-report', 'not-finalised'],
  };
  const reactivationRequest: Partial<Notice> = {
    request: {
      report: reportSchema().parse({
        ...report(),
        progress: [{ objective: written.progress, summary: written.framework }],
        evidence: [{ kind: 'survey', description: written.progressEvidence }],
        collaboration: [{ description: written.collaboration }],
        attachments: [{ name: 'Informe-2029.pdf', type: 'application/pdf', size: 2000, sha256: 'a'.repeat(64) }],
      }),
      letter: {
        to: 'Alliance 8.7 Chair',
        summary: written.letter,
        roadmapChanges: written.roadmap,
        document: { name: 'Carta-Presidencia.pdf', type: 'application/pdf', size: 900, sha256: 'b'.repeat(64) },
      },
    },
    roadmapChanges: written.roadmap,
  };
  const event: NonNullable<Notice['event']> = {
    workflowId: 'event-2028-07-14-cadenas',
    kind: 'hlpf-side-event',
    title: written.eventTitle,
    date: '2028-07-14',
    time: '10:00',
    zone: 'America/New_York',
    startsAt: '2028-07-14T14:00:00.000Z',
    place: written.eventPlace,
    link: 'https://events.example.org/hlpf',
    description: written.eventDescription,
  };
  const byKind: Partial<Record<NoticeKind, Partial<Notice>>> = {
    'event-invitation': { event },
    'event-left-out': { event: { ...event, kind: 'annual-workshop', time: undefined, zone: undefined, startsAt: undefined } },
    'event-cancelled': { event: { ...event, kind: 'thematic-series' }, reason: written.note },
    'escalation-flag': { evidence: [evidenceYear(2027, 'closed-without-finalisation'), evidenceYear(2028, 'closed-without-report')] },
    'support-started': { mechanisms: ['I', 'II'], members: ['Sam Okoro <sam.okoro@example.org>'] },
    'support-check-in-due': { mechanisms: ['IV'] },
    'roadmap-update-asked': { reason: written.decision },
    'assistance-requested': { assistance: { request: 3, need: written.need, mechanism: 'II', reactivation: true } },
    'assistance-offered': {
      assistance: {
        request: 3,
        need: written.need,
        mechanism: 'II',
        reactivation: false,
        offer: { partner: written.partner, by: 'sofia.herrera@example.org', text: written.offer },
      },
    },
    'assistance-matched': {
      assistance: {
        request: 3,
        need: written.need,
        mechanism: 'III',
        reactivation: false,
        offer: { partner: written.partner, by: 'sofia.herrera@example.org', text: written.offer },
      },
    },
    'learning-introduction': {
      introduction: {
        kind: 'peer-learning',
        side: 'peer',
        other: { code: 'NGA', name: 'Nigeria', people: [{ name: 'Chidi Okafor', email: 'chidi.okafor@example.org' }] },
        area: written.area,
        why: {
          matched: [written.area],
          year: 2028,
          progress: [written.progress],
          priorityAreas: [written.area],
          evidence: [{ kind: 'survey', description: written.progressEvidence }],
        },
      },
    },
    'roadmap-updated': {
      version: 2,
      changes: [
        { kind: 'areaAdded', area: written.area },
        { kind: 'actionsChanged', area: written.area, added: 2, removed: 1 },
        { kind: 'budgetChanged' },
      ],
    },
    'decision-needed': { reason: written.checkIn },
    'escalation-resumed': { reason: written.decision },
    'country-inactive': {
      reason: written.decision,
      tried: { dialogues: 2, support: { mechanisms: ['II', 'IV'], since: '2028-11-03T10:00:00.000Z' } },
    },
    'reactivation-requested': reactivationRequest,
    'reactivation-received': reactivationRequest,
    'reactivation-refused': { reason: written.note },
    'country-reactivated': { reason: written.note, roadmapChanges: written.roadmap },
    'wg-report': {
      rows: [
        {
          country: 'PER',
          name: 'Peru',
          stage: 'closed-without-finalisation',
          outcome: { ...all, finalised: false, commentsUnanswered: true },
          flagged: true,
          criteria: ['not-finalised'],
          participation: { groups: ['government', 'workers', 'regional-initiatives'], socialPartners: false },
        },
        {
          country: 'CIV',
          name: "Côte d'Ivoire",
          stage: 'finalised',
          outcome: all,
          flagged: false,
          criteria: [],
          participation: { groups: ['employers', 'workers', 'un-ilo'], socialPartners: true },
        },
        {
          country: 'BOL',
          name: 'Bolivia',
          stage: 'no outcome recorded',
          flagged: false,
          criteria: [],
          missing: 'its cycle was still "in review" when the report was compiled',
        },
      ],
    },
    'forecast-digest': {
      openCycles: 3,
      atRisk: [
        {
          country: 'BOL',
          name: 'Bolivia',
          stage: 'awaiting-submission',
          criteria: ['no-report'],
          toAvoid: ['no-report', 'indicator-framework-not-updated'],
        },
      ],
    },
    'annual-status-update': {
      status: 'active',
      outcome: { ...all, evidenceOfCollaboration: false },
      flagged: true,
      criteria: ['no-evidence-of-collaboration'],
    },
    'timeline-step-late': { lateStep: { step: 'situation-mapping', due: '2027-03-15' } },
    'candidacy-feedback': { reason: written.feedback },
    'candidacy-not-granted': { reason: written.feedback },
    'notice-undeliverable': {
      undeliverable: { name: 'Ana Torres', address: 'ana.torres@example.org', kind: 'candidacy-invitation', reason: written.refused },
    },
    'decision-pending': { decision: { ...decision, subject: 'grant', stage: 'awaiting-procedure' } },
    'decision-circulated': { decision },
    'decision-reminder': { decision: { ...decision, body: 'wg' } },
    'decision-objection': { decision: { ...decision, stage: 'awaiting-meeting', objections: 1 }, reason: written.feedback },
    'decision-taken': {
      decision: { ...decision, stage: 'adopted', outcome: { result: 'adopted', decidedOn: '2028-11-16', how: 'silence-procedure' } },
    },
  };
  return { ...base, ...byKind[kind], ...extra };
}

const link = 'https://portal.example.org/act?token=xyz';
const emails = (language: Language) => emailKinds.map((kind) => ({ kind, ...renderEmail(request(kind, people[language]), links) }));
const notices = (language: Language) => noticeKinds.map((kind) => ({ kind, ...renderNotice(notice(kind, people[language]), link) }));
const everything = (language: Language) =>
  [...emails(language), ...notices(language)].map((m) => ({ kind: m.kind, all: `${m.subject}\n${m.text}` }));

/** What is left for the reader's eye once links, addresses, clock times and people's own words are set aside. */
const ours = (text: string) => oursOf(text, Object.values(written));
const slugs = [...emailKinds, ...noticeKinds, ...internalNames];

describe.each(['fr', 'es'] as const)('e-mails and notices in %s', (language) => {
  const rendered = everything(language);

  it('e-mails: every kind, cycle e-mail or notice, is rendered in the reader’s language', () => {
    expect(rendered).toHaveLength(emailKinds.length + noticeKinds.length);
    const { secretariat, gcg } = texts[language].signature;
    for (const m of rendered) expect([secretariat, gcg], m.kind).toContain(m.all.trimEnd().split('\n').at(-1));
  });

  it('e-mails: no English word is left for the reader', () => {
    for (const m of rendered) expect(leftoverEnglish(ours(m.all)), m.kind).toEqual([]);
  });

  it('e-mails: no internal name (kind, stage, criterion, step) outside links and addresses', () => {
    for (const m of rendered) expect(internalNamesIn(ours(m.all), slugs), m.kind).toEqual([]);
  });

  it('e-mails: dates in words, never an ISO timestamp or date', () => {
    for (const m of rendered) expect(isoDates(ours(m.all)), m.kind).toEqual([]);
  });

  it('R18/R19: no rule number is shown to readers', () => {
    for (const m of rendered) expect(ruleNumbers(ours(m.all)), m.kind).toEqual([]);
  });

  it('e-mails: the country is named in the reader’s language', () => {
    const name = language === 'fr' ? 'Pérou' : 'Perú';
    for (const m of rendered.filter((r) => !['wg-report', 'wg-report-draft', 'forecast-digest'].includes(r.kind)))
      expect(m.all, m.kind).toContain(name);
    expect(ours(rendered.map((m) => m.all).join('\n'))).not.toMatch(/\bPeru\b/);
  });
});

describe('French typography', () => {
  const rendered = everything('fr');

  it('e-mails: a non-breaking space before : ; ? ! and inside « »', () => {
    for (const m of rendered) expect(frenchSpacingFaults(ours(m.all)), m.kind).toEqual([]);
  });

  it('e-mails: the labels of the shared layout take the French colon', () => {
    const reminder = renderEmail(request('submission-reminder', people.fr), links).text;
    expect(reminder).toMatch(/^Date limite\u00a0: 30 avril 2027 à 21:59 UTC\+0 \(votre heure, Africa\/Abidjan\)$/m);
    expect(reminder).toContain('Encore attendu\u00a0: le rapport d’avancement et le cadre d’indicateurs mis à jour');
  });

  it('e-mails: country names take the article French needs', () => {
    const of = (code: string, name: string) => renderEmail(request('review-request', people.fr, { code, name })).subject;
    expect(of('PER', 'Peru')).toBe('Examen demandé\u00a0: rapport 2027 du Pérou (tour 1)');
    expect(of('BOL', 'Bolivia')).toContain('rapport 2027 de la Bolivie');
    expect(of('CIV', "Côte d'Ivoire")).toContain('rapport 2027 de la Côte d’Ivoire');
    expect(of('PHL', 'Philippines')).toContain('rapport 2027 des Philippines');
    expect(of('MDG', 'Madagascar')).toContain('rapport 2027 de Madagascar');
    expect(of('ECU', 'Ecuador')).toContain('rapport 2027 de l’Équateur');
    expect(of('MEX', 'Mexico')).toContain('rapport 2027 du Mexique');
  });
});

describe('Spanish wording', () => {
  const rendered = everything('es');

  it('e-mails: the Working Group’s review is an "examen"; "revisión" is only the country’s revised report', () => {
    for (const m of rendered.filter((r) => r.kind.startsWith('review-'))) {
      expect(m.all, m.kind).not.toMatch(/revisi[oó]n/i);
      expect(m.all, m.kind).toMatch(/examen/i);
    }
    for (const m of rendered)
      expect(m.all, m.kind).not.toMatch(/(su|la|una) revisión|revisión (solicitada|pendiente|atrasada|del Grupo)|a revisión|ha revisado/i);
    expect(renderEmail(request('review-request', people.es), links).subject).toBe('Examen solicitado: informe 2027 de Perú (ronda 1)');
  });

  it('e-mails: country names take an article only where Spanish needs one', () => {
    const of = (code: string, name: string) => renderEmail(request('review-request', people.es, { code, name })).subject;
    expect(of('BOL', 'Bolivia')).toContain('informe 2027 de Bolivia');
    expect(of('GBR', 'United Kingdom')).toContain('informe 2027 del Reino Unido');
    expect(of('DOM', 'Dominican Republic')).toContain('informe 2027 de la República Dominicana');
  });
});

/** The body is spelled out at its first mention in a text, then named by its acronym. */
function spelledOutFirst(text: string, full: string, acronym: string): boolean {
  const first = text.indexOf(acronym);
  return first < 0 || text.slice(0, first + acronym.length + 1).endsWith(`${full} (${acronym})`);
}

describe('the Global Coordinating Group', () => {
  const names = {
    en: ['Global Coordinating Group', 'GCG'],
    fr: ['Groupe de coordination mondial', 'GCM'],
    es: ['Grupo de Coordinación Mundial', 'GCM'],
  } as const;

  it.each(['en', 'fr', 'es'] as const)('e-mails: spelled out at its first mention in a text, then by its acronym (%s)', (language) => {
    const [full, acronym] = names[language];
    for (const kind of noticeKinds) {
      const { text } = renderNotice(notice(kind, people[language]), link);
      expect(spelledOutFirst(text, full, acronym), `${kind}: ${text}`).toBe(true);
    }
  });

  it('e-mails: English says GCG, never GCM, and keeps the registry’s own country name', () => {
    for (const kind of noticeKinds) {
      const { subject, text } = renderNotice(notice(kind, people.en), link);
      expect(`${subject}\n${text}`, kind).not.toMatch(/\bGCM\b/);
    }
    expect(renderNotice(notice('country-inactive', people.en), link).text).toContain(
      'The Global Coordinating Group (GCG) of Alliance 8.7 has declared Peru an inactive pathfinder country.',
    );
    expect(renderEmail(request('submission-reminder', people.en, { code: 'PER', name: 'Republic of Peru' })).subject).toBe(
      'Republic of Peru: 2027 progress report due',
    );
  });
});

describe('R22: the country-inactive notice says what was tried', () => {
  const mechanisms = (['I', 'II', 'III'] as const).flatMap((m) => (['en', 'fr', 'es'] as const).map((l) => texts[l].mechanism[m]));
  const supportWords = new RegExp(`sub-?group|support|sous-groupe|appui|soutien|subgrupo|apoyo|${mechanisms.join('|')}`, 'i');
  const text = (language: Language, tried: Notice['tried']) =>
    renderNotice(notice('country-inactive', people[language], { tried }), link).text;

  it.each(['en', 'fr', 'es'] as const)('R22: without a support sub-group, support is never mentioned (%s)', (language) => {
    const dialogueOnly = text(language, { dialogues: 3 });
    expect(dialogueOnly).not.toMatch(supportWords);
    expect(dialogueOnly).toMatch({ en: /3 dialogue sessions/, fr: /3 séances de dialogue/, es: /3 sesiones de diálogo/ }[language]);
    expect(text(language, undefined)).not.toMatch(supportWords); // older runs tell nothing of what was tried
    expect(text(language, undefined)).toMatch(/dialogue|diálogo/);
  });

  it.each(['en', 'fr', 'es'] as const)('R22: with a support sub-group, its mechanisms by name and since when (%s)', (language) => {
    const withSupport = text(language, { dialogues: 1, support: { mechanisms: ['II', 'IV'], since: '2028-11-03T10:00:00.000Z' } });
    expect(withSupport).toContain(texts[language].mechanism.II);
    expect(withSupport).toContain(texts[language].mechanism.IV);
    expect(withSupport).toMatch({ en: /November 3, 2028/, fr: /3 novembre 2028/, es: /3 de noviembre de 2028/ }[language]);
  });

  it('R22: R23 reactivation is offered with the link', () => {
    expect(text('fr', undefined)).toContain(`Pour déposer la demande en ligne\u00a0: ${link}`);
  });
});

describe('R18: the annual status update comes from the GCG and states the status', () => {
  const update = (language: Language, extra: Partial<Notice>) => renderNotice(notice('annual-status-update', people[language], extra)).text;

  it.each(['en', 'fr', 'es'] as const)('R18: an active country hears its status and the five facts, signed by the GCG (%s)', (language) => {
    const text = update(language, {});
    expect(text).toMatch(
      {
        en: /Peru is an active pathfinder country\./,
        fr: /Statut du Pérou\u00a0: pays pionnier actif\./,
        es: /Estatus de Perú: país pionero activo\./,
      }[language],
    );
    for (const fact of Object.values(texts[language].fact)) expect(text).toMatch(new RegExp(`^- ${fact}`, 'im'));
    expect(text.trimEnd().split('\n').at(-1)).toBe(texts[language].signature.gcg);
    expect(text).not.toContain(texts[language].signature.secretariat);
  });

  it.each(['en', 'fr', 'es'] as const)(
    'R18/R23: an inactive country without an outcome is told it may ask to be reactivated (%s)',
    (language) => {
      const text = update(language, { status: 'inactive', outcome: undefined, flagged: false, criteria: [] });
      expect(text).toMatch(
        {
          en: /inactive pathfinder country: it takes no part in the annual cycle/,
          fr: /pays pionnier inactif\. Le pays ne participe pas au cycle annuel/,
          es: /país pionero inactivo\. El país no participa en el ciclo anual/,
        }[language],
      );
      expect(text).toMatch(
        {
          en: /reactivated at any time, with evidence of corrective measures|reactivated at any time, with evidence that corrective measures/,
          fr: /réactivation à tout moment/,
          es: /reactivación en cualquier momento/,
        }[language],
      );
      expect(text.toLowerCase()).not.toContain(texts[language].fact.reportSubmitted);
    },
  );

  it('R19: (b) reads from commentsUnanswered when the outcome has it', () => {
    const b = (outcome: CycleOutcome) => renderNotice(notice('annual-status-update', people.en, { outcome })).text;
    expect(b({ ...noOutcome, reportSubmitted: true, commentsUnanswered: true })).toContain(
      "- Response to the Working Group's comments: no",
    );
    expect(b({ ...noOutcome, reportSubmitted: true, commentsUnanswered: false })).toContain(
      "- Response to the Working Group's comments: not applicable",
    );
    expect(b({ ...all })).toContain("- Response to the Working Group's comments: yes");
    const { commentsUnanswered: _, ...older } = noOutcome;
    expect(b(older)).toContain("- Response to the Working Group's comments: no");
    expect(renderNotice(notice('dialogue-opened', people.es)).text).toContain(
      '(b) ninguna respuesta a los comentarios del Grupo de Trabajo\n',
    );
  });
});

describe('e-mails of the cycle', () => {
  it('R13: the call for reports opens the report task, with the deadline and what is expected', () => {
    expect(taskOfKind['call-for-reports']).toBe('report');
    const { subject, text } = renderEmail(request('call-for-reports', people.es), links);
    expect(subject).toBe('Perú: convocatoria para el informe de progreso 2027 y el marco de indicadores');
    expect(text).toContain('Fecha límite: 30 de abril de 2027 a las 16:59 GMT-5 (su hora, America/Lima)');
    expect(text).toContain(`Presentar el informe en línea:\n${links.action}`);
  });

  it('e-mails: an extended deadline says the report is now due as below', () => {
    const { text } = renderEmail(request('deadline-extended', people.fr), links);
    expect(text).toContain('le rapport est désormais attendu à la date indiquée ci-dessous');
    expect(text).toContain('Date limite\u00a0: 31 mai 2027');
  });

  it('R16: an accepted report carries the Working Group’s comments', () => {
    const { text } = renderEmail(request('finalised', people.fr), links);
    expect(text).toContain(`Commentaires du Groupe de travail\u00a0:\n${written.comments}`);
    expect(text).toContain(`Conseils sur les preuves de progrès\u00a0:\n${written.evidence}`);
  });

  it('e-mails: an undeliverable notice says which e-mail it was, in words', () => {
    expect(renderNotice(notice('notice-undeliverable', people.en), link).text).toContain(
      'refused, for good, the invitation to consultations and a strategic planning workshop about Peru, for Ana Torres <ana.torres@example.org>: ',
    );
    expect(renderEmail(request('address-refused', people.es)).text).toContain(
      'el recordatorio para presentar el informe del ciclo 2027 de Perú',
    );
  });
});

describe('R20: a flag to the GCG speaks for the Working Group only once it confirmed the flag', () => {
  const wgWords = { en: /^The Working Group flags/m, fr: /^Le Groupe de travail signale/m, es: /^El Grupo de Trabajo señala/m };
  const text = (language: Language, wgConfirmation?: string) =>
    renderNotice(notice('escalation-flag', people[language], wgConfirmation ? { wgConfirmation } : {}), link).text;

  it.each(['en', 'fr', 'es'] as const)('confirmed, with its reason; unreviewed, as the facts of two cycles (%s)', (language) => {
    const reason = 'Aucun rapport depuis deux ans';
    expect(text(language, reason)).toMatch(wgWords[language]);
    expect(text(language, reason)).toContain(reason);
    const unreviewed = text(language);
    expect(unreviewed).not.toMatch(wgWords[language]);
    expect(unreviewed).toContain(
      {
        en: 'No Working Group report covered the 2028 cycle, so the Working Group has not reviewed this flag.',
        fr: 'Aucun rapport du Groupe de travail ne portait sur le cycle 2028\u00a0: le Groupe de travail n’a pas examiné ce signalement.',
        es: 'Ningún informe del Grupo de Trabajo abarcó el ciclo 2028: el Grupo de Trabajo no ha examinado este aviso.',
      }[language],
    );
  });
});

describe('a reactivation request to verify (R23)', () => {
  const notice = (request: Notice['request']): Notice => ({
    key: 'reactivation-PER-1/reactivation-requested/s@example.org',
    kind: 'reactivation-requested',
    to: { name: 'Secretariat', email: 's@example.org', language: 'fr', zone: 'Europe/Zurich' },
    cc: [],
    country: { code: 'PER', name: 'Peru' },
    request,
  });
  const letter = { to: 'Alliance 8.7 Chair', summary: 'Le gouvernement renouvelle son engagement', roadmapChanges: '' };
  // French sets a no-break space before a colon.
  const textOf = (n: Notice) => renderNotice(n, 'https://portal.example.org/x').text.replace(/\u00a0/g, ' ');

  it("tells the report's parts, its documents and the letter's document by name", () => {
    const withReport = reportSchema().parse({
      ...report(),
      attachments: [{ name: 'Rapport-2029.pdf', type: 'application/pdf', size: 2000, sha256: 'a'.repeat(64) }],
    });
    const document = { name: 'Lettre-signee.pdf', type: 'application/pdf', size: 900, sha256: 'b'.repeat(64) };
    const text = textOf(notice({ report: withReport, letter: { ...letter, document } }));
    expect(text).toContain('Avancement de la feuille de route : Child labour free brick kilns : Inspections in 40 kilns');
    expect(text).toContain('Cadre d’indicateurs : 1 indicateur(s), mis à jour');
    expect(text).toContain('Documents : Rapport-2029.pdf');
    expect(text).toContain(
      'Lettre à la présidence de l’Alliance 8.7 : Le gouvernement renouvelle son engagement (la lettre : Lettre-signee.pdf)',
    );
  });

  it('still tells a request made in 1.0 by its four texts', () => {
    const text = textOf(
      notice({
        progressReport: 'Rapport 2029',
        indicatorFramework: 'Cadre',
        evidenceOfProgress: 'Enquête',
        evidenceOfCollaboration: 'Accord',
        letter,
      }),
    );
    expect(text).toContain('(I) Rapport d’avancement : Rapport 2029');
    expect(text).toContain('(IV) Preuves de collaboration : Accord');
  });
});
