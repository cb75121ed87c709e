import { readFile } from 'node:fs/promises';
import isoCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { PathfinderStatus } from '../../domain/shared/country';
import { html, type Html } from '../html';
import type { PageContext } from './layout';
import { capital, country } from './say';

// The world map of the public site: Natural Earth's countries at 1:110m (world-atlas) projected with d3-geo
// and drawn as SVG on the server, so that the page needs no JavaScript. Each pathfinder is coloured by its
// status and links to its profile; a country too small to be drawn at this scale is named beside the map.

/** Fills that stay apart from each other and from the grey of the other countries (legend and list say it in words too). */
const fills: Record<PathfinderStatus, string> = { active: '#1b7a3d', inactive: '#b85c00', candidate: '#2f6db5', withdrawn: '#6e6e6e' };
const land = '#dcdcdc';
const width = 960;
/** Antarctica (ISO numeric 010) takes room and holds no pathfinder. */
const antarctica = '010';

type Shape = { id: string; d: string };

/** Every country's outline as an SVG path, by ISO 3166-1 numeric code: projected once, then reused by every page. */
let shapes: Promise<{ height: number; shapes: Shape[] }> | undefined;
const drawn = () => (shapes ??= project());

async function project() {
  // d3-geo is published as an ES module only: a dynamic import loads it from this CommonJS project.
  const { geoEqualEarth, geoPath } = await import('d3-geo');
  const atlas = JSON.parse(await readFile(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const all = feature(atlas, atlas.objects.countries).features.filter((f) => f.id !== undefined && f.id !== antarctica);
  const world = { type: 'FeatureCollection' as const, features: all };
  const projection = geoEqualEarth().fitWidth(width, world);
  const path = geoPath(projection).digits(1);
  const height = Math.ceil(path.bounds(world)[1][1]);
  return { height, shapes: all.map((f) => ({ id: String(f.id), d: path(f) ?? '' })).filter((s) => s.d) };
}

export async function worldMap(ctx: PageContext, countries: { code: string; name: string; status: PathfinderStatus }[]): Promise<Html> {
  const said = ctx.w.publicSite.map;
  const { height, shapes } = await drawn();
  const byNumber = new Map(countries.map((c) => [isoCountries.alpha3ToNumeric(c.code), c]));
  const named = (c: (typeof countries)[number]) => `${country(ctx, c)}${ctx.w.terms.colon} ${ctx.w.terms.status[c.status]}`;
  const onMap = new Set<string>();
  const paths = shapes.map((s) => {
    const c = byNumber.get(s.id);
    if (!c) return html`<path d="${s.d}" fill="${land}"/>`;
    onMap.add(c.code);
    return html`<a href="/countries/${c.code}"><title>${named(c)}</title><path d="${s.d}" fill="${fills[c.status]}" data-code="${c.code}"/></a>`;
  });
  const small = countries.filter((c) => !onMap.has(c.code));
  const statuses = (Object.keys(fills) as PathfinderStatus[]).filter((s) => countries.some((c) => c.status === s));
  const swatch = (status: PathfinderStatus) =>
    html`<svg width="14" height="14" aria-hidden="true" focusable="false"><rect width="14" height="14" fill="${fills[status]}"/></svg>`;
  return html`<div class="map">
<svg viewBox="0 0 ${width} ${height}" width="100%" role="group" aria-label="${said.label}" stroke="#fff" stroke-width="0.5">${paths}</svg>
<div><p>${said.legend}${ctx.w.terms.colon}</p><ul>${statuses.map((s) => html`<li>${swatch(s)} ${capital(ctx.w.terms.status[s])}</li>`)}</ul>
${
  small.length
    ? html`<p>${said.notShown}${ctx.w.terms.colon}</p><ul>${small.map((c) => html`<li>${swatch(c.status)} <a href="/countries/${c.code}">${named(c)}</a></li>`)}</ul>`
    : ''
}</div></div>`;
}
