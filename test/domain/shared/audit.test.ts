import { describe, expect, it } from 'vitest';
import { auditEntryOf, channelText, recordAudit, type AuditEntry } from '../../../domain/shared/audit';

const at = '2027-04-20T10:00:00.000Z';

describe('the audit trail', () => {
  it('says how each person reached the task, from what the application layer sent', () => {
    const via = (channel: unknown, kind: 'update' | 'signal' = 'update') =>
      channelText(auditEntryOf('submitReport', { as: 'lucia.quispe@example.org', channel }, kind, at));
    expect(via('cli-operator')).toBe('entered by the operator on behalf of lucia.quispe@example.org');
    const byOperator = auditEntryOf(
      'submitReport',
      { as: 'lucia.quispe@example.org', channel: 'cli-operator', operator: 'ops' },
      'update',
      at,
    );
    expect(channelText(byOperator)).toBe('entered by the operator (ops) on behalf of lucia.quispe@example.org');
    expect(via('portal-link')).toBe('lucia.quispe@example.org, from the link in an e-mail');
    expect(via('portal-session')).toBe('lucia.quispe@example.org, signed in to the portal');
    expect(via(undefined, 'signal')).toBe('lucia.quispe@example.org (as the message says: a raw signal sent straight to Temporal)');
    expect(via('made-up')).toBe('lucia.quispe@example.org (as the message says: a raw update sent straight to Temporal)');
    expect(auditEntryOf('submitReport', 'not an object', 'signal', at).as).toBe('(nobody named)');
  });

  it('keeps refusals, but only the latest fifty, and clips what a sender may make long', () => {
    const trail: AuditEntry[] = [];
    recordAudit(trail, auditEntryOf('submitReport', { as: 'lucia.quispe@example.org', channel: 'portal-link' }, 'update', at));
    for (let i = 0; i < 80; i++)
      recordAudit(trail, auditEntryOf('submitReport', { as: `spam-${i}@example.org` }, 'signal', at, 'x'.repeat(5000)));
    expect(trail).toHaveLength(51);
    expect(trail[0]).toMatchObject({ as: 'lucia.quispe@example.org', outcome: 'accepted' });
    expect(trail[1]!.as).toBe('spam-30@example.org');
    expect(trail[1]!.reason).toHaveLength(2001);
  });
});
