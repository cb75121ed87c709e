import { DateTime } from 'luxon';

/** The workflow's deterministic clock (the sandbox's Date), in UTC. */
export const now = () => DateTime.fromMillis(Date.now(), { zone: 'utc' });
