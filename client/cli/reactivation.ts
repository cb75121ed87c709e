import { Option, type Command } from 'commander';
import { requestReactivation } from '../../app/countries';
import { InputRejected } from '../../app/errors';
import { countryCode } from '../../app/inputs';
import { verifyReactivation } from '../../app/reactivation';
import { client, operator, print, readJson } from './shell';

export function registerReactivation(program: Command): void {
  const reactivation = program.command('reactivation').description('an inactive country asks to be active again');

  reactivation
    .command('request')
    .description('file the request with its evidence (I–IV) and the letter to the Chair')
    .requiredOption('--country <ISO3>', 'country')
    .requiredOption('--file <request.json>', 'see examples/reactivation-request.json')
    .requiredOption('--as <email>', 'the focal point or deputy')
    .action(async (opts: { country: string; file: string; as: string }) => {
      const country = countryCode(opts.country);
      const request = readJson(opts.file, 'file');
      const r = await requestReactivation(client(), { country, request, actor: operator(opts.as) });
      print(`reactivation request filed; the secretariat verifies it (${r.reactivations.at(-1)!.workflowId})`, r);
    });

  reactivation
    .command('verify')
    .description("the secretariat's verification of the open request")
    .requiredOption('--country <ISO3>', 'country')
    .addOption(new Option('--verified', 'the evidence holds: the country is active again').conflicts('refused'))
    .addOption(new Option('--refused', 'the evidence does not hold'))
    .requiredOption('--note <text>', 'what was checked; the country and the GCM are told, and the GCM takes note as a body')
    .requiredOption('--as <email>', 'the secretariat member')
    .action(async (opts: { country: string; verified?: boolean; refused?: boolean; note: string; as: string }) => {
      if (!opts.verified && !opts.refused) throw new InputRejected('verified: say --verified or --refused');
      const s = await verifyReactivation(client(), {
        country: opts.country,
        verified: !!opts.verified,
        note: opts.note,
        actor: operator(opts.as),
      });
      // Verified, the country is active again; the GCM then takes note as a body (decisions circulate / record-meeting).
      const note = s.gcmNote ? `; the GCM is asked to take note as a body (decisions show --id ${s.gcmNote.decision})` : '';
      print(`reactivation ${s.stage}${note}`, s);
    });
}
