import { DateTime } from 'luxon';
import { html } from '../html';
import { secretariatZone } from '../tasks';
import type { PageContext } from './layout';

const when = (iso: string, zone: string, lang: string) =>
  DateTime.fromISO(iso, { zone }).setLocale(lang).toLocaleString(DateTime.DATETIME_MED);

/** When a task is due, in the reader's zone and in the secretariat's. */
export const dueLine = ({ w, lang }: PageContext, dueAt: string, zone: string) =>
  html`${w.due}: ${when(dueAt, zone, lang)} (${w.yourTime}) · ${when(dueAt, secretariatZone, lang)} (${w.secretariatTime}, ${secretariatZone})`;
