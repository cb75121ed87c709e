import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { signGrant, type SigningKeys, type TaskRef } from '../client/tokens';
import type { Country, Person } from '../domain/shared/country';
import { reportingCycleId } from '../domain/shared/workflow-ids';
import { words } from '../portal/i18n';
import * as cycle from '../workflows/reporting-cycle/messages';
import { readyLine, root } from './harness';

// The portal under load, as people reach it: real HTTP from links in e-mails (the bench signs them with the
// portal's key, as the worker does), session cookies, CSRF tokens read from the forms.

/** The production portal (`node dist/portal/main.js`) on `port`; resolves once it listens. */
export function startBenchPortal(
  address: string,
  port: number,
  keys: { actionLinks: string; signIn: string },
  extraEnv: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'dist/portal/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      TEMPORAL_ADDRESS: address,
      PORTAL_PORT: String(port),
      ACTION_LINK_KEYS: keys.actionLinks,
      SIGN_IN_KEYS: keys.signIn,
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return readyLine(child, /portal on/, 'bench portal').then(() => child);
}

/** One person's browser, without the browser: cookies kept, redirects followed. */
export class Visitor {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly base: string) {}

  async request(path: string, init: RequestInit = {}): Promise<{ status: number; body: string }> {
    let url = new URL(path, this.base);
    for (let hops = 0; ; hops++) {
      const response = await fetch(url, {
        ...init,
        redirect: 'manual',
        headers: { ...init.headers, cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const at = pair!.indexOf('=');
        this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location && hops < 5) {
        url = new URL(location, url);
        init = {};
        continue;
      }
      return { status: response.status, body: await response.text() };
    }
  }

  /** Follows a link from an e-mail: opens it, then gives the click that signs in (`/act` or `/auth`). */
  async follow(link: string): Promise<{ status: number; body: string }> {
    const question = await this.request(link);
    const body = new URLSearchParams({ _csrf: csrfOf(question.body) ?? '' });
    return this.request(new URL(link, this.base).pathname, { method: 'POST', body });
  }
}

/** The confirmation a focal point reads once the report is in, in each language. */
const received = Object.values(words).map((w) => w.reportReceived);
export const csrfOf = (page: string) => /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const at = (startedAt: number, offsetMs: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, startedAt + offsetMs - Date.now())));

export interface Latencies {
  ms: number[];
  errors: string[];
}

/** Each focal point follows the link to their report, then sends it as a JSON file through the form; `countries` spread over `windowMs`. */
export async function rushThroughPortal(o: {
  base: string;
  keys: SigningKeys;
  countries: Country[];
  year: number;
  report: unknown;
  windowMs: number;
}): Promise<Latencies> {
  const result: Latencies = { ms: [], errors: [] };
  const startedAt = Date.now();
  const expires = new Date(Date.now() + 3_600_000);
  await Promise.all(
    o.countries.map(async (c, i) => {
      await at(startedAt, (i * o.windowMs) / o.countries.length);
      const task: TaskRef = { workflowId: reportingCycleId(c.code, o.year), task: 'report', round: 0 };
      const visitor = new Visitor(o.base);
      const form = await visitor.follow(
        `/act?token=${await signGrant(o.keys, { purpose: 'act', sub: c.focalPoint.email, task }, expires)}`,
      );
      const csrf = csrfOf(form.body);
      if (form.status !== 200 || !csrf) return void result.errors.push(`${c.code}: the form answered ${form.status}`);
      const body = new FormData();
      body.set('_csrf', csrf);
      body.set('reportJson', new Blob([JSON.stringify(o.report)], { type: 'application/json' }), 'report.json');
      const start = process.hrtime.bigint();
      const sent = await visitor.request(`/cycles/${c.code}/${o.year}/report`, { method: 'POST', body });
      result.ms.push(ms(start));
      if (sent.status !== 200 || !received.some((text) => sent.body.includes(text)))
        result.errors.push(`${c.code}: ${sent.status}, ${/role="alert"[^>]*>([^<]{0,200})/.exec(sent.body)?.[1] ?? 'no confirmation'}`);
    }),
  );
  return result;
}

/** The same submissions as bare Updates through the Temporal client, at the same pace: the floor. */
export async function rushThroughClient(o: {
  client: Client;
  countries: Country[];
  year: number;
  report: unknown;
  windowMs: number;
}): Promise<Latencies> {
  const result: Latencies = { ms: [], errors: [] };
  const startedAt = Date.now();
  await Promise.all(
    o.countries.map(async (c, i) => {
      await at(startedAt, (i * o.windowMs) / o.countries.length);
      const start = process.hrtime.bigint();
      await o.client.workflow
        .getHandle(reportingCycleId(c.code, o.year))
        .executeUpdate(cycle.submitReport.update, { args: [{ as: c.focalPoint.email, report: o.report as never }] })
        .then(
          () => result.ms.push(ms(start)),
          (error: Error) => result.errors.push(`${c.code}: ${error.message}`),
        );
    }),
  );
  return result;
}

/** Reviewers reloading their review page (a report in review) every `everyMs` until `until` resolves. */
export async function reviewersReading(o: {
  base: string;
  keys: SigningKeys;
  reviews: { country: string; reviewer: Person }[];
  year: number;
  everyMs: number;
  until: Promise<unknown>;
}): Promise<Latencies> {
  const result: Latencies = { ms: [], errors: [] };
  let done = false;
  void o.until.finally(() => (done = true));
  const expires = new Date(Date.now() + 3_600_000);
  await Promise.all(
    o.reviews.map(async ({ country, reviewer }) => {
      const visitor = new Visitor(o.base);
      const task: TaskRef = { workflowId: reportingCycleId(country, o.year), task: 'review', round: 1 };
      await visitor.follow(`/act?token=${await signGrant(o.keys, { purpose: 'act', sub: reviewer.email, task }, expires)}`);
      while (!done) {
        const start = process.hrtime.bigint();
        const page = await visitor.request(`/cycles/${country}/${o.year}/review`);
        result.ms.push(ms(start));
        if (page.status !== 200) result.errors.push(`${country} review page: ${page.status}`);
        await new Promise((resolve) => setTimeout(resolve, o.everyMs));
      }
    }),
  );
  return result;
}

/** The secretariat's year dashboard, loaded `times` one after another: each page's time. */
export async function dashboardTimes(o: {
  base: string;
  signInKeys: SigningKeys;
  secretariat: Person;
  year: number;
  times: number;
}): Promise<Latencies> {
  const result: Latencies = { ms: [], errors: [] };
  const visitor = new Visitor(o.base);
  await visitor.follow(
    `/auth?token=${await signGrant(o.signInKeys, { purpose: 'sign-in', sub: o.secretariat.email }, new Date(Date.now() + 3_600_000))}`,
  );
  for (let i = 0; i < o.times; i++) {
    const start = process.hrtime.bigint();
    const page = await visitor.request(`/years/${o.year}`);
    result.ms.push(ms(start));
    if (page.status !== 200) result.errors.push(`dashboard: ${page.status}`);
  }
  return result;
}

/** The value below which `p` per cent of the samples fall (nearest rank). */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
