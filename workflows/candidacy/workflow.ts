import { condition, ParentClosePolicy, patched, setHandler, startChild, upsertSearchAttributes } from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { now } from '../clock';
import { Candidacy, type GcmQuestion } from '../../domain/candidacy/candidacy';
import type { CandidacyInput, CandidacyState } from '../../domain/candidacy/state';
import { type CandidacyTask } from '../../domain/candidacy/args';
import { pathfinderCountry } from '../country/workflow';
import { tellCountry } from '../tell-country';
import { sendNotices } from '../notices';
import { CountryCode, PathfinderStatus } from '../search-attributes';
import { keepRejected, taskWiring } from '../tasks';
import { internalWiring } from '../internal-signals';
import { focalPointsChangedSignal } from '../reporting-cycle/messages';
import { candidacyMessages, candidacyTasks, getCandidacyQuery } from './messages';
import { countryWorkflowId } from '../../domain/shared/workflow-ids';
import { askBody } from '../decision/ask';
import { readGovernance, rolesReader } from '../roles';

/**
 * `candidacy-<ISO3>` (R3–R11): from the expression of interest through planning to the GCM's decision by
 * consensus. Each step is an Update from the one who takes it; the candidate is reminded of late steps of
 * its own timeline. Not granted, it stays a candidate with everything it filed and may present again.
 */
export async function candidacy(input: CandidacyInput): Promise<CandidacyState> {
  const c = Candidacy.open(input, now());
  c.bodyDecides = patched('gcm-decides-grant');
  // The GCM decides its feedback as a body too (R10): a change after 1.0, patched (README, Versioning).
  if (patched('gcm-decides-feedback')) c.state.feedbackByBody = true;
  // Who may act for the secretariat or the GCM follows the registry, read after every change and daily: patched likewise.
  const readsRoles = patched('roles-read-when-acting');
  const roles = rolesReader();
  const { code } = c.state;
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
      apply: (a) => c.apply(step, a, now()),
    });
  }
  setHandler(getCandidacyQuery, () => c.state);
  // From the country's record; checked like any signal anyone could send, and refused on the candidacy, never thrown.
  const internal = internalWiring({
    refuse: (name, problems) => rejected(name, problems.join('; ')),
    onChange: () => changes++,
  });
  internal(focalPointsChangedSignal, 'focalPointsChanged', (people) => c.changeFocalPoints(people, now()));
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

  /** Puts a question (the grant, a feedback draft) to the GCM as a body; its outcome comes back when the child ends. */
  const askGcm = ({ workflowId, subject, proposal }: GcmQuestion) =>
    askBody(workflowId, { body: 'gcm', subject, proposal, policy: input.policy, governance }, (outcome, objections) => {
      c.decided(workflowId, outcome, objections, now());
      changes++;
    });

  for (;;) {
    // Counted before the work below, so that a message arriving while it awaits is not missed.
    const seen = changes;
    // Any record holds the registry's roles; a candidate's own may not be in the registry yet.
    if (readsRoles && roles.due(changes)) c.readRoles(await readGovernance({ fallback: input.governance }));
    c.advance(now());
    await sendNotices(c.state.outbox, governance.secretariat);
    await tellCountry(code, c.toCountry);
    if (c.ended) break;
    for (const question of c.decisionsToOpen.splice(0)) await askGcm(question);
    const wakes = [c.nextWakeAt()?.toMillis(), readsRoles ? roles.nextAt() : undefined].filter((t) => t !== undefined);
    await condition(() => changes !== seen, wakes.length ? Math.max(1, Math.min(...wakes) - Date.now()) : undefined);
  }
  upsertSearchAttributes([{ key: PathfinderStatus, value: c.state.stage === 'granted' ? 'active' : 'withdrawn' }]);
  return c.state;
}
