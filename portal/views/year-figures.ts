import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };
import type { SiteIndex, SiteReport } from '../../domain/publication/site';
import type { Html } from '../html';
import { chartSvg } from './chart';
import type { PageContext } from './layout';

// The year's figures across countries, as the public index and the HLPF compilation show them: how many
// countries' reports show each sign, one bar a sign, so the chart reads the same with 3 countries or 200.

const width = 300;
const colour = '#0b4f8a';
/** Letters as large as the page's once the chart is shrunk to a phone's width. */
const text = { labelFontSize: 16, titleFontSize: 16 };
const config = { axis: text, legend: text } as const;

const bars = (values: { label: string; n: number }[], countAxis: string, labelAxis: string | null, sorted: boolean): TopLevelSpec => ({
  config,
  width,
  height: { step: 30 },
  data: { values },
  encoding: {
    y: {
      field: 'label',
      type: 'nominal',
      sort: sorted ? 'ascending' : null,
      title: labelAxis,
      // No limit: Vega guesses text wider than it is and would cut a label short.
      axis: { labelLimit: 0 },
    },
    x: { field: 'n', type: 'quantitative', title: countAxis, axis: { tickMinStep: 1, format: 'd' } },
  },
  // Each bar's number written at its end, so the reader need not measure it against the axis.
  layer: [
    { mark: { type: 'bar', color: colour } },
    { mark: { type: 'text', align: 'left', dx: 4, fontSize: 16 }, encoding: { text: { field: 'n', type: 'quantitative' } } },
  ],
});

/** How many of the year's final reports show each sign: published, framework updated, evidence, collaboration, social partners. */
export function yearFiguresChart(ctx: PageContext, year: number, reports: Pick<SiteReport, 'figures'>[]): Promise<Html> {
  const said = ctx.w.publicSite.yearFigures;
  const count = (test: (f: SiteReport['figures']) => boolean) => reports.filter((r) => test(r.figures)).length;
  const values = [
    { label: said.published, n: reports.length },
    { label: said.updated, n: count((f) => f.frameworkUpdated) },
    { label: said.evidence, n: count((f) => f.evidence > 0) },
    { label: said.collaboration, n: count((f) => f.collaboration > 0) },
    { label: said.socialPartners, n: count((f) => f.socialPartners) },
  ];
  return chartSvg(bars(values, said.countries, null, false), said.chart(year));
}

/** The final reports published for each year, by every country in the index. */
export function reportsPerYearChart(ctx: PageContext, index: SiteIndex): Promise<Html> {
  const said = ctx.w.publicSite.yearFigures;
  const perYear = new Map<number, number>();
  for (const entry of index.countries) for (const { year } of entry.reports) perYear.set(year, (perYear.get(year) ?? 0) + 1);
  const values = [...perYear].sort(([a], [b]) => a - b).map(([year, n]) => ({ label: String(year), n }));
  return chartSvg(bars(values, said.reports, said.year, true), said.perYearChart);
}
