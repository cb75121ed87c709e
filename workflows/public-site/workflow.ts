import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  isCancellation,
  log,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { parseInput } from '../../domain/cycle/policy';
import { hlpfOpensAt, publishHlpfArgs } from '../../domain/publication/hlpf';
import { iso } from '../../domain/shared/calendar';
import { now } from '../clock';
import { rejection } from '../tasks';
import * as messages from './messages';

/** A rebuild reads and writes a file per country and year: it heartbeats, and a dead worker is noticed within a minute. */
const { rebuildSite, publishHlpfCompilation } = proxyActivities<Activities>({
  startToCloseTimeout: '15 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '10 seconds', maximumInterval: '10 minutes' },
});
const { policyInForce } = proxyActivities<Activities>({ startToCloseTimeout: '1 minute' });

export interface PublicSiteInput {
  /** Countries published and not yet rebuilt, carried over by continue-as-new. */
  pending?: string[];
  /** A full rebuild asked and not yet done. */
  all?: boolean;
  /** Continue as new once the run's history passes this many events (or the server suggests it). */
  historyLimit?: number;
}

/**
 * `public-site`, one per namespace: the only writer of the public site's files (domain/publication/site.ts).
 * Each publication signals it (the first one starts it); publications that arrive during a rebuild are
 * rebuilt together in the next, so the index and the years are written by one hand at a time.
 */
export async function publicSite(input: PublicSiteInput = {}): Promise<void> {
  const pending = new Set(input.pending ?? []);
  let all = input.all ?? false;
  setHandler(messages.publishedSignal, (args) => {
    const country = args?.country;
    if (typeof country === 'string' && /^[A-Z]{3}$/.test(country)) pending.add(country);
    else log.warn('published: not a country code, ignored', { country: String(country) });
  });
  setHandler(messages.rebuildAllSignal, () => {
    all = true;
  });
  setHandler(
    messages.publishHlpfUpdate,
    async (args) => {
      const { year, actorName } = parseInput(publishHlpfArgs(), 'HLPF compilation', args);
      const opensAt = hlpfOpensAt(year, await policyInForce());
      if (now() < opensAt)
        throw ApplicationFailure.nonRetryable(`year: the ${year} HLPF compilation opens on ${opensAt.toISODate()}`, 'NotNow', {
          opensOn: opensAt.toISODate(),
        });
      return publishHlpfCompilation({ year, actorName, at: iso(now()) });
    },
    {
      validator: (args) => {
        try {
          parseInput(publishHlpfArgs(), 'HLPF compilation', args);
        } catch (error) {
          throw rejection(error);
        }
      },
    },
  );

  const historyLimit = input.historyLimit ?? 2000;
  const tooLong = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > historyLimit;
  for (;;) {
    await condition(() => all || pending.size > 0 || tooLong());
    if (all || pending.size > 0) {
      const countries = all ? undefined : [...pending];
      all = false;
      pending.clear();
      try {
        await rebuildSite({ countries });
      } catch (error) {
        // Only a failure the activity marks permanent ends here: the next publication rebuilds again.
        if (isCancellation(error)) throw error;
        log.error('public site not rebuilt', { countries: countries ?? 'all', error: String(error) });
      }
    }
    if (tooLong()) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof publicSite>({ pending: [...pending], all, historyLimit: input.historyLimit });
    }
  }
}
