import type { SupportMechanism } from '../escalation/args';

/** A step of the country's assistance, as a line of its history says it (DESIGN.md §8). */
export type AssistanceEvent =
  | { kind: 'requested'; request: number; need: string; mechanism: SupportMechanism; reactivation: boolean; by: string }
  | { kind: 'offered'; request: number; offer: number; partner: string; by: string; reactivation: boolean }
  | { kind: 'matched'; request: number; offer: number; partner: string; by: string }
  | { kind: 'given'; request: number; on: string; given: string; by: string; closed: boolean };
