import { z } from 'zod';
import { email } from '../shared/fields';
import { lazy } from '../shared/lazy';
import { reportSchema } from './report';

// The arguments of a reporting cycle's human tasks, as their validators check them.

export const submitReportArgs = lazy(() => z.object({ as: email(), report: reportSchema() }));

const comments = () => z.string().trim().max(20_000, { message: 'must be at most 20000 characters' }).default('');
const guidance = () =>
  z
    .object({
      evidence: z.string().trim().max(2_000, { message: 'must be at most 2000 characters' }).optional(),
      participation: z.string().trim().max(2_000, { message: 'must be at most 2000 characters' }).optional(),
    })
    .default({});
const met = () => z.boolean({ message: 'must be met (true) or not met (false)' });
/** R19 signs (b)–(e), each met or not (state.ts `Signs`). */
export const signsSchema = lazy(() =>
  z.object({
    commentsAnswered: met(),
    indicatorFrameworkUpdated: met(),
    evidenceOfProgress: met(),
    evidenceOfCollaboration: met(),
  }),
);

/** An assigned reviewer's assessment of the round (the Working Group reviews as a body, since 1.1). */
export const assessReviewArgs = lazy(() => z.object({ as: email(), signs: signsSchema(), comments: comments(), guidance: guidance() }));

/** The Working Group's one decision of the round, sent by its review lead with the consolidated signs (b)–(e). */
export const submitReviewArgs = lazy(() =>
  z
    .object({
      as: email(),
      decision: z.enum(['accept', 'revise'], { message: 'must be accept or revise' }),
      comments: comments(),
      guidance: guidance(),
      signs: signsSchema().optional(),
    })
    .refine((r) => r.decision === 'accept' || r.comments.length > 0, {
      message: 'are required when asking for a revision',
      path: ['comments'],
    }),
);
export const extendDeadlineArgs = lazy(() =>
  z.object({
    as: email(),
    until: z.iso.datetime({ offset: true, message: 'must be an ISO date-time with an offset' }),
    reason: z.string().trim().min(1, { message: 'is required: say why the deadline moves' }),
  }),
);
export const reassignReviewersArgs = lazy(() =>
  z.object({
    as: email(),
    reviewers: z
      .array(
        z.object({
          name: z.string().trim().min(1),
          email: email(),
          language: z.enum(['en', 'fr', 'es']).default('en'),
          zone: z.string().default('Europe/Zurich'),
        }),
      )
      .min(1, { message: 'needs at least one reviewer' }),
  }),
);

export const requestExtensionArgs = lazy(() =>
  z.object({
    as: email(),
    days: z
      .number({ message: 'must be a number of days' })
      .int({ message: 'must be a whole number of days' })
      .min(1, { message: 'must be at least 1' })
      .max(120, { message: 'must be at most 120' }),
    reason: z
      .string()
      .trim()
      .min(1, { message: 'is required: say why more time is needed' })
      .max(2000, { message: 'must be at most 2000 characters' }),
  }),
);
export const decideExtensionArgs = lazy(() =>
  z
    .object({
      as: email(),
      decision: z.enum(['grant', 'refuse'], { message: 'must be grant or refuse' }),
      note: z.string().trim().max(2000, { message: 'must be at most 2000 characters' }).default(''),
    })
    .refine((d) => d.decision === 'grant' || d.note.length > 0, {
      message: 'is required when refusing: the country is told why',
      path: ['note'],
    }),
);

export type SubmitReportArgs = z.input<ReturnType<typeof submitReportArgs>>;
export type SubmitReviewArgs = z.input<ReturnType<typeof submitReviewArgs>>;
export type AssessReviewArgs = z.input<ReturnType<typeof assessReviewArgs>>;
export type ExtendDeadlineArgs = z.input<ReturnType<typeof extendDeadlineArgs>>;
export type ReassignReviewersArgs = z.input<ReturnType<typeof reassignReviewersArgs>>;
export type RequestExtensionArgs = z.input<ReturnType<typeof requestExtensionArgs>>;
export type DecideExtensionArgs = z.input<ReturnType<typeof decideExtensionArgs>>;
