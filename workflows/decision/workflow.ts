import { condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { BodyDecision, type DecisionInput, type DecisionState } from '../../domain/decision/decision';
import { now } from '../clock';
import { sendNotices } from '../notices';
import { keepRejected, taskWiring } from '../tasks';
import * as messages from './messages';

const { readGovernance } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '10 seconds', maximumInterval: '10 minutes' },
});

/**
 * `decision-<body>-<kind>-<ISO3>-<n>` (DESIGN.md §7): a decision of the GCM or the Working Group, taken at a
 * meeting or by written silence procedure (`domain/decision/decision.ts`). It returns its outcome to the
 * process that started it, as a child.
 */
export async function bodyDecision(input: DecisionInput): Promise<DecisionState> {
  const d = BodyDecision.open(workflowInfo().workflowId, input, now());
  let changes = 0;
  const task = taskWiring({
    result: () => d.state,
    onRejectedSignal: keepRejected(() => d.state.rejectedSignals),
    onChange: () => void changes++,
    trail: () => (d.state.audit ??= []),
  });
  task(messages.circulate, { validate: (a) => d.validateCirculate(a, now()), apply: (a) => d.circulate(a, now()) });
  task(messages.answer, { validate: (a) => d.validateAnswer(a), apply: (a) => d.answer(a, now()) });
  task(messages.recordMeeting, { validate: (a) => d.validateMeeting(a, now()), apply: (a) => d.recordMeeting(a, now()) });
  setHandler(messages.getDecisionQuery, () => d.state);

  for (;;) {
    const seen = changes;
    // Membership is the registry's at each step: those who left no longer count, those who joined are asked.
    d.readRoles(await readGovernance({ code: input.subject.country?.code, fallback: input.governance }));
    d.advance(now());
    await sendNotices(d.state.outbox, input.governance.secretariat);
    if (d.decided) break;
    const wake = d.nextWakeAt();
    await condition(() => changes !== seen, wake ? Math.max(1, wake.toMillis() - Date.now()) : undefined);
  }
  return d.state;
}
