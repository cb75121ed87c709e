import { DateTime } from 'luxon';
import type { EmailKind, EmailRequest, MailItem, MissingItem } from '../domain/reporting-cycle-state';
import type { Language } from '../domain/country';

// E-mail texts in the recipient's language. Each says what is due, by when (in the reader's zone and
// in the secretariat's), how to act and what is still missing.

interface Words {
  subject: Record<EmailKind, (r: EmailRequest) => string>;
  intro: Record<EmailKind, (r: EmailRequest) => string>;
  due: string;
  yourTime: string;
  secretariatTime: string;
  missing: string;
  items: Record<MissingItem, string>;
  act: Record<'report' | 'revision' | 'review', string>;
  ownLink: string;
  readOnline: string;
  comments: string;
  guidanceEvidence: string;
  guidanceParticipation: string;
  late: string;
  reason: string;
  note: string;
  daysAsked: string;
  openDashboard: string;
  sentLate: string;
  dropped: string;
  signature: string;
}

/** The task an e-mail asks its reader to do, if any: its action link opens that task in the portal. */
export const taskOfKind: Partial<Record<EmailKind, 'report' | 'revision' | 'review'>> = {
  'submission-reminder': 'report',
  'submission-overdue': 'report',
  'deadline-extended': 'report',
  'extension-granted': 'report',
  'extension-refused': 'report',
  'review-request': 'review',
  'review-reminder': 'review',
  'review-overdue': 'review',
  feedback: 'revision',
  'revision-reminder': 'revision',
  'revision-overdue': 'revision',
};

/** Links an e-mail carries: the reader's own action link, and the public page of a published report. */
export interface EmailLinks {
  action?: string;
  published?: string;
  /** The year's dashboard, where the secretariat decides a request for more time. */
  dashboard?: string;
}

const en: Words = {
  subject: {
    'submission-reminder': (r) => `${r.country.name}: ${r.year} progress report due`,
    'submission-overdue': (r) => `${r.country.name}: ${r.year} progress report overdue`,
    'submission-received': (r) => `${r.country.name}: ${r.year} report received (round ${r.round})`,
    'deadline-extended': (r) => `${r.country.name}: ${r.year} report deadline extended`,
    'extension-requested': (r) => `${r.country.name} asks for more time for its ${r.year} report`,
    'extension-granted': (r) => `${r.country.name}: more time granted for the ${r.year} report`,
    'extension-refused': (r) => `${r.country.name}: request for more time not granted`,
    'address-refused': (r) => `${r.country.name}: an e-mail to ${r.undeliverable?.name} could not be delivered`,
    'mail-delayed': (r) => `${r.country.name}: e-mails of the ${r.year} cycle went out late`,
    'publication-failed': (r) => `${r.country.name}: the accepted ${r.year} report could not be published`,
    'review-request': (r) => `Review requested: ${r.country.name} ${r.year} report (round ${r.round})`,
    'review-reminder': (r) => `Review due soon: ${r.country.name} ${r.year} (round ${r.round})`,
    'review-overdue': (r) => `Review overdue: ${r.country.name} ${r.year} (round ${r.round})`,
    feedback: (r) => `${r.country.name}: Working Group feedback on the ${r.year} report`,
    'revision-reminder': (r) => `${r.country.name}: ${r.year} revised report due`,
    'revision-overdue': (r) => `${r.country.name}: ${r.year} revised report overdue`,
    finalised: (r) => `${r.country.name}: ${r.year} report finalised and published`,
  },
  intro: {
    'submission-reminder': (r) => `The annual progress report of ${r.country.name} for the ${r.year} cycle, with the updated indicator framework, is due soon.`,
    'submission-overdue': (r) => `The annual progress report of ${r.country.name} for the ${r.year} cycle has not been received and is now overdue.`,
    'submission-received': (r) => `Thank you: the ${r.year} report of ${r.country.name} was received and goes to Working Group review.`,
    'deadline-extended': (r) => `The secretariat has extended the deadline of the ${r.year} report of ${r.country.name}.`,
    'extension-requested': (r) => `The focal point of ${r.country.name} asks for more time for the ${r.year} report, beyond what is granted at once. Please grant or refuse it.`,
    'extension-granted': (r) => `The request for more time for the ${r.year} report of ${r.country.name} is granted: the report is now due later, as below.`,
    'extension-refused': (r) => `The secretariat could not grant the request for more time for the ${r.year} report of ${r.country.name}. The deadline stays as below.`,
    'address-refused': (r) => `The mail server refused, for good, the "${r.undeliverable?.kind}" e-mail of the ${r.year} cycle of ${r.country.name} for ${r.undeliverable?.name} <${r.undeliverable?.address}>: ${r.undeliverable?.reason}. Please correct the address (the secretariat page: Replace a focal point or deputy, or the registry file). The cycle goes on meanwhile.`,
    'mail-delayed': (r) => `The mail server could not be reached from ${when(r.mailDelay!.since, r.secretariatZone, 'en')} to ${when(r.mailDelay!.until!, r.secretariatZone, 'en')} (secretariat time). The ${r.year} cycle of ${r.country.name} went on meanwhile; its e-mails are listed below.`,
    'publication-failed': (r) => `The Working Group accepted the ${r.year} report of ${r.country.name}, but publishing it has failed for an hour: ${r.publicationError}. Please make the publication folder or website writable again. The cycle tries again every hour and tells the country once it is published.`,
    'review-request': (r) => `The ${r.year} report of ${r.country.name} is ready for your review.`,
    'review-reminder': (r) => `Your review of the ${r.year} report of ${r.country.name} is due soon.`,
    'review-overdue': (r) => `Your review of the ${r.year} report of ${r.country.name} is overdue.`,
    feedback: (r) => `The Working Group has reviewed the ${r.year} report of ${r.country.name} and asks for a revision.`,
    'revision-reminder': (r) => `The revised ${r.year} report of ${r.country.name} is due soon.`,
    'revision-overdue': (r) => `The revised ${r.year} report of ${r.country.name} is overdue.`,
    finalised: (r) => `The Working Group has accepted the ${r.year} report of ${r.country.name}. The final report and indicator framework are published.`,
  },
  due: 'Due',
  yourTime: 'your time',
  secretariatTime: 'secretariat time',
  missing: 'Still missing',
  items: { 'progress-report': 'the progress report', 'indicator-framework': 'the updated indicator framework', revision: 'a revised report answering the comments', review: 'your review (accept or revise)' },
  act: { report: 'Submit the report online', revision: 'Send the revision online', review: 'Review the report online' },
  ownLink: 'This link is yours alone: it signs you in for this task. Do not forward it.',
  readOnline: 'Read it online',
  comments: 'Working Group comments',
  guidanceEvidence: 'Guidance on evidence of progress',
  guidanceParticipation: 'Guidance on stakeholder participation',
  late: 'This submission arrived after the deadline and is recorded as late.',
  reason: 'Reason',
  note: "Secretariat's note",
  daysAsked: 'Days asked for',
  openDashboard: 'Decide on the year dashboard',
  sentLate: 'Sent late, once the mail server took mail again',
  dropped: 'Not sent: a later reminder replaced it, or what it asked for had arrived',
  signature: 'Alliance 8.7 secretariat',
};

const fr: Words = {
  subject: {
    'submission-reminder': (r) => `${r.country.name} : rapport d'avancement ${r.year} attendu`,
    'submission-overdue': (r) => `${r.country.name} : rapport d'avancement ${r.year} en retard`,
    'submission-received': (r) => `${r.country.name} : rapport ${r.year} reçu (tour ${r.round})`,
    'deadline-extended': (r) => `${r.country.name} : échéance du rapport ${r.year} prolongée`,
    'extension-requested': (r) => `${r.country.name} demande un délai pour son rapport ${r.year}`,
    'extension-granted': (r) => `${r.country.name} : délai accordé pour le rapport ${r.year}`,
    'extension-refused': (r) => `${r.country.name} : demande de délai non accordée`,
    'address-refused': (r) => `${r.country.name} : un courriel à ${r.undeliverable?.name} n'a pas pu être remis`,
    'mail-delayed': (r) => `${r.country.name} : des courriels du cycle ${r.year} sont partis en retard`,
    'publication-failed': (r) => `${r.country.name} : le rapport ${r.year} accepté n'a pas pu être publié`,
    'review-request': (r) => `Examen demandé : rapport ${r.year} de ${r.country.name} (tour ${r.round})`,
    'review-reminder': (r) => `Examen bientôt dû : ${r.country.name} ${r.year} (tour ${r.round})`,
    'review-overdue': (r) => `Examen en retard : ${r.country.name} ${r.year} (tour ${r.round})`,
    feedback: (r) => `${r.country.name} : commentaires du Groupe de travail sur le rapport ${r.year}`,
    'revision-reminder': (r) => `${r.country.name} : rapport ${r.year} révisé attendu`,
    'revision-overdue': (r) => `${r.country.name} : rapport ${r.year} révisé en retard`,
    finalised: (r) => `${r.country.name} : rapport ${r.year} finalisé et publié`,
  },
  intro: {
    'submission-reminder': (r) => `Le rapport d'avancement annuel de ${r.country.name} pour le cycle ${r.year}, avec le cadre d'indicateurs mis à jour, est bientôt dû.`,
    'submission-overdue': (r) => `Le rapport d'avancement annuel de ${r.country.name} pour le cycle ${r.year} n'a pas été reçu et est en retard.`,
    'submission-received': (r) => `Merci : le rapport ${r.year} de ${r.country.name} a été reçu et sera examiné par le Groupe de travail.`,
    'deadline-extended': (r) => `Le secrétariat a prolongé l'échéance du rapport ${r.year} de ${r.country.name}.`,
    'extension-requested': (r) => `Le point focal de ${r.country.name} demande un délai pour le rapport ${r.year}, au-delà de ce qui est accordé d'office. Merci de l'accorder ou de le refuser.`,
    'extension-granted': (r) => `La demande de délai pour le rapport ${r.year} de ${r.country.name} est accordée : la nouvelle échéance figure ci-dessous.`,
    'extension-refused': (r) => `Le secrétariat n'a pas pu accorder la demande de délai pour le rapport ${r.year} de ${r.country.name}. L'échéance reste celle indiquée ci-dessous.`,
    'address-refused': (r) => `Le serveur de messagerie a refusé définitivement le courriel « ${r.undeliverable?.kind} » du cycle ${r.year} de ${r.country.name} pour ${r.undeliverable?.name} <${r.undeliverable?.address}> : ${r.undeliverable?.reason}. Merci de corriger l'adresse. Le cycle continue entre-temps.`,
    'mail-delayed': (r) => `Le serveur de messagerie était injoignable du ${when(r.mailDelay!.since, r.secretariatZone, 'fr')} au ${when(r.mailDelay!.until!, r.secretariatZone, 'fr')} (heure du secrétariat). Le cycle ${r.year} de ${r.country.name} a continué entre-temps ; ses courriels sont indiqués ci-dessous.`,
    'publication-failed': (r) => `Le Groupe de travail a accepté le rapport ${r.year} de ${r.country.name}, mais sa publication échoue depuis une heure : ${r.publicationError}. Merci de rendre le dossier ou le site de publication de nouveau accessible en écriture. Le cycle réessaie toutes les heures et prévient le pays dès la publication.`,
    'review-request': (r) => `Le rapport ${r.year} de ${r.country.name} est prêt pour votre examen.`,
    'review-reminder': (r) => `Votre examen du rapport ${r.year} de ${r.country.name} est bientôt dû.`,
    'review-overdue': (r) => `Votre examen du rapport ${r.year} de ${r.country.name} est en retard.`,
    feedback: (r) => `Le Groupe de travail a examiné le rapport ${r.year} de ${r.country.name} et demande une révision.`,
    'revision-reminder': (r) => `Le rapport ${r.year} révisé de ${r.country.name} est bientôt dû.`,
    'revision-overdue': (r) => `Le rapport ${r.year} révisé de ${r.country.name} est en retard.`,
    finalised: (r) => `Le Groupe de travail a accepté le rapport ${r.year} de ${r.country.name}. Le rapport final et le cadre d'indicateurs sont publiés.`,
  },
  due: 'Échéance',
  yourTime: 'votre heure',
  secretariatTime: 'heure du secrétariat',
  missing: 'Encore attendu',
  items: { 'progress-report': "le rapport d'avancement", 'indicator-framework': "le cadre d'indicateurs mis à jour", revision: 'un rapport révisé répondant aux commentaires', review: 'votre examen (accepter ou réviser)' },
  act: { report: 'Soumettre le rapport en ligne', revision: 'Envoyer la révision en ligne', review: 'Examiner le rapport en ligne' },
  ownLink: 'Ce lien vous est personnel : il vous connecte pour cette tâche. Ne le transférez pas.',
  readOnline: 'À lire en ligne',
  comments: 'Commentaires du Groupe de travail',
  guidanceEvidence: 'Conseils sur les preuves de progrès',
  guidanceParticipation: 'Conseils sur la participation des parties prenantes',
  late: "Cette soumission est arrivée après l'échéance et est enregistrée comme tardive.",
  reason: 'Motif',
  note: 'Note du secrétariat',
  daysAsked: 'Jours demandés',
  openDashboard: "Décider depuis le tableau de bord de l'année",
  sentLate: 'Envoyés en retard, une fois le serveur de messagerie de nouveau disponible',
  dropped: 'Non envoyés : un rappel plus récent les remplaçait, ou ce qu\'ils demandaient était arrivé',
  signature: 'Secrétariat de l’Alliance 8.7',
};

const es: Words = {
  subject: {
    'submission-reminder': (r) => `${r.country.name}: informe de progreso ${r.year} pendiente`,
    'submission-overdue': (r) => `${r.country.name}: informe de progreso ${r.year} atrasado`,
    'submission-received': (r) => `${r.country.name}: informe ${r.year} recibido (ronda ${r.round})`,
    'deadline-extended': (r) => `${r.country.name}: plazo del informe ${r.year} prorrogado`,
    'extension-requested': (r) => `${r.country.name} pide más tiempo para su informe ${r.year}`,
    'extension-granted': (r) => `${r.country.name}: más tiempo concedido para el informe ${r.year}`,
    'extension-refused': (r) => `${r.country.name}: solicitud de más tiempo no concedida`,
    'address-refused': (r) => `${r.country.name}: no se pudo entregar un correo a ${r.undeliverable?.name}`,
    'mail-delayed': (r) => `${r.country.name}: correos del ciclo ${r.year} salieron con retraso`,
    'publication-failed': (r) => `${r.country.name}: no se pudo publicar el informe ${r.year} aceptado`,
    'review-request': (r) => `Revisión solicitada: informe ${r.year} de ${r.country.name} (ronda ${r.round})`,
    'review-reminder': (r) => `Revisión pendiente: ${r.country.name} ${r.year} (ronda ${r.round})`,
    'review-overdue': (r) => `Revisión atrasada: ${r.country.name} ${r.year} (ronda ${r.round})`,
    feedback: (r) => `${r.country.name}: comentarios del Grupo de Trabajo sobre el informe ${r.year}`,
    'revision-reminder': (r) => `${r.country.name}: informe ${r.year} revisado pendiente`,
    'revision-overdue': (r) => `${r.country.name}: informe ${r.year} revisado atrasado`,
    finalised: (r) => `${r.country.name}: informe ${r.year} finalizado y publicado`,
  },
  intro: {
    'submission-reminder': (r) => `El informe anual de progreso de ${r.country.name} para el ciclo ${r.year}, con el marco de indicadores actualizado, vence pronto.`,
    'submission-overdue': (r) => `El informe anual de progreso de ${r.country.name} para el ciclo ${r.year} no se ha recibido y está atrasado.`,
    'submission-received': (r) => `Gracias: el informe ${r.year} de ${r.country.name} se ha recibido y pasa a revisión del Grupo de Trabajo.`,
    'deadline-extended': (r) => `La secretaría ha prorrogado el plazo del informe ${r.year} de ${r.country.name}.`,
    'extension-requested': (r) => `El punto focal de ${r.country.name} pide más tiempo para el informe ${r.year}, más allá de lo que se concede de inmediato. Concédalo o recháchelo.`,
    'extension-granted': (r) => `Se concede la solicitud de más tiempo para el informe ${r.year} de ${r.country.name}: el nuevo plazo figura abajo.`,
    'extension-refused': (r) => `La secretaría no pudo conceder la solicitud de más tiempo para el informe ${r.year} de ${r.country.name}. El plazo sigue siendo el indicado abajo.`,
    'address-refused': (r) => `El servidor de correo rechazó definitivamente el correo «${r.undeliverable?.kind}» del ciclo ${r.year} de ${r.country.name} para ${r.undeliverable?.name} <${r.undeliverable?.address}>: ${r.undeliverable?.reason}. Corrija la dirección. Mientras tanto, el ciclo continúa.`,
    'mail-delayed': (r) => `No se pudo contactar con el servidor de correo desde el ${when(r.mailDelay!.since, r.secretariatZone, 'es')} hasta el ${when(r.mailDelay!.until!, r.secretariatZone, 'es')} (hora de la secretaría). Mientras tanto, el ciclo ${r.year} de ${r.country.name} continuó; sus correos figuran a continuación.`,
    'publication-failed': (r) => `El Grupo de Trabajo aceptó el informe ${r.year} de ${r.country.name}, pero su publicación falla desde hace una hora: ${r.publicationError}. Vuelva a permitir la escritura en la carpeta o el sitio de publicación. El ciclo lo reintenta cada hora y avisa al país en cuanto se publique.`,
    'review-request': (r) => `El informe ${r.year} de ${r.country.name} está listo para su revisión.`,
    'review-reminder': (r) => `Su revisión del informe ${r.year} de ${r.country.name} vence pronto.`,
    'review-overdue': (r) => `Su revisión del informe ${r.year} de ${r.country.name} está atrasada.`,
    feedback: (r) => `El Grupo de Trabajo ha revisado el informe ${r.year} de ${r.country.name} y solicita una revisión.`,
    'revision-reminder': (r) => `El informe ${r.year} revisado de ${r.country.name} vence pronto.`,
    'revision-overdue': (r) => `El informe ${r.year} revisado de ${r.country.name} está atrasado.`,
    finalised: (r) => `El Grupo de Trabajo ha aceptado el informe ${r.year} de ${r.country.name}. El informe final y el marco de indicadores están publicados.`,
  },
  due: 'Vence',
  yourTime: 'su hora',
  secretariatTime: 'hora de la secretaría',
  missing: 'Aún pendiente',
  items: { 'progress-report': 'el informe de progreso', 'indicator-framework': 'el marco de indicadores actualizado', revision: 'un informe revisado que responda a los comentarios', review: 'su revisión (aceptar o revisar)' },
  act: { report: 'Enviar el informe en línea', revision: 'Enviar la revisión en línea', review: 'Revisar el informe en línea' },
  ownLink: 'Este enlace es solo suyo: le da acceso a esta tarea. No lo reenvíe.',
  readOnline: 'Léalo en línea',
  comments: 'Comentarios del Grupo de Trabajo',
  guidanceEvidence: 'Orientación sobre pruebas de progreso',
  guidanceParticipation: 'Orientación sobre la participación de las partes interesadas',
  late: 'Este envío llegó después del plazo y queda registrado como tardío.',
  reason: 'Motivo',
  note: 'Nota de la secretaría',
  daysAsked: 'Días solicitados',
  openDashboard: 'Decidir en el panel del año',
  sentLate: 'Enviados con retraso, cuando el servidor de correo volvió a aceptar correo',
  dropped: 'No enviados: un recordatorio posterior los sustituía, o lo que pedían ya había llegado',
  signature: 'Secretaría de la Alianza 8.7',
};

const words: Record<Language, Words> = { en, fr, es };

function when(iso: string, zone: string, language: Language): string {
  return DateTime.fromISO(iso, { zone }).setLocale(language).toLocaleString(DateTime.DATETIME_FULL);
}

/** A message to one person in their language: greeting, body, the secretariat's signature. */
export function letter(toName: string, language: Language, body: string[]): string {
  return [`${toName},`, '', ...body, '', '—', words[language].signature].join('\n');
}

export function renderEmail(r: EmailRequest, links: EmailLinks = {}): { subject: string; text: string } {
  const w = words[r.to.language];
  const lines = [w.intro[r.kind](r)];
  if (r.late) lines.push(w.late);
  if (r.extensionReason) lines.push(`${w.reason}: ${r.extensionReason}`);
  if (r.daysAsked) lines.push(`${w.daysAsked}: ${r.daysAsked}`);
  if (r.decisionNote) lines.push(`${w.note}: ${r.decisionNote}`);
  if (r.dueAt) {
    lines.push('', `${w.due}: ${when(r.dueAt, r.to.zone, r.to.language)} (${w.yourTime}, ${r.to.zone})`);
    lines.push(`${' '.repeat(w.due.length + 2)}${when(r.dueAt, r.secretariatZone, r.to.language)} (${w.secretariatTime}, ${r.secretariatZone})`);
  }
  if (r.missing?.length) lines.push('', `${w.missing}: ${r.missing.map((item) => w.items[item]).join(', ')}`);
  if (r.comments) lines.push('', `${w.comments}:`, r.comments);
  if (r.guidance?.evidence) lines.push('', `${w.guidanceEvidence}:`, r.guidance.evidence);
  if (r.guidance?.participation) lines.push('', `${w.guidanceParticipation}:`, r.guidance.participation);
  if (links.published) lines.push('', `${w.readOnline}: ${links.published}`);
  const task = taskOfKind[r.kind];
  if (task && links.action) lines.push('', `${w.act[task]}:`, links.action, w.ownLink);
  if (links.dashboard) lines.push('', `${w.openDashboard}:`, links.dashboard);
  if (r.mailDelay) {
    const list = (items: MailItem[]) => items.map((item) => `- ${w.subject[item.kind]({ ...r, kind: item.kind, round: item.round })} — ${item.name} <${item.address}>`);
    if (r.mailDelay.late.length) lines.push('', `${w.sentLate}:`, ...list(r.mailDelay.late));
    if (r.mailDelay.dropped.length) lines.push('', `${w.dropped}:`, ...list(r.mailDelay.dropped));
  }
  return { subject: w.subject[r.kind](r), text: letter(r.to.name, r.to.language, lines) };
}
