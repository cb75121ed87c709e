import type { Command } from 'commander';
import { cycleYear } from '../../app/inputs';
import { publishHlpf, rebuildPublicSite } from '../../app/site';
import { client, operator, print } from './shell';

// `pathfinder site`: the public site (DESIGN.md §9), written by its `public-site` workflow.

export function registerSite(program: Command): void {
  const site = program.command('site').description('the public site: countries, reports, years and the HLPF compilation');

  site
    .command('rebuild')
    .description('rebuild every site file from what is published (e.g. reports published before the site existed)')
    .action(async () => {
      await rebuildPublicSite(client());
      print('the public site is being rebuilt from what is published', { rebuilding: true });
    });

  const hlpf = site.command('hlpf').description('the compilation of the year for the annual meeting on the margins of the HLPF');
  hlpf
    .command('publish')
    .description(
      "publish the year's compilation: the promoted countries' reports published so far (from the policy's publication.hlpfFrom, default 1 July)",
    )
    .requiredOption('--year <year>', 'the year of the HLPF meeting')
    .requiredOption('--as <email>', 'the secretariat member')
    .action(async (opts: { year: string; as: string }) => {
      const c = await publishHlpf(client(), { year: cycleYear(opts.year), actor: operator(opts.as) });
      const codes = c.countries.map((x) => x.code).join(', ') || 'none yet';
      print(`HLPF compilation ${c.year} published by ${c.publishedBy} at ${c.publishedAt}: ${c.countries.length} countries (${codes})`, c);
    });
}
