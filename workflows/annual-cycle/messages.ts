import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { AnnualState, OpenResult } from '../../domain/annual-cycle';

/** Opens the cycle of the named countries, or of every registered one; says what each got. */
export const openCyclesUpdate = defineUpdate<OpenResult[], [{ countries?: string[] }]>('openCycles');
/** The yearly Schedule's way of asking an annual run that already exists to open every country. */
export const openAllCyclesSignal = defineSignal('openAllCycles');
export const getAnnualStateQuery = defineQuery<AnnualState>('getState');

