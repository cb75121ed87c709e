import { timelineSteps, type CandidacyTask } from '../../../domain/candidacy/args';
import { lines } from '../../form-values';
import type { CandidacyState } from '../../../domain/candidacy/state';
import { vocabulary } from '../../../activities/texts/vocabulary';
import { stakeholderGroups } from '../../../domain/shared/stakeholders';

// The candidate's planning steps as forms: lists are typed one item a line. The page checks a step with
// the schema its workflow's validator uses, to say what is missing in the reader's words (fieldOf).

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

/** What a plan covers, typed in any of the portal's languages (« travail forcé ») or as its name in the schema. */
function coveredOf(typed: string): string {
  const said = typed.toLowerCase();
  const names = Object.values(vocabulary).flatMap((terms) => Object.entries(terms.covered));
  return names.find(([id, name]) => said === id || said === name.toLowerCase())?.[0] ?? typed;
}

/** A step's arguments from its form's fields. */
export function stepArgs(step: CandidateStep, f: FormValues): object {
  switch (step) {
    case 'timeline':
      return { steps: timelineSteps.filter((s) => f[`due.${s}`]).map((s) => ({ step: s, due: f[`due.${s}`] })) };
    case 'stakeholders':
      return {
        // One field per group of the vocabulary, its names one a line; a group left empty is not filed.
        stakeholders: stakeholderGroups
          .filter((g) => lines(f[`stakeholders.${g}`]).length)
          .map((group) => ({ group, names: lines(f[`stakeholders.${group}`]) })),
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
              covers: list(covers).map(coveredOf),
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

/**
 * The form field that an issue of a step's arguments belongs to (a timeline step's date is `due.<step>`),
 * and for a list typed one item a line, the line.
 */
export function fieldOf(step: CandidateStep, args: object, path: PropertyKey[]): { field: string; line?: number } {
  const [name, index] = path[0] === 'plan' ? path.slice(1) : path;
  if (step === 'timeline' && typeof index === 'number')
    return { field: `due.${(args as { steps: { step: string }[] }).steps[index]?.step}` };
  // A group's names are typed in its own field, one a line.
  if (step === 'stakeholders' && name === 'stakeholders' && typeof index === 'number') {
    const names = path[3];
    return {
      field: `stakeholders.${(args as { stakeholders: { group: string }[] }).stakeholders[index]?.group}`,
      line: typeof names === 'number' ? names + 1 : undefined,
    };
  }
  return { field: String(name ?? 'kind'), line: typeof index === 'number' ? index + 1 : undefined };
}
