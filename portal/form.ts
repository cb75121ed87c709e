import { z } from 'zod';
import { Refusal } from './access';

// How the portal reads a form: each route's fields in a zod schema, typed, with what the browser sends
// (a field absent, given once, or repeated) turned into what the route expects. What a value must be is the
// workflow's or the application layer's to say, naming the field; a body that is not a form of fields at
// all (a file where text belongs) is a bad request.

const given = (value: unknown): unknown[] => (value === undefined ? [] : [value].flat());

/** A text field: its first value, '' when absent; cut at `max` characters where the route keeps no more. */
export const text = (max?: number) => z.preprocess((value) => given(value)[0] ?? '', z.string()).transform((s) => s.slice(0, max));

/** A text field the form may leave out: undefined then, for the receiver's own default. */
export const optionalText = z.preprocess((value) => given(value)[0], z.string().optional());

/** A field that may be repeated (checkboxes of one name): every value. */
export const list = z.preprocess(given, z.array(z.string()));

/** A checkbox or radio button ticked "yes". */
export const yes = text().transform((value) => value === 'yes');

/** The body's fields as `schema` types them. */
export function readForm<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const read = schema.safeParse(body ?? {});
  if (!read.success) throw new Refusal(400, 'badRequest');
  return read.data;
}
