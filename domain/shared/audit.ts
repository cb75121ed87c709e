import { reasonsSaying } from '../cycle/policy';
import type { RefusalReason } from './refusals';

// Who did what, through which channel, when, and whether it was accepted: the audit trail every workflow
// keeps of the human tasks it receives. Pure, so workflows and views share it.

export interface AuditEntry {
  at: string;
  /** The task's message name, e.g. submitReport. */
  task: string;
  /** The person the message acts as. */
  as: string;
  /** portal-link, portal-session or cli-operator as the application layer says; raw signal or raw update otherwise. */
  channel: string;
  /** The terminal account of a CLI operator, as the CLI says. */
  operator?: string;
  outcome: 'accepted' | 'refused';
  reason?: string;
  /** Why it was refused as data, when the process decided it (the stage, the sender…), for the reader's language; `reason` in English beside. */
  reasons?: RefusalReason[];
}

/** A signal a process refused: its sender hears no answer, so the refusal is kept in the state that queries show. */
export interface RejectedSignal {
  name: string;
  at: string;
  reason: string;
}

/** How the application layer says a person reached the task. */
export const channels = ['portal-link', 'portal-session', 'cli-operator'] as const;
export type Channel = (typeof channels)[number];
/** Anyone who can reach the server may send bad messages: only the latest refusals are kept. */
const maxRefusals = 50;
const maxEntries = 500;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * The entry for a message's arguments: its sender and channel as it states them, checked for shape only; a
 * refusal's reasons are kept when they say what its words say.
 */
export function auditEntryOf(
  task: string,
  args: unknown,
  via: 'update' | 'signal',
  at: string,
  refused?: string,
  reasons?: unknown,
): AuditEntry {
  const { as, channel, operator } = (args ?? {}) as { as?: unknown; channel?: unknown; operator?: unknown };
  const known = channels.find((c) => c === channel);
  const kept = refused === undefined ? undefined : reasonsSaying(refused, reasons);
  return {
    at,
    task: clip(task, 64),
    as: typeof as === 'string' ? clip(as, 254) : '(nobody named)',
    channel: known ?? `raw ${via}`,
    ...(known === 'cli-operator' && typeof operator === 'string' && { operator: clip(operator, 64) }),
    outcome: refused === undefined ? 'accepted' : 'refused',
    ...(refused !== undefined && { reason: clip(refused, 2000) }),
    ...(kept && { reasons: kept }),
  };
}

export function recordAudit(trail: AuditEntry[], entry: AuditEntry): void {
  trail.push(entry);
  const refusals = trail.filter((e) => e.outcome === 'refused');
  if (refusals.length > maxRefusals) trail.splice(trail.indexOf(refusals[0]!), 1);
  if (trail.length > maxEntries) trail.splice(0, trail.length - maxEntries);
}

/** How a person reached the task, in words. */
export function channelText(e: AuditEntry): string {
  if (e.channel === 'cli-operator') return `entered by the operator${e.operator ? ` (${e.operator})` : ''} on behalf of ${e.as}`;
  if (e.channel === 'portal-link') return `${e.as}, from the link in an e-mail`;
  if (e.channel === 'portal-session') return `${e.as}, signed in to the portal`;
  return `${e.as} (as the message says: a ${e.channel} sent straight to Temporal)`;
}
