import type { EventState } from '../../../domain/event/event';
import { html } from '../../html';
import type { PageContext } from '../../views/layout';
import { day } from '../../views/say';
import { eventDay } from '../events/events-page';

// A dossier's section on the Alliance's events (R2): each event the country was invited to, or left out of
// and why, the latest first, linked to the event's page.

export function dossierEvents(ctx: PageContext, code: string, events: EventState[]) {
  const said = ctx.w.events;
  const lines = events.flatMap((e) => {
    const line = e.countries.find((c) => c.code === code);
    if (!line) return [];
    const where = line.invited
      ? said.dossier.invited(line.invitedAt ? day(ctx, line.invitedAt) : '—')
      : said.dossier.leftOut(line.status === 'active' ? '—' : said.reason[line.status]);
    return [
      html`<li>${eventDay(ctx, e.event.date)}${ctx.w.terms.colon} <a href="/events/${e.workflowId}">${said.kind[e.event.kind]}, ${e.event.title}</a> (${said.stage[e.stage]})${ctx.w.terms.separator}${where}</li>`,
    ];
  });
  return html`<h2>${said.dossier.title}</h2>${lines.length ? html`<ul>${lines}</ul>` : html`<p>—</p>`}`;
}
