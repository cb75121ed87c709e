import { reportLines } from './report-lines';
import { eventTexts } from './events';
import { assistanceTexts } from './assistance';
import { hasReport } from '../../domain/reactivation/args';
import { roadmapChange } from './roadmap-changes';
import { introductionText } from './learning';
import type { Notice } from '../../domain/shared/notice';
import { frenchCountry } from './fr-grammar';
import type { Say, Texts } from './types';
import { bodyNames, decisionQuestion } from './decisions';
import { participationLine } from './participation';
import { vocabulary } from './vocabulary';

// French. The texts are written with a plain space before : ; ? ! and inside « »; `typeset` makes it
// non-breaking. A country is never the subject of a verb or participle that would have to agree with it
// (« les Philippines », « la Bolivie »): the texts say « le rapport du Pérou », « le pays ».

const gcm = 'Groupe de coordination mondial (GCM)';

function evidence(e: NonNullable<Notice['evidence']>[number], say: Say): string[] {
  const { deadline, extensions, remindersSent, submissions, reviews } = e.evidence;
  const extended = extensions ? ` (reportée ${extensions === 1 ? 'une fois' : `${extensions} fois`})` : '';
  const reminders =
    remindersSent === 0 ? 'aucun rappel envoyé' : remindersSent === 1 ? 'un rappel envoyé' : `${remindersSent} rappels envoyés`;
  const sent = submissions.map(
    (s) => `${s.kind === 'report' ? 'le rapport' : 'un rapport révisé'}, le ${say.date(s.at)}${s.late ? ' (en retard)' : ''}`,
  );
  const reviewed = reviews.map((r) => `tour ${r.round}, ${fr.decision[r.decision]} le ${say.date(r.at)}`);
  return [
    `${e.year} : ${say.stage(e.stage)}. Date limite : ${say.date(deadline)}${extended} ; ${reminders}.`,
    `  Soumissions : ${sent.length ? sent.join(' ; ') : 'aucune'}.`,
    `  Examens : ${reviewed.length ? reviewed.join(' ; ') : 'aucun'}.`,
    `  ${say.factsInline(e.outcome)}.`,
  ];
}

/** R22: what the GCM actually tried; support only if a sub-group was formed. */
function tried(n: Notice, say: Say): string {
  const t = n.tried;
  if (!t) return 'Cette décision fait suite au dialogue engagé par le GCM avec le pays, qui n’a pas permis les progrès attendus.';
  const dialogue =
    t.dialogues > 0
      ? `Le GCM a tenu ${t.dialogues === 1 ? 'une séance' : `${t.dialogues} séances`} de dialogue avec le pays.`
      : 'Le GCM a engagé un dialogue avec le pays.';
  if (!t.support) return `${dialogue} Ce dialogue n’a pas permis les progrès attendus.`;
  return `${dialogue} Un sous-groupe d’appui du GCM a ensuite accompagné le pays à partir du ${say.date(t.support.since)}, au moyen des formes d’appui suivantes : ${say.mechanisms(t.support.mechanisms)}. Ni le dialogue ni l’appui n’ont permis les progrès attendus.`;
}

const chair = (to: string) => (to === 'Alliance 8.7 Chair' ? 'la présidence de l’Alliance 8.7' : to);

export const fr: Texts = {
  ...vocabulary.fr,
  country: frenchCountry,
  copyOf: (name, email) =>
    `Copie pour information du courriel envoyé à ${name} <${email}>. Son lien personnel, qui ne connecte que ${name}, en est retiré.`,
  linkLeftOut: '(lien personnel, retiré de cette copie)',
  signature: { secretariat: 'Secrétariat de l’Alliance 8.7', gcg: 'Groupe de coordination mondial de l’Alliance 8.7' },
  emailWhat: {
    'call-for-reports': 'l’appel à soumettre le rapport d’avancement',
    'submission-reminder': 'le rappel de soumettre le rapport',
    'submission-overdue': 'le rappel du rapport en retard',
    'submission-received': 'l’accusé de réception du rapport',
    'deadline-extended': 'l’avis de report de la date limite',
    'extension-requested': 'la demande de délai supplémentaire',
    'extension-granted': 'l’avis d’octroi d’un délai supplémentaire',
    'extension-refused': 'l’avis de refus d’un délai supplémentaire',
    'address-refused': 'l’avis de courriel non remis',
    'mail-delayed': 'l’avis de courriels retardés',
    'publication-failed': 'l’avis d’échec de la publication',
    'review-request': 'la demande d’examen du rapport',
    'review-reminder': 'le rappel d’examiner le rapport',
    'review-overdue': 'le rappel de l’examen en retard',
    'review-quorum': 'l’avis au responsable de l’examen que les évaluations nécessaires sont arrivées',
    feedback: 'les commentaires du Groupe de travail sur le rapport',
    'revision-reminder': 'le rappel d’envoyer le rapport révisé',
    'revision-overdue': 'le rappel du rapport révisé en retard',
    finalised: 'l’avis de finalisation et de publication du rapport',
  },
  noticeWhat: {
    'escalation-flag': 'le signalement du pays au Groupe de coordination mondial',
    'dialogue-opened': 'l’avis d’ouverture d’un dialogue',
    'support-started': 'l’avis de formation d’un sous-groupe d’appui',
    'support-check-in-due': 'le rappel d’un point d’étape sur l’appui',
    'decision-needed': 'la demande de décision du Groupe de coordination mondial',
    'escalation-resumed': 'l’avis de clôture du dialogue et de reprise de la participation',
    'country-inactive': 'l’avis déclarant le pays inactif',
    'reactivation-requested': 'la demande de réactivation à vérifier',
    'reactivation-received': 'l’avis de la demande de réactivation du pays',
    'reactivation-refused': 'l’avis de refus de la demande de réactivation',
    'country-reactivated': 'l’avis de rétablissement du statut actif',
    'wg-report': 'le rapport du Groupe de travail sur le cycle',
    'wg-report-draft': 'le projet de rapport du Groupe de travail sur le cycle',
    'roadmap-updated': 'l’avis de mise à jour de la feuille de route du pays',
    'roadmap-update-asked': 'la demande de mise à jour de la feuille de route',
    'learning-introduction': 'la mise en relation avec un autre pays pour l’apprentissage entre pairs',
    ...eventTexts.fr.what,
    ...assistanceTexts.fr.what,
    'forecast-digest': 'les prévisions hebdomadaires',
    'annual-status-update': 'la mise à jour annuelle du statut',
    'candidacy-received': 'l’avis de manifestation d’intérêt',
    'candidacy-invitation': 'l’invitation à des consultations et à un atelier de planification stratégique',
    'timeline-step-late': 'le rappel d’une étape du calendrier en retard',
    'candidacy-feedback': 'les commentaires sur la présentation du pays',
    'candidacy-feedback-due': 'la demande de commentaires sur une présentation',
    'candidacy-position-due': 'la demande de position sur une candidature',
    'candidacy-not-granted': 'l’avis de non-octroi du statut de pays pionnier',
    'candidacy-granted': 'l’avis d’octroi du statut de pays pionnier',
    'notice-undeliverable': 'l’avis de courriel non remis',
    'decision-pending': 'le rappel d’une décision en attente de sa procédure',
    'decision-circulated': 'une proposition diffusée selon la procédure d’approbation tacite',
    'decision-reminder': 'le rappel de la fin prochaine d’une procédure d’approbation tacite',
    'decision-objection': 'l’avis d’une objection à une procédure d’approbation tacite',
    'decision-taken': 'l’avis d’une décision prise',
  },
  email: {
    subject: {
      'call-for-reports': (r, { country: c }) =>
        `${c.name} : appel à soumettre le rapport d’avancement ${r.year} et le cadre d’indicateurs`,
      'submission-reminder': (r, { country: c }) => `${c.name} : rapport d’avancement ${r.year} attendu`,
      'submission-overdue': (r, { country: c }) => `${c.name} : rapport d’avancement ${r.year} en retard`,
      'submission-received': (r, { country: c }) => `${c.name} : rapport ${r.year} reçu (tour ${r.round})`,
      'deadline-extended': (r, { country: c }) => `${c.name} : date limite du rapport ${r.year} reportée`,
      'extension-requested': (r, { country: c }) => `${c.name} : demande de délai supplémentaire pour le rapport ${r.year}`,
      'extension-granted': (r, { country: c }) => `${c.name} : délai supplémentaire accordé pour le rapport ${r.year}`,
      'extension-refused': (_r, { country: c }) => `${c.name} : demande de délai supplémentaire non accordée`,
      'address-refused': (r, { country: c }) => `${c.name} : un courriel adressé à ${r.undeliverable?.name} n’a pas pu être remis`,
      'mail-delayed': (r, { country: c }) => `${c.name} : des courriels du cycle ${r.year} sont partis en retard`,
      'publication-failed': (r, { country: c }) => `${c.name} : le rapport ${r.year} accepté n’a pas pu être publié`,
      'review-request': (r, { country: c }) => `Examen demandé : rapport ${r.year} ${c.of} (tour ${r.round})`,
      'review-reminder': (r, { country: c }) => `Examen attendu prochainement : rapport ${r.year} ${c.of} (tour ${r.round})`,
      'review-overdue': (r, { country: c }) => `Examen en retard : rapport ${r.year} ${c.of} (tour ${r.round})`,
      'review-quorum': (r, { country: c }) =>
        `Évaluations reçues : rapport ${r.year} ${c.of} (tour ${r.round}), à vous d’envoyer la décision du Groupe de travail`,
      feedback: (r, { country: c }) => `${c.name} : commentaires du Groupe de travail sur le rapport ${r.year}`,
      'revision-reminder': (r, { country: c }) => `${c.name} : rapport ${r.year} révisé attendu`,
      'revision-overdue': (r, { country: c }) => `${c.name} : rapport ${r.year} révisé en retard`,
      finalised: (r, { country: c }) => `${c.name} : rapport ${r.year} finalisé et publié`,
    },
    intro: {
      'call-for-reports': (r, { country: c }) =>
        `Le cycle annuel de rapport ${r.year} de l’Alliance 8.7 est ouvert. Nous vous invitons à soumettre le rapport d’avancement annuel ${c.of}, accompagné du cadre d’indicateurs mis à jour, avant la date limite indiquée ci-dessous. Établi dans le cadre du mécanisme national de coordination, le rapport rend compte des progrès accomplis au regard des objectifs de la feuille de route, des difficultés de mise en œuvre, des domaines dans lesquels le pays souhaite apprendre des autres, des preuves de progrès, de la participation des parties prenantes et des efforts de collaboration.`,
      'submission-reminder': (r, { country: c }) =>
        `Le rapport d’avancement annuel ${c.of} pour le cycle ${r.year}, accompagné du cadre d’indicateurs mis à jour, est attendu prochainement.`,
      'submission-overdue': (r, { country: c }) =>
        `Le rapport d’avancement annuel ${c.of} pour le cycle ${r.year} n’a pas été reçu et la date limite est dépassée.`,
      'submission-received': (r, { country: c }) =>
        `Merci : le rapport ${r.year} ${c.of} a bien été reçu et sera examiné par le Groupe de travail.`,
      'deadline-extended': (r, { country: c }) =>
        `Le secrétariat a reporté la date limite du rapport ${r.year} ${c.of} : le rapport est désormais attendu à la date indiquée ci-dessous.`,
      'extension-requested': (r, { country: c }) =>
        `Le point focal ${c.of} demande un délai supplémentaire pour le rapport ${r.year}, au-delà de ce qui peut être accordé d’office. Merci d’accorder ou de refuser ce délai.`,
      'extension-granted': (r, { country: c }) =>
        `La demande de délai supplémentaire pour le rapport ${r.year} ${c.of} est accordée : la nouvelle date limite figure ci-dessous.`,
      'extension-refused': (r, { country: c }) =>
        `Le secrétariat n’a pas pu accorder le délai supplémentaire demandé pour le rapport ${r.year} ${c.of}. La date limite reste celle indiquée ci-dessous.`,
      'address-refused': (r, { country: c }) => {
        const u = r.undeliverable;
        return `Le serveur de messagerie a définitivement refusé un courriel destiné à ${u?.name} <${u?.address}> : ${u ? fr.emailWhat[u.kind] : 'un courriel'} du cycle ${r.year} ${c.of}. Motif du refus : ${u?.reason}. Merci de corriger l’adresse (sur la page du secrétariat, en remplaçant le point focal ou son suppléant ; ou dans le fichier du registre). Le cycle se poursuit entre-temps.`;
      },
      'mail-delayed': (r, say) =>
        `Le serveur de messagerie était injoignable du ${say.dateTime(r.mailDelay!.since, r.secretariatZone)} au ${say.dateTime(r.mailDelay!.until!, r.secretariatZone)} (heure du secrétariat). Le cycle ${r.year} ${say.country.of} s’est poursuivi entre-temps ; ses courriels sont indiqués ci-dessous.`,
      'publication-failed': (r, { country: c }) =>
        `Le Groupe de travail a accepté le rapport ${r.year} ${c.of}, mais sa publication échoue depuis une heure : ${r.publicationError}. Merci de rétablir l’accès en écriture au dossier ou au site de publication. Le cycle réessaie toutes les heures et prévient le pays dès que le rapport est publié.`,
      'review-request': (r, { country: c }) => `Le rapport ${r.year} ${c.of} est prêt pour votre examen.`,
      'review-reminder': (r, { country: c }) => `Votre examen du rapport ${r.year} ${c.of} est attendu prochainement.`,
      'review-overdue': (r, { country: c }) => `Votre examen du rapport ${r.year} ${c.of} est en retard.`,
      'review-quorum': (r, { country: c }) =>
        `Assez d’examinateurs du Groupe de travail ont évalué le rapport ${r.year} ${c.of} pour que vous, responsable de l’examen, consolidiez leurs évaluations et envoyiez la décision du Groupe de travail.`,
      feedback: (r, { country: c }) => `Le Groupe de travail a examiné le rapport ${r.year} ${c.of} et demande une version révisée.`,
      'revision-reminder': (r, { country: c }) => `Le rapport ${r.year} révisé ${c.of} est attendu prochainement.`,
      'revision-overdue': (r, { country: c }) => `Le rapport ${r.year} révisé ${c.of} est en retard.`,
      finalised: (r, { country: c }) =>
        `Le Groupe de travail a accepté le rapport ${r.year} ${c.of}. Le rapport final et le cadre d’indicateurs sont publiés.${r.comments || r.guidance?.evidence || r.guidance?.participation ? ' Les commentaires du Groupe de travail figurent ci-dessous.' : ''}`,
    },
    missing: 'Encore attendu',
    items: {
      'progress-report': 'le rapport d’avancement',
      'indicator-framework': 'le cadre d’indicateurs mis à jour',
      revision: 'un rapport révisé qui réponde aux commentaires',
      review: 'votre examen (accepter le rapport ou demander une révision)',
    },
    act: {
      report: 'Soumettre le rapport en ligne',
      revision: 'Envoyer le rapport révisé en ligne',
      review: 'Examiner le rapport en ligne',
    },
    ownLink: 'Ce lien vous est personnel : il vous connecte pour cette tâche. Merci de ne pas le transférer.',
    readOnline: 'À consulter en ligne',
    late: 'Cette soumission est parvenue après la date limite et est enregistrée comme tardive.',
    reason: 'Motif',
    note: 'Note du secrétariat',
    daysAsked: 'Jours demandés',
    openDashboard: 'Décider depuis le tableau de bord de l’année',
    sentLate: 'Envoyés en retard, une fois le serveur de messagerie de nouveau disponible',
    dropped: 'Non envoyés : un rappel plus récent les a remplacés, ou ce qu’ils demandaient était déjà arrivé',
  },
  notice: {
    'escalation-flag': {
      subject: (n, { country: c }) =>
        `Signalement au Groupe de coordination mondial : ${c.name}, après les cycles ${n.year! - 1} et ${n.year}`,
      body: (n, say, link) => [
        n.wgConfirmation
          ? `Le Groupe de travail signale au ${gcm} la situation ${say.country.of} : les signes d’insuffisance de progrès suivants ont été relevés sur deux cycles consécutifs.`
          : `Les faits de deux cycles consécutifs signalent au ${gcm} la situation ${say.country.of} : les signes d’insuffisance de progrès suivants ont été relevés.`,
        ...say.criteria(n.criteria),
        ...(n.wgConfirmation
          ? [`Motif de sa confirmation par le Groupe de travail : ${n.wgConfirmation}`]
          : [
              `Aucun rapport du Groupe de travail ne portait sur le cycle ${n.year} : le Groupe de travail n’a pas examiné ce signalement.`,
            ]),
        '',
        'Ce que chaque cycle a montré :',
        ...(n.evidence ?? []).flatMap((e) => evidence(e, say)),
        '',
        'Le GCM décide, en tant qu’organe, d’ouvrir ou non un dialogue avec le pays : sa présidence ou le secrétariat soumet la question aux membres, en réunion ou selon la procédure d’approbation tacite, et le pays n’en est informé qu’une fois la décision prise.',
        `Une fois le dialogue ouvert, pour le consigner, former un sous-groupe d’appui et décider, en ligne (ce lien vous est personnel) : ${link}`,
      ],
    },
    'dialogue-opened': {
      subject: (_n, { country: c }) => `${c.name} : le Groupe de coordination mondial ouvre un dialogue`,
      body: (n, say) => [
        `À l’issue des cycles de rapport ${n.year! - 1} et ${n.year}, le ${gcm} de l’Alliance 8.7 ouvre un dialogue avec ${say.country.the}. Il ne s’agit pas d’un exercice de suivi : ce dialogue est l’occasion d’exposer la situation du pays (politique, économique, humanitaire), de faire connaître les progrès non encore rapportés et de convenir de la voie à suivre, par exemple un appui dont le pays aurait besoin ou une mise à jour de sa feuille de route.`,
        'Sur deux cycles consécutifs, le Groupe de travail a relevé les signes d’insuffisance de progrès suivants :',
        ...say.criteria(n.criteria),
      ],
    },
    'support-started': {
      subject: (_n, { country: c }) => `${c.name} : formation d’un sous-groupe d’appui du Groupe de coordination mondial`,
      body: (n, say) => [
        `Le ${gcm} a formé un sous-groupe chargé d’accompagner ${say.country.the} jusqu’à ce que le pays soit prêt à reprendre sa participation.`,
        `Formes d’appui : ${say.mechanisms(n.mechanisms)}.`,
        `Membres : ${(n.members ?? []).join(', ')}`,
      ],
    },
    'support-check-in-due': {
      subject: (_n, { country: c }) => `Point d’étape attendu sur l’appui : ${c.name}`,
      body: (n, say, link) => [
        `Un point d’étape sur l’appui apporté ${say.country.to} (${say.mechanisms(n.mechanisms)}) est attendu : merci d’indiquer où en est l’appui et si le pays est prêt à reprendre sa participation.`,
        '',
        `Faire le point en ligne : ${link}`,
      ],
    },
    'decision-needed': {
      subject: (_n, { country: c }) => `Décision du Groupe de coordination mondial attendue : ${c.name}`,
      body: (n, say, link) => [
        `Le sous-groupe d’appui du ${gcm} pour ${say.country.the} a terminé ses travaux.`,
        ...(n.reason === undefined
          ? []
          : [`Il a estimé le pays prêt à reprendre sa participation. Son dernier point d’étape : ${n.reason}`]),
        'Il revient maintenant au GCM de décider si le pays reprend sa participation ou s’il est déclaré inactif.',
        '',
        `Décider en ligne : ${link}`,
      ],
    },
    'escalation-resumed': {
      subject: (_n, { country: c }) => `${c.name} : dialogue clos, reprise de la participation`,
      body: (n, say) => [
        `Le ${gcm} a clos son dialogue avec ${say.country.the} : le pays reprend sa participation au cycle annuel.`,
        `Motif : ${n.reason}`,
      ],
    },
    'country-inactive': {
      subject: (_n, { country: c }) => `${c.name} : statut de pays pionnier désormais inactif`,
      body: (n, say, link) => [
        `Le ${gcm} de l’Alliance 8.7 a déclaré ${say.country.the} pays pionnier inactif.`,
        tried(n, say),
        `Motif indiqué par le GCM : ${n.reason}`,
        'Tant que le pays est inactif, les avantages du statut de pays pionnier (visibilité, aide à la mobilisation des ressources, coordination de l’assistance technique, apprentissage entre pairs) sont suspendus et le pays ne participe pas au cycle annuel de rapport.',
        `Le pays peut demander sa réactivation à tout moment, en apportant la preuve que des mesures correctives sont prévues ou prises (un rapport d’avancement, un cadre d’indicateurs mis à jour, des preuves de progrès et de collaboration) et en joignant une lettre à la présidence de l’Alliance 8.7 indiquant toute modification de sa feuille de route. Pour déposer la demande en ligne : ${link}`,
      ],
    },
    'reactivation-requested': {
      subject: (_n, { country: c }) => `Demande de réactivation à vérifier : ${c.name}`,
      body: (n, say, link) => {
        const request = n.request;
        const lines = request
          ? [
              ...(hasReport(request)
                ? [
                    ...reportLines(request.report, {
                      colon: '\u00a0: ',
                      progress: 'Avancement de la feuille de route',
                      framework: (updated, n) =>
                        `Cadre d’indicateurs\u00a0: ${n} indicateur(s), ${updated ? 'mis à jour' : 'non mis à jour'}`,
                      evidence: 'Preuves de progrès',
                      collaboration: 'Preuves de collaboration',
                      documents: 'Documents',
                    }),
                  ]
                : Object.entries(fr.reactivationEvidence).map(
                    ([part, label]) => `${label} : ${request[part as keyof typeof fr.reactivationEvidence]}`,
                  )),
              `Lettre à ${chair(request.letter.to)} : ${request.letter.summary}` +
                (hasReport(request) && request.letter.document ? ` (la lettre : ${request.letter.document.name})` : ''),
            ]
          : [n.reason ?? ''];
        return [
          `Demande de réactivation ${say.country.of} en tant que pays pionnier. Éléments de preuve et lettre :`,
          ...lines,
          ...(n.roadmapChanges ? [`Modifications de la feuille de route : ${n.roadmapChanges}`] : []),
          '',
          `Vérifier la demande en ligne : ${link}`,
        ];
      },
    },
    'reactivation-received': {
      subject: (_n, { country: c }) => `${c.name} demande à redevenir pays pionnier actif`,
      body: (n, say) => [
        `${say.country.The} a écrit à la présidence de l’Alliance 8.7 pour redevenir pays pionnier actif, avec ses éléments de preuve.`,
        ...(n.request ? [`La lettre : ${n.request.letter.summary}`] : []),
        ...(n.roadmapChanges ? [`Modifications de la feuille de route : ${n.roadmapChanges}`] : []),
        '',
        `Le secrétariat vérifie les éléments de preuve ; ensuite, le ${gcm} est invité à prendre acte de la réactivation.`,
      ],
    },
    'reactivation-refused': {
      subject: (_n, { country: c }) => `${c.name} : demande de réactivation non acceptée`,
      body: (n, say) => [
        `Le secrétariat n’a pas pu vérifier la demande de réactivation ${say.country.of}.`,
        `Note du secrétariat : ${n.reason}`,
        'Le pays peut présenter une nouvelle demande à tout moment.',
      ],
    },
    'country-reactivated': {
      subject: (_n, { country: c }) => `${c.name} : statut de pays pionnier de nouveau actif`,
      body: (n, say) => [
        `Le statut de pays pionnier actif ${say.country.of} est rétabli : le pays participe au prochain cycle annuel et bénéficie de nouveau des avantages du statut.`,
        `Note du secrétariat : ${n.reason}`,
        ...(n.roadmapChanges ? [`Modifications de la feuille de route : ${n.roadmapChanges}`] : []),
      ],
    },
    'wg-report': {
      subject: (n) => `Rapport du Groupe de travail au Groupe de coordination mondial : cycle ${n.year}`,
      body: (n, say, link) => [
        `Le cycle de rapport ${n.year} est clos. Le Groupe de travail rend compte au ${gcm} de la situation de chaque pays : l’issue de son cycle, les cinq signes de progrès qu’il examine et les éventuels signalements.`,
        ...(n.rows ?? []).flatMap((r) => [
          '',
          `- ${say.countryName(r.country, r.name)} (${r.country}) : ${say.stage(r.stage)}${r.outcome ? '' : ' à la date du rapport'}.`,
          ...(r.outcome ? [`  ${say.factsInline(r.outcome)}.`] : []),
          ...(r.participation ? [`  ${participationLine('fr', r.participation)}`] : []),
          r.flagged ? `  Signalé au GCM : ${r.criteria.map((c) => fr.criterion[c]).join(' ; ')}.` : '  Aucun signalement.',
        ]),
        '',
        `Le rapport peut être consulté en ligne, ou téléchargé en PDF depuis cette page (connexion en tant que membre du GCM ou du secrétariat) : ${link}`,
      ],
    },
    'wg-report-draft': {
      subject: (n) => `Projet de rapport du Groupe de travail sur le cycle ${n.year} : à l’examen du Groupe de travail`,
      body: (n, _say, link) => [
        `Le cycle de rapport ${n.year} est clos et le projet de rapport du Groupe de travail au ${gcm} est prêt : les chiffres et les faits de l’année, les thèmes des rapports et les signalements que les faits proposent (${(n.rows ?? []).filter((r) => r.flagged).length}).`,
        'Les membres du Groupe de travail rédigent un commentaire sur chaque pays et confirment ou retirent chaque signalement proposé, motif à l’appui ; la présidence valide ensuite le rapport. Il ne part au GCM qu’à ce moment, et les pays ne sont informés de leur statut qu’une fois que le GCM en a pris note.',
        '',
        `Le projet (connexion en tant que membre du Groupe de travail) : ${link}`,
      ],
    },
    'roadmap-updated': {
      subject: (n, { country: c }) => `${c.name} : feuille de route mise à jour (version ${n.version})`,
      body: (n, say, link) => [
        `${say.country.The} a mis à jour sa feuille de route : version ${n.version}. Ce qui a changé :`,
        ...(n.changes ?? []).map((c) => `- ${roadmapChange.fr(c)}`),
        '',
        `Le profil publié du pays l’affiche désormais. La feuille de route : ${link}`,
      ],
    },
    'assistance-requested': assistanceTexts.fr.requested,
    'assistance-offered': assistanceTexts.fr.offered,
    'assistance-matched': assistanceTexts.fr.matched,
    'event-invitation': eventTexts.fr.invitation,
    'event-left-out': eventTexts.fr.leftOut,
    'event-cancelled': eventTexts.fr.cancelled,
    'learning-introduction': introductionText.fr,
    'roadmap-update-asked': {
      subject: (_n, { country: c }) => `${c.name} : merci de mettre à jour votre feuille de route`,
      body: (n, say, link) => [
        `Le dialogue entre ${say.country.the} et le ${gcm} de l’Alliance 8.7 a retenu la voie à suivre suivante, qui appelle une mise à jour de la feuille de route du pays :`,
        n.reason ?? '',
        '',
        `Connectez-vous pour mettre à jour la feuille de route (ses domaines prioritaires, actions, indicateurs et besoins d’assistance) : ${link}`,
      ],
    },
    'forecast-digest': {
      subject: (n) =>
        `Prévisions hebdomadaires, cycle ${n.year} : ${n.atRisk?.length ? `${n.atRisk.length} pays` : 'aucun pays'} risquant un signalement`,
      body: (n, say, link) => [
        `${n.openCycles === 1 ? `Un cycle de rapport ${n.year} est encore ouvert` : `${n.openCycles} cycles de rapport ${n.year} sont encore ouverts`}. Si rien d’autre n’arrivait, les pays suivants seraient signalés au ${gcm} :`,
        ...(n.atRisk?.length
          ? n.atRisk.map(
              (r) =>
                `- ${say.countryName(r.country, r.name)} (${r.country}), ${say.stage(r.stage)} : ${r.criteria.map((c) => fr.criterion[c]).join(' ; ')}. À régulariser avant la clôture du cycle : ${r.toAvoid.map((c) => fr.criterion[c]).join(' ; ')}`,
            )
          : ['- aucun']),
        '',
        `Tableau de bord de l’année (connexion en tant que membre du secrétariat ou du GCM) : ${link}`,
      ],
    },
    'annual-status-update': {
      subject: (n, { country: c }) => `${c.name} : mise à jour annuelle du statut, cycle ${n.year}`,
      body: (n, say) => {
        const c = say.country;
        const status = !n.status
          ? []
          : n.status === 'inactive'
            ? [
                `Statut ${c.of} : pays pionnier inactif. Le pays ne participe pas au cycle annuel et les avantages du statut de pays pionnier sont suspendus.`,
                'Le pays peut demander sa réactivation à tout moment, en apportant la preuve que des mesures correctives sont prévues ou prises.',
              ]
            : [`Statut ${c.of} : ${fr.status[n.status]}.`];
        const outcome = n.outcome
          ? [
              '',
              `Ce qu’a montré le cycle ${n.year} :`,
              ...say.facts(n.outcome),
              '',
              ...(n.flagged
                ? [
                    'Sur deux cycles consécutifs, le Groupe de travail a relevé les signes d’insuffisance de progrès suivants et les a signalés au GCM :',
                    ...say.criteria(n.criteria),
                  ]
                : ['Le Groupe de travail n’a émis aucun signalement.']),
            ]
          : n.status === 'inactive'
            ? []
            : [`Aucun résultat du cycle ${n.year} n’est enregistré pour le pays.`];
        return [
          `À l’issue du cycle de rapport ${n.year}, le ${gcm} de l’Alliance 8.7 adresse ${c.to} sa mise à jour annuelle du statut.`,
          ...status,
          ...outcome,
        ];
      },
    },
    'candidacy-received': {
      subject: (_n, { country: c }) => `Manifestation d’intérêt ${c.of} pour le statut de pays pionnier`,
      body: (_n, say) => [
        `Le gouvernement ${say.country.of} a manifesté l’intérêt du pays pour le statut de pays pionnier de l’Alliance 8.7 et a désigné un point focal et un suppléant. Le secrétariat en informe le ${gcm} et a invité le pays à des consultations nationales et à un atelier de planification stratégique.`,
      ],
    },
    'candidacy-invitation': {
      subject: (_n, { country: c }) => `${c.name} : invitation à des consultations et à un atelier de planification stratégique`,
      body: (_n, say, link) => [
        `Nous vous remercions de la manifestation d’intérêt ${say.country.of} pour le statut de pays pionnier de l’Alliance 8.7.`,
        'Nous vous invitons à engager des consultations nationales et à tenir un atelier de planification stratégique associant l’ensemble du gouvernement et toutes les parties prenantes concernées.',
        `Merci d’indiquer votre calendrier au secrétariat, puis de déposer chaque étape de la planification, en ligne (ce lien vous est personnel) : ${link}`,
      ],
    },
    'timeline-step-late': {
      subject: (_n, { country: c }) => `${c.name} : une étape de votre calendrier est en retard`,
      body: (n, say, link) => {
        const late = n.lateStep;
        return [
          late
            ? `Une étape du calendrier fixé par ${say.country.the}, prévue pour le ${say.date(late.due)}, n’a pas encore été déposée : ${fr.step[late.step]}.`
            : `Une étape du calendrier fixé par ${say.country.the} a dépassé sa date : ${n.reason}.`,
          `Merci de la déposer ou de transmettre un nouveau calendrier au secrétariat, en ligne : ${link}`,
        ];
      },
    },
    'candidacy-feedback': {
      subject: (_n, { country: c }) => `${c.name} : commentaires du Groupe de coordination mondial sur votre présentation`,
      body: (n, say, link) => [
        `Commentaires du ${gcm} sur la présentation ${say.country.of}${n.decision?.outcome ? `, adoptés le ${say.date(n.decision.outcome.decidedOn)}` : ''} :`,
        n.reason ?? '',
        '',
        `Pour y donner suite en ligne : ${link}`,
      ],
    },
    'candidacy-feedback-due': {
      subject: (_n, { country: c }) => `${c.name} : candidature présentée, commentaires du Groupe de coordination mondial attendus`,
      body: (_n, say, link) => [
        `Les représentants ${say.country.of} ont présenté au ${gcm} la feuille de route et les priorités du pays. Merci de formuler les commentaires du GCM, en faisant le lien avec les conclusions de la Commission d’experts pour l’application des conventions et recommandations (CEACR) de l’OIT et avec l’Appel à l’action de Durban, en ligne : ${link}`,
      ],
    },
    'candidacy-position-due': {
      subject: (_n, { country: c }) =>
        `${c.name} : suite donnée aux commentaires du Groupe de coordination mondial, votre position est attendue`,
      body: (_n, say, link) => [
        `Les représentants ${say.country.of} ont donné suite aux commentaires du ${gcm}. Le GCM accorde le statut de pays pionnier par consensus : chaque membre exprime son soutien, ou une objection précisant ce qui manque, et une seule objection suffit à empêcher l’octroi du statut. Pour enregistrer votre position en ligne : ${link}`,
      ],
    },
    'candidacy-not-granted': {
      subject: (_n, { country: c }) => `${c.name} : statut de pays pionnier non accordé pour l’instant`,
      body: (n, say) => [
        `Le ${gcm} n’est pas parvenu à un consensus pour accorder le statut de pays pionnier ${say.country.to}. Éléments manquants :`,
        n.reason ?? '',
        '',
        'Tout ce qui a été déposé est conservé ; l’Alliance poursuivra les échanges avec le pays et l’accompagnera, et le pays pourra présenter de nouveau sa candidature.',
      ],
    },
    'candidacy-granted': {
      subject: (_n, { country: c }) => `${c.name} : statut de pays pionnier accordé`,
      body: (_n, say) => [
        `Le ${gcm} a accordé ${say.country.to} le statut de pays pionnier de l’Alliance 8.7. La mise en œuvre commence dès maintenant ; le premier rapport d’avancement annuel est attendu fin avril de l’année prochaine.`,
      ],
    },
    'notice-undeliverable': {
      subject: (n, { country: c }) =>
        `${n.country ? `${c.name} : ` : ''}un courriel adressé à ${n.undeliverable?.name} n’a pas pu être remis`,
      body: (n, say) => {
        const u = n.undeliverable;
        return [
          `Le serveur de messagerie a définitivement refusé un courriel destiné à ${u?.name} <${u?.address}>${n.country ? `, concernant ${say.country.the}` : ''} : ${u ? fr.noticeWhat[u.kind] : 'un courriel'}. Motif du refus : ${u?.reason}.`,
          'Merci de corriger l’adresse (sur la page du secrétariat, en remplaçant le point focal ou son suppléant ; ou dans le fichier du registre) et de transmettre à la personne concernée le contenu du message ; le processus se poursuit entre-temps.',
        ];
      },
    },
    'decision-pending': {
      subject: (n, say) => `Décision en attente : ${decisionQuestion.fr(n, say)}`,
      body: (n, say, link) => [
        `${bodyNames.fr(n)} doit se prononcer : ${decisionQuestion.fr(n, say)}.`,
        n.decision?.objections
          ? 'Un membre a soulevé une objection pendant la procédure d’approbation tacite : la question est renvoyée à la prochaine réunion. Une fois celle-ci tenue, merci d’en consigner l’issue, avec les membres présents et le procès-verbal.'
          : 'Merci de la diffuser aux membres selon la procédure écrite d’approbation tacite, ou de consigner la réunion qui en décide, avec les membres présents et le procès-verbal.',
        `Ouvrir la décision : ${link}`,
      ],
    },
    'decision-circulated': {
      subject: (n, say) => `Approbation tacite jusqu’au ${say.date(n.decision?.endsAt ?? '')} : ${decisionQuestion.fr(n, say)}`,
      body: (n, say, link) => [
        `La proposition suivante est soumise aux membres ${bodyNames.frOf(n)} selon la procédure écrite d’approbation tacite : ${decisionQuestion.fr(n, say)}.`,
        `Elle est adoptée sauf objection d’un membre d’ici le ${say.dateTime(n.decision?.endsAt ?? '')}. Une objection motivée rompt le silence et la question est renvoyée à la prochaine réunion.`,
        `Répondre « pas d’objection » ou formuler une objection : ${link}`,
      ],
    },
    'decision-reminder': {
      subject: (n, say) => `Fin de l’approbation tacite le ${say.date(n.decision?.endsAt ?? '')} : ${decisionQuestion.fr(n, say)}`,
      body: (n, say, link) => [
        `La procédure d’approbation tacite sur cette proposition prend fin le ${say.dateTime(n.decision?.endsAt ?? '')} : ${decisionQuestion.fr(n, say)}.`,
        `Si vous avez une objection, merci de la formuler avec son motif avant cette date : ${link}`,
      ],
    },
    'decision-objection': {
      subject: (n, say) => `Objection : ${decisionQuestion.fr(n, say)}`,
      body: (n, say, link) => [
        `Un membre ${bodyNames.frOf(n)} a formulé une objection à la proposition soumise à approbation tacite : ${decisionQuestion.fr(n, say)}. Motif :`,
        n.reason ?? '',
        '',
        `Le silence est rompu : la question est renvoyée à la prochaine réunion. En consigner l’issue : ${link}`,
      ],
    },
    'decision-taken': {
      subject: (n, say) =>
        `${n.decision?.outcome?.result === 'adopted' ? 'Proposition adoptée' : 'Proposition non adoptée'} : ${decisionQuestion.fr(n, say)}`,
      body: (n, say) => {
        const o = n.decision?.outcome;
        const how =
          o?.how === 'meeting'
            ? `lors de sa réunion du ${say.date(o.decidedOn)}`
            : `par approbation tacite, procédure close le ${say.date(o?.decidedOn ?? '')}`;
        return [
          `${bodyNames.fr(n)} ${o?.result === 'adopted' ? 'a adopté' : 'n’a pas adopté'} la proposition ${how} : ${decisionQuestion.fr(n, say)}.`,
        ];
      },
    },
  },
};
