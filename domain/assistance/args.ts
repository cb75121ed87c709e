import { z } from 'zod';
import { email, isoDate, requiredText } from '../shared/fields';
import { lazy } from '../shared/lazy';

// What the country's focal points, the Alliance's partners and the secretariat send about assistance in the
// implementation phase (DESIGN.md §8), validated before anything changes. Texts are bounded: the record
// keeps them in its state.

const line = (max: number) => requiredText().max(max, { message: `is longer than ${max} characters` });
const mechanism = () => z.enum(['I', 'II', 'III', 'IV'], { message: 'must be I, II, III or IV' });
const requestNumber = () =>
  z
    .number({ message: 'must be the number of a request' })
    .int({ message: 'must be the number of a request' })
    .positive({ message: 'must be the number of a request' });

/**
 * A focal point asks for assistance against a need of the roadmap (or a new one) through one mechanism.
 * `reactivation`: the support asked is to become active again, the one thing an inactive country may ask (R2).
 */
export const assistanceRequestArgs = lazy(() =>
  z.object({
    as: email(),
    need: line(1000),
    /** The roadmap's priority area the need belongs to, if any. */
    area: line(300).optional(),
    mechanism: mechanism(),
    details: z.string().trim().max(2000, { message: 'is longer than 2000 characters' }).default(''),
    reactivation: z.boolean().default(false),
  }),
);
export type AssistanceRequestArgs = z.input<ReturnType<typeof assistanceRequestArgs>>;

/**
 * A partner's contact offers assistance on an open request. The secretariat may offer reactivation support
 * on its own, without a request: then `mechanism` says how.
 */
export const assistanceOfferArgs = lazy(() =>
  z
    .object({
      as: email(),
      request: requestNumber().optional(),
      mechanism: mechanism().optional(),
      offer: line(2000),
    })
    .refine((a) => a.request !== undefined || a.mechanism !== undefined, {
      message: 'name the request offered on, or the mechanism of the reactivation support offered',
      path: ['request'],
    }),
);
export type AssistanceOfferArgs = z.input<ReturnType<typeof assistanceOfferArgs>>;

/** The secretariat matches one of a request's offers to it. */
export const assistanceMatchArgs = lazy(() => z.object({ as: email(), request: requestNumber(), offer: requestNumber() }));
export type AssistanceMatchArgs = z.input<ReturnType<typeof assistanceMatchArgs>>;

/** The secretariat records what was given on a matched request and when; `close` ends the request. */
export const assistanceGivenArgs = lazy(() =>
  z.object({ as: email(), request: requestNumber(), on: isoDate(), given: line(2000), close: z.boolean().default(true) }),
);
export type AssistanceGivenArgs = z.input<ReturnType<typeof assistanceGivenArgs>>;
