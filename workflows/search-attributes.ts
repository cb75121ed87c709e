import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

// Custom search attributes that let administrators find any country or year in the Temporal UI.
export const CountryCode = defineSearchAttributeKey('CountryCode', SearchAttributeType.KEYWORD);
export const CycleYear = defineSearchAttributeKey('CycleYear', SearchAttributeType.INT);
export const CycleStage = defineSearchAttributeKey('CycleStage', SearchAttributeType.KEYWORD);
export const PathfinderStatus = defineSearchAttributeKey('PathfinderStatus', SearchAttributeType.KEYWORD);

export const searchAttributeKeys = [CountryCode, CycleYear, CycleStage, PathfinderStatus];
