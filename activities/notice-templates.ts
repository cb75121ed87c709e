import type { Language } from '../domain/country';
import type { Criterion } from '../domain/escalation';
import { supportMechanisms, type Notice, type NoticeKind } from '../domain/governance';
import type { CycleOutcome } from '../domain/report';
import { letter } from './templates';

// Texts of the notices about a country's standing. Those a country reads are in its focal point's
// language; those only the GCM, the secretariat or a sub-group read are in English for now.

/** `link` is the reader's own link to what the notice asks of them, if it asks anything. */
type Text = { subject: (n: Notice) => string; body: (n: Notice, link: string) => string[] };

const name = (n: Notice) => n.country?.name ?? '';

const criterionText: Record<Language, Record<Criterion, string>> = {
  en: {
    'no-report': '(a) no progress report',
    'not-finalised': '(b) no response to Working Group comments (no finalised report)',
    'indicator-framework-not-updated': '(c) indicator framework not submitted or updated',
    'no-evidence-of-progress': '(d) no evidence of progress against the roadmap',
    'no-evidence-of-collaboration': '(e) no evidence of collaboration towards priorities',
  },
  fr: {
    'no-report': "(a) aucun rapport d'avancement",
    'not-finalised': '(b) aucune réponse aux commentaires du Groupe de travail (rapport non finalisé)',
    'indicator-framework-not-updated': "(c) cadre d'indicateurs non soumis ou non mis à jour",
    'no-evidence-of-progress': '(d) aucune preuve de progrès au regard de la feuille de route',
    'no-evidence-of-collaboration': '(e) aucune preuve de collaboration sur les priorités',
  },
  es: {
    'no-report': '(a) ningún informe de progreso',
    'not-finalised': '(b) ninguna respuesta a los comentarios del Grupo de Trabajo (informe no finalizado)',
    'indicator-framework-not-updated': '(c) marco de indicadores no presentado ni actualizado',
    'no-evidence-of-progress': '(d) ninguna prueba de progreso respecto de la hoja de ruta',
    'no-evidence-of-collaboration': '(e) ninguna prueba de colaboración hacia las prioridades',
  },
};

const criteriaLines = (n: Notice, language: Language) => (n.criteria ?? []).map((c) => `- ${criterionText[language][c]}`);

const facts = (o: CycleOutcome | undefined) =>
  o
    ? `report ${o.reportSubmitted ? 'yes' : 'no'}, finalised ${o.finalised ? 'yes' : 'no'}, indicator framework updated ${o.indicatorFrameworkUpdated ? 'yes' : 'no'}, evidence of progress ${o.evidenceOfProgress ? 'yes' : 'no'}, evidence of collaboration ${o.evidenceOfCollaboration ? 'yes' : 'no'}`
    : 'no outcome recorded';

const en: Record<NoticeKind, Text> = {
  'escalation-flag': {
    subject: (n) => `Flag to the GCM: ${name(n)} after the ${n.year! - 1} and ${n.year} cycles`,
    body: (n, link) => [
      `The Working Group flags ${name(n)}: these signs of insufficient progress held in two consecutive cycles (R19).`,
      ...criteriaLines(n, 'en'),
      '',
      'Evidence:',
      ...(n.evidence ?? []).flatMap((e) => [
        `${e.year}: ${e.stage}; deadline ${e.evidence.deadline}${e.evidence.extensions ? ` (extended ${e.evidence.extensions}×)` : ''}; ${e.evidence.remindersSent} reminders sent`,
        `  submissions: ${e.evidence.submissions.map((s) => `${s.kind} ${s.at.slice(0, 10)}${s.late ? ' (late)' : ''}`).join(', ') || 'none'}`,
        `  reviews: ${e.evidence.reviews.map((r) => `round ${r.round} ${r.decision} ${r.at.slice(0, 10)}`).join(', ') || 'none'}`,
        `  ${facts(e.outcome)}`,
      ]),
      '',
      `A dialogue is open; record it, form a support sub-group and decide online (this link is yours alone): ${link}`,
    ],
  },
  'dialogue-opened': {
    subject: (n) => `${name(n)}: the GCM opens a dialogue`,
    body: (n) => [
      `After the ${n.year! - 1} and ${n.year} cycles the Global Coordinating Group opens a dialogue with ${name(n)}. It is not a monitoring exercise: it is a chance to explain the country's circumstances, share progress not yet reported and agree a way forward.`,
      'The Working Group noted:',
      ...criteriaLines(n, 'en'),
    ],
  },
  'support-started': {
    subject: (n) => `${name(n)}: a GCM support sub-group is formed`,
    body: (n) => [`A GCM sub-group will support ${name(n)} until it is ready to resume.`, `Mechanisms: ${(n.mechanisms ?? []).map((m) => `${m} ${supportMechanisms[m]}`).join('; ')}`, `Members: ${(n.members ?? []).join(', ')}`],
  },
  'support-check-in-due': {
    subject: (n) => `Support check-in due: ${name(n)}`,
    body: (n, link) => [`A check-in on the support to ${name(n)} is due.`, `Check in online: ${link}`],
  },
  'decision-needed': {
    subject: (n) => `GCM decision needed: ${name(n)}`,
    body: (n, link) => [`The support to ${name(n)} has ended: ${n.reason}`, `Please decide online: ${link}`],
  },
  'escalation-resumed': {
    subject: (n) => `${name(n)}: dialogue closed, the country resumes`,
    body: (n) => [`The GCM has closed its dialogue with ${name(n)}: the country resumes its participation.`, `Reason: ${n.reason}`],
  },
  'country-inactive': {
    subject: (n) => `${name(n)}: pathfinder status now inactive`,
    body: (n, link) => [
      `The Global Coordinating Group has declared ${name(n)} an inactive pathfinder country, after dialogue and support did not lead to progress.`,
      `Why: ${n.reason}`,
      'While inactive, the benefits of pathfinder status (visibility, resource mobilisation support, coordination of technical assistance, peer learning) are suspended, and the country takes no part in the annual cycle.',
      `The country may ask to be reactivated at any time, with evidence of corrective measures, online: ${link}`,
    ],
  },
  'reactivation-requested': {
    subject: (n) => `Reactivation request to verify: ${name(n)}`,
    body: (n, link) => [`${name(n)} asks to be reactivated. Its evidence:`, n.reason ?? '', ...(n.roadmapChanges ? [`Roadmap changes: ${n.roadmapChanges}`] : []), '', `Verify it online: ${link}`],
  },
  'reactivation-refused': {
    subject: (n) => `${name(n)}: reactivation request not accepted`,
    body: (n) => [`The secretariat could not verify the reactivation request of ${name(n)}.`, `Note: ${n.reason}`, 'The country may send a new request.'],
  },
  'country-reactivated': {
    subject: (n) => `${name(n)}: pathfinder status active again`,
    body: (n) => [`${name(n)} is an active pathfinder country again and takes part in the next annual cycle; its benefits resume.`, `Secretariat's note: ${n.reason}`, ...(n.roadmapChanges ? [`Roadmap changes: ${n.roadmapChanges}`] : [])],
  },
  'wg-report': {
    subject: (n) => `Working Group report to the GCM: ${n.year} cycle`,
    body: (n, link) => [
      `The ${n.year} reporting cycle has closed. Per country, the five R19 facts and any flag:`,
      ...(n.rows ?? []).map((r) => `- ${r.name} (${r.country}): ${r.stage}; ${facts(r.outcome)}${r.missing ? ` (${r.missing})` : ''}${r.flagged ? `; FLAGGED: ${r.criteria.join(', ')}` : ''}`),
      '',
      `Read it online, or download it as a PDF from that page (sign in as a member of the GCM or the secretariat): ${link}`,
    ],
  },
  'forecast-digest': {
    subject: (n) => `Weekly forecast, ${n.year} cycle: ${n.atRisk?.length ?? 0} ${n.atRisk?.length === 1 ? 'country' : 'countries'} at risk of a flag`,
    body: (n, link) => [
      `${n.openCycles} reporting cycles of ${n.year} are still open. If nothing more came in from them, these countries would be flagged to the GCM under R19:`,
      ...(n.atRisk?.length ? n.atRisk.map((r) => `- ${r.name} (${r.country}), ${r.stage}: ${r.criteria.map((c) => criterionText.en[c]).join('; ')}. Still to make good before the cycle closes: ${r.toAvoid.map((c) => criterionText.en[c]).join('; ')}`) : ['- none']),
      '',
      `The year's dashboard (sign in as a member of the secretariat or the GCM): ${link}`,
    ],
  },
  'annual-status-update': {
    subject: (n) => `${name(n)}: annual status update, ${n.year} cycle`,
    body: (n) => [
      `The GCM's annual status update for ${name(n)} after the ${n.year} cycle:`,
      facts(n.outcome),
      n.flagged ? 'The Working Group has flagged to the GCM:' : 'No flag was raised.',
      ...criteriaLines(n, 'en'),
    ],
  },
  'candidacy-received': {
    subject: (n) => `Expression of interest: ${name(n)} wishes to become a pathfinder country`,
    body: (n) => [`${name(n)} has sent an expression of interest, naming a focal point and a deputy. The secretariat has invited it to consultations and a strategic planning workshop.`],
  },
  'candidacy-invitation': {
    subject: (n) => `${name(n)}: invitation to consultations and a strategic planning workshop`,
    body: (n, link) => [
      `Thank you for the expression of interest of ${name(n)} in becoming an Alliance 8.7 pathfinder country.`,
      'We invite you to national consultations and a strategic planning workshop with the whole of government and all relevant stakeholders.',
      `Please tell the secretariat your timeline, then file each planning step, online (this link is yours alone): ${link}`,
    ],
  },
  'timeline-step-late': {
    subject: (n) => `${name(n)}: a step of your pathfinder timeline is late`,
    body: (n, link) => [`A step of the timeline ${name(n)} set is past its date: ${n.reason}.`, `Please file it, or send the secretariat a new timeline, online: ${link}`],
  },
  'candidacy-feedback-due': {
    subject: (n) => `${name(n)} has presented its candidacy: the GCM's feedback is due`,
    body: (n, link) => [`${name(n)} has presented its roadmap and priorities to the GCM. Please give the GCM's feedback (R10), with any CEACR conclusions and the Durban Call to Action, online: ${link}`],
  },
  'candidacy-position-due': {
    subject: (n) => `${name(n)} has answered the GCM's feedback: your position is due`,
    body: (n, link) => [`${name(n)} has followed up the GCM's feedback. Each member states support or an objection with what is missing (R11); one objection blocks. Record your position online: ${link}`],
  },
  'candidacy-feedback': {
    subject: (n) => `${name(n)}: GCM feedback on your presentation`,
    body: (n, link) => [`The GCM's feedback on the presentation of ${name(n)}:`, n.reason ?? '', '', `Please follow up online: ${link}`],
  },
  'candidacy-not-granted': {
    subject: (n) => `${name(n)}: pathfinder status not granted this time`,
    body: (n) => [`The GCM did not reach consensus on granting pathfinder status to ${name(n)}. What is missing:`, n.reason ?? '', '', 'Everything filed so far is kept; the Alliance will discuss and support, and the country may present again.'],
  },
  'candidacy-granted': {
    subject: (n) => `${name(n)}: pathfinder status granted`,
    body: (n) => [`The GCM has granted ${name(n)} the status of Alliance 8.7 pathfinder country. Implementation starts now; the first annual progress report is due at the end of April of next year.`],
  },
  'notice-undeliverable': {
    subject: (n) => `${n.country ? `${name(n)}: ` : ''}an e-mail to ${n.undeliverable?.name} could not be delivered`,
    body: (n) => [
      `The mail server refused, for good, the "${n.undeliverable?.kind}" e-mail${n.country ? ` about ${name(n)}` : ''} for ${n.undeliverable?.name} <${n.undeliverable?.address}>: ${n.undeliverable?.reason}.`,
      'Please correct the address (the secretariat page: Replace a focal point or deputy, or the registry file) and tell them what it said; the process goes on meanwhile.',
    ],
  },
};

const fr: Partial<Record<NoticeKind, Text>> = {
  'candidacy-invitation': {
    subject: (n) => `${name(n)} : invitation à des consultations et à un atelier de planification stratégique`,
    body: (n, link) => [
      `Merci pour la manifestation d'intérêt de ${name(n)} pour devenir pays pionnier de l'Alliance 8.7.`,
      "Nous vous invitons à des consultations nationales et à un atelier de planification stratégique associant l'ensemble du gouvernement et toutes les parties prenantes.",
      `Merci d'indiquer votre calendrier au secrétariat, puis de déposer chaque étape, en ligne (ce lien vous est personnel) : ${link}`,
    ],
  },
  'timeline-step-late': {
    subject: (n) => `${name(n)} : une étape de votre calendrier est en retard`,
    body: (n, link) => [`Une étape du calendrier fixé par ${name(n)} a dépassé sa date : ${n.reason}.`, `Merci de la déposer ou de transmettre un nouveau calendrier au secrétariat, en ligne : ${link}`],
  },
  'candidacy-feedback': {
    subject: (n) => `${name(n)} : commentaires du GCM sur votre présentation`,
    body: (n, link) => [`Commentaires du GCM sur la présentation de ${name(n)} :`, n.reason ?? '', '', `Pour y donner suite en ligne : ${link}`],
  },
  'candidacy-not-granted': {
    subject: (n) => `${name(n)} : statut de pays pionnier non accordé pour l'instant`,
    body: (n) => [`Le GCM n'est pas parvenu à un consensus pour accorder le statut de pays pionnier à ${name(n)}. Ce qui manque :`, n.reason ?? '', '', 'Tout ce qui a été déposé est conservé ; le pays peut se présenter de nouveau.'],
  },
  'candidacy-granted': {
    subject: (n) => `${name(n)} : statut de pays pionnier accordé`,
    body: (n) => [`Le GCM a accordé à ${name(n)} le statut de pays pionnier de l'Alliance 8.7. La mise en œuvre commence ; le premier rapport annuel est attendu fin avril de l'année prochaine.`],
  },
  'dialogue-opened': {
    subject: (n) => `${name(n)} : le GCM ouvre un dialogue`,
    body: (n) => [
      `Après les cycles ${n.year! - 1} et ${n.year}, le Groupe de coordination mondial ouvre un dialogue avec ${name(n)}. Ce n'est pas un exercice de suivi : c'est l'occasion d'expliquer la situation du pays, de faire connaître les progrès non encore rapportés et de convenir de la voie à suivre.`,
      'Le Groupe de travail a relevé :',
      ...criteriaLines(n, 'fr'),
    ],
  },
  'support-started': {
    subject: (n) => `${name(n)} : un sous-groupe d'appui du GCM est formé`,
    body: (n) => [`Un sous-groupe du GCM accompagnera ${name(n)} jusqu'à la reprise.`, `Mécanismes : ${(n.mechanisms ?? []).join(', ')}`, `Membres : ${(n.members ?? []).join(', ')}`],
  },
  'escalation-resumed': {
    subject: (n) => `${name(n)} : dialogue clos, le pays reprend`,
    body: (n) => [`Le GCM a clos son dialogue avec ${name(n)} : le pays reprend sa participation.`, `Motif : ${n.reason}`],
  },
  'country-inactive': {
    subject: (n) => `${name(n)} : statut de pays pionnier désormais inactif`,
    body: (n, link) => [
      `Le Groupe de coordination mondial a déclaré ${name(n)} pays pionnier inactif, le dialogue et l'appui n'ayant pas permis de progrès.`,
      `Motif : ${n.reason}`,
      "Tant que le pays est inactif, les avantages du statut sont suspendus et il ne participe pas au cycle annuel.",
      `Le pays peut demander sa réactivation à tout moment, en ligne : ${link}`,
    ],
  },
  'reactivation-refused': {
    subject: (n) => `${name(n)} : demande de réactivation non acceptée`,
    body: (n) => [`Le secrétariat n'a pas pu vérifier la demande de réactivation de ${name(n)}.`, `Note : ${n.reason}`, 'Le pays peut envoyer une nouvelle demande.'],
  },
  'country-reactivated': {
    subject: (n) => `${name(n)} : statut de pays pionnier de nouveau actif`,
    body: (n) => [`${name(n)} est de nouveau un pays pionnier actif et participe au prochain cycle annuel ; ses avantages reprennent.`, `Note du secrétariat : ${n.reason}`],
  },
  'annual-status-update': {
    subject: (n) => `${name(n)} : point annuel sur le statut, cycle ${n.year}`,
    body: (n) => [`Point annuel du GCM pour ${name(n)} après le cycle ${n.year} :`, facts(n.outcome), n.flagged ? 'Le Groupe de travail a signalé au GCM :' : 'Aucun signalement.', ...criteriaLines(n, 'fr')],
  },
};

const es: Partial<Record<NoticeKind, Text>> = {
  'candidacy-invitation': {
    subject: (n) => `${name(n)}: invitación a consultas y a un taller de planificación estratégica`,
    body: (n, link) => [
      `Gracias por la manifestación de interés de ${name(n)} en ser país pionero de la Alianza 8.7.`,
      'Le invitamos a consultas nacionales y a un taller de planificación estratégica con todo el gobierno y todas las partes interesadas.',
      `Indique su calendario a la secretaría y presente cada etapa en línea (este enlace es solo suyo): ${link}`,
    ],
  },
  'timeline-step-late': {
    subject: (n) => `${name(n)}: un paso de su calendario está atrasado`,
    body: (n, link) => [`Un paso del calendario fijado por ${name(n)} ha pasado su fecha: ${n.reason}.`, `Preséntelo, o envíe a la secretaría un nuevo calendario, en línea: ${link}`],
  },
  'candidacy-feedback': {
    subject: (n) => `${name(n)}: comentarios del GCM sobre su presentación`,
    body: (n, link) => [`Comentarios del GCM sobre la presentación de ${name(n)}:`, n.reason ?? '', '', `Para responder en línea: ${link}`],
  },
  'candidacy-not-granted': {
    subject: (n) => `${name(n)}: estatus de país pionero no concedido por ahora`,
    body: (n) => [`El GCM no alcanzó el consenso para conceder el estatus de país pionero a ${name(n)}. Lo que falta:`, n.reason ?? '', '', 'Todo lo presentado se conserva; el país puede presentarse de nuevo.'],
  },
  'candidacy-granted': {
    subject: (n) => `${name(n)}: estatus de país pionero concedido`,
    body: (n) => [`El GCM ha concedido a ${name(n)} el estatus de país pionero de la Alianza 8.7. La aplicación comienza; el primer informe anual vence a fines de abril del próximo año.`],
  },
  'dialogue-opened': {
    subject: (n) => `${name(n)}: el GCM abre un diálogo`,
    body: (n) => [
      `Tras los ciclos ${n.year! - 1} y ${n.year}, el Grupo de Coordinación Mundial abre un diálogo con ${name(n)}. No es un ejercicio de seguimiento: es la ocasión de explicar las circunstancias del país, dar a conocer avances aún no informados y acordar el camino a seguir.`,
      'El Grupo de Trabajo observó:',
      ...criteriaLines(n, 'es'),
    ],
  },
  'support-started': {
    subject: (n) => `${name(n)}: se forma un subgrupo de apoyo del GCM`,
    body: (n) => [`Un subgrupo del GCM apoyará a ${name(n)} hasta que pueda reanudar.`, `Mecanismos: ${(n.mechanisms ?? []).join(', ')}`, `Miembros: ${(n.members ?? []).join(', ')}`],
  },
  'escalation-resumed': {
    subject: (n) => `${name(n)}: diálogo cerrado, el país reanuda`,
    body: (n) => [`El GCM ha cerrado su diálogo con ${name(n)}: el país reanuda su participación.`, `Motivo: ${n.reason}`],
  },
  'country-inactive': {
    subject: (n) => `${name(n)}: estatus de país pionero ahora inactivo`,
    body: (n, link) => [
      `El Grupo de Coordinación Mundial ha declarado a ${name(n)} país pionero inactivo, porque el diálogo y el apoyo no condujeron a avances.`,
      `Motivo: ${n.reason}`,
      'Mientras esté inactivo, los beneficios del estatus quedan suspendidos y el país no participa en el ciclo anual.',
      `El país puede pedir su reactivación en cualquier momento, en línea: ${link}`,
    ],
  },
  'reactivation-refused': {
    subject: (n) => `${name(n)}: solicitud de reactivación no aceptada`,
    body: (n) => [`La secretaría no pudo verificar la solicitud de reactivación de ${name(n)}.`, `Nota: ${n.reason}`, 'El país puede enviar una nueva solicitud.'],
  },
  'country-reactivated': {
    subject: (n) => `${name(n)}: estatus de país pionero activo de nuevo`,
    body: (n) => [`${name(n)} vuelve a ser un país pionero activo y participa en el próximo ciclo anual; sus beneficios se reanudan.`, `Nota de la secretaría: ${n.reason}`],
  },
  'annual-status-update': {
    subject: (n) => `${name(n)}: actualización anual del estatus, ciclo ${n.year}`,
    body: (n) => [`Actualización anual del GCM para ${name(n)} tras el ciclo ${n.year}:`, facts(n.outcome), n.flagged ? 'El Grupo de Trabajo ha señalado al GCM:' : 'No se ha señalado nada.', ...criteriaLines(n, 'es')],
  },
};

const texts: Record<Language, Partial<Record<NoticeKind, Text>>> = { en, fr, es };

export function renderNotice(n: Notice, link = ''): { subject: string; text: string } {
  const translated = texts[n.to.language][n.kind];
  const text = translated ?? en[n.kind];
  const language = translated ? n.to.language : 'en';
  return { subject: text.subject(n), text: letter(n.to.name, language, text.body(n, link)) };
}
