import { describe, expect, it } from 'vitest';
import { CountryRecord } from '../../../domain/record/country-record';
import { assistanceGiven, assistanceLimits } from '../../../domain/assistance/assistance';
import type { Governance, Person } from '../../../domain/shared/country';
import { registrySchema } from '../../../domain/record/registry';
import { at, expectRefusal } from '../../helpers/rules';
import { deputy, focalPoint, governanceOfThree, nepal, secretariat } from '../../helpers/fixtures';

// Assistance in the implementation phase (DESIGN.md §8, R2): the country's focal points ask against a need,
// through a mechanism I–IV; partners offering that mechanism offer; the secretariat matches an offer and
// records what was given. An inactive country asks for, and is offered, only support to reactivate.

const now = at('2027-03-01T10:00:00Z');
const later = at('2027-03-08T10:00:00Z');
const person = (name: string, email: string, language: Person['language'] = 'en'): Person => ({
  name,
  email,
  language,
  zone: 'Europe/Zurich',
});
const amara = person('Amara Singh', 'amara.singh@partner.example.org');
const luc = person('Luc Girard', 'luc.girard@reseau.example.org', 'fr');
const governance: Governance = {
  ...governanceOfThree,
  partners: [
    { name: 'Decent Work Fund', mechanisms: ['II', 'III'], contacts: [amara] },
    { name: 'Réseau Savoirs', mechanisms: ['I'], contacts: [luc] },
  ],
};
const active = () => CountryRecord.create(nepal, governance, now);
const inactive = () => CountryRecord.create({ ...nepal, status: 'inactive' }, governance, now);
const need = { need: 'Survey of child labour in brick kilns', area: 'Brick kilns', mechanism: 'II' as const };
const told = (r: CountryRecord) => r.state.outbox.map((n) => `${n.kind} → ${n.to.email}`);

describe('a request for assistance', () => {
  it('is asked by a focal point against a need and a mechanism; the secretariat and the partners of that mechanism are told', () => {
    const record = active();
    record.requestAssistance({ as: deputy.email, ...need }, now);
    expect(record.state.assistance?.open).toEqual([
      expect.objectContaining({
        id: 1,
        by: deputy.email,
        need: need.need,
        area: need.area,
        mechanism: 'II',
        reactivation: false,
        offers: [],
      }),
    ]);
    expect(told(record)).toEqual([`assistance-requested → ${secretariat.email}`, `assistance-requested → ${amara.email}`]);
    expect(record.state.history.at(-1)?.event).toEqual({
      kind: 'assistance',
      step: { kind: 'requested', request: 1, need: need.need, mechanism: 'II', reactivation: false, by: deputy.email },
    });
  });

  it('is refused, nothing changed, from anyone but the focal points, without a need, or with a mechanism that is none', () => {
    const record = active();
    expectRefusal(record.state, () => record.requestAssistance({ as: amara.email, ...need }, now), 'as', /focal point or deputy of NPL/);
    expectRefusal(record.state, () => record.requestAssistance({ as: focalPoint.email, ...need, need: ' ' }, now), 'need', /is required/);
    expectRefusal(
      record.state,
      () => record.requestAssistance({ as: focalPoint.email, ...need, mechanism: 'V' as 'I' }, now),
      'mechanism',
      /I, II, III or IV/,
    );
  });

  it(`is bounded: at most ${assistanceLimits.open} open requests`, () => {
    const record = active();
    for (let i = 0; i < assistanceLimits.open; i++) record.requestAssistance({ as: focalPoint.email, ...need }, now);
    expectRefusal(record.state, () => record.requestAssistance({ as: focalPoint.email, ...need }, now), 'request', /20 open requests/);
  });
});

describe('an offer', () => {
  it('is made by a contact of a partner offering the mechanism; the country is told, the secretariat in copy', () => {
    const record = active();
    record.requestAssistance({ as: focalPoint.email, ...need }, now);
    record.state.outbox = [];
    record.offerAssistance({ as: amara.email, request: 1, offer: 'Two statisticians for three months' }, later);
    expect(record.state.assistance?.open[0]?.offers).toEqual([
      { id: 1, at: later.toISO(), by: amara.email, partner: 'Decent Work Fund', offer: 'Two statisticians for three months' },
    ]);
    expect(told(record)).toEqual([`assistance-offered → ${focalPoint.email}`, `assistance-offered → ${deputy.email}`]);
    expect(record.state.outbox[0]?.cc).toEqual([secretariat.email]);
  });

  it('is refused from a partner that does not offer the mechanism, from anyone else, and on a request that is not open', () => {
    const record = active();
    record.requestAssistance({ as: focalPoint.email, ...need }, now);
    expectRefusal(
      record.state,
      () => record.offerAssistance({ as: luc.email, request: 1, offer: 'Peer exchange' }, now),
      'as',
      /does not offer mechanism II/,
    );
    expectRefusal(
      record.state,
      () => record.offerAssistance({ as: focalPoint.email, request: 1, offer: 'x' }, now),
      'as',
      /Alliance partner/,
    );
    expectRefusal(
      record.state,
      () => record.offerAssistance({ as: amara.email, request: 7, offer: 'x' }, now),
      'request',
      /7 is not an open/,
    );
  });
});

describe('a match and what was given', () => {
  const matched = () => {
    const record = active();
    record.requestAssistance({ as: focalPoint.email, ...need }, now);
    record.offerAssistance({ as: amara.email, request: 1, offer: 'Two statisticians' }, now);
    record.state.outbox = [];
    return record;
  };

  it('the secretariat matches an offer: the country and the partner’s contact are told', () => {
    const record = matched();
    record.matchAssistance({ as: secretariat.email, request: 1, offer: 1 }, later);
    expect(record.state.assistance?.open[0]?.matched).toBe(1);
    expect(told(record)).toEqual([
      `assistance-matched → ${focalPoint.email}`,
      `assistance-matched → ${deputy.email}`,
      `assistance-matched → ${amara.email}`,
    ]);
  });

  it('only the secretariat matches, an offer that exists, once', () => {
    const record = matched();
    expectRefusal(record.state, () => record.matchAssistance({ as: focalPoint.email, request: 1, offer: 1 }, now), 'as', /secretariat/);
    expectRefusal(
      record.state,
      () => record.matchAssistance({ as: secretariat.email, request: 1, offer: 2 }, now),
      'offer',
      /not an offer/,
    );
    record.matchAssistance({ as: secretariat.email, request: 1, offer: 1 }, now);
    expectRefusal(
      record.state,
      () => record.matchAssistance({ as: secretariat.email, request: 1, offer: 1 }, now),
      'request',
      /matched already/,
    );
  });

  it('records what was given and when, closes the request to a summary, and the profile is republished', () => {
    const record = matched();
    expectRefusal(
      record.state,
      () => record.recordAssistanceGiven({ as: secretariat.email, request: 1, on: '2027-05-02', given: 'Survey designed' }, now),
      'request',
      /no offer matched yet/,
    );
    record.matchAssistance({ as: secretariat.email, request: 1, offer: 1 }, now);
    expectRefusal(
      record.state,
      () => record.recordAssistanceGiven({ as: secretariat.email, request: 1, on: '2 May', given: 'Survey designed' }, now),
      'on',
      /YYYY-MM-DD/,
    );
    record.state.actions = [];
    record.recordAssistanceGiven({ as: secretariat.email, request: 1, on: '2027-05-02', given: 'Survey designed and run' }, later);
    expect(record.state.assistance?.open).toEqual([]);
    expect(record.state.assistance?.closed).toEqual([
      {
        id: 1,
        at: now.toISO(),
        need: need.need,
        area: need.area,
        mechanism: 'II',
        reactivation: false,
        partner: 'Decent Work Fund',
        given: [{ on: '2027-05-02', given: 'Survey designed and run', by: secretariat.email, at: later.toISO() }],
        closedAt: later.toISO(),
      },
    ]);
    expect(assistanceGiven(record.state.assistance)).toEqual([
      { request: 1, need: need.need, mechanism: 'II', partner: 'Decent Work Fund', on: '2027-05-02', given: 'Survey designed and run' },
    ]);
    expect(record.state.actions).toEqual([{ kind: 'publish-profile' }]);
  });

  it(`keeps only the latest ${assistanceLimits.closedKept} closed requests: the record stays bounded over decades`, () => {
    const record = active();
    for (let i = 1; i <= assistanceLimits.closedKept + 3; i++) {
      record.requestAssistance({ as: focalPoint.email, ...need }, now);
      record.offerAssistance({ as: amara.email, request: i, offer: 'Help' }, now);
      record.matchAssistance({ as: secretariat.email, request: i, offer: 1 }, now);
      record.recordAssistanceGiven({ as: secretariat.email, request: i, on: '2027-05-02', given: 'Help' }, now);
      record.state.outbox = [];
      record.state.history = [];
    }
    expect(record.state.assistance?.closed).toHaveLength(assistanceLimits.closedKept);
    expect(record.state.assistance?.closed[0]?.id).toBe(4);
  });
});

describe('R2: an inactive country', () => {
  it('can ask for nothing but support to reactivate', () => {
    const record = inactive();
    expectRefusal(
      record.state,
      () => record.requestAssistance({ as: focalPoint.email, ...need }, now),
      'status',
      /only support to reactivate/,
    );
    record.requestAssistance({ as: focalPoint.email, ...need, reactivation: true }, now);
    expect(record.state.assistance?.open[0]?.reactivation).toBe(true);
  });

  it('is offered nothing on a request made while active, but may be offered support to reactivate', () => {
    const record = active();
    record.requestAssistance({ as: focalPoint.email, ...need }, now);
    record.requestAssistance({ as: focalPoint.email, ...need }, now);
    record.offerAssistance({ as: amara.email, request: 2, offer: 'Help' }, now);
    record.state.status = 'inactive';
    expectRefusal(
      record.state,
      () => record.offerAssistance({ as: amara.email, request: 1, offer: 'Help' }, now),
      'status',
      /only support to reactivate/,
    );
    expectRefusal(
      record.state,
      () => record.matchAssistance({ as: secretariat.email, request: 2, offer: 1 }, now),
      'status',
      /only support to reactivate/,
    );
    record.requestAssistance({ as: focalPoint.email, ...need, reactivation: true }, now);
    record.offerAssistance({ as: amara.email, request: 3, offer: 'Help to file the reactivation evidence' }, now);
    expect(record.state.assistance?.open.find((r) => r.id === 3)?.offers).toHaveLength(1);
  });

  it('is given nothing matched while it was active, once inactive', () => {
    const record = active();
    record.requestAssistance({ as: focalPoint.email, ...need }, now);
    record.offerAssistance({ as: amara.email, request: 1, offer: 'Help' }, now);
    record.matchAssistance({ as: secretariat.email, request: 1, offer: 1 }, now);
    record.state.status = 'inactive';
    expectRefusal(
      record.state,
      () => record.recordAssistanceGiven({ as: secretariat.email, request: 1, on: '2027-05-02', given: 'Survey designed' }, later),
      'status',
      /only support to reactivate/,
    );
  });

  it('may be offered support to reactivate by the secretariat on its own; an active country may not', () => {
    const record = inactive();
    record.offerAssistance({ as: secretariat.email, mechanism: 'IV', offer: 'A coordination mission to prepare the request' }, now);
    expect(record.state.assistance?.open).toEqual([
      expect.objectContaining({
        id: 1,
        by: secretariat.email,
        mechanism: 'IV',
        reactivation: true,
        offers: [expect.objectContaining({ partner: secretariat.name })],
      }),
    ]);
    expect(told(record)).toEqual([`assistance-offered → ${focalPoint.email}`, `assistance-offered → ${deputy.email}`]);
    const other = active();
    expectRefusal(
      other.state,
      () => other.offerAssistance({ as: secretariat.email, mechanism: 'IV', offer: 'x' }, now),
      'request',
      /only to reactivate/,
    );
  });

  it('a candidate asks for nothing', () => {
    const record = CountryRecord.create({ ...nepal, status: 'candidate' }, governance, now);
    expectRefusal(
      record.state,
      () => record.requestAssistance({ as: focalPoint.email, ...need, reactivation: true }, now),
      'status',
      /only a pathfinder country/,
    );
  });
});

describe('partners in the registry', () => {
  const file = (partners: unknown) => ({ secretariat, gcm: governanceOfThree.gcm, partners, countries: [] });
  it('takes partners with their mechanisms and contacts, and a registry without any', () => {
    const parsed = registrySchema.parse(file([{ name: 'Decent Work Fund', mechanisms: ['II', 'III'], contacts: [amara] }]));
    expect(parsed.partners).toEqual([{ name: 'Decent Work Fund', mechanisms: ['II', 'III'], contacts: [amara] }]);
    expect(registrySchema.parse({ secretariat, gcm: governanceOfThree.gcm, countries: [] }).partners).toEqual([]);
  });
  it.each([
    [[{ name: 'A', mechanisms: [], contacts: [amara] }], 'partners.0.mechanisms', /at least one mechanism/],
    [[{ name: 'A', mechanisms: ['V'], contacts: [amara] }], 'partners.0.mechanisms.0', /I, II, III or IV/],
    [[{ name: 'A', mechanisms: ['I'], contacts: [] }], 'partners.0.contacts', /at least one contact/],
    [
      [
        { name: 'A', mechanisms: ['I'], contacts: [amara] },
        { name: 'B', mechanisms: ['II'], contacts: [amara] },
      ],
      'partners.1.contacts.0.email',
      /already a contact of partner 0/,
    ],
  ])('refuses %j at %s', (partners, field, reason) => {
    const result = registrySchema.safeParse(file(partners));
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join('.') === field);
    expect(issue?.message, JSON.stringify(result.error!.issues)).toMatch(reason);
  });
});
