import type { Command } from 'commander';
import { importHistory } from '../../app/history';
import { client, operator, print, readJson } from './shell';

export function registerHistory(program: Command): void {
  const history = program.command('history').description("the Alliance's cycles before this system");

  history
    .command('import <file>')
    .description('enter past cycles into the country records (JSON; all rows or none)')
    .requiredOption('--as <email>', 'the secretariat member acting')
    .action(async (file: string, opts: { as: string }) => {
      const imported = await importHistory(client(), readJson(file, 'file'), operator(opts.as), `history ${file}`);
      const lines = Object.entries(imported).map(([code, years]) => `${code}: ${years.join(', ')}`);
      print(`imported past cycles of ${lines.length} countries\n${lines.join('\n')}`, imported);
    });
}
