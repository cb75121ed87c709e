import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };
import { Html, html } from '../html';

// Charts drawn by Vega-Lite and rendered to SVG on the server, so that a page needs no JavaScript to show them.
// vega and vega-lite are ES modules only; the project is CommonJS, so they are loaded with a real dynamic import.

/** The chart of `spec` as an SVG image named `label`, scaled to the width of its container. */
export async function chartSvg(spec: TopLevelSpec, label: string): Promise<Html> {
  const [{ compile }, { View, parse }] = await Promise.all([import('vega-lite'), import('vega')]);
  // Vega describes axes and marks in English whatever the page's language: the label names the image instead.
  const unlabelled = { ...spec, config: { aria: false, ...spec.config } } as TopLevelSpec;
  const view = new View(parse(compile(unlabelled).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return html`<figure class="chart" role="img" aria-label="${label}" style="margin:1rem 0">${new Html(scalable(svg))}</figure>`;
  } finally {
    view.finalize();
  }
}

// Vega writes the chart's size in pixels; a viewBox of that size with a relative width lets it shrink on a phone
// (where a figure's own side margins would narrow it further, hence none).
// The label names the image, so the SVG itself is hidden from assistive technology rather than read mark by mark.
function scalable(svg: string): string {
  return svg.replace(
    /^<svg([^>]*?) width="([\d.]+)" height="([\d.]+)"( viewBox="[^"]*")?/,
    (_match, attrs: string, w: string, h: string) => {
      return `<svg${attrs} viewBox="0 0 ${w} ${h}" width="100%" style="max-width:${w}px;height:auto" aria-hidden="true" focusable="false"`;
    },
  );
}
