import { z } from 'zod';
import { lazy } from '../shared/lazy';
import { earlierReportGroups, groupsNamed, internationalGroups, nationalGroups, socialPartnersTookPart } from '../shared/stakeholders';

/** A report travels in the workflow's history, each submission and revision again: long texts belong in an attached document. */
export const maxReportBytes = 128 * 1024;

/** The UTF-8 size of a text, without Buffer or TextEncoder, so that workflow validators can use it too. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** A report's size as its limit counts it: the UTF-8 bytes of its JSON. */
export const reportBytes = (report: unknown): number => utf8Bytes(JSON.stringify(report) ?? '');
const text = () =>
  z
    .string()
    .trim()
    .min(1, { message: 'is required' })
    .max(20_000, { message: 'must be at most 20000 characters; put longer texts in an attached document' });

export const evidenceKinds = ['evaluation', 'survey', 'case-study', 'focus-group', 'interview', 'empirical-data', 'third-party'] as const;
/**
 * The groups a report's participation names: the stakeholder vocabulary (domain/shared/stakeholders.ts),
 * national and international, and the groups reports named before 1.1, which are still read.
 */
export const nationalStakeholders = [...nationalGroups, ...earlierReportGroups.national] as const;
export const internationalStakeholders = [...internationalGroups, ...earlierReportGroups.international] as const;

/** An indicator of the pathfinder indicator framework, with the country's latest value. */
const indicatorSchema = lazy(() =>
  z.object({
    code: text(),
    name: text(),
    baseline: z.number().optional(),
    target: z.number().optional(),
    latestValue: z.number().optional(),
    year: z.number().int().optional(),
  }),
);

/** The annual progress report (R15) with the updated indicator framework (R13). */
export const reportSchema = lazy(() =>
  z
    .object({
      /** Progress against each roadmap objective. */
      progress: z.array(z.object({ objective: text(), summary: text() })).min(1, { message: 'needs at least one roadmap objective' }),
      challenges: text(),
      /** Areas where the country wants to learn from others. */
      learningInterests: z.array(text()).default([]),
      /** The next steps set in this cycle, shown again in next year's form (since 1.1; absent from older reports). */
      nextSteps: z.array(text()).max(20, { message: 'lists more than 20 next steps' }).default([]),
      evidence: z.array(z.object({ kind: z.enum(evidenceKinds), description: text() })).default([]),
      stakeholderParticipation: z.object({
        national: z.array(z.object({ group: z.enum(nationalStakeholders), description: text() })).default([]),
        international: z.array(z.object({ group: z.enum(internationalStakeholders), description: text() })).default([]),
      }),
      collaboration: z.array(z.object({ description: text(), partners: z.array(text()).default([]) })).default([]),
      /** The national coordination mechanism through which the report was prepared. */
      preparedThrough: text(),
      /** The report document and annexes, kept in the portal's document store; only their references travel. */
      attachments: z
        .array(
          z.object({
            name: text(),
            type: text(),
            size: z.number().int().nonnegative(),
            sha256: z.string().regex(/^[a-f0-9]{64}$/, { message: 'is not a SHA-256 hash' }),
          }),
        )
        .max(20, { message: 'at most 20 documents' })
        .default([]),
      indicatorFramework: z.object({
        /** Whether the framework was updated for this cycle; an unchanged framework counts as not updated (R19c). */
        updated: z.boolean(),
        indicators: z.array(indicatorSchema()).min(1, { message: 'needs at least one indicator' }),
      }),
    })
    .refine((report) => reportBytes(report) <= maxReportBytes, {
      message: `is larger than ${maxReportBytes / 1024} KB; put long texts in an attached document`,
    }),
);
export type Report = z.output<ReturnType<typeof reportSchema>>;

/** Who took part in a report (S1): the groups it names, and whether both social partners are among them. */
export interface Participation {
  /** The vocabulary's groups, then any earlier group without one, as the report named it. */
  groups: string[];
  socialPartners: boolean;
}

export function participationOf(report: Pick<Report, 'stakeholderParticipation'>): Participation {
  const { national, international } = report.stakeholderParticipation;
  const keys = [...national, ...international].map((p) => p.group);
  return { groups: groupsNamed(keys), socialPartners: socialPartnersTookPart(keys) };
}

/** The five R19 facts of one cycle, as a message carrying them is checked. */
export const cycleOutcomeSchema = lazy(() =>
  z.object({
    reportSubmitted: z.boolean(),
    finalised: z.boolean(),
    indicatorFrameworkUpdated: z.boolean(),
    evidenceOfProgress: z.boolean(),
    evidenceOfCollaboration: z.boolean(),
    /** R19(b): the Working Group sent comments and they were not answered in their window. Absent in outcomes kept before it was. */
    commentsUnanswered: z.boolean().optional(),
    /**
     * What the country itself declared of (c)–(e), kept beside the Working Group's judgment when the WG gave
     * one (since 1.1): the three facts above are then the WG's.
     */
    declared: z
      .object({ indicatorFrameworkUpdated: z.boolean(), evidenceOfProgress: z.boolean(), evidenceOfCollaboration: z.boolean() })
      .optional(),
  }),
);
export type CycleOutcome = z.output<ReturnType<typeof cycleOutcomeSchema>>;

type Judged = { indicatorFrameworkUpdated: boolean; evidenceOfProgress: boolean; evidenceOfCollaboration: boolean };

/** What a report declares of R19 (c)–(e): the framework's checkbox, and whether it lists evidence and collaboration. */
export const declaredIn = (report: Report | undefined): Judged => ({
  indicatorFrameworkUpdated: report?.indicatorFramework.updated ?? false,
  evidenceOfProgress: (report?.evidence.length ?? 0) > 0,
  evidenceOfCollaboration: (report?.collaboration.length ?? 0) > 0,
});

/**
 * What a cycle establishes about R19, from the last report the country filed (if any) and how it was reviewed.
 * (c)–(e) are the Working Group's judgment in its last decision that gave one, the country's declaration
 * kept beside it; without such a decision, the declaration is all there is.
 */
export function outcomeOf(cycle: {
  stage: string;
  reviews: { round: number; decision: 'accept' | 'revise'; signs?: Judged }[];
  submissions: { round: number; late: boolean; report: Report }[];
}): CycleOutcome {
  const report = cycle.submissions.at(-1)?.report;
  const finalised = cycle.stage === 'finalised';
  const declared = declaredIn(report);
  const judged = [...cycle.reviews].reverse().find((r) => r.signs)?.signs;
  const facts = judged
    ? {
        indicatorFrameworkUpdated: judged.indicatorFrameworkUpdated,
        evidenceOfProgress: judged.evidenceOfProgress,
        evidenceOfCollaboration: judged.evidenceOfCollaboration,
      }
    : declared;
  return {
    reportSubmitted: report !== undefined,
    finalised,
    ...facts,
    commentsUnanswered: !finalised && commentsUnanswered(cycle),
    ...(judged && { declared }),
  };
}

/**
 * R19(b), "no response to the Working Group's comments": comments asking for a revision were sent, and no
 * revision came within their window. A finalised report has answered them; a report the Working Group had
 * not yet reviewed, or re-reviewed, when the cycle closed has nothing unanswered; a year without a report
 * received no comments. While a cycle awaits a revision, this is what it would be if nothing more came.
 */
function commentsUnanswered(cycle: {
  reviews: { round: number; decision: 'accept' | 'revise' }[];
  submissions: { round: number; late: boolean }[];
}): boolean {
  return cycle.reviews.some(
    (review) => review.decision === 'revise' && !cycle.submissions.some((s) => s.round === review.round + 1 && !s.late),
  );
}
