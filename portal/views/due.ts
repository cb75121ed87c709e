import { html } from '../html';
import { secretariatZone } from '../tasks';
import type { PageContext } from './layout';
import { dayAndHour, labelled } from './say';

/** When a task is due, in the reader's zone and in the secretariat's. */
export const dueLine = (ctx: PageContext, dueAt: string, zone: string) => {
  const t = ctx.w.terms;
  return html`${labelled(ctx, t.due)} ${dayAndHour(ctx, dueAt, zone)} (${t.yourTime}) · ${dayAndHour(ctx, dueAt, secretariatZone)} (${t.secretariatTime}, ${secretariatZone})`;
};
