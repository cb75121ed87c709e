import { DateTime } from 'luxon';
import { countryName } from '../country-names';
import { frenchSpacing } from '../fr-grammar';
import type { Vocabulary } from './types';

// The framework's terms in French. Written with a plain space before : ; ? ! and inside « »; `typeset`
// makes it non-breaking.

/** « le 1er mai »: the ordinal the date format leaves out. */
const firstOfMonth = (text: string) => text.replace(/^1 /, '1er ');

export const fr: Vocabulary = {
  typeset: frenchSpacing,
  colon: '\u00a0:',
  separator: '\u00a0; ',
  date: (d) => firstOfMonth(d.toLocaleString(DateTime.DATE_FULL)),
  dateTime: (d) => firstOfMonth(d.toLocaleString(DateTime.DATETIME_FULL)),
  countryName: (code, name) => countryName(code, name, 'fr'),
  due: 'Date limite',
  yourTime: 'votre heure',
  secretariatTime: 'heure du secrétariat',
  comments: 'Commentaires du Groupe de travail',
  guidanceEvidence: 'Conseils sur les preuves de progrès',
  guidanceParticipation: 'Conseils sur la participation des parties prenantes',
  decision: { accept: 'rapport accepté', revise: 'révision demandée' },
  fact: {
    reportSubmitted: 'rapport soumis',
    commentsAnswered: 'réponse aux commentaires du Groupe de travail',
    indicatorFrameworkUpdated: 'cadre d’indicateurs mis à jour',
    evidenceOfProgress: 'preuves de progrès',
    evidenceOfCollaboration: 'preuves de collaboration',
  },
  answer: { yes: 'oui', no: 'non', notApplicable: 'sans objet' },
  criterion: {
    'no-report': '(a) aucun rapport d’avancement',
    'not-finalised': '(b) aucune réponse aux commentaires du Groupe de travail',
    'indicator-framework-not-updated': '(c) cadre d’indicateurs ni soumis ni mis à jour',
    'no-evidence-of-progress': '(d) aucune preuve de progrès au regard de la feuille de route',
    'no-evidence-of-collaboration': '(e) aucune preuve de collaboration en faveur des priorités',
  },
  rule: { 'same-criterion': 'le même critère manqué deux années de suite', 'any-shortfall': 'tout manquement deux années de suite' },
  stage: {
    'awaiting-submission': 'en attente du rapport',
    overdue: 'rapport en retard',
    'in-review': 'rapport en cours d’examen par le Groupe de travail',
    'awaiting-revision': 'en attente du rapport révisé',
    finalised: 'rapport finalisé',
    'closed-without-report': 'cycle clos sans rapport',
    'closed-without-finalisation': 'cycle clos sans rapport finalisé',
    suspended: 'cycle suspendu, le pays ayant été déclaré inactif',
  },
  noOutcome: 'aucun résultat enregistré',
  candidacyStage: {
    'expression-of-interest': 'manifestation d’intérêt reçue',
    planning: 'planification',
    'gcm-review': 'devant le Groupe de coordination mondial',
    granted: 'statut de pays pionnier accordé',
    withdrawn: 'candidature retirée',
  },
  status: {
    candidate: 'pays candidat',
    active: 'pays pionnier actif',
    inactive: 'pays pionnier inactif',
    withdrawn: 'candidature retirée',
  },
  mechanism: {
    I: 'partage de connaissances et apprentissage entre pairs',
    II: 'assistance technique directe',
    III: 'projets de coopération au développement',
    IV: 'coordination',
  },
  step: {
    'stakeholder-mapping': 'la cartographie des parties prenantes et des mécanismes de coordination',
    'situation-mapping': 'l’état des lieux de la situation au regard de la cible 8.7 des ODD',
    workshop: 'l’atelier de planification stratégique',
    roadmap: 'la feuille de route',
  },
  covered: {
    'child-labour': 'travail des enfants',
    'forced-labour': 'travail forcé',
    'human-trafficking': 'traite des personnes',
    'modern-slavery': 'esclavage moderne',
  },
  evidenceKind: {
    evaluation: 'évaluation',
    survey: 'enquête',
    'case-study': 'étude de cas',
    'focus-group': 'groupe de discussion',
    interview: 'entretien',
    'empirical-data': 'données empiriques',
    'third-party': 'source tierce',
  },
  stakeholder: {
    government: 'gouvernement',
    employers: 'organisations d’employeurs',
    workers: 'organisations de travailleurs',
    survivors: 'personnes survivantes et leurs réseaux',
    'civil-society': 'organisations de la société civile',
    'private-sector': 'secteur privé',
    academia: 'milieux universitaires',
    'un-ilo': 'organismes des Nations Unies et OIT',
    'development-partners': 'partenaires de développement',
    'international-organisations': 'organisations internationales',
    'regional-initiatives': 'initiatives régionales',
    'other-countries': 'autres pays',
  },
  socialPartners: {
    label: 'Partenaires sociaux (organisations d’employeurs et de travailleurs)',
    tookPart: 'les deux ont participé',
    notBoth: 'un seul ou aucun n’a participé',
  },
  reactivationEvidence: {
    progressReport: '(I) Rapport d’avancement',
    indicatorFramework: '(II) Cadre d’indicateurs soumis ou mis à jour',
    evidenceOfProgress: '(III) Preuves de progrès au regard de la feuille de route',
    evidenceOfCollaboration: '(IV) Preuves de collaboration',
  },
};
