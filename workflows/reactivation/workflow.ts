import { condition, patched, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { now } from '../clock';
import { sendNotices } from '../notices';
import { tellCountry } from '../tell-country';
import { keepRejected, taskWiring } from '../tasks';
import * as messages from './messages';
import { askBody } from '../decision/ask';
import { policyForBodies } from '../../domain/cycle/policy';
import { Reactivation, type ReactivationInput, type ReactivationState } from '../../domain/reactivation/reactivation';

const { policyInForce, keepReactivationRecord } = proxyActivities<Activities>({ startToCloseTimeout: '1 minute' });

/**
 * `reactivation-<ISO3>-<n>` (R23): the secretariat verifies an inactive country's request
 * (`domain/reactivation/reactivation.ts`); verified, the GCM takes note of it as a body.
 */
export async function reactivation(input: ReactivationInput): Promise<ReactivationState> {
  // The GCM and its Chair hear that a request arrived (R23, DESIGN.md §8): a change after 1.0, patched.
  const r = Reactivation.open(workflowInfo().workflowId, input, { tellGcm: patched('gcm-told-of-reactivation-request') });
  // The GCM takes note as a body (R23, DESIGN.md §7): a change after 1.0, patched (README, Versioning).
  r.gcmTakesNote = patched('gcm-takes-note-of-reactivation');
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
  // The year the country's cycles count from again follows the policy in force: a change after 1.0, patched.
  r.end(now(), patched('next-cycle-by-policy-in-force') ? await policyInForce() : undefined);
  await tellCountry(input.country.code, r.toCountry);

  // The country is active again from the verification; the GCM's taking note comes to its history when taken.
  const note = r.state.gcmNote;
  if (note) {
    await askBody(
      note.decision,
      {
        body: 'gcm',
        subject: { kind: 'reactivation', country: input.country },
        proposal: r.gcmProposal,
        policy: policyForBodies(input.bodySettings),
        governance: input.governance,
      },
      (outcome, objections) => r.gcmDecided(outcome, objections),
    );
    await condition(() => r.noted);
    await tellCountry(input.country.code, r.toCountry);
  }
  // What the country filed outlives the run in the records store, as its record keeps the letter only: a change after 1.0, patched.
  if (patched('reactivation-kept-record')) {
    const { workflowId, startTime } = workflowInfo();
    await keepReactivationRecord({ workflowId, requestedIn: startTime.getUTCFullYear(), state: r.state });
  }
  return r.state;
}
