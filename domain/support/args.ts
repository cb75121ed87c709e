import { z } from 'zod';
import { email, requiredText as text } from '../shared/fields';
import { lazy } from '../shared/lazy';

/**
 * A support sub-group member's check-in (R21). `endsSupport`: a final check-in, the sub-group ends its
 * support with the country not ready, after which the GCM may be asked to declare it inactive (R22).
 */
export const checkInArgs = lazy(() =>
  z.object({ as: email(), note: text(), readyToResume: z.boolean().default(false), endsSupport: z.boolean().default(false) }),
);
export type CheckInArgs = z.input<ReturnType<typeof checkInArgs>>;
