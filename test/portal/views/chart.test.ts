import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../../portal/views/chart';

// A chart is Vega-Lite rendered to SVG on the server: one image with a name, that shrinks to a phone's width.

const bars = (values: { country: string; indicators: number }[]) =>
  chartSvg(
    {
      data: { values },
      mark: 'bar',
      encoding: { y: { field: 'country', type: 'nominal' }, x: { field: 'indicators', type: 'quantitative' } },
    },
    'Indicators per country',
  );

describe('a chart', () => {
  it('draws one bar per value, as an image named by its label', async () => {
    const chart = (
      await bars([
        { country: 'Peru', indicators: 12 },
        { country: 'Nigeria', indicators: 7 },
        { country: 'Chile', indicators: 3 },
      ])
    ).value;
    expect(chart).toMatch(/^<figure class="chart" role="img" aria-label="Indicators per country"[^>]*><svg /);
    const barMarks = chart.match(/<g class="mark-rect role-mark[^"]*"[^>]*>(.*?)<\/g>/)?.[1] ?? '';
    expect(barMarks.match(/<path /g)).toHaveLength(3);
    for (const name of ['Peru', 'Nigeria', 'Chile']) expect(chart).toContain(`>${name}</text>`);
  });

  it('scales to its container rather than overflowing a phone', async () => {
    const svg = (await bars([{ country: 'Peru', indicators: 1 }])).value.match(/<svg[^>]*>/)![0];
    expect(svg).toMatch(/ viewBox="0 0 [\d.]+ [\d.]+"/);
    expect(svg).toContain('width="100%"');
    expect(svg).not.toMatch(/ height="[\d.]+"/);
  });

  it('escapes what the data says', async () => {
    const chart = (await bars([{ country: '<script>alert(1)</script>', indicators: 1 }])).value;
    expect(chart).not.toContain('<script>');
    expect(chart).toContain('&lt;script&gt;');
  });
});
