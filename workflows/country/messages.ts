import { defineQuery, defineSignal } from '@temporalio/workflow';
import { defineTask } from '../define-task';
import type { Country, Governance } from '../../domain/shared/country';
import type { CountryState } from '../../domain/record/country-record';
import type { ToCountryMessages } from '../../domain/shared/to-country';
import { recordQueryName } from '../../domain/shared/workflow-ids';
import type { FocalPointsArgs, RoadmapUpdateArgs } from '../../domain/record/args';
import type { ReactivationArgs } from '../../domain/reactivation/args';
import type { HistoryImportArgs } from '../../domain/record/past-cycles';
import type { AssistanceGivenArgs, AssistanceMatchArgs, AssistanceOfferArgs, AssistanceRequestArgs } from '../../domain/assistance/args';

/** The registry entry of one country, as `countries import` sends it; validated by the client. */
export interface RegistryEntry {
  country: Country;
  governance: Governance;
}

/** An entry as an import tells the record: signed by the import (client/registry-signature.ts), which a worker checks. */
export interface SignedRegistryEntry extends RegistryEntry {
  /** Absent in entries sent before 1.1, which were taken at their word. */
  signature?: string;
}

export const updateCountrySignal = defineSignal<[SignedRegistryEntry]>('updateCountry');
export const getCountryQuery = defineQuery<Country>('getCountry');
export const getRecordQuery = defineQuery<CountryState>(recordQueryName);

// Human tasks: Updates with validators, each also a Signal of the same name.
export const changeFocalPoints = defineTask<CountryState, FocalPointsArgs>('changeFocalPoints');
export const requestReactivation = defineTask<CountryState, ReactivationArgs>('requestReactivation');
export const updateRoadmap = defineTask<CountryState, RoadmapUpdateArgs>('updateRoadmap');
export const importHistory = defineTask<CountryState, HistoryImportArgs>('importHistory');
// Assistance in the implementation phase (DESIGN.md §8): asked by the country, offered by partners, matched and recorded by the secretariat.
export const requestAssistance = defineTask<CountryState, AssistanceRequestArgs>('requestAssistance');
export const offerAssistance = defineTask<CountryState, AssistanceOfferArgs>('offerAssistance');
export const matchAssistance = defineTask<CountryState, AssistanceMatchArgs>('matchAssistance');
export const recordAssistanceGiven = defineTask<CountryState, AssistanceGivenArgs>('recordAssistanceGiven');

// What the country's other workflows tell it (domain/shared/to-country.ts).
export const cycleClosedSignal = defineSignal<[ToCountryMessages['cycleClosed']]>('cycleClosed');
export const escalationStepSignal = defineSignal<[ToCountryMessages['escalationStep']]>('escalationStep');
export const escalationClosedSignal = defineSignal<[ToCountryMessages['escalationClosed']]>('escalationClosed');
export const reactivationClosedSignal = defineSignal<[ToCountryMessages['reactivationClosed']]>('reactivationClosed');
export const reactivationNotedSignal = defineSignal<[ToCountryMessages['reactivationNoted']]>('reactivationNoted');
export const candidacyStepSignal = defineSignal<[ToCountryMessages['candidacyStep']]>('candidacyStep');
export const grantedSignal = defineSignal<[ToCountryMessages['granted']]>('granted');
export const candidacyWithdrawnSignal = defineSignal<[ToCountryMessages['candidacyWithdrawn']]>('candidacyWithdrawn');
/** The annual run says the WG's report, signed, has reviewed this record's proposed flag; the record reads the review at its source. */
export const wgFlagReviewedSignal = defineSignal<[{ year: number }]>('wgFlagReviewed');
