import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import { expect, it } from 'vitest';
import { changedAfterKeeperStarted } from '../../activities/records';

// The keeper of a cycle's record takes the state the cycle answered while it was finishing, unless the run's
// history shows that a message came in or ended after the cycle started the keeper: then it asks the closed run.

const { EventType } = temporal.api.enums.v1;
const accepted = () =>
  historyFromJSON(JSON.parse(readFileSync(join(__dirname, '../fixtures/histories/1.0.0/reporting-cycle-accepted.json'), 'utf8')));

it('takes a cycle that ended without a message after its keeper started as unchanged', () => {
  expect(changedAfterKeeperStarted(accepted())).toBe(false);
});

it('takes a signal or an Update that came in or ended after the keeper started as a change', () => {
  for (const eventType of [
    EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED,
    EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED,
    EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED,
  ]) {
    const history = accepted();
    history.events!.splice(-1, 0, { eventType });
    expect(changedAfterKeeperStarted(history)).toBe(true);
  }
});

it('takes a run that never started a keeper as changed, so that the closed run is asked', () => {
  const history = accepted();
  history.events = history.events!.filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name !== 'startCycleRecordKeeper');
  expect(changedAfterKeeperStarted(history)).toBe(true);
});
