import { Context } from '@temporalio/activity';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { CyclePolicy } from '../domain/cycle/policy';
import {
  indexWith,
  promotedUnder,
  siteCountryOf,
  yearWith,
  type PublishedFramework,
  type PublishedProfile,
  type PublishedReport,
  type PublishedYear,
} from '../domain/publication/build';
import { hlpfCompilationOf, type PublishHlpfArgs } from '../domain/publication/hlpf';
import { siteKeys, type HlpfCompilation, type SiteCountry, type SiteIndex, type SiteYear } from '../domain/publication/site';
import { publicSiteWorkflowId, workflowTypes } from '../domain/shared/workflow-ids';
import { getJson, type ObjectStore } from '../store/object-store';
import { checkedYear, publishDocuments } from './publisher';
import { publishedSignal, rebuildAllSignal } from '../workflows/public-site/messages';

// The public site's files (domain/publication/site.ts), written only by the `publicSite` workflow's
// activities: read–modify–write of the index and the years is safe because that workflow runs one at a time.

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const isCode = (name: string) => /^[A-Z]{3}$/.test(name);
const isYear = (name: string) => /^\d{4}$/.test(name);

/**
 * Tells the public site that a country's files were published, or that everything is to be rebuilt
 * (`'all'`), starting it if it is not running (the first publication); `'start'` only starts it. It runs on
 * the task queue of the worker that published, as every workflow here does.
 */
export async function tellPublicSite(client: Client, what: { country: string } | 'all' | 'start', taskQueue: string): Promise<void> {
  const options = { workflowId: publicSiteWorkflowId, taskQueue, args: [{}] as [object] };
  if (what === 'all') await client.workflow.signalWithStart(workflowTypes.publicSite, { ...options, signal: rebuildAllSignal });
  else if (what !== 'start')
    await client.workflow.signalWithStart(workflowTypes.publicSite, { ...options, signal: publishedSignal, signalArgs: [what] });
  else
    await client.workflow.start(workflowTypes.publicSite, options).catch((error: unknown) => {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    });
}

export function createSiteActivities(deps: { published: ObjectStore; documents: ObjectStore; policyInForce: () => Promise<CyclePolicy> }) {
  const { published } = deps;
  const put = (key: string, value: unknown) => published.put(key, json(value), 'application/json');

  /**
   * A country's published years: report, framework, when first published, and its documents (copied if they
   * were not yet). `before`: the country's site file as last built, which keeps when a 1.0 report was first seen.
   */
  async function yearsOf(code: string, before: SiteCountry | undefined, at: string): Promise<PublishedYear[]> {
    const years: PublishedYear[] = [];
    for (const name of (await published.list(`${code}/`)).filter(isYear)) {
      const year = Number(name);
      const report = await getJson<PublishedReport>(published, `${code}/${year}/report.json`);
      const framework = await getJson<PublishedFramework>(published, `${code}/${year}/indicator-framework.json`);
      if (!report || !framework) continue;
      // 1.0 published neither when nor the documents: both are made good here, once.
      const publishedAt = report.publishedAt ?? before?.reports.find((r) => r.year === year)?.publishedAt ?? at;
      const documents = await publishDocuments({ ...deps, code, year, refs: report.attachments, missing: 'skip' });
      years.push({ report, framework, publishedAt, documents });
      Context.current().heartbeat();
    }
    return years;
  }

  async function countryOf(code: string, policy: CyclePolicy, at: string): Promise<SiteCountry | undefined> {
    const profile = await getJson<PublishedProfile>(published, `${code}/profile.json`);
    if (!profile) return undefined;
    const before = await getJson<SiteCountry>(published, siteKeys.country(code));
    return siteCountryOf(profile, await yearsOf(code, before, at), promotedUnder(profile.status, policy), at);
  }

  return {
    /**
     * Rebuilds the site files of `countries` (every country with a published profile if none are named): each
     * country's file, then its entry in each of its years and in the index, written last so that a rebuild cut
     * short is done again at the next start.
     */
    async rebuildSite({ countries }: { countries?: string[] }): Promise<{ countries: string[] }> {
      const policy = await deps.policyInForce();
      const at = new Date().toISOString();
      const all = countries === undefined;
      const codes = (all ? await published.list('') : countries).filter(isCode);
      const built: SiteCountry[] = [];
      for (const code of codes) {
        const country = await countryOf(code, policy, at);
        if (!country) continue;
        await put(siteKeys.country(code), country);
        built.push(country);
      }
      const years = [...new Set(built.flatMap((c) => c.reports.map((r) => r.year)))];
      for (const year of years) {
        const before = all ? undefined : await getJson<SiteYear>(published, siteKeys.year(year));
        await put(siteKeys.year(year), yearWith(before, year, built, at));
      }
      const index = all ? undefined : await getJson<SiteIndex>(published, siteKeys.index);
      await put(siteKeys.index, indexWith(index, built, at));
      return { countries: built.map((c) => c.code) };
    },

    /** Writes the year's HLPF compilation from the year's site file: the promoted countries, who published it and when. */
    async publishHlpfCompilation(task: PublishHlpfArgs & { at: string }): Promise<HlpfCompilation> {
      checkedYear(task.year);
      const compilation = hlpfCompilationOf(
        await getJson<SiteYear>(published, siteKeys.year(task.year)),
        task.year,
        task.actorName,
        task.at,
      );
      await put(siteKeys.hlpf(task.year), compilation);
      return compilation;
    },
  };
}
