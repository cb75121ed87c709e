import { html } from '../../html';
import type { RoadmapLink } from '../../tasks';
import type { PageContext } from '../../views/layout';
import { country, labelled } from '../../views/say';

/** The home page's links to assistance: each focal point's country page, and a partner's (or the secretariat's) open requests. */
export const assistanceLinks = (ctx: PageContext, countries: RoadmapLink[], offers: boolean) =>
  html`${countries.map(
    (c) =>
      html`<p><a href="/countries/${c.code}/assistance">${labelled(ctx, ctx.w.assistance.yours)} ${country(ctx, { code: c.code, name: c.countryName })}</a></p>`,
  )}${offers ? html`<p><a href="/partners">${ctx.w.assistance.partners}</a></p>` : ''}`;
