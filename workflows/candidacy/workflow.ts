import {
  condition,
  getExternalWorkflowHandle,
  ParentClosePolicy,
  setHandler,
  startChild,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { now } from '../clock';
import { Candidacy } from '../../domain/candidacy/candidacy';
import type { CandidacyInput, CandidacyState } from '../../domain/candidacy/state';
import { type CandidacyTask } from '../../domain/candidacy/args';
import { candidacyStepSignal, candidacyWithdrawnSignal, grantedSignal } from '../country/messages';
import { pathfinderCountry } from '../country/workflow';
import { drain } from '../drain';
import { sendNotices } from '../notices';
import { CountryCode, PathfinderStatus } from '../search-attributes';
import { keepRejected, taskWiring } from '../tasks';
import { internalWiring } from '../internal-signals';
import { focalPointsChangedSignal } from '../reporting-cycle/messages';
import { candidacyMessages, candidacyTasks, getCandidacyQuery } from './messages';
import { countryWorkflowId } from '../../domain/shared/workflow-ids';

type ToCountry = { what: string } | { granted: string } | { withdrawn: string };

/**
 * `candidacy-<ISO3>` (R3–R11): from the expression of interest through planning to the GCM's decision by
 * consensus. Each step is an Update from the one who takes it; the candidate is reminded of late steps of
 * its own timeline. Not granted, it stays a candidate with everything it filed and may present again.
 */
export async function candidacy(input: CandidacyInput): Promise<CandidacyState> {
  const c = Candidacy.open(input, now());
  const { code } = c.state;
  const toCountry: ToCountry[] = [];
  let changes = 0;

  const rejected = keepRejected(() => c.state.rejectedSignals);
  const task = taskWiring({
    result: () => c.state,
    onRejectedSignal: rejected,
    onChange: () => changes++,
    trail: () => (c.state.audit ??= []),
  });
  for (const step of candidacyTasks) register(step);
  function register<T extends CandidacyTask>(step: T) {
    task(candidacyMessages[step], {
      validate: (a) => c.validate(step, a),
      apply: (a) => {
        const seen = c.state.history.length;
        const { granted, withdrawn } = c.apply(step, a, now());
        toCountry.push(...c.state.history.slice(seen).map(({ what }) => ({ what })));
        if (granted) toCountry.push({ granted });
        if (withdrawn) toCountry.push({ withdrawn: c.state.history.at(-1)!.what });
      },
    });
  }
  setHandler(getCandidacyQuery, () => c.state);
  // From the country's record; checked like any signal anyone could send, and refused on the candidacy, never thrown.
  const internal = internalWiring({
    refuse: (name, problems) => rejected(name, problems.join('; ')),
    onChange: () => changes++,
  });
  internal(focalPointsChangedSignal, 'focalPointsChanged', (people) => {
    const seen = c.state.history.length;
    c.changeFocalPoints(people, now());
    toCountry.push(...c.state.history.slice(seen).map(({ what }) => ({ what })));
  });
  upsertSearchAttributes([
    { key: CountryCode, value: code },
    { key: PathfinderStatus, value: 'candidate' },
  ]);

  // The country's record exists from the expression of interest on, as a candidate.
  const { eoi, governance } = input;
  try {
    await startChild(pathfinderCountry, {
      workflowId: countryWorkflowId(code),
      args: [
        {
          country: { code, name: eoi.name, status: 'candidate', focalPoint: eoi.focalPoint, deputy: eoi.deputy, reviewers: [] },
          governance,
        },
      ],
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error; // a candidate that went before
  }
  toCountry.push({ what: c.state.history[0]!.what });

  const country = getExternalWorkflowHandle(countryWorkflowId(code));
  for (;;) {
    // Counted before the work below, so that a message arriving while it awaits is not missed.
    const seen = changes;
    c.advance(now());
    await sendNotices(c.state.outbox, governance.secretariat);
    await drain(toCountry, async (next) => {
      if ('granted' in next) {
        const { plan } = c.state.filed.roadmap!;
        const roadmap =
          plan.kind === 'roadmap'
            ? `roadmap: ${plan.priorityAreas.join('; ')}`
            : `national action plans: ${plan.plans.map((p) => p.title).join('; ')}`;
        await country.signal(grantedSignal, { grantedOn: next.granted, reviewers: c.state.reviewers, roadmap });
      } else if ('withdrawn' in next) await country.signal(candidacyWithdrawnSignal, { reason: next.withdrawn });
      else await country.signal(candidacyStepSignal, next);
    });
    if (c.ended) break;
    const wake = c.nextWakeAt();
    await condition(() => changes !== seen, wake ? Math.max(1, wake.toMillis() - Date.now()) : undefined);
  }
  upsertSearchAttributes([{ key: PathfinderStatus, value: c.state.stage === 'granted' ? 'active' : 'withdrawn' }]);
  return c.state;
}
