import type { Client } from '@temporalio/client';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importRegistry } from '../../app/countries';
import { submitReport } from '../../app/cycles';
import { exampleRegistry, exampleReport } from '../helpers/fixtures';
import { followLink, startPortalStack, type PortalStack } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';
import { kindOf } from '../helpers/mail';

// The secretariat runs a year from the browser: opens it, watches its dashboard change as reports come in,
// moves a deadline; the GCM reads the same dashboard; focal points and reviewers may not.

let portal: PortalStack;
let client: Client;

beforeAll(async () => {
  portal = await startPortalStack();
  client = portal.stack.env.client;
  await importRegistry(client, exampleRegistry);
});
afterAll(() => portal?.stop());

it(
  'lets the secretariat open a year and watch its dashboard change as reports arrive and deadlines move',
  { timeout: 120_000 },
  async () => {
    const { base, person, signIn, shot, settings } = portal;
    const secretariat = await person();
    await signIn(secretariat, 'secretariat@example.org');
    await secretariat.getByRole('link', { name: /^Secretariat/ }).click();
    const section = (title: string) => secretariat.locator('section', { hasText: title });
    await section('Open a year').getByLabel('Year').fill(String(Y));
    await section('Open a year').getByRole('button').click();
    const opened = (await secretariat.locator('[role=status]').textContent())!.split('; ').sort();
    expect(opened).toEqual(['NGA: started', 'PER: started']);

    // My tasks links the dashboards of last year, this year and next, by the portal's (real) clock; the year
    // opened here is next year's, or PATHFINDER_TEST_TODAY's next year. A row per country, linked to its dossier and its run.
    await secretariat.goto(base);
    const thisYear = DateTime.now().setZone('Europe/Zurich').year;
    for (const year of [thisYear - 1, thisYear, thisYear + 1]) {
      await expect(secretariat.getByRole('link', { name: String(year), exact: true }).getAttribute('href')).resolves.toBe(`/years/${year}`);
    }
    await secretariat.goto(`${base}/years/${Y}`);
    const row = (code: string) => secretariat.locator('tbody tr', { has: secretariat.locator(`a[href="/countries/${code}/dossier"]`) });
    const cell = (code: string, label: string) => row(code).locator(`td[data-label="${label}"]`).textContent();
    await expect.poll(async () => (await secretariat.reload(), await secretariat.locator('tbody tr').count()), { timeout: 10_000 }).toBe(2);
    // A row shows the cycle once it has told the year's run, just after its call for reports goes out.
    await expect
      .poll(async () => (await secretariat.reload(), await cell('PER', 'Stage')), { timeout: 10_000 })
      .toBe('Awaiting the report');
    await expect(cell('PER', 'Shortfalls so far')).resolves.toContain('(a) no progress report');
    await expect(cell('PER', 'Forecast')).resolves.toBe('Clear (no previous cycle)');
    await expect(row('NGA').getByRole('link', { name: 'Temporal UI' }).getAttribute('href')).resolves.toBe(
      `${settings.temporalUiUrl}/namespaces/default/workflows/reporting-cycle-NGA-${Y}`,
    );

    // Peru's report arrives: its row moves to review, round 1.
    await submitReport(client, {
      country: 'PER',
      year: Y,
      report: exampleReport,
      actor: { email: 'lucia.quispe@example.org', channel: 'portal-session' },
    });
    await expect
      .poll(async () => (await secretariat.reload(), await cell('PER', 'Stage')), { timeout: 10_000 })
      .toBe('Report under review by the Working Group');
    await expect(cell('PER', 'Round')).resolves.toBe('1');
    // In review, with no comments to answer yet: nothing is short (R19).
    await expect(cell('PER', 'Shortfalls so far')).resolves.toBe('none');
    await expect(cell('PER', 'Reviewers')).resolves.toBe('amina.diallo@example.org');
    // Who took part in its report: the workers' organisations, not the employers', so not both social partners (S1).
    await expect(cell('PER', 'Social partners')).resolves.toBe(
      "only one or neither took part (government, workers' organisations, survivors and their networks, UN agencies and the ILO)",
    );
    await expect(cell('NGA', 'Social partners')).resolves.toBe('');

    // Nigeria's deadline moves, with its reason on the dashboard.
    await secretariat.goto(`${base}/secretariat`);
    await section('Extend a report deadline').getByLabel('Country (ISO3)').fill('NGA');
    await section('Extend a report deadline').getByLabel('Year').fill(String(Y));
    await section('Extend a report deadline')
      .getByLabel(/New deadline/)
      .fill(`${Y}-05-31T23:59:59+02:00`);
    await section('Extend a report deadline')
      .getByLabel(/Reason/)
      .fill('National elections in April');
    await section('Extend a report deadline').getByRole('button').click();
    await secretariat.goto(`${base}/years/${Y}`);
    await expect
      .poll(() => cell('NGA', 'Deadline').then(async (text) => (text?.includes('extended') ? text : (await secretariat.reload(), text))), {
        timeout: 10_000,
      })
      .toBe(`May 31, ${Y}extended: National elections in April`);
    await shot(secretariat, 'year-dashboard');

    // Filters narrow the rows; the CSV holds the rows the filters keep.
    await secretariat.getByLabel('Stage').selectOption('in-review');
    await secretariat.getByRole('button', { name: 'Show' }).click();
    expect(await secretariat.locator('tbody tr').count()).toBe(1);
    await expect(secretariat.getByText('Showing 1 of 2.').count()).resolves.toBe(1);
    const csv = await secretariat.request.get(`${base}/years/${Y}.csv?stage=awaiting-submission`);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines.map((l) => l.split(',').slice(0, 6).join(','))).toEqual([
      'country,name,opened,stage,deadline,extended_to',
      `NGA,Nigeria,started,awaiting-submission,${Y}-05-31T21:59:59.000Z,${Y}-05-31T21:59:59.000Z`,
    ]);

    // Nigeria's focal point asks for more time from the link in the e-mail that told of the extension.
    const chidi = await person();
    await followLink(chidi, await portal.linkIn('chidi.okafor@example.org', 'deadline-extended'));
    const askForMoreTime = async (days: string, reason: string) => {
      await chidi.getByText('Need more time?').click();
      await chidi.getByLabel('Days of extension').fill(days);
      await chidi.getByLabel('Reason', { exact: true }).fill(reason);
      await chidi.getByRole('button', { name: 'Ask for more time' }).click();
      return chidi.locator('[role=status], [role=alert]').textContent();
    };
    await expect(askForMoreTime('7', 'The statistics office publishes its survey on 3 June')).resolves.toMatch(
      new RegExp(String.raw`^More time is granted\. The report is now due: Due: June 7, ${Y}`),
    );
    await chidi.goBack();
    await expect(askForMoreTime('30', 'The new minister must approve the report')).resolves.toBe(
      'Your request was sent to the secretariat, which decides and tells you by e-mail.',
    );
    await shot(chidi, 'more-time-asked');

    // The secretariat decides on the dashboard: a refusal needs a note; the grant moves the deadline.
    await secretariat.goto(`${base}/years/${Y}`);
    const request = secretariat.locator('section', { hasText: 'Requests for more time' });
    await expect(request.textContent()).resolves.toContain('Nigeria (NGA) asks for 30 more days');
    await request.getByRole('button', { name: 'Refuse' }).click();
    await expect(secretariat.locator('[role=alert]').textContent()).resolves.toBe(
      'invalid extension decision: note: is required when refusing: the country is told why',
    );
    await shot(secretariat, 'more-time-decision');
    await secretariat.locator('section', { hasText: 'Requests for more time' }).getByRole('button', { name: 'Grant 30 days' }).click();
    await expect(secretariat.locator('[role=status]').textContent()).resolves.toBe(
      'Decision recorded for NGA; the country is told by e-mail.',
    );
    await expect
      .poll(async () => (await secretariat.reload(), await cell('NGA', 'Deadline')), { timeout: 10_000 })
      .toBe(`July 7, ${Y}extended: The new minister must approve the report`);
    await portal.stack.mail.waitFor(4, (m) => kindOf(m) === 'extension-granted');

    // The GCM reads it too; a focal point and a reviewer are refused, page and CSV.
    const helena = await person();
    await signIn(helena, 'helena.sorensen@example.org');
    expect((await helena.goto(`${base}/years/${Y}`))!.status()).toBe(200);
    const lucia = await person();
    await signIn(lucia, 'lucia.quispe@example.org');
    expect((await lucia.goto(`${base}/years/${Y}`))!.status()).toBe(403);
    expect((await lucia.request.get(`${base}/years/${Y}.csv`)).status()).toBe(403);
    const amina = await person();
    await signIn(amina, 'amina.diallo@example.org');
    expect((await amina.goto(`${base}/years/${Y}`))!.status()).toBe(403);
    expect((await secretariat.goto(`${base}/years/${Y + 4}`))!.status()).toBe(404);
  },
);
