import type { AuditEntry } from './audit';
import type { Governance, Person } from './country';
import type { ReactivationRequest } from './governance';

// A reactivation request's run (`reactivation-<ISO3>-<n>`, R23): what it starts with and where it stands.

export interface ReactivationInput {
  country: { code: string; name: string };
  focalPoints: Person[];
  governance: Governance;
  request: ReactivationRequest;
  by: string;
}

export interface ReactivationState {
  stage: 'awaiting-verification' | 'reactivated' | 'refused';
  request: ReactivationRequest;
  by: string;
  verification?: { by: string; at: string; verified: boolean; note: string };
  rejectedSignals: string[];
  /** Every human task taken or refused (absent in runs that began before it was kept). */
  audit?: AuditEntry[];
}
