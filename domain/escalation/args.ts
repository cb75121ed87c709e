import { z } from 'zod';
import { personSchema } from '../shared/country';
import { email, isoDate, requiredText as text } from '../shared/fields';
import { lazy } from '../shared/lazy';

// What GCM members send on the escalation path (R20–R22), validated before anything changes.

/** R20: one dialogue session between the GCM and the country. */
export const dialogueArgs = lazy(() =>
  z.object({
    as: email(),
    topics: z
      .array(z.enum(['compliance', 'progress'], { message: 'must be compliance or progress' }))
      .min(1, { message: 'needs compliance and/or progress' }),
    /** Political, economic, humanitarian circumstances of the country. */
    circumstances: text(),
    /** Progress the country has made but not yet reported. */
    unreportedProgress: z.string().trim().default(''),
    wayForward: z.object({ summary: text(), supportNeeded: z.boolean().default(false), roadmapUpdate: z.boolean().default(false) }),
  }),
);
export type DialogueArgs = z.input<ReturnType<typeof dialogueArgs>>;
export type DialogueEntry = z.output<ReturnType<typeof dialogueArgs>> & { at: string };

/** R21: the support mechanisms a GCM sub-group may choose. */
export const supportMechanisms = {
  I: 'knowledge sharing and peer learning',
  II: 'direct technical assistance',
  III: 'development cooperation projects',
  IV: 'coordination',
} as const;
export type SupportMechanism = keyof typeof supportMechanisms;

export const startSupportArgs = lazy(() =>
  z.object({
    as: email(),
    mechanisms: z
      .array(z.enum(['I', 'II', 'III', 'IV'], { message: 'must be I, II, III or IV' }))
      .min(1, { message: 'needs at least one mechanism (I–IV)' }),
    members: z.array(personSchema()).min(1, { message: 'needs at least one sub-group member' }),
    checkInEveryDays: z.number().int().positive().default(30),
  }),
);
export type StartSupportArgs = z.input<ReturnType<typeof startSupportArgs>>;

/**
 * R21 (since `gcm-decides-support-and-end`): a GCM member, its Chair or the secretariat proposes the
 * sub-group; the GCM decides it as a body. `mandateMonths`: how long it supports the country (default: the policy's).
 */
export const proposeSupportArgs = lazy(() =>
  startSupportArgs().extend({
    mandateMonths: z
      .number()
      .int()
      .positive({ message: 'must be a whole number of months' })
      .max(60, { message: 'must be at most 60' })
      .optional(),
  }),
);
export type ProposeSupportArgs = z.input<ReturnType<typeof proposeSupportArgs>>;

/** R22 (since `gcm-decides-support-and-end`): a proposal that the country resumes, or is declared inactive, with its reason. */
export const proposeEndArgs = lazy(() =>
  z.object({ as: email(), decision: z.enum(['resumed', 'inactive'], { message: 'must be resumed or inactive' }), reason: text() }),
);
export type ProposeEndArgs = z.input<ReturnType<typeof proposeEndArgs>>;

/** Where the GCM took a decision (R22): a meeting or a written procedure, its date and a reference (minutes, note). */
export const decisionTakenSchema = lazy(() =>
  z.object({
    how: z.enum(['meeting', 'written-procedure'], { message: 'must be meeting or written-procedure' }),
    on: isoDate(),
    reference: z
      .string()
      .trim()
      .min(1, { message: 'is required: the minutes or the note that records the decision' })
      .max(500, { message: 'must be at most 500 characters' }),
  }),
);
export type DecisionTaken = z.output<ReturnType<typeof decisionTakenSchema>>;

export const decisionArgs = lazy(() =>
  z.object({
    as: email(),
    decision: z.enum(['resumed', 'inactive'], { message: 'must be resumed or inactive' }),
    reason: text(),
    takenAt: decisionTakenSchema(),
  }),
);
export type DecisionArgs = z.input<ReturnType<typeof decisionArgs>>;
