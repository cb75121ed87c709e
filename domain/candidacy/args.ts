import { z } from 'zod';
import { email, isoDate as date, requiredText as text } from '../shared/fields';
import { personSchema } from '../shared/country';
import { lazy } from '../shared/lazy';
import { stakeholderGroups } from '../shared/stakeholders';

// The arguments of each candidacy step (R4–R11), as their validators check them.

const texts = (what: string) =>
  z
    .array(text(), { error: (i) => (i.input === undefined ? 'is required' : 'must be a list') })
    .min(1, { message: `needs at least one ${what}` });

export const timelineSteps = ['stakeholder-mapping', 'situation-mapping', 'workshop', 'roadmap'] as const;
export type TimelineStep = (typeof timelineSteps)[number];

export const candidacyArgs = lazy(() => ({
  /** R4: the secretariat informs the GCM and invites consultations and a planning workshop. */
  acknowledge: z.object({
    as: email(),
    reviewers: z.array(personSchema()).min(1, { message: 'needs at least one Working Group reviewer for the later reports' }),
  }),
  /** R5: the candidate's own timeline. */
  timeline: z.object({
    as: email(),
    steps: z
      .array(z.object({ step: z.enum(timelineSteps, { message: `must be one of ${timelineSteps.join(', ')}` }), due: date() }))
      .min(1, { message: 'needs at least one step' }),
  }),
  /**
   * R6: stakeholders and coordination mechanisms; at least one coordination body. Each group is one of the
   * vocabulary's (domain/shared/stakeholders.ts) in a new mapping (`stakeholderMappingArgs`); mappings filed
   * before 1.1 named their groups in free text, which the candidacy still takes and shows as written.
   */
  stakeholders: z.object({
    as: email(),
    stakeholders: z.array(z.object({ group: text(), names: texts('name') })).min(1, { message: 'needs at least one stakeholder group' }),
    coordinationBodies: texts('coordination body'),
  }),
  /** R7: the SDG 8.7 situation. */
  situation: z.object({
    as: email(),
    studies: texts('study'),
    legalFramework: text(),
    gaps: texts('gap'),
    informationSources: texts('information source'),
  }),
  /** R8: a strategic planning workshop, with its stock-take. */
  workshop: z.object({ as: email(), heldOn: date(), participants: texts('participant group'), stockTake: text() }),
  /** R9: a roadmap, or national action plans covering both child labour and forced labour. */
  roadmap: z.object({
    as: email(),
    plan: z.discriminatedUnion(
      'kind',
      [
        z.object({
          kind: z.literal('roadmap'),
          priorityAreas: texts('priority area'),
          immediateActions: texts('immediate action before the end of the year'),
          actions: texts('action'),
          technicalAssistanceNeeds: z.array(text()).default([]),
          timeline: text(),
          indicators: z.array(text()).default([]),
          budget: z.string().trim().default(''),
        }),
        z.object({
          kind: z.literal('national-action-plans'),
          plans: z
            .array(
              z.object({
                title: text(),
                covers: z.array(z.enum(['child-labour', 'forced-labour', 'human-trafficking', 'modern-slavery'])),
                criteriaAndIndicators: text(),
              }),
            )
            .min(1, { message: 'needs at least one plan' }),
        }),
      ],
      { error: () => 'plan.kind: must be roadmap or national-action-plans' },
    ),
  }),
  /** R10: the presentation at a regular GCM meeting. */
  presentation: z.object({ as: email(), meetingOn: date(), priorities: texts('priority'), consultationProcess: text() }),
  feedback: z.object({
    as: email(),
    feedback: text(),
    ceacrConclusions: z.string().trim().default(''),
    durbanCallToAction: z.string().trim().default(''),
  }),
  followUp: z.object({ as: email(), response: text() }),
  /** R11: each GCM member's position; one objection blocks. */
  position: z
    .object({
      as: email(),
      position: z.enum(['support', 'object'], { message: 'must be support or object' }),
      reason: z.string().trim().default(''),
    })
    .refine((p) => p.position === 'support' || p.reason.length > 0, {
      message: 'is required with an objection: say what is missing',
      path: ['reason'],
    }),
  withdraw: z.object({ as: email(), reason: text() }),
}));
/** A new stakeholder mapping, as the portal and the CLI file it: its groups from the vocabulary (S1). */
export const stakeholderMappingArgs = lazy(() =>
  candidacyArgs().stakeholders.extend({
    stakeholders: z
      .array(
        z.object({
          group: z.enum(stakeholderGroups, { message: `must be one of ${stakeholderGroups.join(', ')}` }),
          names: texts('name'),
        }),
      )
      .min(1, { message: 'needs at least one stakeholder group' })
      .refine((groups) => new Set(groups.map((g) => g.group)).size === groups.length, { message: 'names a group twice' }),
  }),
);

/** What a step filed now is checked against: a new stakeholder mapping takes its groups from the vocabulary. */
export const filingArgs = <T extends CandidacyTask>(task: T) =>
  task === 'stakeholders' ? stakeholderMappingArgs() : candidacyArgs()[task];

export const candidacyTasks = [
  'acknowledge',
  'timeline',
  'stakeholders',
  'situation',
  'workshop',
  'roadmap',
  'presentation',
  'feedback',
  'followUp',
  'position',
  'withdraw',
] as const;
export type CandidacyTask = (typeof candidacyTasks)[number];
export type CandidacyArgs<T extends CandidacyTask> = z.input<ReturnType<typeof candidacyArgs>[T]>;
export type ParsedArgs<T extends CandidacyTask> = z.output<ReturnType<typeof candidacyArgs>[T]>;
