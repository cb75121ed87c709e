import { z } from 'zod';
import { requiredText } from './fields';

/** A document in the portal's store, by its reference (name, type, size, SHA-256): only references travel in a workflow. */
export const documentRef = () =>
  z.object({
    name: requiredText().max(300, { message: 'is longer than 300 characters' }),
    type: requiredText().max(300, { message: 'is longer than 300 characters' }),
    size: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[a-f0-9]{64}$/, { message: 'is not a SHA-256 hash' }),
  });
