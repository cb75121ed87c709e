import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };
import type { SiteCountry } from '../../../domain/publication/site';
import type { Html } from '../../html';
import { chartSvg } from '../../views/chart';
import type { PageContext } from '../../views/layout';

// A country's indicator framework over the years (the profile), as a Vega-Lite specification drawn on the
// server by chartSvg. Titles and axes
// speak the reader's language; the data is what the site files hold.

/** Narrow enough that a phone, which scales the chart down to its width, still shows its words at a readable size. */
const width = 400;
const [dark, green] = ['#0b4f8a', '#1b7a3d'];
/** The figure's label names the chart; Vega's own descriptions of each mark (in English) would only be noise. */
const text = { labelFontSize: 13, titleFontSize: 13 };
const config = { aria: false, axis: text, legend: text, header: text } as const;

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
