import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { InputRejected, isRefusal } from '../../../app/errors';
import { policyDryRun } from '../../../app/policy';
import type { Portal } from '../../context';
import { policyDryRunPage, policyTextLimit, proposedPolicyExample, type DryRunInput } from './dry-run-page';
import { sendPage, signedInAs, steers } from '../../access';
import { refusalText } from '../../refusals';
import { readForm, text } from '../../form';
import { formLimits } from '../../body-limits';

/** The typed policy as JSON, refused by the name of its form field. */
function policyOf(text: string): unknown {
  if (text.length > policyTextLimit) throw InputRejected.because({ code: 'tooLarge', field: 'policy', maxChars: policyTextLimit });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw InputRejected.because({ code: 'notJson', field: 'policy', detail: (error as Error).message });
  }
}

const dryRunForm = z.object({ policy: text(), years: text() });

/** /policy/dry-run: the secretariat and the GCM try a proposed cycle policy on the closed cycles. */
export function policyRoutes(app: FastifyInstance, portal: Portal): void {
  app.get('/dry-run', async (request, reply) => {
    const { ctx } = await signedInAs(portal, request, reply, steers);
    return sendPage(reply, 200, policyDryRunPage(ctx, { policy: proposedPolicyExample, years: '' }));
  });

  app.post('/dry-run', { preHandler: app.csrfProtection.bind(app), bodyLimit: formLimits.oneText }, async (request, reply) => {
    const { ctx } = await signedInAs(portal, request, reply, steers);
    const input: DryRunInput = readForm(dryRunForm, request.body);
    try {
      const run = await policyDryRun(portal.client, { policy: policyOf(input.policy), years: input.years });
      return sendPage(reply, 200, policyDryRunPage(ctx, input, { run }));
    } catch (error) {
      if (!isRefusal(error)) throw error;
      // Marks the field to mend: every refusal but one about the years concerns the policy.
      const about = error.message.startsWith('years:') ? 'years' : 'policy';
      return sendPage(reply, 422, policyDryRunPage(ctx, input, { refusal: refusalText(ctx, error), about }));
    }
  });
}
