import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reactivationArgs, recordedReactivationArgs } from '../../../domain/reactivation/args';

const example = JSON.parse(readFileSync(join(__dirname, '../../../examples/reactivation-request.json'), 'utf8')) as object;
const requestOf10 = {
  progressReport: 'Report 2029, filed with this request.',
  indicatorFramework: 'Framework updated in March 2029.',
  evidenceOfProgress: 'Kiln registry: 1,200 kilns inspected.',
  evidenceOfCollaboration: 'Referral protocol signed with India.',
  letter: { summary: 'Nepal meets its obligations again.' },
};
const as = 'sita.gurung@labour.example.np';

describe('a reactivation request (R23)', () => {
  it('carries a progress report in the R15 form: four texts no longer do', () => {
    expect(reactivationArgs().safeParse({ as, request: example }).success).toBe(true);
    const refused = reactivationArgs().safeParse({ as, request: requestOf10 });
    expect(refused.error?.issues.map((i) => i.path.join('.'))).toContain('request.report');
  });

  it('made in 1.0 with four texts, is still applied as it was when its update is replayed', () => {
    const args = { as, request: requestOf10 };
    expect(recordedReactivationArgs(args).parse(args).request).toMatchObject({ progressReport: requestOf10.progressReport });
    // A request of today is checked in full, replayed or not.
    const incomplete = { as, request: { ...example, report: {} } };
    expect(recordedReactivationArgs(incomplete).safeParse(incomplete).success).toBe(false);
  });
});
