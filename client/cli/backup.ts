import { Option, type Command } from 'commander';
import { backupDataFolder, backupSize, restoreDataFolder } from '../../app/backup';
import { print } from './shell';

// `pathfinder backup` and `restore`: the embedded stack's data folder (README, *Backup and restore*). They
// work on files, not through Temporal, so they neither connect to it nor stop at --timeout.

const offline = new WeakSet<Command>();
/** Whether a command works without the Temporal server (so the CLI does not connect for it). */
export const worksOffline = (command: Command) => offline.has(command);

const dataOption = () => new Option('--data <folder>', "the stack's data folder").env('PATHFINDER_DATA_DIR').default('.data');

export function registerBackup(program: Command): void {
  const backup = program
    .command('backup <folder>')
    .description(
      "copy the embedded stack's data folder into a new folder while it runs: the Temporal database (SQLite's own copy), the store and the keys, with a manifest of SHA-256 digests",
    )
    .addOption(dataOption())
    .action(async (folder: string, opts: { data: string }) => {
      const manifest = await backupDataFolder({ dataDir: opts.data, to: folder });
      print(`backed up ${opts.data} into ${folder}: ${backupSize(manifest)}; it holds the keys: keep it safe`, manifest);
    });
  const restore = program
    .command('restore <folder>')
    .description(
      'check a backup against its manifest, then restore it into a data folder that is new or empty (start the stack afterwards)',
    )
    .addOption(dataOption())
    .action((folder: string, opts: { data: string }) => {
      const manifest = restoreDataFolder({ from: folder, dataDir: opts.data });
      print(
        `restored ${folder} (made ${manifest.createdAt} by release ${manifest.release}) into ${opts.data}: ${backupSize(manifest)}`,
        manifest,
      );
    });
  offline.add(backup).add(restore);
}
