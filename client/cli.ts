import { readFileSync } from 'node:fs';
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type Client,
} from '@temporalio/client';
import { Command, Option } from 'commander';
import { DateTime } from 'luxon';
import { registrySchema, type Country } from '../domain/country';
import { firstReportingYear } from '../domain/calendar';
import { describeIssues, InvalidInputError, parsePolicy } from '../domain/policy';
import type { CycleState } from '../domain/reporting-cycle';
import { countryWorkflowId, getCountryQuery, updateCountrySignal } from '../workflows/country/messages';
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

async function countryRecord(c: Client, iso3: string): Promise<Country> {
  try {
    return await c.workflow.getHandle(countryWorkflowId(iso3)).query(getCountryQuery);
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) throw new Rejected(`country: ${iso3} is not registered (pathfinder countries import <file>)`);
    throw error;
  }
}

async function registeredCountries(c: Client): Promise<Country[]> {
  const codes: string[] = [];
  for await (const run of c.workflow.list({ query: `WorkflowType = 'pathfinderCountry' AND ExecutionStatus = 'Running'` })) {
    codes.push(run.workflowId.replace(/^pathfinder-/, ''));
  }
  return Promise.all(codes.sort().map((iso3) => countryRecord(c, iso3)));
}

function cycleHandle(c: Client, iso3: string, y: number) {
  return c.workflow.getHandle(cycleMessages.reportingCycleId(iso3, y));
}

/** Sends a task Update; a rejection by the workflow's validator becomes exit code 2 with its message. */
async function task(iso3: string, y: number, send: (h: ReturnType<typeof cycleHandle>) => Promise<CycleState>): Promise<CycleState> {
  try {
    return await send(cycleHandle(await client(), iso3, y));
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError) throw new Rejected(error.cause?.message ?? error.message);
    if (error instanceof WorkflowNotFoundError) throw new Rejected(`country/year: ${iso3} has no ${y} reporting cycle (pathfinder cycle start --year ${y})`);
    throw error;
  }
}

const summary = (s: CycleState) => `${s.country.code} ${s.year}: ${s.stage}, round ${s.round}`;

// ---- countries ----

const countries = program.command('countries').description('the country registry');

countries
  .command('import <file>')
  .description('register or update countries from a JSON registry (idempotent)')
  .action(async (file: string) => {
    const parsed = registrySchema.safeParse(readJson(file, 'file'));
    if (!parsed.success) throw new Rejected(`invalid registry ${file}: ${describeIssues(parsed.error).join('; ')}`);
    const c = await client();
    for (const country of parsed.data) {
      await c.workflow.signalWithStart('pathfinderCountry', {
        workflowId: countryWorkflowId(country.code),
        taskQueue: TASK_QUEUE,
        args: [country],
        signal: updateCountrySignal,
        signalArgs: [country],
      });
    }
    print(`imported ${parsed.data.length} countries: ${parsed.data.map((x) => x.code).join(', ')}`, parsed.data.map((x) => x.code));
  });

countries
  .command('list')
  .description('registered countries')
  .option('--status <status>', 'only this status (candidate, active, inactive, withdrawn)')
  .action(async (opts: { status?: string }) => {
    const all = (await registeredCountries(await client())).filter((x) => !opts.status || x.status === opts.status);
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
  .option('--policy <file>', 'cycle policy JSON (defaults otherwise)')
  .action(async (opts: { year: string; country?: string; policy?: string }) => {
    const y = year(opts.year);
    let policy;
    try {
      policy = parsePolicy(opts.policy ? readJson(opts.policy, 'policy') : {});
    } catch (error) {
      if (error instanceof InvalidInputError) throw new Rejected(error.message);
      throw error;
    }
    const c = await client();
    const wanted = opts.country?.split(',').map(code);
    const candidates = wanted ? await Promise.all(wanted.map((iso3) => countryRecord(c, iso3))) : await registeredCountries(c);
    const secretariat = { name: 'Alliance 8.7 secretariat', email: process.env.SECRETARIAT_EMAIL ?? 'secretariat@example.org', language: 'en' as const, zone: policy.secretariatZone };
    const results: { country: string; result: 'started' | 'already exists' | 'not eligible'; reason?: string }[] = [];
    for (const country of candidates) {
      const firstYear = country.grantedOn ? firstReportingYear(DateTime.fromISO(country.grantedOn, { zone: policy.secretariatZone }), policy) : undefined;
      if (country.status !== 'active' || (firstYear !== undefined && y < firstYear)) {
        const reason = country.status !== 'active' ? `status ${country.status}` : `first reporting year ${firstYear}`;
        results.push({ country: country.code, result: 'not eligible', reason });
        continue;
      }
      try {
        await c.workflow.start('reportingCycle', {
          workflowId: cycleMessages.reportingCycleId(country.code, y),
          taskQueue: TASK_QUEUE,
          args: [{ country, year: y, policy, secretariat }],
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
        });
        results.push({ country: country.code, result: 'started' });
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
        results.push({ country: country.code, result: 'already exists' });
      }
    }
    print(results.map((r) => `${r.country}  ${r.result}${r.reason ? ` (${r.reason})` : ''}`).join('\n') || 'no countries registered', results);
  });

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
      const timing = ['finalised', 'closed-without-report', 'closed-without-finalisation'].includes(s.stage) ? '' : days >= 0 ? `${days} days left` : `${-days} days late`;
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
    const reviewers = opts.reviewer.map((r) => {
      const at = r.lastIndexOf(':');
      if (at < 1) throw new Rejected(`reviewer: "${r}" is not name:email`);
      return { name: r.slice(0, at), email: r.slice(at + 1) };
    });
    const s = await task(code(opts.country), year(opts.year), (h) => h.executeUpdate(cycleMessages.reassignReviewersUpdate, { args: [{ as: opts.as, reviewers }] }));
    print(`reviewers: ${s.reviewers.map((r) => r.email).join(', ')}; ${summary(s)}`, s);
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
    if (error instanceof Rejected) {
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
