import { reportLines } from './report-lines';
import { eventTexts } from './events';
import { assistanceTexts } from './assistance';
import { hasReport } from '../../domain/reactivation/args';
import { roadmapChange } from './roadmap-changes';
import { introductionText } from './learning';
import type { Notice } from '../../domain/shared/notice';
import { spanishCountry } from './es-grammar';
import type { Say, Texts } from './types';
import { bodyNames, decisionQuestion } from './decisions';
import { participationLine } from './participation';
import { vocabulary } from './vocabulary';

// Spanish. The Working Group "examina" a report (its "examen"); "revisión" and "informe revisado" are only
// the country's revised report. A country is never the subject of a participle that would agree with it.

const gcm = 'Grupo de Coordinación Mundial (GCM)';

function evidence(e: NonNullable<Notice['evidence']>[number], say: Say): string[] {
  const { deadline, extensions, remindersSent, submissions, reviews } = e.evidence;
  const extended = extensions ? ` (prorrogada ${extensions === 1 ? 'una vez' : `${extensions} veces`})` : '';
  const reminders =
    remindersSent === 0
      ? 'ningún recordatorio enviado'
      : remindersSent === 1
        ? 'un recordatorio enviado'
        : `${remindersSent} recordatorios enviados`;
  const sent = submissions.map(
    (s) => `${s.kind === 'report' ? 'el informe' : 'un informe revisado'}, el ${say.date(s.at)}${s.late ? ' (fuera de plazo)' : ''}`,
  );
  const reviewed = reviews.map((r) => `ronda ${r.round}, ${es.decision[r.decision]} el ${say.date(r.at)}`);
  return [
    `${e.year}: ${say.stage(e.stage)}. Fecha límite: ${say.date(deadline)}${extended}; ${reminders}.`,
    `  Envíos: ${sent.length ? sent.join('; ') : 'ninguno'}.`,
    `  Exámenes: ${reviewed.length ? reviewed.join('; ') : 'ninguno'}.`,
    `  ${say.factsInline(e.outcome)}.`,
  ];
}

/** R22: what the GCM actually tried; support only if a sub-group was formed. */
function tried(n: Notice, say: Say): string {
  const t = n.tried;
  if (!t) return 'Esta decisión sigue al diálogo que el GCM mantuvo con el país, que no condujo a los avances esperados.';
  const dialogue =
    t.dialogues > 0
      ? `El GCM celebró ${t.dialogues === 1 ? 'una sesión' : `${t.dialogues} sesiones`} de diálogo con el país.`
      : 'El GCM abrió un diálogo con el país.';
  if (!t.support) return `${dialogue} El diálogo no condujo a los avances esperados.`;
  return `${dialogue} Después, un subgrupo de apoyo del GCM trabajó con el país a partir del ${say.date(t.support.since)}, mediante las siguientes formas de apoyo: ${say.mechanisms(t.support.mechanisms)}. Ni el diálogo ni el apoyo condujeron a los avances esperados.`;
}

const chair = (to: string) => (to === 'Alliance 8.7 Chair' ? 'la presidencia de la Alianza 8.7' : to);

export const es: Texts = {
  ...vocabulary.es,
  country: (_code, name) => spanishCountry(name),
  copyOf: (name, email) =>
    `Copia para su información del correo enviado a ${name} <${email}>. Se ha omitido su enlace personal, que solo da acceso a ${name}.`,
  linkLeftOut: '(enlace personal, omitido en esta copia)',
  signature: { secretariat: 'Secretaría de la Alianza 8.7', gcg: 'Grupo de Coordinación Mundial de la Alianza 8.7' },
  emailWhat: {
    'call-for-reports': 'la convocatoria para presentar el informe de progreso',
    'submission-reminder': 'el recordatorio para presentar el informe',
    'submission-overdue': 'el recordatorio del informe atrasado',
    'submission-received': 'el acuse de recibo del informe',
    'deadline-extended': 'el aviso de prórroga del plazo',
    'extension-requested': 'la solicitud de más tiempo',
    'extension-granted': 'el aviso de concesión de más tiempo',
    'extension-refused': 'el aviso de denegación de más tiempo',
    'address-refused': 'el aviso de un correo no entregado',
    'mail-delayed': 'el aviso de correos retrasados',
    'publication-failed': 'el aviso de una publicación fallida',
    'review-request': 'la solicitud de examen del informe',
    'review-reminder': 'el recordatorio para examinar el informe',
    'review-overdue': 'el recordatorio del examen atrasado',
    'review-quorum': 'el aviso al responsable del examen de que las evaluaciones necesarias han llegado',
    feedback: 'los comentarios del Grupo de Trabajo sobre el informe',
    'revision-reminder': 'el recordatorio para enviar el informe revisado',
    'revision-overdue': 'el recordatorio del informe revisado atrasado',
    finalised: 'el aviso de finalización y publicación del informe',
  },
  noticeWhat: {
    'escalation-flag': 'el aviso al Grupo de Coordinación Mundial sobre el país',
    'dialogue-opened': 'el aviso de apertura de un diálogo',
    'support-started': 'el aviso de formación de un subgrupo de apoyo',
    'support-check-in-due': 'el recordatorio de un seguimiento del apoyo',
    'decision-needed': 'la solicitud de una decisión del Grupo de Coordinación Mundial',
    'escalation-resumed': 'el aviso de cierre del diálogo y de reanudación',
    'country-inactive': 'el aviso que declara inactivo al país',
    'reactivation-requested': 'la solicitud de reactivación por verificar',
    'reactivation-received': 'el aviso de la solicitud de reactivación del país',
    'reactivation-refused': 'el aviso de que no se aceptó la solicitud de reactivación',
    'country-reactivated': 'el aviso de que el país vuelve a estar activo',
    'wg-report': 'el informe del Grupo de Trabajo sobre el ciclo',
    'wg-report-draft': 'el proyecto de informe del Grupo de Trabajo sobre el ciclo',
    'roadmap-updated': 'el aviso de actualización de la hoja de ruta del país',
    'roadmap-update-asked': 'la solicitud de actualizar la hoja de ruta',
    'learning-introduction': 'la puesta en contacto con otro país para el aprendizaje entre pares',
    ...eventTexts.es.what,
    ...assistanceTexts.es.what,
    'forecast-digest': 'la previsión semanal',
    'annual-status-update': 'la actualización anual del estatus',
    'candidacy-received': 'el aviso de una manifestación de interés',
    'candidacy-invitation': 'la invitación a consultas y a un taller de planificación estratégica',
    'timeline-step-late': 'el recordatorio de una etapa atrasada del calendario',
    'candidacy-feedback': 'los comentarios sobre la presentación del país',
    'candidacy-feedback-due': 'la solicitud de comentarios sobre una presentación',
    'candidacy-position-due': 'la solicitud de posición sobre una candidatura',
    'candidacy-not-granted': 'el aviso de que no se concedió el estatus de país pionero',
    'candidacy-granted': 'el aviso de concesión del estatus de país pionero',
    'notice-undeliverable': 'el aviso de un correo no entregado',
    'decision-pending': 'el recordatorio de una decisión pendiente de su procedimiento',
    'decision-circulated': 'una propuesta circulada por procedimiento de acuerdo tácito',
    'decision-reminder': 'el recordatorio de un procedimiento de acuerdo tácito que termina pronto',
    'decision-objection': 'el aviso de una objeción a un procedimiento de acuerdo tácito',
    'decision-taken': 'el aviso de una decisión tomada',
  },
  email: {
    subject: {
      'call-for-reports': (r, { country: c }) => `${c.name}: convocatoria para el informe de progreso ${r.year} y el marco de indicadores`,
      'submission-reminder': (r, { country: c }) => `${c.name}: informe de progreso ${r.year} pendiente`,
      'submission-overdue': (r, { country: c }) => `${c.name}: informe de progreso ${r.year} atrasado`,
      'submission-received': (r, { country: c }) => `${c.name}: informe ${r.year} recibido (ronda ${r.round})`,
      'deadline-extended': (r, { country: c }) => `${c.name}: plazo del informe ${r.year} prorrogado`,
      'extension-requested': (r, { country: c }) => `${c.name}: solicitud de más tiempo para el informe ${r.year}`,
      'extension-granted': (r, { country: c }) => `${c.name}: más tiempo concedido para el informe ${r.year}`,
      'extension-refused': (_r, { country: c }) => `${c.name}: solicitud de más tiempo no concedida`,
      'address-refused': (r, { country: c }) => `${c.name}: no se pudo entregar un correo a ${r.undeliverable?.name}`,
      'mail-delayed': (r, { country: c }) => `${c.name}: correos del ciclo ${r.year} enviados con retraso`,
      'publication-failed': (r, { country: c }) => `${c.name}: no se pudo publicar el informe ${r.year} aceptado`,
      'review-request': (r, { country: c }) => `Examen solicitado: informe ${r.year} ${c.of} (ronda ${r.round})`,
      'review-reminder': (r, { country: c }) => `Examen pendiente: informe ${r.year} ${c.of} (ronda ${r.round})`,
      'review-overdue': (r, { country: c }) => `Examen atrasado: informe ${r.year} ${c.of} (ronda ${r.round})`,
      'review-quorum': (r, { country: c }) =>
        `Evaluaciones recibidas: informe ${r.year} ${c.of} (ronda ${r.round}), le corresponde enviar la decisión del Grupo de Trabajo`,
      feedback: (r, { country: c }) => `${c.name}: comentarios del Grupo de Trabajo sobre el informe ${r.year}`,
      'revision-reminder': (r, { country: c }) => `${c.name}: informe revisado ${r.year} pendiente`,
      'revision-overdue': (r, { country: c }) => `${c.name}: informe revisado ${r.year} atrasado`,
      finalised: (r, { country: c }) => `${c.name}: informe ${r.year} finalizado y publicado`,
    },
    intro: {
      'call-for-reports': (r, { country: c }) =>
        `El ciclo anual de presentación de informes ${r.year} de la Alianza 8.7 está abierto. Le invitamos a presentar el informe anual de progreso ${c.of}, con el marco de indicadores actualizado, antes de la fecha límite indicada abajo. Preparado a través del mecanismo nacional de coordinación, el informe da cuenta de los avances respecto de los objetivos de la hoja de ruta, las dificultades de aplicación, los ámbitos en que el país desea aprender de otros, las pruebas de progreso, la participación de las partes interesadas y los esfuerzos de colaboración.`,
      'submission-reminder': (r, { country: c }) =>
        `El informe anual de progreso ${c.of} para el ciclo ${r.year}, con el marco de indicadores actualizado, vence pronto.`,
      'submission-overdue': (r, { country: c }) =>
        `El informe anual de progreso ${c.of} para el ciclo ${r.year} no se ha recibido y el plazo ya venció.`,
      'submission-received': (r, { country: c }) =>
        `Gracias: el informe ${r.year} ${c.of} se ha recibido y pasa al examen del Grupo de Trabajo.`,
      'deadline-extended': (r, { country: c }) =>
        `La secretaría ha prorrogado el plazo del informe ${r.year} ${c.of}: la nueva fecha límite figura abajo.`,
      'extension-requested': (r, { country: c }) =>
        `El punto focal ${c.of} pide más tiempo para el informe ${r.year}, más allá de lo que se concede de inmediato. Concédalo o recháchelo.`,
      'extension-granted': (r, { country: c }) =>
        `Se concede la solicitud de más tiempo para el informe ${r.year} ${c.of}: la nueva fecha límite figura abajo.`,
      'extension-refused': (r, { country: c }) =>
        `La secretaría no pudo conceder la solicitud de más tiempo para el informe ${r.year} ${c.of}. La fecha límite sigue siendo la indicada abajo.`,
      'address-refused': (r, { country: c }) => {
        const u = r.undeliverable;
        return `El servidor de correo rechazó definitivamente un correo dirigido a ${u?.name} <${u?.address}>: ${u ? es.emailWhat[u.kind] : 'un correo'} del ciclo ${r.year} ${c.of}. Motivo del rechazo: ${u?.reason}. Corrija la dirección (en la página de la secretaría, sustituyendo al punto focal o a su suplente, o en el archivo del registro). Mientras tanto, el ciclo continúa.`;
      },
      'mail-delayed': (r, say) =>
        `No se pudo contactar con el servidor de correo desde el ${say.dateTime(r.mailDelay!.since, r.secretariatZone)} hasta el ${say.dateTime(r.mailDelay!.until!, r.secretariatZone)} (hora de la secretaría). Mientras tanto, el ciclo ${r.year} ${say.country.of} continuó; sus correos figuran a continuación.`,
      'publication-failed': (r, { country: c }) =>
        `El Grupo de Trabajo aceptó el informe ${r.year} ${c.of}, pero su publicación falla desde hace una hora: ${r.publicationError}. Vuelva a permitir la escritura en la carpeta o el sitio de publicación. El ciclo lo reintenta cada hora y avisa al país en cuanto se publique el informe.`,
      'review-request': (r, { country: c }) => `El informe ${r.year} ${c.of} está listo para su examen.`,
      'review-reminder': (r, { country: c }) => `Su examen del informe ${r.year} ${c.of} vence pronto.`,
      'review-overdue': (r, { country: c }) => `Su examen del informe ${r.year} ${c.of} está atrasado.`,
      'review-quorum': (r, { country: c }) =>
        `Suficientes revisores del Grupo de Trabajo han evaluado el informe ${r.year} ${c.of} para que usted, como responsable del examen, consolide sus evaluaciones y envíe la decisión del Grupo de Trabajo.`,
      feedback: (r, { country: c }) => `El Grupo de Trabajo ha examinado el informe ${r.year} ${c.of} y solicita un informe revisado.`,
      'revision-reminder': (r, { country: c }) => `El informe revisado ${r.year} ${c.of} vence pronto.`,
      'revision-overdue': (r, { country: c }) => `El informe revisado ${r.year} ${c.of} está atrasado.`,
      finalised: (r, { country: c }) =>
        `El Grupo de Trabajo ha aceptado el informe ${r.year} ${c.of}. El informe final y el marco de indicadores están publicados.${r.comments || r.guidance?.evidence || r.guidance?.participation ? ' A continuación figuran los comentarios del Grupo de Trabajo.' : ''}`,
    },
    missing: 'Aún pendiente',
    items: {
      'progress-report': 'el informe de progreso',
      'indicator-framework': 'el marco de indicadores actualizado',
      revision: 'un informe revisado que responda a los comentarios',
      review: 'su examen (aceptar el informe o pedir un informe revisado)',
    },
    act: {
      report: 'Presentar el informe en línea',
      revision: 'Enviar el informe revisado en línea',
      review: 'Examinar el informe en línea',
    },
    ownLink: 'Este enlace es solo suyo: le da acceso a esta tarea. No lo reenvíe.',
    readOnline: 'Léalo en línea',
    late: 'Este envío llegó después de la fecha límite y queda registrado como tardío.',
    reason: 'Motivo',
    note: 'Nota de la secretaría',
    daysAsked: 'Días solicitados',
    openDashboard: 'Decidir en el panel del año',
    sentLate: 'Enviados con retraso, cuando el servidor de correo volvió a aceptar correo',
    dropped: 'No enviados: un recordatorio posterior los sustituyó, o lo que pedían ya había llegado',
  },
  notice: {
    'escalation-flag': {
      subject: (n, { country: c }) => `Aviso al Grupo de Coordinación Mundial: ${c.name}, tras los ciclos ${n.year! - 1} y ${n.year}`,
      body: (n, say, link) => [
        n.wgConfirmation
          ? `El Grupo de Trabajo señala al ${gcm} la situación ${say.country.of}: en dos ciclos consecutivos se observaron las siguientes señales de progreso insuficiente.`
          : `Los hechos de dos ciclos consecutivos señalan al ${gcm} la situación ${say.country.of}: se observaron las siguientes señales de progreso insuficiente.`,
        ...say.criteria(n.criteria),
        ...(n.wgConfirmation
          ? [`Motivo de su confirmación por el Grupo de Trabajo: ${n.wgConfirmation}`]
          : [`Ningún informe del Grupo de Trabajo abarcó el ciclo ${n.year}: el Grupo de Trabajo no ha examinado este aviso.`]),
        '',
        'Lo que mostró cada ciclo:',
        ...(n.evidence ?? []).flatMap((e) => evidence(e, say)),
        '',
        'El GCM decide, como órgano, si abre un diálogo con el país: su presidencia o la Secretaría somete la cuestión a los miembros, en reunión o por procedimiento de acuerdo tácito, y el país solo es informado una vez tomada la decisión.',
        `Una vez abierto el diálogo, regístrelo, forme un subgrupo de apoyo y decida en línea (este enlace es solo suyo): ${link}`,
      ],
    },
    'dialogue-opened': {
      subject: (_n, { country: c }) => `${c.name}: el Grupo de Coordinación Mundial abre un diálogo`,
      body: (n, say) => [
        `Tras los ciclos de presentación de informes ${n.year! - 1} y ${n.year}, el ${gcm} de la Alianza 8.7 abre un diálogo con ${say.country.the}. No se trata de un ejercicio de seguimiento: es la ocasión de exponer las circunstancias del país (políticas, económicas, humanitarias), dar a conocer avances aún no informados y acordar el camino a seguir, como el apoyo que el país necesite o una actualización de su hoja de ruta.`,
        'En dos ciclos consecutivos, el Grupo de Trabajo observó las siguientes señales de progreso insuficiente:',
        ...say.criteria(n.criteria),
      ],
    },
    'support-started': {
      subject: (_n, { country: c }) => `${c.name}: se forma un subgrupo de apoyo del Grupo de Coordinación Mundial`,
      body: (n, say) => [
        `El ${gcm} ha formado un subgrupo para apoyar ${say.country.to} hasta que el país esté en condiciones de reanudar su participación.`,
        `Formas de apoyo: ${say.mechanisms(n.mechanisms)}.`,
        `Miembros: ${(n.members ?? []).join(', ')}`,
      ],
    },
    'support-check-in-due': {
      subject: (_n, { country: c }) => `Seguimiento del apoyo pendiente: ${c.name}`,
      body: (n, say, link) => [
        `Corresponde hacer un seguimiento del apoyo ${say.country.to} (${say.mechanisms(n.mechanisms)}): indique cómo avanza y si el país está en condiciones de reanudar su participación.`,
        '',
        `Registrar el seguimiento en línea: ${link}`,
      ],
    },
    'decision-needed': {
      subject: (_n, { country: c }) => `Decisión del Grupo de Coordinación Mundial pendiente: ${c.name}`,
      body: (n, say, link) => [
        `El subgrupo de apoyo del ${gcm} para ${say.country.the} ha concluido su labor.`,
        ...(n.reason === undefined
          ? []
          : [`Consideró que el país está en condiciones de reanudar su participación. Su último seguimiento: ${n.reason}`]),
        'Corresponde ahora al GCM decidir si el país reanuda su participación o si se lo declara inactivo.',
        '',
        `Decidir en línea: ${link}`,
      ],
    },
    'escalation-resumed': {
      subject: (_n, { country: c }) => `${c.name}: diálogo cerrado, el país reanuda su participación`,
      body: (n, say) => [
        `El ${gcm} ha cerrado su diálogo con ${say.country.the}: el país reanuda su participación en el ciclo anual.`,
        `Motivo: ${n.reason}`,
      ],
    },
    'country-inactive': {
      subject: (_n, { country: c }) => `${c.name}: estatus de país pionero ahora inactivo`,
      body: (n, say, link) => [
        `El ${gcm} de la Alianza 8.7 ha declarado ${say.country.to} país pionero inactivo.`,
        tried(n, say),
        `Motivo indicado por el GCM: ${n.reason}`,
        'Mientras el país esté inactivo, los beneficios del estatus de país pionero (visibilidad, ayuda para la movilización de recursos, coordinación de la asistencia técnica, aprendizaje entre pares) quedan suspendidos y el país no participa en el ciclo anual de presentación de informes.',
        `El país puede solicitar su reactivación en cualquier momento, con pruebas de que se han previsto o adoptado medidas correctivas (un informe de progreso, un marco de indicadores actualizado, pruebas de progreso y de colaboración) y una carta a la presidencia de la Alianza 8.7 en la que indique cualquier cambio en su hoja de ruta. Presente la solicitud en línea: ${link}`,
      ],
    },
    'reactivation-requested': {
      subject: (_n, { country: c }) => `Solicitud de reactivación por verificar: ${c.name}`,
      body: (n, say, link) => {
        const request = n.request;
        const lines = request
          ? [
              ...(hasReport(request)
                ? [
                    ...reportLines(request.report, {
                      colon: ': ',
                      progress: 'Avance de la hoja de ruta',
                      framework: (updated, n) => `Marco de indicadores: ${n} indicador(es), ${updated ? 'actualizado' : 'no actualizado'}`,
                      evidence: 'Pruebas de progreso',
                      collaboration: 'Pruebas de colaboración',
                      documents: 'Documentos',
                    }),
                  ]
                : Object.entries(es.reactivationEvidence).map(
                    ([part, label]) => `${label}: ${request[part as keyof typeof es.reactivationEvidence]}`,
                  )),
              `Carta a ${chair(request.letter.to)}: ${request.letter.summary}` +
                (hasReport(request) && request.letter.document ? ` (la carta: ${request.letter.document.name})` : ''),
            ]
          : [n.reason ?? ''];
        return [
          `Solicitud de reactivación ${say.country.of} como país pionero. Pruebas presentadas y carta:`,
          ...lines,
          ...(n.roadmapChanges ? [`Cambios en la hoja de ruta: ${n.roadmapChanges}`] : []),
          '',
          `Verifíquela en línea: ${link}`,
        ];
      },
    },
    'reactivation-received': {
      subject: (_n, { country: c }) => `${c.name} solicita volver a ser país pionero activo`,
      body: (n, say) => [
        `${say.country.The} ha escrito a la presidencia de la Alianza 8.7 para volver a ser país pionero activo, con sus pruebas.`,
        ...(n.request ? [`La carta: ${n.request.letter.summary}`] : []),
        ...(n.roadmapChanges ? [`Cambios en la hoja de ruta: ${n.roadmapChanges}`] : []),
        '',
        `La secretaría verifica las pruebas; después, se pide al ${gcm} que tome nota de la reactivación.`,
      ],
    },
    'reactivation-refused': {
      subject: (_n, { country: c }) => `${c.name}: solicitud de reactivación no aceptada`,
      body: (n, say) => [
        `La secretaría no pudo verificar la solicitud de reactivación ${say.country.of}.`,
        `Nota de la secretaría: ${n.reason}`,
        'El país puede presentar una nueva solicitud en cualquier momento.',
      ],
    },
    'country-reactivated': {
      subject: (_n, { country: c }) => `${c.name}: estatus de país pionero activo de nuevo`,
      body: (n, say) => [
        `Se restablece el estatus de país pionero activo ${say.country.of}: el país participa en el próximo ciclo anual y vuelve a disfrutar de los beneficios del estatus.`,
        `Nota de la secretaría: ${n.reason}`,
        ...(n.roadmapChanges ? [`Cambios en la hoja de ruta: ${n.roadmapChanges}`] : []),
      ],
    },
    'wg-report': {
      subject: (n) => `Informe del Grupo de Trabajo al Grupo de Coordinación Mundial: ciclo ${n.year}`,
      body: (n, say, link) => [
        `El ciclo de presentación de informes ${n.year} ha concluido. El Grupo de Trabajo informa al ${gcm} sobre cada país: cómo terminó su ciclo, las cinco señales de progreso que examina y cualquier señalamiento.`,
        ...(n.rows ?? []).flatMap((r) => [
          '',
          `- ${say.countryName(r.country, r.name)} (${r.country}): ${say.stage(r.stage)}${r.outcome ? '' : ' a la fecha del informe'}.`,
          ...(r.outcome ? [`  ${say.factsInline(r.outcome)}.`] : []),
          ...(r.participation ? [`  ${participationLine('es', r.participation)}`] : []),
          r.flagged ? `  Señalado al GCM: ${r.criteria.map((c) => es.criterion[c]).join('; ')}.` : '  Sin señalamiento.',
        ]),
        '',
        `Consulte el informe en línea, o descárguelo en PDF desde esa página (inicie sesión como miembro del GCM o de la secretaría): ${link}`,
      ],
    },
    'wg-report-draft': {
      subject: (n) => `Proyecto de informe del Grupo de Trabajo sobre el ciclo ${n.year}: para el Grupo de Trabajo`,
      body: (n, _say, link) => [
        `El ciclo de presentación de informes ${n.year} ha concluido y el proyecto de informe del Grupo de Trabajo al ${gcm} está listo: las cifras y los hechos del año, los temas de los informes y los señalamientos que proponen los hechos (${(n.rows ?? []).filter((r) => r.flagged).length}).`,
        'Los miembros del Grupo de Trabajo redactan un comentario sobre cada país y confirman o retiran cada señalamiento propuesto, con su motivo; la presidencia aprueba luego el informe. Solo entonces se envía al GCM, y los países conocen su estatus una vez que el GCM haya tomado nota de él.',
        '',
        `El proyecto (inicie sesión como miembro del Grupo de Trabajo): ${link}`,
      ],
    },
    'roadmap-updated': {
      subject: (n, { country: c }) => `${c.name}: hoja de ruta actualizada (versión ${n.version})`,
      body: (n, say, link) => [
        `${say.country.name} ha actualizado su hoja de ruta: versión ${n.version}. Lo que cambió:`,
        ...(n.changes ?? []).map((c) => `- ${roadmapChange.es(c)}`),
        '',
        `El perfil publicado del país ya la muestra. La hoja de ruta: ${link}`,
      ],
    },
    'assistance-requested': assistanceTexts.es.requested,
    'assistance-offered': assistanceTexts.es.offered,
    'assistance-matched': assistanceTexts.es.matched,
    'event-invitation': eventTexts.es.invitation,
    'event-left-out': eventTexts.es.leftOut,
    'event-cancelled': eventTexts.es.cancelled,
    'learning-introduction': introductionText.es,
    'roadmap-update-asked': {
      subject: (_n, { country: c }) => `${c.name}: actualice su hoja de ruta`,
      body: (n, say, link) => [
        `El diálogo entre ${say.country.the} y el ${gcm} de la Alianza 8.7 acordó el siguiente camino a seguir, que requiere actualizar la hoja de ruta del país:`,
        n.reason ?? '',
        '',
        `Inicie sesión y actualice la hoja de ruta (sus áreas prioritarias, acciones, indicadores y necesidades de asistencia): ${link}`,
      ],
    },
    'forecast-digest': {
      subject: (n) => {
        const count = n.atRisk?.length ?? 0;
        return `Previsión semanal, ciclo ${n.year}: ${count === 0 ? 'ningún país' : count === 1 ? 'un país' : `${count} países`} en riesgo de señalamiento`;
      },
      body: (n, say, link) => [
        `${n.openCycles === 1 ? `Un ciclo de presentación de informes ${n.year} sigue abierto` : `${n.openCycles} ciclos de presentación de informes ${n.year} siguen abiertos`}. Si no llegara nada más, los siguientes países serían señalados al ${gcm}:`,
        ...(n.atRisk?.length
          ? n.atRisk.map(
              (r) =>
                `- ${say.countryName(r.country, r.name)} (${r.country}), ${say.stage(r.stage)}: ${r.criteria.map((c) => es.criterion[c]).join('; ')}. Por subsanar antes del cierre del ciclo: ${r.toAvoid.map((c) => es.criterion[c]).join('; ')}`,
            )
          : ['- ninguno']),
        '',
        `Panel del año (inicie sesión como miembro de la secretaría o del GCM): ${link}`,
      ],
    },
    'annual-status-update': {
      subject: (n, { country: c }) => `${c.name}: actualización anual del estatus, ciclo ${n.year}`,
      body: (n, say) => {
        const c = say.country;
        const status = !n.status
          ? []
          : n.status === 'inactive'
            ? [
                `Estatus ${c.of}: país pionero inactivo. El país no participa en el ciclo anual y los beneficios del estatus de país pionero están suspendidos.`,
                'El país puede solicitar su reactivación en cualquier momento, con pruebas de que se han previsto o adoptado medidas correctivas.',
              ]
            : [`Estatus ${c.of}: ${es.status[n.status]}.`];
        const outcome = n.outcome
          ? [
              '',
              `Lo que mostró el ciclo ${n.year}:`,
              ...say.facts(n.outcome),
              '',
              ...(n.flagged
                ? [
                    'En dos ciclos consecutivos, el Grupo de Trabajo observó las siguientes señales de progreso insuficiente y las señaló al GCM:',
                    ...say.criteria(n.criteria),
                  ]
                : ['El Grupo de Trabajo no hizo ningún señalamiento.']),
            ]
          : n.status === 'inactive'
            ? []
            : [`No consta ningún resultado del ciclo ${n.year} para el país.`];
        return [
          `Tras el ciclo de presentación de informes ${n.year}, el ${gcm} de la Alianza 8.7 envía ${c.to} su actualización anual del estatus.`,
          ...status,
          ...outcome,
        ];
      },
    },
    'candidacy-received': {
      subject: (_n, { country: c }) => `Manifestación de interés ${c.of} en el estatus de país pionero`,
      body: (_n, say) => [
        `El Gobierno ${say.country.of} ha manifestado el interés del país en obtener el estatus de país pionero de la Alianza 8.7 y ha designado un punto focal y un suplente. La secretaría informa al ${gcm} y ha invitado al país a celebrar consultas nacionales y un taller de planificación estratégica.`,
      ],
    },
    'candidacy-invitation': {
      subject: (_n, { country: c }) => `${c.name}: invitación a consultas y a un taller de planificación estratégica`,
      body: (_n, say, link) => [
        `Le agradecemos la manifestación de interés ${say.country.of} en obtener el estatus de país pionero de la Alianza 8.7.`,
        'Le invitamos a celebrar consultas nacionales y un taller de planificación estratégica con todo el gobierno y todas las partes interesadas pertinentes.',
        `Indique su calendario a la secretaría y presente después cada etapa de la planificación en línea (este enlace es solo suyo): ${link}`,
      ],
    },
    'timeline-step-late': {
      subject: (_n, { country: c }) => `${c.name}: una etapa de su calendario está atrasada`,
      body: (n, say, link) => {
        const late = n.lateStep;
        return [
          late
            ? `Una etapa del calendario fijado por ${say.country.the}, prevista para el ${say.date(late.due)}, aún no se ha presentado: ${es.step[late.step]}.`
            : `Una etapa del calendario fijado por ${say.country.the} ha pasado su fecha: ${n.reason}.`,
          `Preséntela, o envíe a la secretaría un nuevo calendario, en línea: ${link}`,
        ];
      },
    },
    'candidacy-feedback': {
      subject: (_n, { country: c }) => `${c.name}: comentarios del Grupo de Coordinación Mundial sobre su presentación`,
      body: (n, say, link) => [
        `Comentarios del ${gcm} sobre la presentación ${say.country.of}${n.decision?.outcome ? `, adoptados el ${say.date(n.decision.outcome.decidedOn)}` : ''}:`,
        n.reason ?? '',
        '',
        `Para darles seguimiento en línea: ${link}`,
      ],
    },
    'candidacy-feedback-due': {
      subject: (_n, { country: c }) => `${c.name}: candidatura presentada, comentarios del Grupo de Coordinación Mundial pendientes`,
      body: (_n, say, link) => [
        `Los representantes ${say.country.of} han presentado al ${gcm} la hoja de ruta y las prioridades del país. Formule los comentarios del GCM, con referencia a las conclusiones de la Comisión de Expertos en Aplicación de Convenios y Recomendaciones (CEACR) de la OIT y al Llamamiento a la Acción de Durban, en línea: ${link}`,
      ],
    },
    'candidacy-position-due': {
      subject: (_n, { country: c }) =>
        `${c.name}: respuesta a los comentarios del Grupo de Coordinación Mundial, su posición está pendiente`,
      body: (_n, say, link) => [
        `Los representantes ${say.country.of} han dado seguimiento a los comentarios del ${gcm}. El GCM concede el estatus de país pionero por consenso: cada miembro expresa su apoyo, o una objeción que indique lo que falta, y basta una objeción para no concederlo. Registre su posición en línea: ${link}`,
      ],
    },
    'candidacy-not-granted': {
      subject: (_n, { country: c }) => `${c.name}: estatus de país pionero no concedido por ahora`,
      body: (n, say) => [
        `El ${gcm} no alcanzó el consenso para conceder el estatus de país pionero ${say.country.to}. Lo que falta:`,
        n.reason ?? '',
        '',
        'Todo lo presentado se conserva; la Alianza seguirá dialogando con el país y apoyándolo, y el país podrá presentar de nuevo su candidatura.',
      ],
    },
    'candidacy-granted': {
      subject: (_n, { country: c }) => `${c.name}: estatus de país pionero concedido`,
      body: (_n, say) => [
        `El ${gcm} ha concedido ${say.country.to} el estatus de país pionero de la Alianza 8.7. La aplicación comienza ahora; el primer informe anual de progreso vence a finales de abril del próximo año.`,
      ],
    },
    'notice-undeliverable': {
      subject: (n, { country: c }) => `${n.country ? `${c.name}: ` : ''}no se pudo entregar un correo a ${n.undeliverable?.name}`,
      body: (n, say) => {
        const u = n.undeliverable;
        return [
          `El servidor de correo rechazó definitivamente un correo dirigido a ${u?.name} <${u?.address}>${n.country ? `, relativo a ${say.country.the}` : ''}: ${u ? es.noticeWhat[u.kind] : 'un correo'}. Motivo del rechazo: ${u?.reason}.`,
          'Corrija la dirección (en la página de la secretaría, sustituyendo al punto focal o a su suplente, o en el archivo del registro) e informe a la persona de lo que decía el mensaje; mientras tanto, el proceso continúa.',
        ];
      },
    },
    'decision-pending': {
      subject: (n, say) => `Decisión pendiente: ${decisionQuestion.es(n, say)}`,
      body: (n, say, link) => [
        `${bodyNames.es(n)} debe pronunciarse: ${decisionQuestion.es(n, say)}.`,
        n.decision?.objections
          ? 'Un miembro formuló una objeción durante el procedimiento de acuerdo tácito: la cuestión pasa a la próxima reunión. Una vez celebrada, registre su resultado, con los miembros presentes y el acta.'
          : 'Circúlela a los miembros por procedimiento escrito de acuerdo tácito, o registre la reunión que la decida, con los miembros presentes y el acta.',
        `Abrir la decisión: ${link}`,
      ],
    },
    'decision-circulated': {
      subject: (n, say) => `Acuerdo tácito hasta el ${say.date(n.decision?.endsAt ?? '')}: ${decisionQuestion.es(n, say)}`,
      body: (n, say, link) => [
        `La siguiente propuesta se circula a los miembros ${bodyNames.esOf(n)} por procedimiento escrito de acuerdo tácito: ${decisionQuestion.es(n, say)}.`,
        `Queda adoptada salvo que un miembro formule una objeción antes del ${say.dateTime(n.decision?.endsAt ?? '')}. Una objeción motivada rompe el silencio y la cuestión pasa a la próxima reunión.`,
        `Responda «sin objeción» o formule una objeción aquí: ${link}`,
      ],
    },
    'decision-reminder': {
      subject: (n, say) => `El acuerdo tácito termina el ${say.date(n.decision?.endsAt ?? '')}: ${decisionQuestion.es(n, say)}`,
      body: (n, say, link) => [
        `El procedimiento de acuerdo tácito sobre esta propuesta termina el ${say.dateTime(n.decision?.endsAt ?? '')}: ${decisionQuestion.es(n, say)}.`,
        `Si tiene una objeción, formúlela con su motivo antes de esa fecha: ${link}`,
      ],
    },
    'decision-objection': {
      subject: (n, say) => `Objeción: ${decisionQuestion.es(n, say)}`,
      body: (n, say, link) => [
        `Un miembro ${bodyNames.esOf(n)} formuló una objeción a la propuesta sometida a acuerdo tácito: ${decisionQuestion.es(n, say)}. Motivo:`,
        n.reason ?? '',
        '',
        `El silencio se ha roto: la cuestión pasa a la próxima reunión. Registre aquí su resultado: ${link}`,
      ],
    },
    'decision-taken': {
      subject: (n, say) => `${n.decision?.outcome?.result === 'adopted' ? 'Adoptada' : 'No adoptada'}: ${decisionQuestion.es(n, say)}`,
      body: (n, say) => {
        const o = n.decision?.outcome;
        const how =
          o?.how === 'meeting'
            ? `en su reunión del ${say.date(o.decidedOn)}`
            : `por acuerdo tácito, procedimiento cerrado el ${say.date(o?.decidedOn ?? '')}`;
        return [
          `${bodyNames.es(n)} ${o?.result === 'adopted' ? 'adoptó' : 'no adoptó'} la propuesta ${how}: ${decisionQuestion.es(n, say)}.`,
        ];
      },
    },
  },
};
