import {
  CancellationScope,
  condition,
  isCancellation,
  patched,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { now } from '../clock';
import {
  GcmEscalation,
  type CheckIn,
  type EscalationInput,
  type Proposal,
  type SupportEnd,
  type SupportState,
} from '../../domain/escalation/gcm-escalation';
import { Support, type SupportInput } from '../../domain/support/support';
import { tellCountry } from '../tell-country';
import { sendNotices } from '../notices';
import { CountryCode, CycleYear } from '../search-attributes';
import { keepRejected, taskWiring } from '../tasks';
import { internalWiring } from '../internal-signals';
import { focalPointsChangedSignal } from '../reporting-cycle/messages';
import * as messages from './messages';
import { askBody } from '../decision/ask';
import { readGovernance, rolesReader } from '../roles';

/**
 * `gcm-escalation-<ISO3>-<YEAR>`, started by the country's record after a flag (R20–R22): the GCM's
 * dialogue with the country, an optional support sub-group, and the decision that ends it.
 */
export async function gcmEscalation(input: EscalationInput): Promise<{ result: 'resumed' | 'inactive'; reason: string }> {
  // The GCM decides as a body whether to open a dialogue (R20): a change after 1.0, patched (README, Versioning).
  const escalation = GcmEscalation.open(
    workflowInfo().workflowId,
    input,
    now(),
    patched('gcm-decides-dialogue'),
    // The sub-group and the end are proposed and decided by the GCM as a body (R21, R22): patched likewise.
    patched('gcm-decides-support-and-end'),
  );
  // A way forward calling for a roadmap update asks the country for one: patched likewise.
  escalation.asksRoadmapUpdate = patched('dialogue-asks-roadmap-update');
  // Who may propose to the GCM follows the registry, read after every change and daily: patched likewise.
  const readsRoles = patched('roles-read-when-acting');
  const roles = rolesReader();
  let changes = 0;
  const rejected = keepRejected(() => escalation.state.rejectedSignals);
  const task = taskWiring({
    result: () => escalation.state,
    onRejectedSignal: rejected,
    onChange: () => changes++,
    trail: () => (escalation.state.audit ??= []),
  });
  task(messages.recordDialogue, { validate: (a) => escalation.validateDialogue(a), apply: (a) => escalation.recordDialogue(a, now()) });
  task(messages.startSupport, { validate: (a) => escalation.validateStartSupport(a), apply: (a) => escalation.startSupport(a, now()) });
  task(messages.decide, { validate: (a) => escalation.validateDecision(a), apply: (a) => escalation.decide(a, now()) });
  task(messages.proposeSupport, {
    validate: (a) => escalation.validateProposeSupport(a),
    apply: (a) => void escalation.proposeSupport(a, now()),
  });
  task(messages.proposeEnd, { validate: (a) => escalation.validateProposeEnd(a), apply: (a) => void escalation.proposeEnd(a, now()) });
  setHandler(messages.getEscalationQuery, () => escalation.state);
  // From the country's record; checked like any signal anyone could send, and refused on the escalation, never thrown.
  const internal = internalWiring({
    refuse: (name, problems) => rejected(name, problems.join('; ')),
    onChange: () => changes++,
  });
  internal(focalPointsChangedSignal, 'focalPointsChanged', (people) => escalation.changeFocalPoints(people, now()));
  upsertSearchAttributes([
    { key: CountryCode, value: input.country.code },
    { key: CycleYear, value: input.year },
  ]);

  // The support sub-group runs as a child; a GCM decision ends it.
  const supportScope = new CancellationScope();
  let supportRun: Promise<void> | undefined;
  const runSupport = (s: SupportState) =>
    supportScope
      .run(async () => {
        const child = await startChild(support, { workflowId: s.workflowId, args: [{ ...input, ...s }] });
        const { checkIns, ended } = await child.result();
        escalation.supportEnded(checkIns, now(), ended);
        changes++;
      })
      .catch((error: unknown) => {
        if (!isCancellation(error)) throw error;
      });

  // The question whether to open a dialogue goes to the GCM as a body; its outcome comes back when the child ends.
  const { dialogueDecision } = escalation.state;
  if (dialogueDecision) {
    const { code, name } = input.country;
    await askBody(
      dialogueDecision,
      {
        body: 'gcm',
        subject: { kind: 'dialogue', country: { code, name }, year: input.year },
        proposal: `open a dialogue with ${name}, flagged after the ${input.year} cycle on ${input.criteria.join(', ')}`,
        policy: escalation.policy,
        governance: input.governance,
      },
      (outcome, objections) => {
        escalation.dialogueDecided(outcome, objections, now());
        changes++;
      },
    );
  }

  // Each proposal goes to the GCM as a body, once; what it decides comes back when the child ends (R21, R22).
  const asked = new Set<string>();
  const askGcm = async (p: Proposal) => {
    asked.add(p.decision);
    const { code, name } = input.country;
    await askBody(
      p.decision,
      {
        body: 'gcm',
        subject: { kind: p.kind, country: { code, name }, year: input.year },
        proposal: escalation.proposalText(p),
        policy: escalation.policy,
        governance: input.governance,
      },
      (outcome, objections) => {
        escalation.proposalDecided(p.decision, outcome, objections, now());
        changes++;
      },
    );
  };

  for (;;) {
    // Counted before the work below, so that a message arriving while it awaits is not missed.
    const seen = changes;
    if (readsRoles && roles.due(changes))
      escalation.readRoles(await readGovernance({ code: input.country.code, fallback: input.governance }));
    await sendNotices(escalation.state.outbox, input.governance.secretariat);
    await tellCountry(input.country.code, escalation.toCountry);
    if (escalation.closed) break;
    const pending = escalation.pending;
    if (pending && !asked.has(pending.decision)) await askGcm(pending);
    if (escalation.state.support && !supportRun) supportRun = runSupport(escalation.state.support);
    await condition(() => changes !== seen, readsRoles ? Math.max(1, roles.nextAt() - Date.now()) : undefined);
  }
  if (supportRun) {
    supportScope.cancel();
    await supportRun;
  }
  // A decision that arrived while the last notices or steps went out has its own, still to go out.
  await sendNotices(escalation.state.outbox, input.governance.secretariat);
  escalation.end();
  await tellCountry(input.country.code, escalation.toCountry);
  const { decision, reason } = escalation.state.decision!;
  return { result: decision, reason };
}

/** `support-<ISO3>-<YEAR>` (R21): the sub-group's check-ins and their reminders (`domain/support/support.ts`). */
export async function support(input: SupportInput): Promise<{ checkIns: CheckIn[]; ended?: SupportEnd }> {
  // Members reminded at the sending hour in their zone: a change after 1.0, patched (README, Versioning: the patch register).
  const s = new Support(input, now(), { atSendingHour: patched('support-reminders-at-sending-hour') });
  const task = taskWiring({
    result: () => s.state.checkIns,
    onRejectedSignal: keepRejected(() => s.state.rejectedSignals),
    onChange: () => undefined,
    trail: () => s.state.audit,
  });
  task(messages.checkIn, { validate: (a) => s.validateCheckIn(a), apply: (a) => s.checkIn(a, now()) });
  setHandler(messages.getSupportQuery, () => s.state);

  const { country, governance } = input;
  try {
    for (;;) {
      await tellCountry(country.code, s.toCountry);
      // Ready, ended by a final check-in, or its mandate run out (only runs formed by the GCM's decision have one).
      if (s.ended) break;
      const seen = s.state.checkIns.length;
      if (await condition(() => s.state.checkIns.length !== seen, Math.max(1, s.nextWakeAt().toMillis() - Date.now()))) continue;
      if (s.mandateRunsOut(now())) continue;
      s.remind(now());
      await sendNotices(s.outbox, governance.secretariat);
      s.remindersSent();
    }
  } catch (error) {
    if (!isCancellation(error)) throw error;
    s.endedByDecision();
    await CancellationScope.nonCancellable(() => tellCountry(country.code, s.toCountry));
  }
  return { checkIns: s.state.checkIns, ended: s.ended };
}
