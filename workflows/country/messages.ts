import { defineQuery, defineSignal } from '@temporalio/workflow';
import { defineTask } from '../define-task';
import type { Country, Governance } from '../../domain/shared/country';
import type { CountryState, CycleClosed } from '../../domain/record/country-record';
import type { Person } from '../../domain/shared/country';
import { recordQueryName } from '../../domain/shared/workflow-ids';
import type { FocalPointsArgs, RoadmapUpdateArgs } from '../../domain/record/args';
import type { ReactivationArgs } from '../../domain/reactivation/args';

/** The registry entry of one country, as `countries import` sends it; validated by the client. */
export interface RegistryEntry {
  country: Country;
  governance: Governance;
}

export const updateCountrySignal = defineSignal<[RegistryEntry]>('updateCountry');
export const getCountryQuery = defineQuery<Country>('getCountry');
export const getRecordQuery = defineQuery<CountryState>(recordQueryName);

// Human tasks: Updates with validators, each also a Signal of the same name.
export const changeFocalPoints = defineTask<CountryState, FocalPointsArgs>('changeFocalPoints');
export const requestReactivation = defineTask<CountryState, ReactivationArgs>('requestReactivation');
export const updateRoadmap = defineTask<CountryState, RoadmapUpdateArgs>('updateRoadmap');

// What the country's other workflows tell it.
export const cycleClosedSignal = defineSignal<[CycleClosed]>('cycleClosed');
export const escalationStepSignal = defineSignal<[{ year: number; what: string }]>('escalationStep');
export const escalationClosedSignal = defineSignal<[{ year: number; result: 'resumed' | 'inactive'; reason: string }]>('escalationClosed');
export const reactivationClosedSignal =
  defineSignal<[{ workflowId: string; result: 'reactivated' | 'refused'; note: string; nextCycleYear: number }]>('reactivationClosed');

export const candidacyStepSignal = defineSignal<[{ what: string }]>('candidacyStep');
export const grantedSignal = defineSignal<[{ grantedOn: string; reviewers: Person[]; roadmap: string }]>('granted');
export const candidacyWithdrawnSignal = defineSignal<[{ reason: string }]>('candidacyWithdrawn');
