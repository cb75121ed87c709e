import { readFileSync } from 'node:fs';
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type Client,
  type WorkflowHandle,
} from '@temporalio/client';
import { Command, Option } from 'commander';
import { DateTime } from 'luxon';
import { expressionOfInterestSchema, registrySchema } from '../domain/registry';
import { type CandidacyArgs, type CandidacyState, type CandidacyTask } from '../domain/candidacy';
import { cycleCloseAt } from '../domain/calendar';
import type { CountryState } from '../domain/country-record';
import { InvalidInputError, parseInput, parsePolicy } from '../domain/policy';
import { terminalStages, type CycleState } from '../domain/reporting-cycle';
import { readCountries, registeredCodes } from '../activities/registry';
import { escalationWorkflowId } from '../domain/country-record';
import { supportWorkflowId, type EscalationState } from '../domain/gcm-escalation';
import * as annualMessages from '../workflows/annual-cycle/messages';
import { candidacyMessages, candidacyWorkflowId, getCandidacyQuery } from '../workflows/candidacy/messages';
import * as escalationMessages from '../workflows/escalation/messages';
import * as reactivationMessages from '../workflows/reactivation/messages';
import * as countryMessages from '../workflows/country/messages';
import * as cycleMessages from '../workflows/reporting-cycle/messages';
import { TASK_QUEUE } from './config';
import { getClient } from './connect';

// `pathfinder`: the secretariat's and reviewers' interface (DESIGN.md §5).
// Exit codes: 0 done, 2 input rejected (the message names the field and the reason), 1 anything else.

interface Globals {
  address?: string;
  namespace?: string;
  json?: boolean;
}

class Rejected extends Error {}

const program = new Command('pathfinder')
  .description('Alliance 8.7 pathfinder accountability orchestrator')
  .addOption(new Option('--address <host:port>', 'Temporal frontend').env('TEMPORAL_ADDRESS'))
  .addOption(new Option('--namespace <name>', 'Temporal namespace').env('TEMPORAL_NAMESPACE'))
  .option('--json', 'machine-readable output')
  .exitOverride();

const globals = () => program.opts<Globals>();
const client = () => getClient({ address: globals().address, namespace: globals().namespace });

function print(human: string, data: unknown) {
  console.log(globals().json ? JSON.stringify(data, null, 2) : human);
}

function readJson(path: string, field: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Rejected(`${field}: cannot read ${path}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Rejected(`${field}: ${path} is not valid JSON (${(error as Error).message})`);
  }
}

function year(value: string): number {
  const y = Number(value);
  if (!Number.isInteger(y) || y < 2000 || y > 2200) throw new Rejected(`year: ${value} is not a year`);
  return y;
}

function code(value: string): string {
  const c = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(c)) throw new Rejected(`country: ${value} is not an ISO 3166-1 alpha-3 code`);
  return c;
}

/**
 * Sends a task to the workflow `workflowId`; a rejection by its validator becomes exit code 2 with its
 * message, and a missing workflow is explained by `missing`.
 */
async function send<T>(workflowId: string, missing: string, act: (h: WorkflowHandle) => Promise<T>): Promise<T> {
  try {
    return await act((await client()).workflow.getHandle(workflowId));
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError) throw new Rejected(error.cause?.message ?? error.message);
    if (error instanceof WorkflowNotFoundError) throw new Rejected(missing);
    throw error;
  }
}

/** A registered country's record; exit code 2 if the country is not registered. */
const countryRecord = (iso3: string): Promise<CountryState> =>
  send(countryMessages.countryWorkflowId(iso3), `country: ${iso3} is not registered (pathfinder countries import <file>)`, (h) => h.query(countryMessages.getRecordQuery));

/** Sends a task Update to a reporting cycle. */
function task(iso3: string, y: number, act: (h: WorkflowHandle) => Promise<CycleState>): Promise<CycleState> {
  return send(cycleMessages.reportingCycleId(iso3, y), `country/year: ${iso3} has no ${y} reporting cycle (pathfinder cycle start --year ${y})`, act);
}

const summary = (s: CycleState) => `${s.country.code} ${s.year}: ${s.stage}, round ${s.round}`;

// ---- countries ----

const countries = program.command('countries').description('the country registry');

countries
  .command('import <file>')
  .description('register or update countries from a JSON registry (idempotent)')
  .action(async (file: string) => {
    const { secretariat, gcm, countries } = parseInput(registrySchema, `registry ${file}`, readJson(file, 'file'));
    const c = await client();
    for (const country of countries) {
      const entry = { country, governance: { secretariat, gcm } };
      await c.workflow.signalWithStart('pathfinderCountry', {
        workflowId: countryMessages.countryWorkflowId(country.code),
        taskQueue: TASK_QUEUE,
        args: [entry],
        signal: countryMessages.updateCountrySignal,
        signalArgs: [entry],
      });
    }
    print(`imported ${countries.length} countries: ${countries.map((x) => x.code).join(', ')}`, countries.map((x) => x.code));
  });

countries
  .command('list')
  .description('registered countries')
  .option('--status <status>', 'only this status (candidate, active, inactive, withdrawn)')
  .action(async (opts: { status?: string }) => {
    const all = (await readCountries(await client())).map((r) => r.country).filter((x) => !opts.status || x.status === opts.status);
    const rows = all.map((x) => `${x.code}  ${x.status.padEnd(9)}  ${x.name.padEnd(20)}  ${x.focalPoint.email}`);
    print(rows.length ? rows.join('\n') : 'no countries', all);
  });

// ---- cycles ----

const cycle = program.command('cycle').description('yearly reporting cycles');

cycle
  .command('start')
  .description("open the year's reporting cycle of every eligible country (idempotent)")
  .requiredOption('--year <year>', 'cycle year')
  .option('--country <ISO3,...>', 'only these countries')
  .option('--policy <file>', 'cycle policy JSON for the year (defaults otherwise); read when the year is first opened')
  .action(async (opts: { year: string; country?: string; policy?: string }) => {
    const y = year(opts.year);
    const policy = policyFrom(opts.policy);
    if (DateTime.utc() > cycleCloseAt(y, policy)) throw new Rejected(`year: the ${y} cycle closed on ${cycleCloseAt(y, policy).toISODate()}`);
    const c = await client();
    const wanted = opts.country?.split(',').map(code);
    for (const iso3 of wanted ?? []) await countryRecord(iso3);
    const handle = await annualRun(c, y, policy);
    const results = await send(handle.workflowId, '', (h) => h.executeUpdate(annualMessages.openCyclesUpdate, { args: [{ countries: wanted }] }));
    print(results.map((r) => `${r.country}  ${r.result}${r.reason ? ` (${r.reason})` : ''}`).join('\n') || 'no countries registered', results);
  });

const policyFrom = (file?: string) => parsePolicy(file ? readJson(file, 'policy') : {});

/** The year's `annual-cycle-<YEAR>` run, started if it does not exist yet. */
async function annualRun(c: Client, y: number, policy: ReturnType<typeof parsePolicy>): Promise<WorkflowHandle> {
  const workflowId = annualMessages.annualCycleId(y);
  try {
    return await c.workflow.start('annualCycle', { workflowId, taskQueue: TASK_QUEUE, args: [{ year: y, policy }], workflowIdReusePolicy: 'REJECT_DUPLICATE' });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    return c.workflow.getHandle(workflowId);
  }
}

cycle
  .command('status')
  .description('where every country stands in a year')
  .requiredOption('--year <year>', 'cycle year')
  .action(async (opts: { year: string }) => {
    const y = year(opts.year);
    const c = await client();
    const states: CycleState[] = [];
    for await (const run of c.workflow.list({ query: `WorkflowType = 'reportingCycle' AND CycleYear = ${y}` })) {
      states.push(await c.workflow.getHandle(run.workflowId).query(cycleMessages.getStateQuery));
    }
    states.sort((a, b) => a.country.code.localeCompare(b.country.code));
    const now = DateTime.utc();
    const rows = states.map((s) => {
      const due = DateTime.fromISO(s.windowEndsAt ?? s.deadline, { zone: 'utc' });
      const days = Math.floor(due.diff(now, 'days').days);
      const timing = terminalStages.includes(s.stage) ? '' : days >= 0 ? `${days} days left` : `${-days} days late`;
      return `${s.country.code}  ${s.stage.padEnd(28)}  ${s.deadline.slice(0, 10)}  ${timing.padEnd(14)}  round ${s.round}`;
    });
    print(rows.length ? [`country  ${'stage'.padEnd(28)}  deadline    ${'due'.padEnd(14)}  round`, ...rows].join('\n') : `no cycles for ${y}`, states);
  });

cycle
  .command('extend')
  .description('move the report deadline of one country, with a recorded reason')
  .requiredOption('--country <ISO3>', 'country')
  .requiredOption('--year <year>', 'cycle year')
  .requiredOption('--until <date-time>', 'new deadline, ISO with offset, e.g. 2027-05-31T23:59:59+02:00')
  .requiredOption('--reason <text>', 'why the deadline moves')
  .requiredOption('--as <email>', 'the secretariat member acting')
  .action(async (opts: { country: string; year: string; until: string; reason: string; as: string }) => {
    const s = await task(code(opts.country), year(opts.year), (h) => h.executeUpdate(cycleMessages.extendDeadlineUpdate, { args: [{ as: opts.as, until: opts.until, reason: opts.reason }] }));
    print(`deadline extended to ${s.deadline}; ${summary(s)}`, s);
  });

// ---- reports and reviews ----

const reportOptions = (cmd: Command) =>
  cmd
    .requiredOption('--country <ISO3>', 'country')
    .requiredOption('--year <year>', 'cycle year')
    .requiredOption('--file <report.json>', 'the report with its indicator framework')
    .requiredOption('--as <email>', 'focal point or deputy submitting');

reportOptions(program.command('report').description('progress reports').command('submit').description('submit the annual progress report')).action(
  async (opts: { country: string; year: string; file: string; as: string }) => {
    const [iso3, y] = [code(opts.country), year(opts.year)];
    const report = readJson(opts.file, 'file');
    const s = await task(iso3, y, (h) => h.executeUpdate(cycleMessages.submitReportUpdate, { args: [{ as: opts.as, report: report as never }] }));
    print(`report received${s.submissions.at(-1)?.late ? ' (late)' : ''}; ${summary(s)}`, s);
  },
);

reportOptions(program.command('revision').description('revised reports').command('submit').description('submit a revised report after Working Group feedback')).action(
  async (opts: { country: string; year: string; file: string; as: string }) => {
    const [iso3, y] = [code(opts.country), year(opts.year)];
    const report = readJson(opts.file, 'file');
    const s = await task(iso3, y, (h) => h.executeUpdate(cycleMessages.submitRevisionUpdate, { args: [{ as: opts.as, report: report as never }] }));
    print(`revision received; ${summary(s)}`, s);
  },
);

const review = program.command('review').description('Working Group review');

review
  .command('submit')
  .description('accept a report or ask for a revision')
  .requiredOption('--country <ISO3>', 'country')
  .requiredOption('--year <year>', 'cycle year')
  .requiredOption('--as <email>', 'the assigned reviewer')
  .addOption(new Option('--decision <decision>', 'accept or revise').choices(['accept', 'revise']).makeOptionMandatory())
  .option('--comments-file <file>', 'comments for the country (required with revise)')
  .option('--evidence-guidance <text>', 'guidance on improving evidence of progress')
  .option('--participation-guidance <text>', 'guidance on stakeholder participation')
  .action(async (opts: { country: string; year: string; as: string; decision: 'accept' | 'revise'; commentsFile?: string; evidenceGuidance?: string; participationGuidance?: string }) => {
    let comments = '';
    if (opts.commentsFile) {
      try {
        comments = readFileSync(opts.commentsFile, 'utf8');
      } catch {
        throw new Rejected(`comments-file: cannot read ${opts.commentsFile}`);
      }
    }
    const guidance = { evidence: opts.evidenceGuidance, participation: opts.participationGuidance };
    const s = await task(code(opts.country), year(opts.year), (h) => h.executeUpdate(cycleMessages.submitReviewUpdate, { args: [{ as: opts.as, decision: opts.decision, comments, guidance }] }));
    print(`review recorded; ${summary(s)}`, s);
  });

review
  .command('assign')
  .description('replace the Working Group reviewers of a cycle')
  .requiredOption('--country <ISO3>', 'country')
  .requiredOption('--year <year>', 'cycle year')
  .requiredOption('--reviewer <name:email>', 'a reviewer; repeat for several', (v: string, all: string[] = []) => [...all, v])
  .requiredOption('--as <email>', 'the secretariat member acting')
  .action(async (opts: { country: string; year: string; reviewer: string[]; as: string }) => {
    const reviewers = opts.reviewer.map((r) => person(r, 'reviewer'));
    const s = await task(code(opts.country), year(opts.year), (h) => h.executeUpdate(cycleMessages.reassignReviewersUpdate, { args: [{ as: opts.as, reviewers }] }));
    print(`reviewers: ${s.reviewers.map((r) => r.email).join(', ')}; ${summary(s)}`, s);
  });

// ---- the country record ----

const country = program.command('country').description('one pathfinder country');

country
  .command('show <ISO3>')
  .description("the country's record and history: cycles and outcomes, flags, dialogue, support, status changes")
  .action(async (iso3: string) => {
    const r = await countryRecord(code(iso3));
    const columns = ['report', 'final', 'framework', 'progress', 'collaboration'];
    const yes = (b: boolean, column: number) => (b ? 'yes' : 'no').padEnd(columns[column]!.length);
    const lines = [
      `${r.country.name} (${r.country.code}): ${r.status} since ${r.statusSince.slice(0, 10)}${r.status === 'active' ? '' : ' (benefits suspended)'}`,
      `focal point ${r.country.focalPoint.name} <${r.country.focalPoint.email}>, deputy ${r.country.deputy.name} <${r.country.deputy.email}>`,
      ...r.roadmaps.map((v) => `roadmap v${v.version} (${v.at.slice(0, 10)}): ${v.summary}`),
      '',
      `year  ${'stage'.padEnd(27)}  ${columns.join('  ')}  flag`,
      ...r.cycles.map((c) => {
        const o = c.outcome;
        const facts = [o.reportSubmitted, o.finalised, o.indicatorFrameworkUpdated, o.evidenceOfProgress, o.evidenceOfCollaboration].map(yes);
        return `${c.year}  ${c.stage.padEnd(27)}  ${facts.join('  ')}  ${c.flag ? c.flag.criteria.join(', ') : ''}`.trimEnd();
      }),
      '',
      'history:',
      ...r.history.map((h) => `  ${h.at.slice(0, 10)}  ${h.what}`),
    ];
    print(lines.join('\n'), r);
  });

country
  .command('focal-points <ISO3>')
  .description('change the focal point and/or deputy')
  .requiredOption('--file <people.json>', '{"focalPoint": {name, email, language, zone}, "deputy": {...}}; either may be left out')
  .requiredOption('--as <email>', 'the secretariat member acting')
  .action(async (iso3: string, opts: { file: string; as: string }) => {
    const people = readJson(opts.file, 'file') as object;
    const r = await send(countryMessages.countryWorkflowId(code(iso3)), `country: ${iso3} is not registered`, (h) =>
      h.executeUpdate(countryMessages.changeFocalPointsUpdate, { args: [{ ...people, as: opts.as }] }),
    );
    print(`focal point ${r.country.focalPoint.email}, deputy ${r.country.deputy.email}`, r);
  });

// ---- the yearly Schedule ----

const schedule = program.command('schedule').description('the yearly Temporal Schedule that opens the annual cycle');

schedule
  .command('create')
  .description('open every eligible country\'s cycle each year on the policy\'s opening day (default 15 January, 09:00 Geneva)')
  .option('--policy <file>', 'cycle policy JSON')
  .action(async (opts: { policy?: string }) => {
    const policy = policyFrom(opts.policy);
    const c = await client();
    const { month, day, hour } = policy.yearlyOpening;
    try {
      await c.schedule.create({
        scheduleId: annualMessages.yearlyScheduleId,
        spec: { calendars: [{ month: months[month - 1]!, dayOfMonth: day, hour, minute: 0 }], timezone: policy.secretariatZone },
        action: { type: 'startWorkflow', workflowType: 'yearlyOpening', args: [{ policy }], taskQueue: TASK_QUEUE },
      });
    } catch (error) {
      if ((error as Error).name !== 'ScheduleAlreadyRunning') throw error;
      throw new Rejected(`schedule: ${annualMessages.yearlyScheduleId} exists already (pathfinder schedule delete, then create)`);
    }
    print(`schedule ${annualMessages.yearlyScheduleId}: every year on ${day} ${months[month - 1]!.toLowerCase()} at ${hour}:00 ${policy.secretariatZone}`, { scheduleId: annualMessages.yearlyScheduleId });
  });

schedule
  .command('show')
  .description('the schedule and its next runs')
  .action(async () => {
    const d = await scheduleCall((h) => h.describe());
    const next = d.info.nextActionTimes.map((t) => t.toISOString());
    const recent = d.info.recentActions.map((a) => `${a.takenAt.toISOString()} ${a.action.workflow.workflowId}`);
    print([`schedule ${d.scheduleId}${d.state.paused ? ' (paused)' : ''}`, `next: ${next.join(', ') || 'none'}`, `recent: ${recent.join(', ') || 'none'}`].join('\n'), { next, recent });
  });

schedule
  .command('delete')
  .description('remove the schedule (cycles already open are not affected)')
  .action(async () => {
    await scheduleCall((h) => h.delete());
    print(`schedule ${annualMessages.yearlyScheduleId} deleted`, { deleted: annualMessages.yearlyScheduleId });
  });

const months = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'] as const;

async function scheduleCall<T>(act: (h: ReturnType<Client['schedule']['getHandle']>) => Promise<T>): Promise<T> {
  try {
    return await act((await client()).schedule.getHandle(annualMessages.yearlyScheduleId));
  } catch (error) {
    if ((error as Error).name === 'ScheduleNotFoundError') throw new Rejected(`schedule: there is no ${annualMessages.yearlyScheduleId} (pathfinder schedule create)`);
    throw error;
  }
}

// ---- the GCM's dialogue, support and decision (R20–R22) ----

const escalationOptions = (cmd: Command) => cmd.requiredOption('--country <ISO3>', 'country').requiredOption('--year <year>', 'the cycle year that raised the flag');
const escalationSend = <T>(opts: { country: string; year: string }, act: (h: WorkflowHandle) => Promise<T>) => {
  const [iso3, y] = [code(opts.country), year(opts.year)];
  return send(escalationWorkflowId(iso3, y), `country/year: ${iso3} has no GCM escalation for ${y}`, act);
};
const escalationSummary = (s: EscalationState) => `${s.country.code} escalation ${s.year}: ${s.stage}, ${s.dialogue.length} dialogue record(s)${s.support ? `, support ${s.support.mechanisms.join('+')}` : ''}`;

const gcm = program.command('gcm').description('the Global Coordinating Group: dialogue, support and decisions on flagged countries');

escalationOptions(gcm.command('status').description('where an escalation stands')).action(async (opts: { country: string; year: string }) => {
  const s = await escalationSend(opts, (h) => h.query(escalationMessages.getEscalationQuery));
  print(escalationSummary(s), s);
});

escalationOptions(gcm.command('dialogue').description('record a dialogue with the country (R20)'))
  .requiredOption('--file <dialogue.json>', '{"topics": ["compliance","progress"], "circumstances": "...", "unreportedProgress": "...", "wayForward": {"summary": "...", "supportNeeded": true, "roadmapUpdate": false}}')
  .requiredOption('--as <email>', 'the GCM member recording it')
  .action(async (opts: { country: string; year: string; file: string; as: string }) => {
    const dialogue = readJson(opts.file, 'file') as object;
    const s = await escalationSend(opts, (h) => h.executeUpdate(escalationMessages.recordDialogueUpdate, { args: [{ ...dialogue, as: opts.as } as never] }));
    print(`dialogue recorded; ${escalationSummary(s)}`, s);
  });

escalationOptions(gcm.command('support').description('form a support sub-group (R21)'))
  .requiredOption('--mechanism <I,II,III,IV>', 'support mechanisms: I knowledge sharing, II technical assistance, III development cooperation, IV coordination')
  .requiredOption('--member <name:email>', 'a sub-group member; repeat for several', (v: string, all: string[] = []) => [...all, v])
  .option('--check-in-every <days>', 'days between check-ins', '30')
  .requiredOption('--as <email>', 'the GCM member acting')
  .action(async (opts: { country: string; year: string; mechanism: string; member: string[]; checkInEvery: string; as: string }) => {
    const args = { as: opts.as, mechanisms: opts.mechanism.split(',').map((m) => m.trim()), members: opts.member.map((m) => person(m)), checkInEveryDays: Number(opts.checkInEvery) };
    const s = await escalationSend(opts, (h) => h.executeUpdate(escalationMessages.startSupportUpdate, { args: [args as never] }));
    print(`support sub-group formed; ${escalationSummary(s)}`, s);
  });

escalationOptions(gcm.command('decide').description('close the escalation: the country resumes, or is declared inactive (R22)'))
  .addOption(new Option('--decision <decision>', 'resumed or inactive').choices(['resumed', 'inactive']).makeOptionMandatory())
  .requiredOption('--reason <text>', 'why; the country is told')
  .requiredOption('--as <email>', 'the GCM member recording the consensus')
  .action(async (opts: { country: string; year: string; decision: 'resumed' | 'inactive'; reason: string; as: string }) => {
    const s = await escalationSend(opts, (h) => h.executeUpdate(escalationMessages.decideUpdate, { args: [{ as: opts.as, decision: opts.decision, reason: opts.reason }] }));
    print(`decision recorded; ${escalationSummary(s)}`, s);
  });

program
  .command('support')
  .description('the support sub-group of a flagged country')
  .command('check-in')
  .description('report on the support given; --ready when the country is ready to resume')
  .requiredOption('--country <ISO3>', 'country')
  .requiredOption('--year <year>', 'the cycle year that raised the flag')
  .requiredOption('--note <text>', 'what happened since the last check-in')
  .option('--ready', 'the country is ready to resume')
  .requiredOption('--as <email>', 'the sub-group member')
  .action(async (opts: { country: string; year: string; note: string; ready?: boolean; as: string }) => {
    const [iso3, y] = [code(opts.country), year(opts.year)];
    const checkIns = await send(supportWorkflowId(iso3, y), `country/year: ${iso3} has no support sub-group for ${y}`, (h) =>
      h.executeUpdate(escalationMessages.checkInUpdate, { args: [{ as: opts.as, note: opts.note, readyToResume: opts.ready ?? false }] }),
    );
    print(`check-in recorded (${checkIns.length} so far)`, checkIns);
  });

// ---- reactivation (R23) ----

const reactivationCmd = program.command('reactivation').description('an inactive country asks to be active again');

reactivationCmd
  .command('request')
  .description('file the request with its evidence (I–IV) and the letter to the Chair')
  .requiredOption('--country <ISO3>', 'country')
  .requiredOption('--file <request.json>', 'see examples/reactivation-request.json')
  .requiredOption('--as <email>', 'the focal point or deputy')
  .action(async (opts: { country: string; file: string; as: string }) => {
    const iso3 = code(opts.country);
    const request = readJson(opts.file, 'file');
    const r = await send(countryMessages.countryWorkflowId(iso3), `country: ${iso3} is not registered`, (h) =>
      h.executeUpdate(countryMessages.requestReactivationUpdate, { args: [{ as: opts.as, request: request as never }] }),
    );
    print(`reactivation request filed; the secretariat verifies it (${r.reactivations.at(-1)!.workflowId})`, r);
  });

reactivationCmd
  .command('verify')
  .description("the secretariat's verification of the open request")
  .requiredOption('--country <ISO3>', 'country')
  .addOption(new Option('--verified', 'the evidence holds: the country is active again').conflicts('refused'))
  .addOption(new Option('--refused', 'the evidence does not hold'))
  .requiredOption('--note <text>', 'what was checked; the country and the GCM are told')
  .requiredOption('--as <email>', 'the secretariat member')
  .action(async (opts: { country: string; verified?: boolean; refused?: boolean; note: string; as: string }) => {
    if (!opts.verified && !opts.refused) throw new Rejected('verified: say --verified or --refused');
    const iso3 = code(opts.country);
    const open = (await countryRecord(iso3)).reactivations.find((r) => !r.closedAt);
    if (!open) throw new Rejected(`country: ${iso3} has no open reactivation request`);
    const s = await send(open.workflowId, `country: ${iso3} has no open reactivation request`, (h) =>
      h.executeUpdate(reactivationMessages.verifyUpdate, { args: [{ as: opts.as, verified: !!opts.verified, note: opts.note }] }),
    );
    print(`reactivation ${s.stage}`, s);
  });

/** A person given on the command line as `name:email`. */
function person(value: string, field = 'member') {
  const at = value.lastIndexOf(':');
  if (at < 1) throw new Rejected(`${field}: "${value}" is not name:email`);
  return { name: value.slice(0, at), email: value.slice(at + 1) };
}

// ---- candidacy (R3–R11) and roadmap updates (R12) ----

const candidacyCmd = program.command('candidacy').description('a government becoming a pathfinder country: expression of interest, planning, GCM decision');
const candidacySummary = (s: CandidacyState) => `${s.code} candidacy: ${s.stage}, attempt ${s.attempt}`;
const candidacySend = (iso3: string, act: (h: WorkflowHandle) => Promise<CandidacyState>) =>
  send(candidacyWorkflowId(code(iso3)), `country: ${iso3} has no candidacy (pathfinder candidacy start --file eoi.json)`, act);
const taskUpdate = <T extends CandidacyTask>(task: T, args: object) => (h: WorkflowHandle) => h.executeUpdate(candidacyMessages[task].update, { args: [args as CandidacyArgs<T>] });

candidacyCmd
  .command('start')
  .description('record an expression of interest (R3): it names the focal point and the deputy')
  .requiredOption('--file <eoi.json>', 'see examples/candidacy/eoi.json')
  .action(async (opts: { file: string }) => {
    const eoi = parseInput(expressionOfInterestSchema, 'expression of interest', readJson(opts.file, 'file'));
    const c = await client();
    const [existing] = await readCountries(c, [eoi.code]);
    if (existing && (existing.status === 'active' || existing.status === 'inactive')) throw new Rejected(`code: ${eoi.code} is already a pathfinder country (${existing.status})`);
    const registered = existing ?? (await readCountries(c, (await registeredCodes(c)).slice(0, 1)))[0];
    if (!registered) throw new Rejected('registry: import a registry first (pathfinder countries import); it names the secretariat and the GCM');
    try {
      await c.workflow.start('candidacy', {
        workflowId: candidacyWorkflowId(eoi.code),
        taskQueue: TASK_QUEUE,
        args: [{ eoi, governance: registered.governance, policy: parsePolicy({}) }],
        workflowIdConflictPolicy: 'FAIL',
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) throw new Rejected(`code: ${eoi.code} already has a candidacy under way (pathfinder candidacy status --country ${eoi.code})`);
      throw error;
    }
    print(`candidacy of ${eoi.name} (${eoi.code}) opened; the secretariat acknowledges it next`, { workflowId: candidacyWorkflowId(eoi.code) });
  });

candidacyCmd
  .command('status')
  .description('where a candidacy stands and what is still missing')
  .requiredOption('--country <ISO3>', 'country')
  .action(async (opts: { country: string }) => {
    const s = await candidacySend(opts.country, (h) => h.query(getCandidacyQuery));
    const steps = s.timeline.map((t) => `  ${t.step.padEnd(20)} due ${t.due}  ${s.done[t.step] ? `done ${s.done[t.step]!.slice(0, 10)}` : ''}`.trimEnd());
    print([candidacySummary(s), ...(steps.length ? ['timeline:', ...steps] : []), '', 'history:', ...s.history.map((h) => `  ${h.at.slice(0, 10)}  ${h.what}`)].join('\n'), s);
  });

candidacyCmd
  .command('acknowledge')
  .description('the secretariat informs the GCM and invites consultations and a planning workshop (R4)')
  .requiredOption('--country <ISO3>', 'country')
  .requiredOption('--reviewer <name:email>', 'a Working Group reviewer for its future reports; repeat for several', (v: string, all: string[] = []) => [...all, v])
  .requiredOption('--as <email>', 'the secretariat member')
  .action(async (opts: { country: string; reviewer: string[]; as: string }) => {
    const s = await candidacySend(opts.country, taskUpdate('acknowledge', { as: opts.as, reviewers: opts.reviewer.map((r) => person(r, 'reviewer')) }));
    print(candidacySummary(s), s);
  });

const fileSteps: [CandidacyTask, string, string, string][] = [
  ['timeline', 'timeline', "the candidate's timeline for its planning steps (R5)", 'focal point or deputy'],
  ['stakeholders', 'stakeholders', 'stakeholder and coordination mapping, with at least one coordination body (R6)', 'focal point or deputy'],
  ['situation', 'situation', 'the SDG 8.7 situation mapping (R7)', 'focal point or deputy'],
  ['workshop', 'workshop', 'a strategic planning workshop with its stock-take (R8); one or more', 'focal point or deputy'],
  ['roadmap', 'roadmap', 'the roadmap, or national action plans covering child labour and forced labour (R9)', 'focal point or deputy'],
  ['presentation', 'present', 'the presentation at a regular GCM meeting (R10)', 'secretariat or GCM member'],
  ['feedback', 'feedback', "the GCM's feedback on the presentation (R10)", 'GCM member'],
];
for (const [task, name, description, who] of fileSteps) {
  candidacyCmd
    .command(name)
    .description(description)
    .requiredOption('--country <ISO3>', 'country')
    .requiredOption('--file <file.json>', `see examples/candidacy/${task}.json`)
    .requiredOption('--as <email>', who)
    .action(async (opts: { country: string; file: string; as: string }) => {
      const body = readJson(opts.file, 'file') as object;
      const s = await candidacySend(opts.country, taskUpdate(task, { ...body, as: opts.as }));
      print(candidacySummary(s), s);
    });
}

candidacyCmd
  .command('follow-up')
  .description("the candidate's follow-up to the GCM feedback (R10)")
  .requiredOption('--country <ISO3>', 'country')
  .requiredOption('--response <text>', 'what the candidate did with the feedback')
  .requiredOption('--as <email>', 'focal point or deputy')
  .action(async (opts: { country: string; response: string; as: string }) => {
    const s = await candidacySend(opts.country, taskUpdate('followUp', { as: opts.as, response: opts.response }));
    print(candidacySummary(s), s);
  });

candidacyCmd
  .command('position')
  .description("a GCM member's position; status is granted by consensus, one objection blocks (R11)")
  .requiredOption('--country <ISO3>', 'country')
  .addOption(new Option('--position <position>', 'support or object').choices(['support', 'object']).makeOptionMandatory())
  .option('--reason <text>', 'required with an objection: what is missing')
  .requiredOption('--as <email>', 'the GCM member')
  .action(async (opts: { country: string; position: string; reason?: string; as: string }) => {
    const s = await candidacySend(opts.country, taskUpdate('position', { as: opts.as, position: opts.position, reason: opts.reason }));
    print(candidacySummary(s), s);
  });

candidacyCmd
  .command('withdraw')
  .description('the candidate stops')
  .requiredOption('--country <ISO3>', 'country')
  .requiredOption('--reason <text>', 'why')
  .requiredOption('--as <email>', 'focal point or deputy')
  .action(async (opts: { country: string; reason: string; as: string }) => {
    const s = await candidacySend(opts.country, taskUpdate('withdraw', { as: opts.as, reason: opts.reason }));
    print(candidacySummary(s), s);
  });

country
  .command('roadmap <ISO3>')
  .description('an active country updates its roadmap (R12); the published profile follows')
  .requiredOption('--summary <text>', 'what changed')
  .requiredOption('--as <email>', 'focal point or deputy')
  .action(async (iso3: string, opts: { summary: string; as: string }) => {
    const r = await send(countryMessages.countryWorkflowId(code(iso3)), `country: ${iso3} is not registered`, (h) =>
      h.executeUpdate(countryMessages.updateRoadmapUpdate, { args: [{ as: opts.as, summary: opts.summary }] }),
    );
    print(`roadmap v${r.roadmaps.length}: ${r.roadmaps.at(-1)!.summary}`, r);
  });

/** Runs the CLI; resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    const e = error as { code?: string; exitCode?: number; message?: string };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
    if (e.code?.startsWith('commander.')) return 2; // commander has printed the usage error
    if (error instanceof Rejected || error instanceof InvalidInputError) {
      console.error(`rejected: ${error.message}`);
      return 2;
    }
    const message = e.message ?? String(error);
    console.error(`error: ${message}`);
    if (/connect|unavailable|deadline|transport/i.test(message)) {
      console.error(`hint: is a Temporal server reachable at ${globals().address ?? '127.0.0.1:7233'}? Start one with \`npm run dev\`, or set TEMPORAL_ADDRESS.`);
    }
    return 1;
  }
}
