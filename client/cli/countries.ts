import type { RoadmapDocumentInput } from '../../domain/roadmap/document';
import type { Command } from 'commander';
import { changeFocalPoints, countryRecord, importRegistry, listCountries, updateRoadmap } from '../../app/countries';
import { countryCode } from '../../app/inputs';
import { shows } from '../../domain/r19/criteria';
import { flagStatus, type CountryState, type CycleFlag } from '../../domain/record/country-record';
import { client, operator, print, readJson } from './shell';

/** The years entered from before this system, if any (`pathfinder history import`), and the documents kept of them. */
const importedLine = (cycles: CountryState['cycles']): string[] => {
  const years = cycles.filter((c) => c.imported).map((c) => c.year);
  const documents = cycles.flatMap((c) => (c.imported?.documents ?? []).map((d) => `  ${c.year} document ${d.name}  sha256 ${d.sha256}`));
  return years.length ? [`imported from before this system: ${years.join(', ')}`, ...documents] : [];
};

/** A flag's criteria and where the Working Group's review of it stands (flags raised before it reviewed them show none). */
const flagLine = (flag: CycleFlag): string => {
  const criteria = flag.criteria.join(', ');
  const review = flag.withdrawn ?? flag.confirmed;
  const status = flagStatus(flag);
  if (status === 'raised') return criteria;
  return status === 'proposed'
    ? `${criteria} (proposed, awaiting the WG)`
    : `${criteria} (${status} by the WG, ${review!.by}: ${review!.reason})`;
};

export function registerCountries(program: Command): void {
  const countries = program.command('countries').description('the country registry');

  countries
    .command('import <file>')
    .description('register or update countries from a JSON registry (idempotent)')
    .action(async (file: string) => {
      const registry = readJson(file, 'file');
      const codes = await importRegistry(client(), registry, `registry ${file}`);
      print(`imported ${codes.length} countries: ${codes.join(', ')}`, codes);
    });

  countries
    .command('list')
    .description('registered countries')
    .option('--status <status>', 'only this status (candidate, active, inactive, withdrawn)')
    .action(async (opts: { status?: string }) => {
      const all = await listCountries(client(), opts);
      const rows = all.map((x) => `${x.code}  ${x.status.padEnd(9)}  ${x.name.padEnd(20)}  ${x.focalPoint.email}`);
      print(rows.length ? rows.join('\n') : 'no countries', all);
    });
}

export function registerCountry(program: Command): void {
  const country = program.command('country').description('one pathfinder country');

  country
    .command('show <ISO3>')
    .description("the country's record and history: cycles and outcomes, flags, dialogue, support, status changes")
    .action(async (iso3: string) => {
      const code = countryCode(iso3);
      const r = await countryRecord(client(), code);
      // The R19 facts (a)–(e); (b) is whether the Working Group's comments were answered.
      const columns = ['report', 'answered', 'framework', 'progress', 'collaboration'];
      const yes = (b: boolean, column: number) => (b ? 'yes' : 'no').padEnd(columns[column]!.length);
      const lines = [
        `${r.country.name} (${r.country.code}): ${r.status} since ${r.statusSince.slice(0, 10)}${r.status === 'active' ? '' : ' (benefits suspended)'}`,
        `focal point ${r.country.focalPoint.name} <${r.country.focalPoint.email}>, deputy ${r.country.deputy.name} <${r.country.deputy.email}>`,
        ...r.roadmaps.map((v) => `roadmap v${v.version} (${v.at.slice(0, 10)}): ${v.summary}`),
        '',
        `year  ${'stage'.padEnd(27)}  ${columns.join('  ')}  flag`,
        ...r.cycles.map((c) => {
          const o = c.outcome;
          const facts = [
            o.reportSubmitted,
            !shows(o, 'not-finalised'),
            o.indicatorFrameworkUpdated,
            o.evidenceOfProgress,
            o.evidenceOfCollaboration,
          ].map(yes);
          return `${c.year}  ${c.stage.padEnd(27)}  ${facts.join('  ')}  ${c.flag ? flagLine(c.flag) : ''}`.trimEnd();
        }),
        ...importedLine(r.cycles),
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
      const r = await changeFocalPoints(client(), { country: iso3, people, actor: operator(opts.as) });
      print(`focal point ${r.country.focalPoint.email}, deputy ${r.country.deputy.email}`, r);
    });

  country
    .command('roadmap <ISO3>')
    .description('an active country updates its roadmap (R12); the secretariat is told and the published profile follows')
    .option('--file <roadmap.json>', 'the whole roadmap document (examples/roadmap.json); its changes are worked out')
    .option('--summary <text>', 'what changed, for a version without a document')
    .requiredOption('--as <email>', 'focal point or deputy')
    .action(async (iso3: string, opts: { file?: string; summary?: string; as: string }) => {
      const document = opts.file === undefined ? undefined : (readJson(opts.file, 'file') as RoadmapDocumentInput);
      const r = await updateRoadmap(client(), { country: iso3, summary: opts.summary, document, actor: operator(opts.as) });
      print(`roadmap v${r.roadmaps.length}: ${r.roadmaps.at(-1)!.summary}`, r);
    });
}
