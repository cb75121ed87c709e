import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };
import type { HlpfCompilation } from '../../../domain/publication/site';
import { html, type Html } from '../../html';
import { chartSvg } from '../../views/chart';
import type { PageContext } from '../../views/layout';
import { country } from '../../views/say';

// The year's figures across countries as two bar charts (Vega-Lite): the indicators each framework holds, with a
// latest value or without; and what each report counts of evidence, collaboration and stakeholder groups.

type Countries = HlpfCompilation['countries'];

/** Bars side by side (one per measure) or stacked, one row per country in the order given, with the legend below. */
const bars = (
  values: { country: string; measure: string; n: number }[],
  measures: string[],
  colours: string[],
  grouped: boolean,
): TopLevelSpec => ({
  width: 360,
  height: { step: grouped ? 16 : 28 },
  // Letters as large as the page's once the chart is shrunk to a phone's width.
  config: { font: 'system-ui, sans-serif', axis: { labelFontSize: 14 }, legend: { labelFontSize: 14, symbolSize: 150 } },
  data: { values },
  mark: { type: 'bar', tooltip: false },
  encoding: {
    y: { field: 'country', type: 'nominal', sort: null, title: null },
    ...(grouped && { yOffset: { field: 'measure', type: 'nominal', sort: measures } }),
    x: { field: 'n', type: 'quantitative', title: null, axis: { tickMinStep: 1, format: 'd' } },
    color: {
      field: 'measure',
      type: 'nominal',
      title: null,
      scale: { domain: measures, range: colours },
      // No limit: vega guesses text wider than it is, and would cut a long label short.
      legend: { orient: 'bottom', columns: 1, labelLimit: 0 },
    },
  },
});

export async function yearCharts(ctx: PageContext, countries: Countries): Promise<Html> {
  const w = ctx.w.hlpf;
  const f = w.figures;
  const name = (c: Countries[number]) => country(ctx, c);
  const indicators = countries.flatMap((c) => [
    { country: name(c), measure: w.withValue, n: c.report.figures.indicatorsWithValue },
    { country: name(c), measure: w.withoutValue, n: c.report.figures.indicators - c.report.figures.indicatorsWithValue },
  ]);
  const activity = countries.flatMap((c) => [
    { country: name(c), measure: f.evidence, n: c.report.figures.evidence },
    { country: name(c), measure: f.collaboration, n: c.report.figures.collaboration },
    { country: name(c), measure: f.stakeholderGroups, n: c.report.figures.stakeholderGroups },
  ]);
  const [first, second] = await Promise.all([
    chartSvg(bars(indicators, [w.withValue, w.withoutValue], ['#1b7a3d', '#b3b3b3'], false), w.indicatorsChart),
    chartSvg(bars(activity, [f.evidence, f.collaboration, f.stakeholderGroups], ['#0b4f8a', '#b85c00', '#6b3fa0'], true), w.activityChart),
  ]);
  return html`<h3>${w.indicatorsChart}</h3>${first}<h3>${w.activityChart}</h3>${second}`;
}
