import { z } from 'zod';
import { optionalText, text } from '../../form';

// The secretariat's forms; what each value must be is the application layer's to say, naming the field.

export const openYearForm = z.object({ year: text(), countries: text() });
export const extendForm = z.object({ country: text(), year: text(), until: text(), reason: text() });
export const reviewersForm = z.object({ country: text(), year: text(), reviewers: text() });
export const focalPointForm = z.object({
  country: text(),
  role: text(),
  name: text(),
  email: text(),
  language: optionalText,
  zone: optionalText,
});
export const sessionsForm = z.object({ email: text() });
