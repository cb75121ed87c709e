import { ScheduleNotFoundError, type Client } from '@temporalio/client';
import { defaultPolicy, parsePolicy, type CyclePolicy, type CyclePolicyInput } from '../domain/cycle/policy';
import { yearlyScheduleId } from '../domain/shared/workflow-ids';

/** gRPC's status code for a call the server does not offer. */
const unimplemented = 12;
const grpcCodeOf = (error: unknown) => ((error as { cause?: { code?: number } }).cause ?? (error as { code?: number })).code;

export function createPolicyActivities(client: Client) {
  return {
    /**
     * The policy in force: the one the yearly schedule opens each year's cycles with. Without a schedule, or
     * on a server that keeps none (the time-skipping test server), the defaults, as `schedule create` would.
     */
    async policyInForce(): Promise<CyclePolicy> {
      try {
        const { action } = await client.schedule.getHandle(yearlyScheduleId).describe();
        const [input] = action.type === 'startWorkflow' ? (action.args as [{ policy?: CyclePolicyInput }?]) : [];
        return parsePolicy(input?.policy ?? {});
      } catch (error) {
        if (error instanceof ScheduleNotFoundError || grpcCodeOf(error) === unimplemented) return defaultPolicy();
        throw error;
      }
    },
  };
}
