import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { AnnualState, OpenResult } from '../../domain/cycle/annual-cycle';
import type { CycleRow, YearView } from '../../domain/cycle/year-view';

/** Opens the cycle of the named countries, or of every registered one; says what each got. */
export const openCyclesUpdate = defineUpdate<OpenResult[], [{ countries?: string[] }]>('openCycles');
/** The yearly Schedule's way of asking an annual run that already exists to open every country. */
export const openAllCyclesSignal = defineSignal('openAllCycles');
export const getAnnualCycleQuery = defineQuery<AnnualState>('getState');

/** The dashboard of the year, from the rows the cycles keep up to date; one query for every country. */
export const getYearViewQuery = defineQuery<YearView>('getYearView');
/** A reporting cycle's row for the dashboard, sent whenever it changes. */
export const cycleRowSignal = defineSignal<[CycleRow]>('cycleRow');
