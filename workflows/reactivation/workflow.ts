import { condition, setHandler, workflowInfo } from '@temporalio/workflow';
import { now } from '../clock';
import { sendNotices } from '../notices';
import { tellCountry } from '../tell-country';
import { keepRejected, taskWiring } from '../tasks';
import * as messages from './messages';
import { Reactivation, type ReactivationInput, type ReactivationState } from '../../domain/reactivation/reactivation';

/** `reactivation-<ISO3>-<n>` (R23): the secretariat verifies an inactive country's request (`domain/reactivation/reactivation.ts`). */
export async function reactivation(input: ReactivationInput): Promise<ReactivationState> {
  const r = Reactivation.open(workflowInfo().workflowId, input);
  const task = taskWiring({
    result: () => r.state,
    onRejectedSignal: keepRejected(() => r.state.rejectedSignals),
    onChange: () => undefined,
    trail: () => (r.state.audit ??= []),
  });
  task(messages.verify, { validate: (a) => r.validateVerification(a), apply: (a) => r.verify(a, now()) });
  setHandler(messages.getReactivationQuery, () => r.state);

  await sendNotices(r.outbox, input.governance.secretariat);
  await condition(() => r.decided);
  await sendNotices(r.outbox, input.governance.secretariat);
  r.end(now());
  await tellCountry(input.country.code, r.toCountry);
  return r.state;
}
