import { InputRejected } from './errors';

// The parts of every address of a task: which country, which year. Checked here so that every client
// refuses them alike, before anything reaches a workflow.

export function cycleYear(value: string | number): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2200) throw InputRejected.because({ code: 'notYear', value: String(value) });
  return year;
}

export function countryCode(value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw InputRejected.because({ code: 'notCountryCode', codes: [value], field: 'country' });
  return code;
}
