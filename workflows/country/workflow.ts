import { condition, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import type { Country } from '../../domain/country';
import { CountryCode, PathfinderStatus } from '../search-attributes';
import { getCountryQuery, updateCountrySignal } from './messages';

/**
 * The registry entry of one country, `pathfinder-<ISO3>`: the record cycles are opened from.
 * (The country lifecycle — cycle outcomes, escalation, status changes — grows here.)
 */
export async function pathfinderCountry(initial: Country): Promise<void> {
  let record = initial;
  const show = () => upsertSearchAttributes([
    { key: CountryCode, value: record.code },
    { key: PathfinderStatus, value: record.status },
  ]);
  setHandler(updateCountrySignal, (next) => {
    record = next;
    show();
  });
  setHandler(getCountryQuery, () => record);
  show();
  await condition(() => false);
}
