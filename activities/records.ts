import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import { cycleRecordId, reportingCycleId, workflowTypes } from '../domain/shared/workflow-ids';
import type { CycleState } from '../domain/cycle/state';
import type { ObjectStore } from '../store/object-store';
import { getCycleQuery } from '../workflows/reporting-cycle/messages';

// A closed cycle's run leaves Temporal when the namespace's retention ends. Its record stays in the store:
// `<ISO3>/<YEAR>/cycle.json`, what the cycle ended with (every submission, round, review and timestamp,
// readable as is), and `<ISO3>/<YEAR>/history.json`, the run's full event history in Temporal's JSON
// form, payloads sealed as on the server, which can be replayed or opened in the Temporal UI's tools.

export interface CycleRecord {
  workflowId: string;
  runId: string;
  status: string;
  closedAt?: string;
  keptAt: string;
  state: CycleState;
}

export const cycleRecordKey = (country: string, year: number, file: 'cycle.json' | 'history.json') => `${country}/${year}/${file}`;

const { EventType } = temporal.api.enums.v1;
const changes = new Set([
  EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED,
  EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED,
  EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED,
]);

/**
 * Whether a cycle's state may have changed after it started its record's keeper: a signal or an Update came
 * in or ended afterwards (a run that started none is taken as changed). Nothing else changes a closed cycle.
 */
export function changedAfterKeeperStarted(history: temporal.api.history.v1.IHistory): boolean {
  const events = history.events ?? [];
  const keeper = events.map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name).lastIndexOf('startCycleRecordKeeper');
  return keeper < 0 || events.slice(keeper + 1).some((e) => changes.has(e.eventType!));
}

export function createRecordActivities(client: Client, records: ObjectStore) {
  return {
    /**
     * Starts the workflow that keeps a cycle's record once the cycle has closed (`cycle-record-<ISO3>-<YEAR>`),
     * on this task queue. A workflow of its own, not a child: the time-skipping test server stops skipping time
     * once a cycle that started an abandoned child has closed.
     */
    async startCycleRecordKeeper({ country, year }: { country: string; year: number }): Promise<void> {
      try {
        await client.workflow.start(workflowTypes.cycleRecordKeeper, {
          workflowId: cycleRecordId(country, year),
          taskQueue: Context.current().info.taskQueue,
          args: [{ country, year }],
        });
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
    },

    /** Keeps a closed cycle's record; retried (by its keeper workflow) while the run is still closing. */
    async keepCycleRecord({ country, year }: { country: string; year: number }): Promise<{ location: string }> {
      if (!/^[A-Z]{3}$/.test(country) || !Number.isInteger(year))
        throw ApplicationFailure.nonRetryable(`no cycle ${country} ${year}`, 'InvalidInput');
      const handle = client.workflow.getHandle(reportingCycleId(country, year));
      // A query of a run that has only just closed can go unanswered: given up after 10 s, the attempt is retried.
      const query = () => client.withDeadline(Date.now() + 10_000, () => handle.query(getCycleQuery));
      // Asked while the run is finishing, its worker answers from the run it holds; once it has closed, the
      // worker replays the whole run to answer. A busy worker that does not answer in time leaves the replay.
      const finishing = (await handle.describe()).status.name === 'RUNNING' ? await query().catch(() => undefined) : undefined;
      await handle.result().catch(() => undefined);
      const run = await handle.describe();
      if (run.status.name === 'RUNNING') throw ApplicationFailure.retryable(`${run.workflowId} has not closed yet`, 'StillRunning');
      const history = await handle.fetchHistory();
      const state = finishing && !changedAfterKeeperStarted(history) ? finishing : await query();
      const record: CycleRecord = {
        workflowId: run.workflowId,
        runId: run.runId,
        status: run.status.name,
        closedAt: run.closeTime?.toISOString(),
        keptAt: new Date().toISOString(),
        state,
      };
      // The history first: a cycle.json is only ever beside a complete history.
      await records.put(cycleRecordKey(country, year, 'history.json'), historyToJSON(history), 'application/json');
      await records.put(cycleRecordKey(country, year, 'cycle.json'), JSON.stringify(record, null, 2) + '\n', 'application/json');
      return { location: records.locationOf(cycleRecordKey(country, year, 'cycle.json')) };
    },
  };
}
