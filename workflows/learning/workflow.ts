import { setHandler, workflowInfo } from '@temporalio/workflow';
import { introductionState, type IntroductionInput, type IntroductionState } from '../../domain/learning/introduction';
import { sendNotices } from '../notices';
import { getIntroductionQuery } from './messages';

/**
 * `introduction-<A>-<B>-<area>`: the secretariat's answer to one peer-learning suggestion. Its id is the
 * pair and the area, so an answer is given once: a second start is refused by the server. Accepted, it sends
 * the introduction to both sides, each e-mail once however often the worker restarts.
 */
export async function learningIntroduction(input: IntroductionInput): Promise<IntroductionState> {
  const state = introductionState(workflowInfo().workflowId, input, new Date(Date.now()).toISOString());
  setHandler(getIntroductionQuery, () => state);
  if (state.stage === 'dismissed') return state;
  await sendNotices(state.outbox, input.secretariat);
  state.stage = 'introduced';
  return state;
}
