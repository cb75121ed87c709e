import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { AnnualState, OpenResult } from '../../domain/cycle/annual-cycle';
import type { CycleRow, YearView } from '../../domain/cycle/year-view';
import type { FlagReviewArgs, NarrativeArgs, SignOffArgs } from '../../domain/cycle/wg-report-args';
import { defineTask } from '../define-task';

/** Opens the cycle of the named countries, or of every registered one; says what each got. */
export const openCyclesUpdate = defineUpdate<OpenResult[], [{ countries?: string[] }]>('openCycles');
/** The yearly Schedule's way of asking an annual run that already exists to open every country. */
export const openAllCyclesSignal = defineSignal('openAllCycles');
export const getAnnualCycleQuery = defineQuery<AnnualState>('getState');

/** The dashboard of the year, from the rows the cycles keep up to date; one query for every country. */
export const getYearViewQuery = defineQuery<YearView>('getYearView');
/** A reporting cycle's row for the dashboard, sent whenever it changes. */
export const cycleRowSignal = defineSignal<[CycleRow]>('cycleRow');

/** The Working Group's work on its draft report of the year (R18): a narrative, a flag's review, the chair's sign-off. */
export const writeNarrative = defineTask<AnnualState, NarrativeArgs>('writeNarrative');
export const reviewFlag = defineTask<AnnualState, FlagReviewArgs>('reviewFlag');
export const signOffReport = defineTask<AnnualState, SignOffArgs>('signOffReport');
