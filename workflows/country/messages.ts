import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { Country } from '../../domain/country';

/** Replaces the registry record (from `countries import`); validated by the client before it is sent. */
export const updateCountrySignal = defineSignal<[Country]>('updateCountry');
export const getCountryQuery = defineQuery<Country>('getCountry');

export const countryWorkflowId = (code: string) => `pathfinder-${code}`;
