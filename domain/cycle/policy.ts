import { IANAZone } from 'luxon';
import { z } from 'zod';
import { lazy } from '../shared/lazy';
import { isReasonList, problemLine, type RefusalReason, type Sender } from '../shared/refusals';

/**
 * A day of every year, e.g. 30 April = { month: 4, day: 30 }. Not 29 February: in three years of four
 * there is no such day to fall due on.
 */
const dayOfYear = lazy(() =>
  z
    .object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
    .refine(({ month, day }) => day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!, {
      message: 'is not a day of the year',
    })
    .refine(({ month, day }) => !(month === 2 && day === 29), {
      message: 'is 29 February, which most years lack: choose 28 February or 1 March',
    }),
);

const ianaZone = lazy(() => z.string().refine((zone) => IANAZone.isValidZone(zone), { message: 'is not a known IANA time zone' }));
const positiveDays = lazy(() => z.number().int().positive());
const daysBefore = lazy(() =>
  z.array(positiveDays()).refine((days) => new Set(days).size === days.length, { message: 'lists a day twice' }),
);
const windowPolicy = lazy(() =>
  z.object({
    days: positiveDays(),
    remindDaysBeforeEnd: daysBefore(),
    overdueEveryDays: positiveDays(),
  }),
);

/**
 * How a reporting cycle runs. A cycle keeps the policy it started with (it travels in its input),
 * so changing the configuration never changes a cycle already running.
 */
export const cyclePolicySchema = lazy(() =>
  z
    .object({
      secretariatZone: ianaZone().default('Europe/Zurich'),
      yearlyOpening: z
        .object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(28), hour: z.number().int().min(0).max(23) })
        .default({ month: 1, day: 15, hour: 9 }),
      /** The report is due at the end of this day (23:59:59) in the secretariat's zone. */
      deadline: dayOfYear().default({ month: 4, day: 30 }),
      remindDaysBeforeDeadline: daysBefore().default([42, 14, 7, 1]),
      overdueEveryDays: positiveDays().default(7),
      /** Local hour, in each recipient's own zone, at which reminders go out. */
      sendingHour: z.number().int().min(0).max(23).default(9),
      /** ISO weekdays (1 = Monday … 7 = Sunday) on which reminders go out. */
      sendingWeekdays: z.array(z.number().int().min(1).max(7)).min(1, { message: 'needs at least one weekday' }).default([1, 2, 3, 4, 5]),
      /** Reminders to a country's focal points skip its public holidays too, like the days that are not sending weekdays. */
      publicHolidays: z.boolean().default(true),
      /**
       * The Working Group's review window; `quorum`: how many assigned reviewers' assessments its review lead needs
       * before sending the WG's decision (the lead's own counts; default 1, never more than the reviewers assigned).
       */
      review: windowPolicy()
        .extend({ quorum: z.number().int().min(1, { message: 'must be at least 1' }).optional() })
        .default({ days: 30, remindDaysBeforeEnd: [7], overdueEveryDays: 7 }),
      revision: windowPolicy().default({ days: 30, remindDaysBeforeEnd: [7, 1], overdueEveryDays: 7 }),
      /** The cycle closes at the end of this day; the Working Group report to the GCM follows. */
      cycleClose: dayOfYear().default({ month: 9, day: 30 }),
      /** A focal point's request for more time is granted at once up to this many times a cycle, for up to so many days; beyond, the secretariat decides. */
      extensionRequests: z
        .object({ grantedAtOnce: z.number().int().min(0).default(1), maxDays: positiveDays().default(14) })
        .default({ grantedAtOnce: 1, maxDays: 14 }),
      /**
       * How the GCM and the Working Group decide (DESIGN.md §7): a meeting decides with at least `quorum` of the
       * members present; a written silence procedure runs `silenceDays`, its members reminded so many days before
       * it ends; a decision still waiting for a procedure is recalled to the chair and the secretariat every so often.
       */
      bodies: z
        .object({
          quorum: z.number().gt(0, { message: 'must be more than 0' }).max(1, { message: 'must be at most 1' }).default(0.5),
          silenceDays: positiveDays().default(14),
          remindDaysBeforeSilenceEnds: daysBefore().default([3]),
          pendingEveryDays: positiveDays().default(14),
          /** R21: how long a support sub-group supports the country, unless its proposal says otherwise. */
          supportMandateMonths: z.number().int().positive().max(60, { message: 'must be at most 60' }).default(12),
        })
        .default({ quorum: 0.5, silenceDays: 14, remindDaysBeforeSilenceEnds: [3], pendingEveryDays: 14, supportMandateMonths: 12 }),
      /** R19: `same-criterion` flags one criterion missed twice running; `any-shortfall` flags any two shortfalls running. */
      escalation: z.enum(['same-criterion', 'any-shortfall']).default('same-criterion'),
      /**
       * The public site (DESIGN.md §9): whether an inactive country is still promoted (in the index's highlights,
       * the feed and the HLPF compilation; R2 suspends it by default), and the day of each year from which the
       * secretariat may publish that year's compilation for the annual meeting on the margins of the HLPF.
       */
      publication: z
        .object({ promoteInactive: z.boolean().default(false), hlpfFrom: dayOfYear().default({ month: 7, day: 1 }) })
        .default({ promoteInactive: false, hlpfFrom: { month: 7, day: 1 } }),
    })
    .refine(
      (p) => p.cycleClose.month > p.deadline.month || (p.cycleClose.month === p.deadline.month && p.cycleClose.day > p.deadline.day),
      { message: 'must come after the deadline in the same year', path: ['cycleClose'] },
    ),
);

export type CyclePolicy = z.output<ReturnType<typeof cyclePolicySchema>>;
export type CyclePolicyInput = z.input<ReturnType<typeof cyclePolicySchema>>;

/**
 * Thrown for input that makes no sense; the message names each field and the reason. A problem may quote
 * what was sent, so each is clipped, and only the first few are kept: a refusal never grows with its input.
 * A refusal the process decides itself (not a schema's) also carries its reasons as data, one a problem,
 * for clients that say them in their reader's language; reasons too large to carry are left out.
 */
export class InvalidInputError extends Error {
  readonly problems: string[];
  readonly reasons?: RefusalReason[];
  /** A schema's issues, for a page to say in its reader's language (set by parseInput, not enumerable). */
  declare readonly issues?: z.core.$ZodIssue[];
  constructor(
    readonly subject: string,
    problems: string[],
    reasons?: RefusalReason[],
  ) {
    const clipped = problems.slice(0, maxProblems).map(clipProblem);
    if (problems.length > maxProblems) clipped.push(`and ${problems.length - maxProblems} more`);
    super(`invalid ${subject}: ${clipped.join('; ')}`);
    this.problems = clipped;
    this.name = 'InvalidInputError';
    const kept = reasons?.slice(0, maxProblems);
    if (reasons && reasons.length > maxProblems) kept!.push({ code: 'andMore', count: reasons.length - maxProblems });
    if (kept?.length && kept.every((r) => JSON.stringify(r).length <= maxProblemLength * 2)) this.reasons = kept;
  }
}
const maxProblems = 10;
const maxProblemLength = 300;
const clipProblem = (p: string) => (p.length > maxProblemLength ? `${p.slice(0, maxProblemLength)}…` : p);

/**
 * The reasons of a refusal's message, as a message from outside the process brings them back (the
 * application layer's report of a refused Update): kept only when they are known reasons, no more and no
 * larger than a refusal carries, whose problem lines are the message's own; else none, and the message
 * stands alone.
 */
export function reasonsSaying(message: string, reasons: unknown): RefusalReason[] | undefined {
  if (!isReasonList(reasons) || !reasons.length || reasons.length > maxProblems + 1) return undefined;
  if (reasons.some((r) => JSON.stringify(r).length > maxProblemLength * 2)) return undefined;
  try {
    return message.endsWith(`: ${reasons.map((r) => clipProblem(problemLine(r))).join('; ')}`) ? reasons : undefined;
  } catch {
    return undefined;
  }
}

/** A refusal the process decides: each reason, and its English problem line. */
export const refused = (subject: string, ...reasons: RefusalReason[]) => new InvalidInputError(subject, reasons.map(problemLine), reasons);

/**
 * Refuses a sender who is none of `people`; `who` names who may send, e.g. a member of the GCM. Named in
 * words only (a role the reasons do not know yet), the refusal carries no reason and is shown as worded.
 */
export function requireSender(as: string, people: { email: string }[], who: Sender | string): void {
  if (people.some((p) => p.email === as)) return;
  throw typeof who === 'string'
    ? new InvalidInputError('sender', [`as: ${as} is not ${who}`])
    : refused('sender', { code: 'notSender', as, who });
}

/** Turns zod issues into "field.path: reason" lines a person can act on. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(value)'}: ${issue.message}`);
}

/** Parses `value` with `schema`, or throws an InvalidInputError about `subject` naming each field and the reason. */
export function parseInput<T extends z.ZodType>(schema: T, subject: string, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const error = new InvalidInputError(subject, describeIssues(result.error));
    throw Object.defineProperty(error, 'issues', { value: result.error.issues.slice(0, maxProblems) });
  }
  return result.data;
}

export function parsePolicy(input: unknown = {}): CyclePolicy {
  return parseInput(cyclePolicySchema(), 'cycle policy', input);
}

export const defaultPolicy = lazy((): CyclePolicy => parsePolicy({}));

/** What a body's decision needs of a policy: how bodies decide, and the zone their days are counted in. */
export type BodySettings = Pick<CyclePolicy, 'secretariatZone' | 'bodies'>;

export const bodySettingsOf = ({ secretariatZone, bodies }: CyclePolicy): BodySettings => ({ secretariatZone, bodies });

/** The policy a decision is taken by: these bodies' settings, the rest (unused by a decision) the defaults. */
export const policyForBodies = (settings?: BodySettings): CyclePolicy => ({ ...defaultPolicy(), ...settings });
