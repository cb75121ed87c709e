import { proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { introductionState, type IntroductionInput, type IntroductionState } from '../../domain/learning/introduction';
import { sendNotices } from '../notices';
import { getIntroductionQuery } from './messages';

const { keepIntroductionRecord } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '10 seconds', maximumInterval: '10 minutes' },
});

/**
 * `introduction-<A>-<B>-<area>`: the secretariat's answer to one peer-learning suggestion. Its id is the
 * pair and the area, so an answer is given once: a second start is refused by the server. Accepted, it sends
 * the introduction to both sides, each e-mail once however often the worker restarts. Either answer is
 * kept in the records store before the run ends, for the pages once the run has left Temporal.
 */
export async function learningIntroduction(input: IntroductionInput): Promise<IntroductionState> {
  const state = introductionState(workflowInfo().workflowId, input, new Date(Date.now()).toISOString());
  setHandler(getIntroductionQuery, () => state);
  if (state.stage !== 'dismissed') {
    await sendNotices(state.outbox, input.secretariat);
    state.stage = 'introduced';
  }
  await keepIntroductionRecord(state);
  return state;
}
