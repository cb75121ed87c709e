import { timelineSteps, type CandidacyTask } from '../../../domain/candidacy/args';
import { lines } from '../../form-values';
import type { CandidacyState } from '../../../domain/candidacy/state';

// The candidate's planning steps as forms: lists are typed one item a line, and the workflow's own check
// of each step (its validator) says what is missing.

export type CandidateStep = Extract<CandidacyTask, 'timeline' | 'stakeholders' | 'situation' | 'workshop' | 'roadmap' | 'followUp'>;
export type FormValues = Record<string, string>;

/** The steps the candidate may file at this stage (R5–R10). */
export function openSteps(s: CandidacyState): CandidateStep[] {
  if (s.stage === 'planning') return ['timeline', 'stakeholders', 'situation', 'workshop', 'roadmap'];
  const round = s.gcmRounds.at(-1);
  if (s.stage === 'gcm-review' && round?.feedback && !round.followUp) return ['followUp'];
  return [];
}

const list = (value = '') =>
  value
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);

/** A step's arguments from its form's fields. */
export function stepArgs(step: CandidateStep, f: FormValues): object {
  switch (step) {
    case 'timeline':
      return { steps: timelineSteps.filter((s) => f[`due.${s}`]).map((s) => ({ step: s, due: f[`due.${s}`] })) };
    case 'stakeholders':
      return {
        stakeholders: lines(f.stakeholders).map((l) => ({ group: l.split(':')[0]!.trim(), names: list(l.split(':').slice(1).join(':')) })),
        coordinationBodies: lines(f.coordinationBodies),
      };
    case 'situation':
      return {
        studies: lines(f.studies),
        legalFramework: f.legalFramework ?? '',
        gaps: lines(f.gaps),
        informationSources: lines(f.informationSources),
      };
    case 'workshop':
      return { heldOn: f.heldOn ?? '', participants: lines(f.participants), stockTake: f.stockTake ?? '' };
    case 'roadmap':
      if (f.kind === 'national-action-plans') {
        const plans = lines(f.plans).map((l) => l.split('|').map((part) => part.trim()));
        return {
          plan: {
            kind: 'national-action-plans',
            plans: plans.map(([title = '', covers = '', criteria = '']) => ({
              title,
              covers: list(covers),
              criteriaAndIndicators: criteria,
            })),
          },
        };
      }
      return {
        plan: {
          kind: 'roadmap',
          priorityAreas: lines(f.priorityAreas),
          immediateActions: lines(f.immediateActions),
          actions: lines(f.actions),
          technicalAssistanceNeeds: lines(f.technicalAssistanceNeeds),
          timeline: f.timeline ?? '',
          indicators: lines(f.indicators),
          budget: f.budget ?? '',
        },
      };
    case 'followUp':
      return { response: f.response ?? '' };
  }
}
