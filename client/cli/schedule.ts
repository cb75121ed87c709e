import type { Command } from 'commander';
import { createSchedule, deleteSchedule, describeSchedule, months } from '../../app/schedule';
import { client, print, readJson } from './shell';
import { yearlyScheduleId } from '../../domain/shared/workflow-ids';

export function registerSchedule(program: Command): void {
  const schedule = program.command('schedule').description('the yearly Temporal Schedule that opens the annual cycle');

  schedule
    .command('create')
    .description("open every eligible country's cycle each year on the policy's opening day (default 15 January, 09:00 Geneva)")
    .option('--policy <file>', 'cycle policy JSON')
    .action(async (opts: { policy?: string }) => {
      const policy = await createSchedule(client(), opts.policy ? readJson(opts.policy, 'policy') : {});
      const { month, day, hour } = policy.yearlyOpening;
      print(
        `schedule ${yearlyScheduleId}: every year on ${day} ${months[month - 1]!.toLowerCase()} at ${hour}:00 ${policy.secretariatZone}`,
        { scheduleId: yearlyScheduleId },
      );
    });

  schedule
    .command('show')
    .description('the schedule and its next runs')
    .action(async () => {
      const d = await describeSchedule(client());
      const next = d.info.nextActionTimes.map((t) => t.toISOString());
      const recent = d.info.recentActions.map((a) => `${a.takenAt.toISOString()} ${a.action.workflow.workflowId}`);
      print(
        [
          `schedule ${d.scheduleId}${d.state.paused ? ' (paused)' : ''}`,
          `next: ${next.join(', ') || 'none'}`,
          `recent: ${recent.join(', ') || 'none'}`,
        ].join('\n'),
        { next, recent },
      );
    });

  schedule
    .command('delete')
    .description('remove the schedule (cycles already open are not affected)')
    .action(async () => {
      await deleteSchedule(client());
      print(`schedule ${yearlyScheduleId} deleted`, { deleted: yearlyScheduleId });
    });
}
