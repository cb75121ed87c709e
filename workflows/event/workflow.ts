import { ApplicationFailure, condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { AllianceEvent, dayAfter, type EventInput, type EventState } from '../../domain/event/event';
import { now } from '../clock';
import { sendNotices } from '../notices';
import { keepRejected, taskWiring } from '../tasks';
import * as messages from './messages';

const { readCountries, readGovernance, keepEventRecord } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '10 seconds', maximumInterval: '10 minutes' },
});

/**
 * `event-<date>-<title>`: an Alliance event and its invitation list (R2). The list is drawn from the country
 * records when the event is created and whenever the secretariat asks again; each invitation, and each
 * inactive country's notice that it is left out, goes out once. It ends once the event's day is over, or
 * when the secretariat cancels it, and those invited are told; its final state is kept in the records store.
 */
export async function allianceEvent(input: EventInput): Promise<EventState> {
  let e: AllianceEvent;
  try {
    e = AllianceEvent.create(workflowInfo().workflowId, input, now());
  } catch (error) {
    // What the application layer checked first; a start that slipped past it ends here, not in retries.
    throw ApplicationFailure.nonRetryable(String((error as Error).message), 'InvalidInput');
  }
  let changes = 0;
  let drawAsked = true;
  const task = taskWiring({
    result: () => e.state,
    onRejectedSignal: keepRejected(() => e.state.rejectedSignals),
    onChange: () => void changes++,
    trail: () => (e.state.audit ??= []),
  });
  task(messages.redraw, {
    validate: (a) => e.validateRedraw(a),
    apply: (a) => {
      e.validateRedraw(a);
      drawAsked = true;
    },
  });
  task(messages.cancelEvent, { validate: (a) => e.validateCancel(a), apply: (a) => e.cancel(a, now()) });
  setHandler(messages.getEventQuery, () => e.state);

  const secretariat = input.governance.secretariat;
  while (e.state.stage === 'open') {
    const seen = changes;
    if (drawAsked) {
      drawAsked = false;
      e.readRoles(await readGovernance({ fallback: input.governance }));
      e.draw(await readCountries(input.countries), now());
    }
    await sendNotices(e.state.outbox, secretariat);
    e.endIfOver(now());
    if (e.state.stage !== 'open') break;
    await condition(() => changes !== seen, Math.max(1, dayAfter(e.state.event).toMillis() - Date.now()));
    e.endIfOver(now());
  }
  // A cancellation's notices.
  await sendNotices(e.state.outbox, secretariat);
  // The pages list events from visibility, which forgets a run once the namespace's retention ends: the
  // final state stays in the records store.
  await keepEventRecord(e.state);
  return e.state;
}
