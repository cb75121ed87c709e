import { describe, expect, it } from 'vitest';
import { auditEntryOf, channelText, recordAudit, type AuditEntry } from '../../../domain/shared/audit';
import { refused } from '../../../domain/cycle/policy';
import type { RefusalReason } from '../../../domain/shared/refusals';

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

  it('keeps a refusal’s reasons only when they say what its words say, as few and as small as a refusal carries', () => {
    const sender = { as: 'lucia.quispe@example.org', channel: 'portal-session' };
    const entry = (error: { message: string }, reasons: unknown) =>
      auditEntryOf('extendDeadline', sender, 'update', at, error.message, reasons);
    const past = refused('deadline extension', { code: 'extensionPast' });
    expect(entry(past, past.reasons)).toMatchObject({ reason: past.message, reasons: [{ code: 'extensionPast' }] });
    // Many reasons, cut to the first ten and how many more, as the workflow carried them.
    const many = Array.from({ length: 12 }, (_, index): RefusalReason => ({ code: 'historyYear', index, year: 2020, why: 'notClosed' }));
    const history = refused('history import', ...many);
    expect(entry(history, history.reasons).reasons).toEqual(history.reasons);
    // Reasons that say something else than the words, unknown codes, too many or too large, or none: the words alone.
    const other: RefusalReason[] = [{ code: 'extensionNotLater', deadline: '2027-04-30T23:59:59.000+02:00' }];
    for (const reasons of [
      other,
      [{ code: 'lunch' }],
      'extensionPast',
      [...many, ...many],
      [{ code: 'extensionPast', x: 'y'.repeat(1000) }],
      undefined,
    ])
      expect(entry(past, reasons)).not.toHaveProperty('reasons');
    // Reasons a sender made up in a shape the domain never gives are dropped rather than thrown on.
    expect(entry({ message: 'invalid x: y' }, [{ code: 'notCountryCode' }])).not.toHaveProperty('reasons');
    expect(auditEntryOf('submitReport', sender, 'update', at, undefined, past.reasons)).not.toHaveProperty('reasons');
  });
});
