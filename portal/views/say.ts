import { DateTime } from 'luxon';
import type { PageContext } from './layout';

// How a page says what is not a word of its own: a label before its value, dates, the terms of the
// framework at the start of a line, countries; each in the reader's language and typography.

/** "Due:" or, in French, « Date limite : ». */
export const labelled = ({ w }: PageContext, label: string) => `${label}${w.terms.colon}`;

/** A title that names what it is about: « Rapport d’avancement : Pérou 2027 ». */
export const titled = (ctx: PageContext, title: string, about: string) => `${labelled(ctx, title)} ${about}`;

/** A term of the vocabulary, lower case for sentences, at the start of a line or label. */
export const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const at = (ctx: PageContext, iso: string, zone: string) => DateTime.fromISO(iso, { zone }).setLocale(ctx.lang);

/** A day in words; an instant is read in `zone`, the reader's unless given. */
export const day = (ctx: PageContext, iso: string, zone = ctx.zone) => ctx.w.terms.date(at(ctx, iso, zone));

/** A day and an hour with its zone, in words. */
export const dayAndHour = (ctx: PageContext, iso: string, zone = ctx.zone) => ctx.w.terms.dateTime(at(ctx, iso, zone));

/** A country by its code, as the reader's language names it. */
export const country = (ctx: PageContext, c: { code: string; name: string }) => ctx.w.terms.countryName(c.code, c.name);

/** A cycle's stage, at the start of a cell or line; a stage the vocabulary does not know is shown as recorded. */
export const stageName = ({ w }: PageContext, stage: string) => capital((w.terms.stage as Record<string, string>)[stage] ?? stage);
