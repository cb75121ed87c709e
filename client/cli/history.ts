import { dirname } from 'node:path';
import type { Command } from 'commander';
import { historyFromCsv, importHistory } from '../../app/history';
import { storeDocuments } from '../../portal/documents';
import { storesFromEnv } from '../../store/settings';
import { client, operator, print, readJson, readText } from './shell';

/** The largest document the portal takes with a report (ATTACHMENT_MAX_MB, as portal/config.ts reads it). */
const maxAttachmentBytes = () => Number(process.env.ATTACHMENT_MAX_MB ?? 20) * 1024 * 1024;

export function registerHistory(program: Command): void {
  const history = program.command('history').description("the Alliance's cycles before this system");

  history
    .command('import <file>')
    .description(
      'enter past cycles into the country records (JSON, or CSV with a header row; all rows or none), with the documents each row names',
    )
    .requiredOption('--as <email>', 'the secretariat member acting')
    .action(async (file: string, opts: { as: string }) => {
      const source = `history ${file}`;
      const rows = file.toLowerCase().endsWith('.csv') ? historyFromCsv(readText(file, 'file'), source) : readJson(file, 'file');
      const documents = { folder: dirname(file), store: storeDocuments(storesFromEnv().documents), maxBytes: maxAttachmentBytes() };
      const imported = await importHistory(client(), rows, operator(opts.as), source, documents);
      const lines = Object.entries(imported).map(([code, years]) => `${code}: ${years.join(', ')}`);
      print(`imported past cycles of ${lines.length} countries\n${lines.join('\n')}`, imported);
    });
}
