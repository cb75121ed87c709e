import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };
import type { SiteCountry, SiteYear } from '../../../domain/publication/site';
import type { Html } from '../../html';
import { chartSvg } from '../../views/chart';
import type { PageContext } from '../../views/layout';
import { country } from '../../views/say';

// The public site's charts as Vega-Lite specifications, drawn on the server by chartSvg: the year's figures
// across countries (index) and a country's indicator framework over the years (profile). Titles and axes
// speak the reader's language; the data is what the site files hold.

/** Narrow enough that a phone, which scales the chart down to its width, still shows its words at a readable size. */
const width = 400;
const [dark, light, green] = ['#0b4f8a', '#7fb3e0', '#1b7a3d'];
/** The figure's label names the chart; Vega's own descriptions of each mark (in English) would only be noise. */
const text = { labelFontSize: 13, titleFontSize: 13 };
const config = { aria: false, axis: text, legend: text, header: text } as const;

/** Two charts of the year's reports: indicators with a value out of all, and what each report counted. */
export async function yearCharts(ctx: PageContext, year: SiteYear): Promise<Html[]> {
  const said = ctx.w.publicSite;
  const byCountry = { field: 'country', type: 'nominal', title: said.country, sort: 'ascending' } as const;
  const legend = { orient: 'bottom', direction: 'vertical', labelLimit: 400 } as const;
  // All of a country's indicators, and over them, as long as it goes, those with a latest value.
  const kinds = [said.indicators, said.withValue];
  const reported = year.countries.flatMap((c) =>
    [c.report.figures.indicators, c.report.figures.indicatorsWithValue].map((value, i) => ({
      country: country(ctx, c),
      kind: kinds[i],
      value,
    })),
  );
  const indicators: TopLevelSpec = {
    config,
    width,
    data: { values: reported },
    mark: 'bar',
    encoding: {
      y: byCountry,
      x: { field: 'value', type: 'quantitative', title: said.count, stack: null, axis: { tickMinStep: 1, format: 'd' } },
      color: { field: 'kind', type: 'nominal', title: null, sort: kinds, scale: { domain: kinds, range: [light, dark] }, legend },
    },
  };
  const measures = [said.evidence, said.collaboration, said.stakeholderGroups];
  const counted = year.countries.flatMap((c) =>
    [c.report.figures.evidence, c.report.figures.collaboration, c.report.figures.stakeholderGroups].map((value, i) => ({
      country: country(ctx, c),
      measure: measures[i],
      value,
    })),
  );
  const activity: TopLevelSpec = {
    config,
    width,
    data: { values: counted },
    mark: 'bar',
    encoding: {
      y: byCountry,
      yOffset: { field: 'measure', type: 'nominal', sort: measures },
      x: { field: 'value', type: 'quantitative', title: said.count, axis: { tickMinStep: 1, format: 'd' } },
      color: {
        field: 'measure',
        type: 'nominal',
        sort: measures,
        title: said.measure,
        scale: { domain: measures, range: [dark, light, green] },
        legend,
      },
    },
  };
  return Promise.all([chartSvg(indicators, said.indicatorsChart(year.year)), chartSvg(activity, said.activityChart(year.year))]);
}

/** Each indicator's latest value by report year, one small chart an indicator (their scales differ), its target dashed. */
export async function frameworkChart(ctx: PageContext, site: SiteCountry): Promise<Html | undefined> {
  const said = ctx.w.publicSite;
  const values = site.frameworks.flatMap((f) =>
    f.indicators
      .filter((i) => i.latestValue !== undefined)
      .map((i) => ({ indicator: `${i.code} ${i.name}`, year: String(f.year), value: i.latestValue, target: i.target })),
  );
  if (!values.length) return undefined;
  const spec: TopLevelSpec = {
    config,
    data: { values },
    facet: {
      row: {
        field: 'indicator',
        type: 'nominal',
        title: null,
        header: { labelAngle: 0, labelAlign: 'left', labelAnchor: 'start', labelOrient: 'top', labelLimit: width },
      },
    },
    spec: {
      width,
      height: 120,
      layer: [
        {
          mark: { type: 'line', color: dark, point: { filled: true, size: 60, color: dark } },
          encoding: {
            x: { field: 'year', type: 'ordinal', title: said.reportYear, axis: { labelAngle: 0 } },
            y: { field: 'value', type: 'quantitative', title: said.value, scale: { zero: false }, axis: { format: '~g' } },
          },
        },
        {
          // The target across the whole width: one dashed rule, drawn only where the indicator has one.
          transform: [{ filter: 'isValid(datum.target)' }],
          mark: { type: 'rule', color: green, strokeDash: [6, 4], strokeWidth: 2 },
          encoding: { y: { aggregate: 'max', field: 'target', type: 'quantitative' } },
        },
      ],
    },
    resolve: { scale: { y: 'independent' } },
  };
  return chartSvg(spec, said.frameworkChart);
}
