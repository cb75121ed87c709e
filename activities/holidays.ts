import Holidays from 'date-holidays';
import countryCodes from 'i18n-iso-countries';

// Public holidays, from a maintained calendar of the world's countries (date-holidays). Looked up in an
// activity when a year's cycles open: the calendar's data changes from release to release, and a workflow
// must decide the same way each time it replays, so the dates travel in the cycle's input.

const dayMs = 24 * 60 * 60 * 1000;
/** The countries the calendar knows, listed once per process rather than once per country. */
let known: Record<string, string> | undefined;

/** The public holidays of one country in one year, as ISO dates in the country itself; none if the calendar does not know it. */
export function publicHolidaysOf(code: string, year: number): string[] {
  const alpha2 = countryCodes.alpha3ToAlpha2(code);
  known ??= new Holidays().getCountries();
  if (!alpha2 || !known[alpha2]) return [];
  // Only the public holidays' rules are read and computed: the bank, school and observance days cost as
  // much again and are never asked for.
  const calendar = new Holidays(alpha2, { types: ['public'] });
  const days = new Set<string>();
  for (const holiday of calendar.getHolidays(year).filter((h) => h.type === 'public')) {
    // `date` is the first day as the country reads it; a holiday of several days covers the days after it.
    const first = new Date(`${holiday.date.slice(0, 10)}T00:00:00Z`);
    const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / dayMs));
    for (let i = 0; i < length; i++) days.add(new Date(first.getTime() + i * dayMs).toISOString().slice(0, 10));
  }
  return [...days].sort();
}

export const createHolidayActivities = () => ({
  /** Each country's public holidays in `year`, by ISO 3166-1 alpha-3 code. */
  publicHolidays: ({ countries, year }: { countries: string[]; year: number }): Promise<Record<string, string[]>> =>
    Promise.resolve(Object.fromEntries(countries.map((code) => [code, publicHolidaysOf(code, year)]))),
});
