import type { FastifyInstance } from 'fastify';
import { InputRejected, isRefusal } from '../../../app/errors';
import { policyDryRun } from '../../../app/policy';
import type { Portal } from '../../server';
import { policyDryRunPage, policyTextLimit, proposedPolicyExample, type DryRunInput } from './dry-run-page';
import { sendPage, signedInAs, steers } from '../../access';

// `/policy/dry-run`: the secretariat and the GCM try a proposed cycle policy on the closed cycles.

/** The typed policy as JSON, refused by the name of its form field. */
function policyOf(text: string): unknown {
  if (text.length > policyTextLimit) throw new InputRejected(`policy: is longer than ${policyTextLimit} characters`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputRejected(`policy: is not valid JSON (${(error as Error).message})`);
  }
}

export function registerPolicyRoutes(app: FastifyInstance, portal: Portal): void {
  app.get('/policy/dry-run', async (request, reply) => {
    const access = await signedInAs(portal, request, reply, steers);
    if (!access) return reply;
    return sendPage(reply, 200, policyDryRunPage(access.ctx, { policy: proposedPolicyExample, years: '' }));
  });

  app.post<{ Body: Record<string, unknown> }>('/policy/dry-run', { preHandler: app.csrfProtection.bind(app) }, async (request, reply) => {
    const access = await signedInAs(portal, request, reply, steers);
    if (!access) return reply;
    const field = (name: string) => {
      const value = request.body?.[name];
      return typeof value === 'string' ? value : '';
    };
    const input: DryRunInput = { policy: field('policy'), years: field('years') };
    try {
      const run = await policyDryRun(portal.client, { policy: policyOf(input.policy), years: input.years });
      return sendPage(reply, 200, policyDryRunPage(access.ctx, input, { run }));
    } catch (error) {
      if (!isRefusal(error)) throw error;
      return sendPage(reply, 422, policyDryRunPage(access.ctx, input, { refusal: error.message }));
    }
  });
}
