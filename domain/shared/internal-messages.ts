import { z } from 'zod';
import { personSchema, statuses } from './country';
import { isoDate } from './fields';
import { lazy } from './lazy';
import { cycleOutcomeSchema } from '../cycle/report';
import { cycleRowSchema } from '../cycle/year-view';
import { candidacyEventSchema, escalationEventSchema } from './history-event';

// What a country's record, a reporting cycle and the annual run accept from the project's other workflows
// and from `countries import`. Anyone who can
// reach the server can send these signals too, so each is checked for shape before it changes anything;
// loose objects, so that a field added later is carried, not dropped.

const text = (max: number) => z.string().max(max, { message: `must be at most ${max} characters` });
const year = () => z.number().int().min(2000).max(2200);
const people = () => z.array(personSchema()).max(50, { message: 'at most 50 people' });

export const internalMessages = lazy(() => ({
  updateCountry: z.looseObject({
    country: z.looseObject({
      code: z.string().regex(/^[A-Z]{3}$/, { message: 'is not an ISO 3166-1 alpha-3 code' }),
      name: text(200).min(1),
      status: z.enum(statuses),
      grantedOn: isoDate().optional(),
      focalPoint: personSchema(),
      deputy: personSchema(),
      reviewers: people(),
    }),
    governance: z.looseObject({ secretariat: personSchema(), gcm: people() }),
    signature: z.string().max(2000).optional(),
  }),
  cycleClosed: z.looseObject({
    year: year(),
    stage: text(64),
    outcome: cycleOutcomeSchema(),
    rule: z.enum(['same-criterion', 'any-shortfall']),
    evidence: z.looseObject({
      deadline: text(64),
      extensions: z.number().int().min(0),
      remindersSent: z.number().int().min(0),
      submissions: z.array(z.unknown()).max(100),
      reviews: z.array(z.unknown()).max(100),
    }),
  }),
  escalationStep: z.object({ year: year(), what: text(5000), event: escalationEventSchema().optional() }),
  escalationClosed: z.object({ year: year(), result: z.enum(['resumed', 'inactive']), reason: text(5000) }),
  reactivationClosed: z.object({
    workflowId: text(200),
    result: z.enum(['reactivated', 'refused']),
    note: text(5000),
    nextCycleYear: year(),
  }),
  reactivationNoted: z.object({
    workflowId: text(200),
    noted: z.boolean(),
    on: isoDate(),
    how: z.enum(['meeting', 'silence-procedure']),
    reasons: z.array(text(5000)).max(20),
  }),
  candidacyStep: z.object({ what: text(5000), event: candidacyEventSchema().optional() }),
  granted: z.object({ grantedOn: isoDate(), reviewers: people(), roadmap: text(5000) }),
  candidacyWithdrawn: z.object({ reason: text(5000), withdrawal: z.object({ reason: text(5000), by: text(254) }).optional() }),
  /** From the year's annual run: the WG's signed report has reviewed the country's proposed flag of that year. */
  wgFlagReviewed: z.object({ year: year() }),
  /** To a reporting cycle: the registry's focal point and deputy now. */
  focalPointsChanged: z.object({ focalPoint: personSchema(), deputy: personSchema() }),
  /** To a reporting cycle: the registry's reviewers of the country now. */
  reviewersChanged: z.object({ reviewers: people() }),
  /** To the year's annual run: a cycle's row of the dashboard. */
  cycleRow: cycleRowSchema(),
}));

export type InternalMessage = keyof ReturnType<typeof internalMessages>;
