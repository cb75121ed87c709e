import type { Governance, PathfinderStatus, Person } from '../shared/country';
import type { SupportMechanism } from '../escalation/args';
import { secretariatPeople } from '../shared/roles';
import { parseInput, refused, requireSender } from '../cycle/policy';
import type { CountryRef } from '../shared/refusals';
import {
  assistanceGivenArgs,
  assistanceMatchArgs,
  assistanceOfferArgs,
  assistanceRequestArgs,
  type AssistanceGivenArgs,
  type AssistanceMatchArgs,
  type AssistanceOfferArgs,
  type AssistanceRequestArgs,
} from './args';

// Assistance in the implementation phase (DESIGN.md §8, R2): a country's focal points ask for it against a
// need, partners offer it, the secretariat matches an offer and records what was given. Pure rules over the
// country's assistance record; the country's record keeps it, tells people and writes the history.

export interface AssistanceOffer {
  id: number;
  at: string;
  /** The contact who offered, and the partner they act for ("Alliance 8.7 secretariat" for its own offers). */
  by: string;
  partner: string;
  offer: string;
}

export interface AssistanceGiven {
  /** The day it was given, as the secretariat records it. */
  on: string;
  given: string;
  by: string;
  at: string;
}

export interface AssistanceRequest {
  id: number;
  at: string;
  by: string;
  need: string;
  area?: string;
  mechanism: SupportMechanism;
  details: string;
  /** Support to become active again: the one thing an inactive country may ask or be offered (R2). */
  reactivation: boolean;
  offers: AssistanceOffer[];
  /** The offer the secretariat matched. */
  matched?: number;
  given: AssistanceGiven[];
}

/** A closed request keeps what was asked and what was given, not its offers: the record stays bounded. */
export interface ClosedAssistance {
  id: number;
  at: string;
  need: string;
  area?: string;
  mechanism: SupportMechanism;
  reactivation: boolean;
  partner?: string;
  given: AssistanceGiven[];
  closedAt: string;
}

export interface AssistanceRecord {
  /** The number the next request takes. */
  next: number;
  open: AssistanceRequest[];
  closed: ClosedAssistance[];
}

// The record carries all of it in its state and its continue-as-new input: at 2,000 characters a text, these
// bounds keep the assistance under a megabyte, well within a Temporal payload.
export const assistanceLimits = { open: 20, offers: 5, given: 5, closedKept: 40 } as const;

export const noAssistance = (): AssistanceRecord => ({ next: 1, open: [], closed: [] });

/** What the rules need of the country. */
export interface AssistanceContext {
  country: CountryRef;
  status: PathfinderStatus;
  focalPoints: Person[];
  governance: Governance;
}

/** The partner a contact acts for, if any. */
export const partnerOfContact = (g: Governance, email: string) => (g.partners ?? []).find((p) => p.contacts.some((c) => c.email === email));

/** The contacts of the partners that offer a mechanism: those told of a request through it. */
export const contactsFor = (g: Governance, mechanism: SupportMechanism): Person[] =>
  (g.partners ?? []).filter((p) => p.mechanisms.includes(mechanism)).flatMap((p) => p.contacts);

/** R2: an inactive country asks and is offered only support to reactivate; a candidate or a withdrawn one, nothing. */
function allowed(ctx: AssistanceContext, reactivation: boolean, action: 'assistanceRequest' | 'assistanceOffer'): void {
  if (ctx.status === 'active') return;
  if (ctx.status === 'inactive') {
    if (reactivation) return;
    throw refused('status', { code: 'assistance', why: 'reactivationOnly', country: ctx.country, action });
  }
  throw refused('status', { code: 'wrongStatus', country: ctx.country, status: ctx.status, action });
}

function openRequest(record: AssistanceRecord, id: number): AssistanceRequest {
  const found = record.open.find((r) => r.id === id);
  if (!found) throw refused('assistance', { code: 'assistance', why: 'noRequest', request: id });
  return found;
}

export function validateRequest(ctx: AssistanceContext, record: AssistanceRecord, args: unknown) {
  const parsed = parseInput(assistanceRequestArgs(), 'assistance request', args);
  requireSender(parsed.as, ctx.focalPoints, { role: 'focalPoint', country: ctx.country });
  allowed(ctx, parsed.reactivation, 'assistanceRequest');
  if (record.open.length >= assistanceLimits.open)
    throw refused('assistance', { code: 'assistance', why: 'tooMany', max: assistanceLimits.open });
  return parsed;
}

export function request(ctx: AssistanceContext, record: AssistanceRecord, args: AssistanceRequestArgs, at: string): AssistanceRequest {
  const { as, need, area, mechanism, details, reactivation } = validateRequest(ctx, record, args);
  const made: AssistanceRequest = {
    id: record.next++,
    at,
    by: as,
    need,
    ...(area && { area }),
    mechanism,
    details,
    reactivation,
    offers: [],
    given: [],
  };
  record.open.push(made);
  return made;
}

/** Who offers: a contact of a partner that offers the request's mechanism, or the secretariat. */
function offerer(ctx: AssistanceContext, as: string, mechanism: SupportMechanism): { partner: string } {
  const g = ctx.governance;
  if (secretariatPeople(g).some((p) => p.email === as)) return { partner: g.secretariat.name };
  const partner = partnerOfContact(g, as);
  if (!partner) throw refused('sender', { code: 'notSender', as, who: { role: 'partner' } });
  if (!partner.mechanisms.includes(mechanism))
    throw refused('assistance', { code: 'assistance', why: 'mechanism', partner: partner.name, mechanism });
  return { partner: partner.name };
}

export function validateOffer(ctx: AssistanceContext, record: AssistanceRecord, args: unknown) {
  const parsed = parseInput(assistanceOfferArgs(), 'assistance offer', args);
  if (parsed.request === undefined) {
    // The secretariat's own offer of support to reactivate (S12), to an inactive country only.
    requireSender(parsed.as, secretariatPeople(ctx.governance), { role: 'secretariat', email: ctx.governance.secretariat.email });
    if (ctx.status !== 'inactive') throw refused('assistance', { code: 'assistance', why: 'ownOfferInactiveOnly', country: ctx.country });
    if (record.open.length >= assistanceLimits.open)
      throw refused('assistance', { code: 'assistance', why: 'tooMany', max: assistanceLimits.open });
    return { ...parsed, mechanism: parsed.mechanism!, partner: ctx.governance.secretariat.name, asked: undefined };
  }
  const asked = openRequest(record, parsed.request);
  const { partner } = offerer(ctx, parsed.as, asked.mechanism);
  allowed(ctx, asked.reactivation, 'assistanceOffer');
  if (asked.offers.length >= assistanceLimits.offers)
    throw refused('assistance', { code: 'assistance', why: 'tooManyOffers', request: asked.id, max: assistanceLimits.offers });
  return { ...parsed, mechanism: asked.mechanism, partner, asked };
}

/** An offer, on its request (created for the secretariat's own offer of reactivation support). */
export function offer(ctx: AssistanceContext, record: AssistanceRecord, args: AssistanceOfferArgs, at: string) {
  const { as, offer: text, mechanism, partner, asked } = validateOffer(ctx, record, args);
  const on: AssistanceRequest = asked ?? {
    id: record.next++,
    at,
    by: as,
    need: text,
    mechanism,
    details: '',
    reactivation: true,
    offers: [],
    given: [],
  };
  if (!asked) record.open.push(on);
  const made: AssistanceOffer = { id: on.offers.length + 1, at, by: as, partner, offer: text };
  on.offers.push(made);
  return { request: on, offer: made };
}

export function validateMatch(ctx: AssistanceContext, record: AssistanceRecord, args: unknown) {
  const parsed = parseInput(assistanceMatchArgs(), 'assistance match', args);
  requireSender(parsed.as, secretariatPeople(ctx.governance), { role: 'secretariat', email: ctx.governance.secretariat.email });
  const asked = openRequest(record, parsed.request);
  const chosen = asked.offers.find((o) => o.id === parsed.offer);
  if (!chosen) throw refused('assistance', { code: 'assistance', why: 'noOffer', request: asked.id, offer: parsed.offer });
  if (asked.matched !== undefined) throw refused('assistance', { code: 'assistance', why: 'alreadyMatched', request: asked.id });
  allowed(ctx, asked.reactivation, 'assistanceOffer');
  return { ...parsed, asked, chosen };
}

export function match(ctx: AssistanceContext, record: AssistanceRecord, args: AssistanceMatchArgs) {
  const { asked, chosen } = validateMatch(ctx, record, args);
  asked.matched = chosen.id;
  return { request: asked, offer: chosen };
}

export function validateGiven(ctx: AssistanceContext, record: AssistanceRecord, args: unknown) {
  const parsed = parseInput(assistanceGivenArgs(), 'assistance given', args);
  requireSender(parsed.as, secretariatPeople(ctx.governance), { role: 'secretariat', email: ctx.governance.secretariat.email });
  const asked = openRequest(record, parsed.request);
  // R2: what an inactive country may receive is support to reactivate, even if it was matched while active.
  allowed(ctx, asked.reactivation, 'assistanceOffer');
  if (asked.matched === undefined) throw refused('assistance', { code: 'assistance', why: 'notMatched', request: asked.id });
  if (asked.given.length >= assistanceLimits.given)
    throw refused('assistance', { code: 'assistance', why: 'tooManyGiven', request: asked.id, max: assistanceLimits.given });
  return { ...parsed, asked };
}

/** What was given and when; closing keeps the request as a summary, and only the latest closed ones. */
export function recordGiven(ctx: AssistanceContext, record: AssistanceRecord, args: AssistanceGivenArgs, at: string) {
  const { as, on, given, close, asked } = validateGiven(ctx, record, args);
  asked.given.push({ on, given, by: as, at });
  if (close) {
    record.open = record.open.filter((r) => r !== asked);
    const partner = asked.offers.find((o) => o.id === asked.matched)?.partner;
    const { id, need, area, mechanism, reactivation } = asked;
    record.closed.push({
      id,
      at: asked.at,
      need,
      ...(area && { area }),
      mechanism,
      reactivation,
      ...(partner && { partner }),
      given: asked.given,
      closedAt: at,
    });
    record.closed.splice(0, Math.max(0, record.closed.length - assistanceLimits.closedKept));
  }
  return { request: asked, closed: close };
}

/** One delivery of assistance, as the country's public page and dossier list it. */
export interface AssistanceGivenRow {
  request: number;
  need: string;
  mechanism: SupportMechanism;
  partner?: string;
  on: string;
  given: string;
}

/** Everything given to the country, latest first: what its public page and the dossier show. */
export function assistanceGiven(record: AssistanceRecord | undefined): AssistanceGivenRow[] {
  if (!record) return [];
  const entries = [...record.closed, ...record.open.map((r) => ({ ...r, partner: r.offers.find((o) => o.id === r.matched)?.partner }))];
  return entries
    .flatMap((r) =>
      r.given.map((g) => ({
        request: r.id,
        need: r.need,
        mechanism: r.mechanism,
        ...(r.partner && { partner: r.partner }),
        on: g.on,
        given: g.given,
      })),
    )
    .sort((a, b) => b.on.localeCompare(a.on));
}

/** A year's assistance as the Working Group's report tells it (R18): how many requests were made in it, what was given in it. */
export function assistanceOfYear(record: AssistanceRecord | undefined, year: number): { requested: number; given: AssistanceGivenRow[] } {
  const inYear = (day: string) => day.startsWith(`${year}-`);
  const requested = [...(record?.open ?? []), ...(record?.closed ?? [])].filter((r) => inYear(r.at)).length;
  return { requested, given: assistanceGiven(record).filter((g) => inYear(g.on)) };
}
