import { z } from 'zod';
import { email, requiredText as text } from '../shared/fields';
import { lazy } from '../shared/lazy';
import { reportSchema } from '../cycle/report';
import { documentRef } from '../shared/document-ref';

const letter = () =>
  z.object({
    to: z.string().trim().max(300, { message: 'is longer than 300 characters' }).default('Alliance 8.7 Chair'),
    summary: text().max(20_000, { message: 'must be at most 20000 characters' }),
    roadmapChanges: z.string().trim().max(20_000, { message: 'must be at most 20000 characters' }).default(''),
  });

/**
 * R23 since 1.1: the evidence is a progress report in the R15 form, with its documents, and the letter to
 * the Chair is a document too (the portal requires it; a request filed from the CLI may give its summary only).
 */
export const reactivationRequestSchema = lazy(() =>
  z.object({
    report: z
      .unknown()
      .refine((r) => r !== undefined, { message: "is required: a progress report in the annual report's form (R15)" })
      .pipe(reportSchema()),
    letter: letter().extend({ document: documentRef().optional() }),
  }),
);

/** R23 as requests were made in 1.0: the four kinds of evidence as texts, and the letter's summary. Still read. */
const requestOf10 = lazy(() =>
  z.object({
    progressReport: text(),
    indicatorFramework: text(),
    evidenceOfProgress: text(),
    evidenceOfCollaboration: text(),
    letter: letter(),
  }),
);
type RequestOf10 = z.output<ReturnType<typeof requestOf10>>;
type RequestWithReport = z.output<ReturnType<typeof reactivationRequestSchema>>;

/** A request as a reactivation keeps it: with its report, or, if made in 1.0, with four texts. */
export type ReactivationRequest = RequestWithReport | RequestOf10;

/**
 * What a country's record keeps of a request: the letter (its roadmap changes become a version at the
 * reactivation). The report and its documents, up to 128 KB, stay with the request's own run
 * (`reactivation-<ISO3>-<n>`, the record's `workflowId`), whose pages show them, so that the record, which
 * carries its state into every run it continues as, stays small. Requests filed before 1.1.0 kept the whole
 * request, a superset of this.
 */
export interface RequestOnRecord {
  letter: ReactivationRequest['letter'];
}

/** The part of a request its country's record keeps. */
export const requestOnRecord = (request: ReactivationRequest): RequestOnRecord => ({ letter: request.letter });

/** The four kinds of evidence of a request made in 1.0. */
export type EvidenceOf10 = Exclude<keyof RequestOf10, 'letter'>;

/** Whether a request carries its evidence as a report in the R15 form. */
export const hasReport = (r: ReactivationRequest): r is RequestWithReport => 'report' in r;

/** A new request: the report in the R15 form is required. */
export const reactivationArgs = lazy(() => z.object({ as: email(), request: reactivationRequestSchema() }));
export type ReactivationArgs = z.input<ReturnType<typeof reactivationArgs>>;

/**
 * The schema a request is applied with when its update is replayed: one made in 1.0, in the history of a
 * record of then, in its own form; any other as a new request.
 */
export function recordedReactivationArgs(args: unknown) {
  const request = (args as { request?: object } | undefined)?.request;
  const of10 = typeof request === 'object' && request !== null && !('report' in request) && 'progressReport' in request;
  return of10 ? z.object({ as: email(), request: requestOf10() }) : reactivationArgs();
}

export const verificationArgs = lazy(() => z.object({ as: email(), verified: z.boolean(), note: text() }));
export type VerificationArgs = z.input<ReturnType<typeof verificationArgs>>;
