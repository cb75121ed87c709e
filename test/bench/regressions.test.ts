import { describe, expect, it } from 'vitest';
import { regressions, type Tracked } from '../../bench/regressions';

const figure = (median: number, min: number, max: number) => ({ median, min, max, runs: [min, median, max] });
const tracked: Tracked[] = [
  { label: 'opening ratio', path: 'openingRatio', better: 'lower' },
  { label: 'e-mails per second', path: 'emailsPerSecond.sequential', better: 'higher' },
];

describe('bench regressions', () => {
  it('names a row that got worse by more than its committed range, in the direction that is worse', () => {
    const committed = { openingRatio: figure(1.2, 1.1, 1.4), emailsPerSecond: { sequential: figure(400, 380, 420) } };
    const current = { openingRatio: figure(1.55, 1.5, 1.6), emailsPerSecond: { sequential: figure(350, 340, 360) } };
    expect(regressions(committed, current, tracked)).toEqual([
      'opening ratio: 1.55 against 1.2 committed (range 1.1–1.4)',
      'e-mails per second: 350 against 400 committed (range 380–420)',
    ]);
  });

  it('says nothing of a row within its range, better than before, or missing on either side', () => {
    const committed = { openingRatio: figure(1.2, 1.1, 1.4) };
    expect(regressions(committed, { openingRatio: figure(1.4, 1.3, 1.5) }, tracked)).toEqual([]);
    expect(regressions(committed, { openingRatio: figure(0.9, 0.8, 1) }, tracked)).toEqual([]);
    expect(regressions({}, { openingRatio: figure(9, 9, 9) }, tracked)).toEqual([]);
  });
});
