import { z } from 'zod';
import { email, isoDate } from '../shared/fields';
import { lazy } from '../shared/lazy';
import { iso, reportDeadline } from '../shared/calendar';
import { defaultPolicy } from '../cycle/policy';
import { documentRef } from '../shared/document-ref';
import type { CycleOutcome } from '../cycle/report';
import type { CycleRecord } from './country-record';

// Cycles the Alliance ran before this system, by e-mail and documents, entered by the secretariat so that
// R19, the forecast, the dossier and the dry run count them like the cycles recorded here.

const pastCycleSchema = () =>
  z
    .object({
      // Older than the Alliance: a year before 1990 is a typing mistake.
      year: z.number().int().min(1990, { message: 'must be 1990 or later' }).max(2200),
      /** R19 (a): a progress report came in; when, if known. */
      reportSubmitted: z.boolean(),
      submittedOn: isoDate().optional(),
      /** R19 (b): the Working Group's comments went unanswered. */
      commentsUnanswered: z.boolean().default(false),
      finalised: z.boolean(),
      /** R19 (c)–(e), as the Working Group assessed them. */
      indicatorFrameworkUpdated: z.boolean(),
      evidenceOfProgress: z.boolean(),
      evidenceOfCollaboration: z.boolean(),
      note: z.string().max(2000, { message: 'must be at most 2000 characters' }).optional(),
      /** What the Alliance kept of the year (the report, letters), in the document store; as many as a report may carry. */
      documents: z.array(documentRef()).max(20, { message: 'at most 20 documents' }).optional(),
    })
    .strict()
    .superRefine((c, ctx) => {
      if (c.finalised && c.commentsUnanswered)
        ctx.addIssue({
          code: 'custom',
          path: ['commentsUnanswered'],
          message: 'cannot be given for a finalised report, which answered them',
        });
      if (c.reportSubmitted) return;
      for (const field of [
        'submittedOn',
        'finalised',
        'commentsUnanswered',
        'indicatorFrameworkUpdated',
        'evidenceOfProgress',
        'evidenceOfCollaboration',
      ] as const)
        if (c[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'cannot be given for a year without a report' });
    });

export const historyImportArgs = lazy(() =>
  z.object({
    as: email(),
    cycles: z
      .array(pastCycleSchema())
      .min(1, { message: 'name at least one year' })
      .max(50, { message: 'at most 50 years at once' })
      .superRefine((cycles, ctx) => {
        const seen = new Set<number>();
        cycles.forEach((c, i) => {
          if (seen.has(c.year)) ctx.addIssue({ code: 'custom', path: [i, 'year'], message: `${c.year} is given twice` });
          seen.add(c.year);
        });
      }),
  }),
);
export type HistoryImportArgs = z.input<ReturnType<typeof historyImportArgs>>;
export type PastCycle = z.output<ReturnType<typeof pastCycleSchema>>;

/** A past cycle as the record keeps it: like a recorded one, marked as imported, by whom and when. */
export function pastCycleRecord(c: PastCycle, by: string, at: string): CycleRecord {
  const outcome: CycleOutcome = {
    reportSubmitted: c.reportSubmitted,
    finalised: c.finalised,
    indicatorFrameworkUpdated: c.indicatorFrameworkUpdated,
    evidenceOfProgress: c.evidenceOfProgress,
    evidenceOfCollaboration: c.evidenceOfCollaboration,
    commentsUnanswered: c.commentsUnanswered,
  };
  const deadline = reportDeadline(c.year, defaultPolicy());
  // The day is what the Alliance kept of a report's arrival; midday UTC places it on that day everywhere.
  const submittedAt = c.submittedOn && `${c.submittedOn}T12:00:00.000Z`;
  return {
    year: c.year,
    stage: c.finalised ? 'finalised' : c.reportSubmitted ? 'closed-without-finalisation' : 'closed-without-report',
    outcome,
    rule: defaultPolicy().escalation,
    evidence: {
      deadline: iso(deadline),
      extensions: 0,
      remindersSent: 0,
      submissions: submittedAt ? [{ kind: 'report', at: submittedAt, late: submittedAt > iso(deadline) }] : [],
      reviews: [],
    },
    closedAt: at,
    imported: { at, by, ...(c.note && { note: c.note }), ...(c.documents?.length && { documents: c.documents }) },
  };
}
