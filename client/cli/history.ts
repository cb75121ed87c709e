import type { Command } from 'commander';
import { historyFromCsv, importHistory } from '../../app/history';
import { client, operator, print, readJson, readText } from './shell';

export function registerHistory(program: Command): void {
  const history = program.command('history').description("the Alliance's cycles before this system");

  history
    .command('import <file>')
    .description('enter past cycles into the country records (JSON, or CSV with a header row; all rows or none)')
    .requiredOption('--as <email>', 'the secretariat member acting')
    .action(async (file: string, opts: { as: string }) => {
      const source = `history ${file}`;
      const rows = file.toLowerCase().endsWith('.csv') ? historyFromCsv(readText(file, 'file'), source) : readJson(file, 'file');
      const imported = await importHistory(client(), rows, operator(opts.as), source);
      const lines = Object.entries(imported).map(([code, years]) => `${code}: ${years.join(', ')}`);
      print(`imported past cycles of ${lines.length} countries\n${lines.join('\n')}`, imported);
    });
}
