import { DateTime } from 'luxon';
import { supportMechanisms } from '../../../domain/escalation/args';
import { countryName } from '../country-names';
import type { Vocabulary } from './types';

// The framework's terms in English.

export const en: Vocabulary = {
  typeset: (text) => text,
  colon: ':',
  separator: '; ',
  date: (d) => d.toLocaleString(DateTime.DATE_FULL),
  dateTime: (d) => d.toLocaleString(DateTime.DATETIME_FULL),
  countryName: (code, name) => countryName(code, name, 'en'),
  due: 'Due',
  yourTime: 'your time',
  secretariatTime: 'secretariat time',
  comments: 'Working Group comments',
  guidanceEvidence: 'Guidance on evidence of progress',
  guidanceParticipation: 'Guidance on stakeholder participation',
  decision: { accept: 'accepted', revise: 'revision asked' },
  fact: {
    reportSubmitted: 'report submitted',
    commentsAnswered: "response to the Working Group's comments",
    indicatorFrameworkUpdated: 'indicator framework updated',
    evidenceOfProgress: 'evidence of progress',
    evidenceOfCollaboration: 'evidence of collaboration',
  },
  answer: { yes: 'yes', no: 'no', notApplicable: 'not applicable' },
  criterion: {
    'no-report': '(a) no progress report',
    'not-finalised': "(b) no response to the Working Group's comments",
    'indicator-framework-not-updated': '(c) indicator framework not submitted or updated',
    'no-evidence-of-progress': '(d) no evidence of progress against the roadmap',
    'no-evidence-of-collaboration': '(e) no evidence of collaboration towards priorities',
  },
  stage: {
    'awaiting-submission': 'awaiting the report',
    overdue: 'report overdue',
    'in-review': 'report under review by the Working Group',
    'awaiting-revision': 'awaiting the revised report',
    finalised: 'report finalised',
    'closed-without-report': 'closed without a report',
    'closed-without-finalisation': 'closed without a finalised report',
    suspended: 'suspended, the country having been declared inactive',
  },
  noOutcome: 'no outcome recorded',
  candidacyStage: {
    'expression-of-interest': 'expression of interest received',
    planning: 'planning',
    'gcm-review': 'with the Global Coordinating Group',
    granted: 'pathfinder status granted',
    withdrawn: 'withdrawn',
  },
  status: {
    candidate: 'candidate pathfinder country',
    active: 'active pathfinder country',
    inactive: 'inactive pathfinder country',
    withdrawn: 'withdrawn candidate',
  },
  mechanism: supportMechanisms,
  step: {
    'stakeholder-mapping': 'the mapping of stakeholders and coordination mechanisms',
    'situation-mapping': 'the mapping of the SDG 8.7 situation',
    workshop: 'the strategic planning workshop',
    roadmap: 'the roadmap',
  },
  covered: {
    'child-labour': 'child labour',
    'forced-labour': 'forced labour',
    'human-trafficking': 'human trafficking',
    'modern-slavery': 'modern slavery',
  },
  evidenceKind: {
    evaluation: 'evaluation',
    survey: 'survey',
    'case-study': 'case study',
    'focus-group': 'focus group',
    interview: 'interview',
    'empirical-data': 'empirical data',
    'third-party': 'third-party source',
  },
  stakeholder: {
    ministries: 'government ministries',
    employers: "employers' organisations",
    workers: "workers' organisations",
    ngos: 'non-governmental organisations',
    survivors: 'survivors',
    'international-organisations': 'international organisations',
    'regional-initiatives': 'regional initiatives',
    'other-countries': 'other countries',
  },
  reactivationEvidence: {
    progressReport: '(I) Progress report',
    indicatorFramework: '(II) Indicator framework submitted or updated',
    evidenceOfProgress: '(III) Evidence of progress against the roadmap',
    evidenceOfCollaboration: '(IV) Evidence of collaboration',
  },
};
