import { createHash } from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { storePublisher, type CountryProfile } from '../../activities/publisher';
import { tellPublicSite } from '../../activities/site';
import { dataConverterFromEnv } from '../../client/data-converter';
import type { Report } from '../../domain/cycle/report';
import { siteKeys, type HlpfCompilation, type SiteCountry, type SiteIndex, type SiteYear } from '../../domain/publication/site';
import type { Country } from '../../domain/shared/country';
import { publicSiteWorkflowId, reportingCycleId } from '../../domain/shared/workflow-ids';
import { storeDocuments } from '../../portal/documents';
import { startMailCatcher, type MailCatcher } from '../../scripts/mail-catcher';
import { getJson, type ObjectStore } from '../../store/object-store';
import { createWorker } from '../../worker/create-worker';
import { publicSite, reportingCycle } from '../../workflows';
import * as m from '../../workflows/reporting-cycle/messages';
import { publishedSignal, publishHlpfUpdate } from '../../workflows/public-site/messages';
import { Y, skipTo } from '../helpers/clock';
import { cycleInput, examplePdf, exampleCountries, exampleReport, nepal, testPortal } from '../helpers/fixtures';
import { expectLinksToTheirPersonOnly } from '../helpers/personal-links';
import { startTimeSkipping, workflowBundle } from '../helpers/temporal';
import { testStores } from '../helpers/worker';
import { recordHistory } from '../helpers/record-history';

// The public site's writer end to end: reporting cycles finalise and publish, the publication tells the
// `public-site` workflow, which writes the site files every page reads. The worker starts on files as 1.0
// published them (no site, no documents beside the report, no publishedAt) and builds the site from them.
let env: TestWorkflowEnvironment;
let mail: MailCatcher;
let worker: Worker;
let running: Promise<void> | undefined;
let published: ObjectStore;
let documents: ObjectStore;
const taskQueue = 'public-site';
const nigeria = exampleCountries.find((c) => c.code === 'NGA')!;
const peru = exampleCountries.find((c) => c.code === 'PER')!;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const profileOf = (c: Country, status: CountryProfile['status'] = 'active'): CountryProfile => ({
  code: c.code,
  name: c.name,
  status,
  statusSince: `${Y - 3}-03-02T00:00:00.000Z`,
  benefits: status === 'active',
  focalPoints: [c.focalPoint.name],
  roadmaps: [{ version: 1, at: `${Y - 3}-03-02T00:00:00.000Z`, summary: 'Roadmap adopted with the grant' }],
});

const read = <T>(key: string) => getJson<T>(published, key);
const indexEntry = async (code: string) => (await read<SiteIndex>(siteKeys.index))?.countries.find((c) => c.code === code);

beforeAll(async () => {
  [env, mail] = await Promise.all([startTimeSkipping(), startMailCatcher()]);
  const { stores } = testStores();
  ({ published, documents } = stores);
  // Nepal as 1.0 published it: its profile, its Y-1 report with the document it uploaded (left in the
  // portal's store), its framework; no publishedAt, no site.
  const pdf = await storeDocuments(documents).put('nepal-report.pdf', 'application/pdf', examplePdf(3000));
  const { indicatorFramework, ...report } = { ...exampleReport, attachments: [pdf] } as Report;
  const header = { country: 'NPL', countryName: 'Nepal', year: Y - 1 };
  await published.put('NPL/profile.json', JSON.stringify(profileOf(nepal)));
  await published.put(`NPL/${Y - 1}/report.json`, JSON.stringify({ ...header, ...report }));
  await published.put(`NPL/${Y - 1}/indicator-framework.json`, JSON.stringify({ ...header, ...indicatorFramework }));
  worker = await createWorker({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    smtpUrl: mail.smtpUrl,
    stores,
    portal: testPortal,
    workflowBundle: await workflowBundle(),
    dataConverter: dataConverterFromEnv(env.namespace ?? 'default'),
  });
  running = worker.run();
});
afterAll(async () => {
  worker?.shutdown();
  await running;
  await env?.teardown();
  await mail?.close();
  expectLinksToTheirPersonOnly(mail?.messages ?? []);
});

it('builds the site on its own from files as 1.0 published them, their documents with them', { timeout: 60_000 }, async () => {
  await expect.poll(() => indexEntry('NPL'), { timeout: 30_000 }).toMatchObject({ promoted: true, reports: [{ year: Y - 1 }] });
  const nepalSite = (await read<SiteCountry>(siteKeys.country('NPL')))!;
  const [report] = nepalSite.reports;
  const [document] = report!.documents;
  expect(document).toMatchObject({ name: 'nepal-report.pdf', type: 'application/pdf' });
  const bytes = (await published.get(siteKeys.document('NPL', Y - 1, document!.sha256)))!;
  expect(sha256(bytes)).toBe(document!.sha256);
  expect(bytes.equals(examplePdf(3000))).toBe(true);

  // Rebuilt again, it keeps when the report was first published.
  const builtAt = (await read<SiteIndex>(siteKeys.index))!.builtAt;
  await tellPublicSite(env.client, 'all', taskQueue);
  await expect.poll(async () => (await read<SiteIndex>(siteKeys.index))!.builtAt, { timeout: 30_000 }).not.toBe(builtAt);
  expect((await read<SiteCountry>(siteKeys.country('NPL')))!.reports[0]!.publishedAt).toBe(report!.publishedAt);
});

it('puts two countries finalised at once in the index, each with its document and figures', { timeout: 90_000 }, async () => {
  const publisher = storePublisher(published);
  await Promise.all([peru, nigeria].map((c) => publisher.publishProfile(profileOf(c))));
  const uploads = await Promise.all(
    [peru, nigeria].map((c, i) => storeDocuments(documents).put(`${c.code}-${Y}.pdf`, 'application/pdf', examplePdf(1000 + i))),
  );
  await Promise.all(
    [peru, nigeria].map(async (c, i) => {
      const cycle = await env.client.workflow.start(reportingCycle, {
        taskQueue,
        workflowId: reportingCycleId(c.code, Y), // the production id: its record keeper looks for it
        args: [cycleInput(Y, c)],
      });
      const report = { ...exampleReport, attachments: [uploads[i]!] };
      await cycle.executeUpdate(m.submitReport.update, { args: [{ as: c.focalPoint.email, report }] });
      await cycle.executeUpdate(m.submitReview.update, { args: [{ as: c.reviewers[0]!.email, decision: 'accept' }] });
      expect((await cycle.result()).stage).toBe('finalised');
    }),
  );

  for (const [i, c] of [peru, nigeria].entries()) {
    await expect.poll(() => indexEntry(c.code), { timeout: 30_000 }).toMatchObject({ reports: [{ year: Y }], promoted: true });
    const site = (await read<SiteCountry>(siteKeys.country(c.code)))!;
    const report = site.reports.find((r) => r.year === Y)!;
    expect(report.figures).toEqual({
      frameworkUpdated: true,
      indicators: 2,
      indicatorsWithValue: 2,
      evidence: 2,
      collaboration: 1,
      socialPartners: false,
      stakeholderGroups: 4,
    });
    expect(report.highlights.map((h) => h.objective)).toEqual(exampleReport.progress.map((p) => p.objective));
    expect(report.documents).toEqual([uploads[i]]);
    const bytes = (await published.get(siteKeys.document(c.code, Y, uploads[i]!.sha256)))!;
    expect(sha256(bytes)).toBe(uploads[i]!.sha256);
    expect(site.frameworks).toEqual([{ year: Y, updated: true, indicators: exampleReport.indicatorFramework.indicators }]);
    // A publication retried keeps its first publishedAt.
    const first = (await read<{ publishedAt: string }>(`${c.code}/${Y}/report.json`))!.publishedAt;
    expect(report.publishedAt).toBe(first);
    await storePublisher(published, documents).publishFinalReport({
      country: c.code,
      countryName: c.name,
      year: Y,
      report: { ...exampleReport, attachments: [uploads[i]!] } as Report,
    });
    expect((await read<{ publishedAt: string }>(`${c.code}/${Y}/report.json`))!.publishedAt).toBe(first);
  }
  const year = (await read<SiteYear>(siteKeys.year(Y)))!;
  expect(year.countries.map((c) => c.code)).toEqual(['NGA', 'PER']);
  expect((await read<SiteIndex>(siteKeys.index))!.countries.map((c) => c.code)).toEqual(['NGA', 'NPL', 'PER']);
});

it(
  'does not promote an inactive country under the default policy, nor put it in the HLPF compilation, opened on 1 July',
  { timeout: 60_000 },
  async () => {
    await storePublisher(published).publishProfile(profileOf(nigeria, 'inactive'));
    await tellPublicSite(env.client, { country: 'NGA' }, taskQueue);
    await expect.poll(() => indexEntry('NGA'), { timeout: 30_000 }).toMatchObject({ status: 'inactive', promoted: false });
    expect((await read<SiteYear>(siteKeys.year(Y)))!.countries.find((c) => c.code === 'NGA')).toMatchObject({ promoted: false });
    expect((await read<SiteCountry>(siteKeys.country('NGA')))!.reports).toHaveLength(1); // kept, not promoted

    const site = env.client.workflow.getHandle(publicSiteWorkflowId);
    const hlpf = (year: number) => site.executeUpdate(publishHlpfUpdate, { args: [{ year, actorName: 'Alliance 8.7 secretariat' }] });
    const early = await hlpf(Y).catch((error: unknown) => error);
    expect(early).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (early as WorkflowUpdateFailedError).cause as ApplicationFailure;
    expect([cause.type, cause.message]).toEqual(['NotNow', `year: the ${Y} HLPF compilation opens on ${Y}-07-01`]);
    await expect(hlpf(1999)).rejects.toThrow(WorkflowUpdateFailedError);
    expect(await published.get(siteKeys.hlpf(Y))).toBeUndefined();

    await skipTo(env, `${Y}-07-01T00:00:00+02:00`);
    const compilation = await hlpf(Y);
    expect(compilation).toMatchObject({ year: Y, publishedBy: 'Alliance 8.7 secretariat' });
    expect(compilation.publishedAt >= `${Y}-06-30T22:00:00.000Z`).toBe(true); // 1 July, Geneva
    expect(compilation.countries.map((c) => c.code)).toEqual(['PER']);
    expect(await read<HlpfCompilation>(siteKeys.hlpf(Y))).toEqual(compilation);

    // Reactivated, the country is promoted again at its next profile publication.
    await storePublisher(published).publishProfile(profileOf(nigeria, 'active'));
    await tellPublicSite(env.client, { country: 'NGA' }, taskQueue);
    await expect.poll(() => indexEntry('NGA'), { timeout: 30_000 }).toMatchObject({ status: 'active', promoted: true });
    await recordHistory(env.client, publicSiteWorkflowId, 'public-site');
  },
);

it('continues as new once its history grows long, carrying what is still to rebuild', { timeout: 60_000 }, async () => {
  const first = await env.client.workflow.start(publicSite, {
    taskQueue,
    workflowId: `${publicSiteWorkflowId}-bounded`,
    args: [{ historyLimit: 12 }],
  });
  for (let i = 0; i < 5; i++) await first.signal(publishedSignal, { country: 'PER' });
  const firstRun = env.client.workflow.getHandle(first.workflowId, first.firstExecutionRunId);
  await expect.poll(async () => (await firstRun.describe()).status.name, { timeout: 30_000 }).toBe('CONTINUED_AS_NEW');
  expect((await env.client.workflow.getHandle(first.workflowId).describe()).status.name).toBe('RUNNING');
  expect(await indexEntry('PER')).toMatchObject({ reports: [{ year: Y }] });
  await first.terminate('test over');
});
