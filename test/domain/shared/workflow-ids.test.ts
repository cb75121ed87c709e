import { expect, it } from 'vitest';
import * as workflows from '../../../workflows';
import { getRecordQuery } from '../../../workflows/country/messages';
import * as ids from '../../../domain/shared/workflow-ids';

// Running workflows, e-mail keys and signed links carry these ids: a change strands them.
it('builds the ids that runs already carry', () => {
  expect([
    ids.countryWorkflowId('PER'),
    ids.reportingCycleId('PER', 2027),
    ids.annualCycleId(2027),
    ids.candidacyWorkflowId('CHL'),
    ids.escalationWorkflowId('NGA', 2028),
    ids.supportWorkflowId('NGA', 2028),
    ids.reactivationWorkflowId('NGA', 1),
    ids.yearlyScheduleId,
  ]).toEqual([
    'pathfinder-PER',
    'reporting-cycle-PER-2027',
    'annual-cycle-2027',
    'candidacy-CHL',
    'gcm-escalation-NGA-2028',
    'support-NGA-2028',
    'reactivation-NGA-1',
    'annual-cycle-schedule',
  ]);
  expect(ids.keyOfWorkflowId(ids.countryWorkflowId('PER')).code).toBe('PER');
});

it('names only workflow types that the workflows entry exports', () => {
  const exported: Record<string, keyof typeof workflows> = ids.workflowTypes;
  for (const name of Object.values(exported)) expect(workflows[name]).toBeTypeOf('function');
});

it('reads the record under the name its workflow defines the query with', () => {
  expect(getRecordQuery.name).toBe(ids.recordQueryName);
});

it("reads the country and the year back from the ids of a country's workflows", () => {
  expect(ids.keyOfWorkflowId(ids.reportingCycleId('PER', 2027))).toEqual({ code: 'PER', year: 2027 });
  expect(ids.keyOfWorkflowId(ids.escalationWorkflowId('NGA', 2028))).toEqual({ code: 'NGA', year: 2028 });
  expect(ids.keyOfWorkflowId(ids.supportWorkflowId('NGA', 2028))).toEqual({ code: 'NGA', year: 2028 });
  expect(ids.keyOfWorkflowId(ids.countryWorkflowId('PER'))).toEqual({ code: 'PER' });
  expect(ids.keyOfWorkflowId(ids.candidacyWorkflowId('CHL'))).toEqual({ code: 'CHL' });
  expect(ids.keyOfWorkflowId(ids.reactivationWorkflowId('NGA', 2))).toEqual({ code: 'NGA' });
  expect(() => ids.keyOfWorkflowId(ids.annualCycleId(2027))).toThrow("annual-cycle-2027 is not the id of a country's workflow");
});
