import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Actor } from '../../app/actor';
import { InputRejected } from '../../app/errors';
import { getClient } from '../connect';

// What every command group shares: the program with its global options, the Temporal client, the acting
// operator, reading files and `name:email` values, and printing (human text, or JSON with --json).

interface Globals {
  address?: string;
  namespace?: string;
  json?: boolean;
  timeout: number;
}

export const program = new Command('pathfinder')
  .description('Alliance 8.7 pathfinder accountability orchestrator')
  .addOption(new Option('--address <host:port>', 'Temporal frontend').env('TEMPORAL_ADDRESS'))
  .addOption(new Option('--namespace <name>', 'Temporal namespace').env('TEMPORAL_NAMESPACE'))
  .option('--json', 'machine-readable output')
  .addOption(
    new Option('--timeout <seconds>', 'give up waiting after this long, and say why nothing came back')
      .env('PATHFINDER_TIMEOUT')
      .default(60)
      .argParser((value) => {
        const seconds = Number(value);
        if (!(seconds > 0)) throw new InvalidArgumentError('must be a number of seconds above 0');
        return seconds;
      }),
  )
  .exitOverride();

export const globals = () => program.opts<Globals>();
export const client = () => getClient({ address: globals().address, namespace: globals().namespace });

/** The operator at the terminal (the account it runs under), acting on behalf of `--as`. */
export const operator = (as: string): Actor => ({ email: as, channel: 'cli-operator', operator: terminalUser() });

function terminalUser(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined; // an account without a name (some containers)
  }
}

export function print(human: string, data: unknown): void {
  console.log(globals().json ? JSON.stringify(data, null, 2) : human);
}

export function readText(path: string, field: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new InputRejected(`${field}: cannot read ${path}`);
  }
}

export function readJson(path: string, field: string): unknown {
  const text = readText(path, field);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputRejected(`${field}: ${path} is not valid JSON (${(error as Error).message})`);
  }
}

/** A person given on the command line as `name:email`. */
export function person(value: string, field = 'member') {
  const at = value.lastIndexOf(':');
  if (at < 1) throw new InputRejected(`${field}: "${value}" is not name:email`);
  return { name: value.slice(0, at), email: value.slice(at + 1) };
}

/** Collects a repeatable option. */
export const repeated = (value: string, all: string[] = []) => [...all, value];
