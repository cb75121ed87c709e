import type { Client } from '@temporalio/client';
import { DateTime } from 'luxon';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { CountryRecord } from '../domain/record/country-record';
import { InvalidInputError, parseInput } from '../domain/cycle/policy';
import { iso3Schema } from '../domain/record/registry';
import * as messages from '../workflows/country/messages';
import { countryWorkflowId } from '../domain/shared/workflow-ids';
import { actAs, type Actor } from './actor';
import { countryRecord } from './countries';
import { InputRejected, NotFound } from './errors';
import type { PastCycle } from '../domain/record/past-cycles';
import { readHistoryDocuments, storeHistoryDocuments, type HistoryDocuments } from './history-documents';

// The Alliance's cycles before this system (`pathfinder history import`): one row per country and year.

const historyFileSchema = z.object({
  cycles: z
    .array(z.looseObject({ country: iso3Schema }))
    .min(1, { message: 'name at least one country and year' })
    .max(5000, { message: 'at most 5000 rows at once' }),
});

const booleanCells: Record<string, boolean> = { yes: true, no: false, true: true, false: false };

/**
 * A history file as CSV, one row per country and year under a header naming the fields of the JSON rows:
 * yes/no (or true/false) for the signs, the documents' paths separated by `;`, an empty cell for a field left
 * out. What a cell cannot be is left as written, for the checks to name.
 */
export function historyFromCsv(text: string, source = 'history'): { cycles: Record<string, unknown>[] } {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw new InputRejected(`${source}: not a CSV file with a header row (${(error as Error).message})`);
  }
  const cell = (field: string, value: string): unknown =>
    field === 'documents'
      ? value
          .split(';')
          .map((path) => path.trim())
          .filter(Boolean)
      : field === 'year' && /^\d+$/.test(value)
        ? Number(value)
        : (booleanCells[value.toLowerCase()] ?? value);
  return {
    cycles: rows.map((row) =>
      Object.fromEntries(Object.entries(row).flatMap(([field, value]) => (value === '' ? [] : [[field, cell(field, value)]]))),
    ),
  };
}

/**
 * Enters past cycles into the country records: every row is checked against its country's record first,
 * and its documents read and checked, and nothing is stored or sent unless all pass, so a file is never half
 * imported. Returns the countries and years.
 */
export async function importHistory(
  client: Client,
  file: unknown,
  actor: Actor,
  source = 'history',
  documents?: HistoryDocuments,
): Promise<Record<string, number[]>> {
  const read = readHistoryDocuments(parseInput(historyFileSchema, source, file).cycles, documents);
  const byCountry = new Map<string, { row: number; cycle: Record<string, unknown> }[]>();
  read.rows.forEach(({ country, ...cycle }, row) => byCountry.set(country, [...(byCountry.get(country) ?? []), { row, cycle }]));

  const problems: string[] = [...read.problems];
  const imports: { code: string; cycles: PastCycle[] }[] = [];
  for (const [code, rows] of byCountry) {
    const state = await countryRecord(client, code).catch((error: unknown) => {
      if (!(error instanceof NotFound)) throw error;
      problems.push(`cycles.${rows[0]!.row}.country: ${error.message}`);
    });
    if (!state) continue;
    try {
      const { cycles } = new CountryRecord(state).validateHistoryImport(
        { as: actor.email, cycles: rows.map((r) => r.cycle) },
        DateTime.now(),
      );
      imports.push({ code, cycles });
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      // The record numbers a country's rows from 0; the file's numbers are the ones to mend.
      problems.push(...error.problems.map((p) => p.replace(/^cycles\.(\d+)/, (_m, i: string) => `cycles.${rows[Number(i)]!.row}`)));
    }
  }
  if (problems.length) throw new InputRejected(new InvalidInputError(source, problems).message);

  if (documents) await storeHistoryDocuments(read.files, documents.store);
  const imported: Record<string, number[]> = {};
  for (const { code, cycles: rows } of imports) {
    await actAs(client.workflow.getHandle(countryWorkflowId(code)), messages.importHistory.update, actor, { cycles: rows });
    imported[code] = rows.map((r) => r.year);
  }
  return imported;
}
