import { condition, getExternalWorkflowHandle, setHandler, workflowInfo } from '@temporalio/workflow';
import { DateTime } from 'luxon';
import { now } from '../clock';
import type { Person } from '../../domain/country';
import { verificationArgs, type Notice } from '../../domain/governance';
import { defaultPolicy, InvalidInputError, parseInput } from '../../domain/policy';
import { sendNotices } from '../notices';
import { reactivationClosedSignal } from '../country/messages';
import { registerTask } from '../tasks';
import * as messages from './messages';
import { countryWorkflowId } from '../../domain/workflow-ids';
import type { ReactivationInput, ReactivationState } from '../../domain/reactivation';

/** The first cycle a country reactivated now takes part in: this year's, unless it has already opened. */
export function nextCycleYear(at: DateTime): number {
  const local = at.setZone(defaultPolicy().secretariatZone);
  const opening = local.set({ ...defaultPolicy().yearlyOpening, minute: 0, second: 0, millisecond: 0 });
  return local < opening ? local.year : local.year + 1;
}

/**
 * `reactivation-<ISO3>-<n>` (R23): an inactive country's request, with its evidence and letter, verified by
 * the secretariat; the GCM is informed and the country becomes active again.
 */
export async function reactivation(input: ReactivationInput): Promise<ReactivationState> {
  const { governance, country } = input;
  const state: ReactivationState = { stage: 'awaiting-verification', request: input.request, by: input.by, rejectedSignals: [] };
  const outbox: Notice[] = [];
  const id = workflowInfo().workflowId;
  const notice = (kind: Notice['kind'], to: Person, extra: Partial<Notice> = {}) =>
    outbox.push({ key: `${id}/${kind}/${to.email}`, kind, to, cc: [], country, ...extra });

  const validate = (args: unknown) => {
    const parsed = parseInput(verificationArgs(), 'verification', args);
    if (parsed.as !== governance.secretariat.email)
      throw new InvalidInputError('sender', [`as: ${parsed.as} is not the secretariat (${governance.secretariat.email})`]);
    if (state.stage !== 'awaiting-verification') throw new InvalidInputError('stage', [`stage: the request was already ${state.stage}`]);
    return parsed;
  };
  registerTask({
    update: messages.verifyUpdate,
    signal: messages.verifySignal,
    validate,
    apply: (a) => {
      const { as, verified, note } = validate(a);
      state.verification = { by: as, at: now().toISO()!, verified, note };
      state.stage = verified ? 'reactivated' : 'refused';
    },
    result: () => state,
    onRejectedSignal: (name, e) => state.rejectedSignals.push(`${name}: ${e.message}`),
    onChange: () => undefined,
    trail: () => (state.audit ??= []),
  });
  setHandler(messages.getReactivationQuery, () => state);

  notice('reactivation-requested', governance.secretariat, { request: input.request, roadmapChanges: input.request.letter.roadmapChanges });
  await sendNotices(outbox, governance.secretariat);
  await condition(() => state.stage !== 'awaiting-verification');

  const { note } = state.verification!;
  const cc = [governance.secretariat.email];
  if (state.stage === 'reactivated') {
    for (const person of input.focalPoints)
      notice('country-reactivated', person, { reason: note, cc, roadmapChanges: input.request.letter.roadmapChanges });
    for (const member of governance.gcm)
      notice('country-reactivated', member, { reason: note, roadmapChanges: input.request.letter.roadmapChanges });
  } else {
    for (const person of input.focalPoints) notice('reactivation-refused', person, { reason: note, cc });
  }
  await sendNotices(outbox, governance.secretariat);
  await getExternalWorkflowHandle(countryWorkflowId(country.code)).signal(reactivationClosedSignal, {
    workflowId: id,
    result: state.stage === 'reactivated' ? 'reactivated' : 'refused',
    note,
    nextCycleYear: nextCycleYear(now()),
  });
  return state;
}
