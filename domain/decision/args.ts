import { z } from 'zod';
import { email, isoDate, requiredText as text } from '../shared/fields';
import { lazy } from '../shared/lazy';

// What people send to a body's decision (DESIGN.md §7): the chair or the secretariat circulates a proposal
// under a silence procedure, or records the meeting that decided it; a member answers a silence procedure.

/** The chair or the secretariat circulates the proposal; it is adopted unless a member objects by `until` (default: the policy's silence period). */
export const circulateArgs = lazy(() => z.object({ as: email(), until: isoDate().optional() }));
export type CirculateArgs = z.input<ReturnType<typeof circulateArgs>>;

/** A member's answer to a silence procedure: no objection, or an objection with its reason. */
export const answerArgs = lazy(() =>
  z
    .object({
      as: email(),
      answer: z.enum(['no-objection', 'object'], { message: 'must be no-objection or object' }),
      reason: z.string().trim().max(5000, { message: 'must be at most 5000 characters' }).default(''),
    })
    .refine((a) => a.answer !== 'object' || a.reason.length > 0, { message: 'is required with an objection', path: ['reason'] }),
);
export type AnswerArgs = z.input<ReturnType<typeof answerArgs>>;

/**
 * The meeting that decided: its day, the members present, its minutes (a reference or the text), and the
 * objections raised there, each with its reason. Consensus is no objection among those present.
 */
export const meetingArgs = lazy(() =>
  z.object({
    as: email(),
    heldOn: isoDate(),
    present: z.array(email()).min(1, { message: 'needs at least one member present' }),
    minutes: text().pipe(z.string().max(5000, { message: 'must be at most 5000 characters' })),
    objections: z.array(z.object({ member: email(), reason: text() })).default([]),
  }),
);
export type MeetingArgs = z.input<ReturnType<typeof meetingArgs>>;
