import { expect, it } from 'vitest';
import { outcomesMissing } from '../../../domain/cycle/annual-cycle';
import type { CycleRow, YearModel } from '../../../domain/cycle/year-view';
import type { CountryState } from '../../../domain/record/country-record';

// Which countries the Working Group's report still waits for, and why, as the report will say.
const record = (code: string, years: number[]) =>
  ({ country: { code }, cycles: years.map((year) => ({ year })) }) as unknown as CountryState;
const row = (country: string, stage: CycleRow['stage']) => ({ country, stage }) as CycleRow;

it('names each country without an outcome for the year, with why', () => {
  const model: YearModel = {
    cycles: { BRA: row('BRA', 'in-review'), CHL: row('CHL', 'closed-without-finalisation'), DZA: row('DZA', 'suspended') },
    previous: {},
  };
  const records = [record('ARG', [2027]), record('BRA', [2026]), record('CHL', []), record('DZA', []), record('ECU', [])];
  expect(outcomesMissing(records, model, 2027)).toEqual([
    { country: 'BRA', why: 'its cycle was still "in review" when the report was compiled' },
    { country: 'CHL', why: 'its cycle had ended ("closed without finalisation") but was still waiting to send its e-mails or publish' },
    { country: 'ECU', why: 'its cycle never reported to the year dashboard' },
  ]);
});
