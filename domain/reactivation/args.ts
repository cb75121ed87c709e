import { z } from 'zod';
import { email, requiredText as text } from '../shared/fields';
import { lazy } from '../shared/lazy';

/** R23: a reactivation request with the four kinds of evidence and the letter to the Chair. */
export const reactivationRequestSchema = lazy(() =>
  z.object({
    progressReport: text(),
    indicatorFramework: text(),
    evidenceOfProgress: text(),
    evidenceOfCollaboration: text(),
    letter: z.object({
      to: z.string().trim().default('Alliance 8.7 Chair'),
      summary: text(),
      roadmapChanges: z.string().trim().default(''),
    }),
  }),
);
export type ReactivationRequest = z.output<ReturnType<typeof reactivationRequestSchema>>;
export const reactivationArgs = lazy(() => z.object({ as: email(), request: reactivationRequestSchema() }));
export type ReactivationArgs = z.input<ReturnType<typeof reactivationArgs>>;

export const verificationArgs = lazy(() => z.object({ as: email(), verified: z.boolean(), note: text() }));
export type VerificationArgs = z.input<ReturnType<typeof verificationArgs>>;
