import { describe, expect, it } from 'vitest';
import { CountryRecord } from '../../../domain/record/country-record';
import { at, expectRefusal } from '../../helpers/rules';
import { malformed } from '../../helpers/updates';
import { governanceOfThree as governance, nepal, secretariat } from '../../helpers/fixtures';

// The Alliance's cycles before this system, entered by the secretariat (`pathfinder history import`): they
// count for R19 like cycles recorded here, marked as imported, and raise no flag themselves.

const now = at('2027-01-05T10:00:00Z');
const registered = () => CountryRecord.create(nepal, governance, now);
const noReport = {
  reportSubmitted: false,
  finalised: false,
  indicatorFrameworkUpdated: false,
  evidenceOfProgress: false,
  evidenceOfCollaboration: false,
};
const finalised = {
  reportSubmitted: true,
  finalised: true,
  indicatorFrameworkUpdated: true,
  evidenceOfProgress: true,
  evidenceOfCollaboration: false,
};

describe('importing past cycles', () => {
  it('keeps each year like a recorded cycle, marked as imported, with the report day as its submission', () => {
    const record = registered();
    record.importHistory(
      {
        as: secretariat.email,
        cycles: [
          { year: 2026, ...finalised, submittedOn: '2026-05-03', note: 'Report received by e-mail' },
          { year: 2025, ...noReport },
        ],
      },
      now,
    );
    expect(record.state.cycles).toEqual([
      expect.objectContaining({ year: 2025, stage: 'closed-without-report', outcome: { ...noReport, commentsUnanswered: false } }),
      {
        year: 2026,
        stage: 'finalised',
        outcome: { ...finalised, commentsUnanswered: false },
        rule: 'same-criterion',
        evidence: {
          deadline: '2026-04-30T21:59:59.000Z',
          extensions: 0,
          remindersSent: 0,
          submissions: [{ kind: 'report', at: '2026-05-03T12:00:00.000Z', late: true }],
          reviews: [],
        },
        closedAt: '2027-01-05T10:00:00.000Z',
        imported: { at: '2027-01-05T10:00:00.000Z', by: secretariat.email, note: 'Report received by e-mail' },
      },
    ]);
    expect(record.state.history.at(-1)!.what).toBe(`past cycles imported: 2026, 2025 (by ${secretariat.email})`);
  });

  it("keeps the references of a year's documents with the year, and no more than a report may carry", () => {
    const record = registered();
    const report = { name: 'report.pdf', type: 'application/pdf', size: 2048, sha256: 'a'.repeat(64) };
    record.importHistory(
      {
        as: secretariat.email,
        cycles: [
          { year: 2026, ...finalised, documents: [report] },
          { year: 2025, ...noReport },
        ],
      },
      now,
    );
    expect(record.state.cycles.map((c) => c.imported?.documents)).toEqual([undefined, [report]]);
    expectRefusal(
      record.state,
      () => record.importHistory({ as: secretariat.email, cycles: [{ year: 2024, ...noReport, documents: Array(21).fill(report) }] }, now),
      'cycles.0.documents',
      /at most 20 documents/,
    );
  });

  it('raises no flag for two imported years without a report (R19 waits for a cycle run here)', () => {
    const record = registered();
    record.importHistory({ as: secretariat.email, cycles: [2025, 2026].map((year) => ({ year, ...noReport })) }, now);
    expect(record.state.cycles.map((c) => c.flag)).toEqual([undefined, undefined]);
    expect(record.state.actions).toEqual([]);
    expect(record.state.outbox).toEqual([]);
  });

  it('refuses the whole file, changing nothing, for a year not yet closed, one already on record, or given twice', () => {
    const record = registered();
    record.importHistory({ as: secretariat.email, cycles: [{ year: 2025, ...noReport }] }, now);
    const refuse = (cycles: unknown[], field: string, reason: RegExp) =>
      expectRefusal(record.state, () => record.importHistory({ as: secretariat.email, cycles: malformed(cycles) }, now), field, reason);
    refuse(
      [
        { year: 2024, ...noReport },
        { year: 2027, ...noReport },
      ],
      'cycles.1.year',
      /the 2027 cycle has not closed yet/,
    );
    refuse([{ year: 2025, ...noReport }], 'cycles.0.year', /2025 is already on record for NPL/);
    refuse(
      [
        { year: 2024, ...noReport },
        { year: 2024, ...noReport },
      ],
      'cycles.1.year',
      /2024 is given twice/,
    );
  });

  it('refuses signs of a report in a year without one, unknown fields, and anyone but the secretariat', () => {
    const record = registered();
    const refuse = (args: unknown, field: string, reason: RegExp) =>
      expectRefusal(record.state, () => record.importHistory(malformed(args), now), field, reason);
    refuse(
      { as: secretariat.email, cycles: [{ year: 2024, ...noReport, finalised: true }] },
      'cycles.0.finalised',
      /cannot be given for a year without a report/,
    );
    refuse({ as: secretariat.email, cycles: [{ year: 2024, ...noReport, submitted: true }] }, 'cycles.0', /Unrecognized key/);
    refuse({ as: secretariat.email, cycles: [{ year: 1890, ...noReport }] }, 'cycles.0.year', /must be 1990 or later/);
    refuse(
      { as: secretariat.email, cycles: [{ year: 2024, ...finalised, commentsUnanswered: true }] },
      'cycles.0.commentsUnanswered',
      /cannot be given for a finalised report/,
    );
    refuse({ as: secretariat.email, cycles: [] }, 'cycles', /name at least one year/);
    refuse({ as: nepal.focalPoint.email, cycles: [{ year: 2024, ...noReport }] }, 'as', /is not the secretariat/);
  });
});
