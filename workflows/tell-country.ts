import { getExternalWorkflowHandle, type SignalDefinition } from '@temporalio/workflow';
import type { ToCountry, ToCountryMessages } from '../domain/shared/to-country';
import { countryWorkflowId } from '../domain/shared/workflow-ids';
import { drain } from './drain';
import * as country from './country/messages';

const signals: { [K in keyof ToCountryMessages]: SignalDefinition<[ToCountryMessages[K]]> } = {
  candidacyStep: country.candidacyStepSignal,
  granted: country.grantedSignal,
  candidacyWithdrawn: country.candidacyWithdrawnSignal,
  escalationStep: country.escalationStepSignal,
  escalationClosed: country.escalationClosedSignal,
  reactivationClosed: country.reactivationClosedSignal,
  reactivationNoted: country.reactivationNotedSignal,
  cycleClosed: country.cycleClosedSignal,
};

/** The one way a process tells the country's record: what its class queued, oldest first, each as the record's signal of its kind. */
export const tellCountry = (code: string, queue: ToCountry[]): Promise<void> =>
  drain(queue, (item) =>
    getExternalWorkflowHandle(countryWorkflowId(code)).signal(signals[item.kind] as SignalDefinition<[unknown]>, item.message),
  );
