import { InputRejected } from './errors';

// The parts of every address of a task: which country, which year. Checked here so that every client
// refuses them alike, before anything reaches a workflow.

export function cycleYear(value: string | number): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2200) throw new InputRejected(`year: ${value} is not a year`);
  return year;
}

export function countryCode(value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new InputRejected(`country: ${value} is not an ISO 3166-1 alpha-3 code`);
  return code;
}
