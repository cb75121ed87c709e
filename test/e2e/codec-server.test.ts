import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Client } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { afterAll, beforeAll, expect, inject, it, vi } from 'vitest';
import { importRegistry } from '../../app/countries';
import { openYear, submitReport } from '../../app/cycles';
import { EncryptionCodec } from '../../client/payload-codec';
import { reportingCycleId } from '../../domain/shared/workflow-ids';
import { exampleRegistry, exampleReport } from '../helpers/fixtures';
import { adminCodecToken, startPortalStack, type PortalStack } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';

// The codec server for administrators: the Temporal UI in Chromium shows a run decoded to a signed-in
// member of the secretariat, and sealed to anyone else; the endpoint refuses whoever has no right to it.

const run = promisify(execFile);
let portal: PortalStack;
let client: Client;
let uiUrl: string;
const challenges = 'Inspectors cannot reach the gold mines of Madre de Dios';

beforeAll(async () => {
  portal = await startPortalStack({ temporalUi: true });
  client = portal.stack.env.client;
  uiUrl = portal.settings.temporalUiUrl!;
  await importRegistry(client, exampleRegistry);
  // The registry is listed through visibility, which takes a moment to see the imported countries.
  await vi.waitFor(async () => expect(await openYear(client, { year: Y })).toHaveLength(2), { timeout: 10_000 });
  await submitReport(client, {
    country: 'PER',
    year: Y,
    report: { ...(exampleReport as object), challenges },
    actor: { email: 'lucia.quispe@example.org', channel: 'cli-operator' },
  });
});
afterAll(() => portal?.stop());

/** A sealed payload as the server stores it, in the codec protocol's JSON. */
async function sealedBody(namespace = 'default') {
  const [sealed] = await new EncryptionCodec(portal.settings.codec, namespace).encode([defaultPayloadConverter.toPayload({ challenges })]);
  return temporal.api.common.v1.Payloads.toObject(temporal.api.common.v1.Payloads.create({ payloads: [sealed!] }), { bytes: String });
}
const decoded = (body: unknown) =>
  defaultPayloadConverter.fromPayload(temporal.api.common.v1.Payloads.fromObject(body as object).payloads[0]!);

it(
  'decodes only for an administrator token or a signed-in member of the secretariat, and only from the UI origin',
  { timeout: 60_000 },
  async () => {
    const body = JSON.stringify(await sealedBody());
    const post = (headers: Record<string, string>) =>
      fetch(`${portal.base}/codec/decode`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

    expect((await post({})).status).toBe(401);
    // Who asks is checked before the body is read: a body that is not even JSON is refused as unauthenticated.
    const notJson = await fetch(`${portal.base}/codec/decode`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"payloads": [',
    });
    expect(notJson.status).toBe(401);
    expect((await post({ authorization: 'Bearer not-the-token-0123456789abcdef0123' })).status).toBe(401);
    const admin = await post({ authorization: `Bearer ${adminCodecToken}` });
    expect(admin.status).toBe(200);
    expect(decoded(await admin.json())).toEqual({ challenges });
    // It serves the portal's namespace, which each payload is sealed to; what is kept in clear (the search
    // attributes, which the CLI sends too) comes back as it is, and a payload sealed wrong is refused.
    const otherNamespace = await post({ authorization: `Bearer ${adminCodecToken}`, 'x-namespace': 'another-namespace' });
    expect(otherNamespace.status).toBe(400);
    expect(await otherNamespace.json()).toEqual({ message: 'X-Namespace: this codec server serves the namespace "default" only' });
    expect((await post({ authorization: `Bearer ${adminCodecToken}`, 'x-namespace': 'default' })).status).toBe(200);
    const inClear = JSON.stringify(
      temporal.api.common.v1.Payloads.toObject(
        temporal.api.common.v1.Payloads.create({ payloads: [defaultPayloadConverter.toPayload({ challenges })] }),
        { bytes: String },
      ),
    );
    const clearAnswer = await fetch(`${portal.base}/codec/decode`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminCodecToken}` },
      body: inClear,
    });
    expect(decoded(await clearAnswer.json())).toEqual({ challenges });
    const moved = await sealedBody('another-namespace');
    const movedAnswer = await fetch(`${portal.base}/codec/decode`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminCodecToken}` },
      body: JSON.stringify(moved),
    });
    expect(movedAnswer.status).toBe(422);
    expect(await movedAnswer.json()).toEqual({ message: 'payloads: Unsupported state or unable to authenticate data' });
    // A page on another origin may not use it, even with the token; the UI's origin may, and is told so.
    expect((await post({ authorization: `Bearer ${adminCodecToken}`, origin: 'http://evil.example.org' })).status).toBe(403);
    const preflight = await fetch(`${portal.base}/codec/decode`, {
      method: 'OPTIONS',
      headers: { origin: uiUrl, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(uiUrl);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect((await fetch(`${portal.base}/codec/decode`, { method: 'OPTIONS', headers: { origin: 'http://evil.example.org' } })).status).toBe(
      403,
    );

    // A portal session: the secretariat's is enough, a focal point's is not.
    const secretariat = await portal.person();
    await portal.signIn(secretariat, 'secretariat@example.org');
    const asSecretariat = await secretariat.request.post(`${portal.base}/codec/decode`, {
      headers: { origin: uiUrl },
      data: await sealedBody(),
    });
    expect(asSecretariat.status()).toBe(200);
    expect(decoded(await asSecretariat.json())).toEqual({ challenges });
    const lucia = await portal.person();
    await portal.signIn(lucia, 'lucia.quispe@example.org');
    expect(
      (await lucia.request.post(`${portal.base}/codec/decode`, { headers: { origin: uiUrl }, data: await sealedBody() })).status(),
    ).toBe(401);

    // The Temporal CLI reads a run through it with an administrator's token, and only ciphertext without.
    const startInput = async (...codec: string[]) => {
      const { stdout } = await run(inject('temporalTools').cli, [
        'workflow',
        'show',
        '-w',
        reportingCycleId('PER', Y),
        '--address',
        portal.stack.env.address,
        '--output',
        'json',
        ...codec,
      ]);
      const started = (
        JSON.parse(stdout) as { events: { workflowExecutionStartedEventAttributes?: { input: { payloads: { data: string }[] } } }[] }
      ).events[0]!;
      return Buffer.from(started.workflowExecutionStartedEventAttributes!.input.payloads[0]!.data, 'base64').toString('latin1');
    };
    expect(await startInput('--codec-endpoint', `${portal.base}/codec`, '--codec-auth', `Bearer ${adminCodecToken}`)).toContain(
      '"email":"lucia.quispe@example.org"',
    );
    expect(await startInput()).not.toContain('lucia.quispe@example.org');
  },
);

it(
  'shows a run decoded in the Temporal UI to a signed-in member of the secretariat, sealed without sign-in',
  { timeout: 120_000 },
  async () => {
    const run = `${uiUrl}/namespaces/default/workflows/${reportingCycleId('PER', Y)}`;
    // The browser's codec setting, as an administrator sets it once in the UI: this endpoint, with credentials.
    const settings = { endpoint: `${portal.base}/codec`, overrideRemoteCodecConfiguration: true, includeCredentials: true };
    const useCodecServer = (page: Awaited<ReturnType<PortalStack['person']>>) =>
      page.addInitScript(
        Object.entries(settings)
          .map(([key, value]) => `localStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(JSON.stringify(value))});`)
          .join('\n'),
      );

    const stranger = await portal.person();
    await useCodecServer(stranger);
    await stranger.goto(run);
    // The input as stored: the codec's encoding (base64 in the UI's view of the metadata) and ciphertext.
    await stranger.getByText(Buffer.from('binary/encrypted').toString('base64')).first().waitFor({ timeout: 30_000 });
    await stranger.locator('text=Codec Server could not connect >> visible=true').first().waitFor();
    expect(await stranger.getByText('lucia.quispe@example.org').count()).toBe(0);
    await portal.shot(stranger, 'temporal-ui-sealed');

    const secretariat = await portal.person();
    await portal.signIn(secretariat, 'secretariat@example.org');
    await useCodecServer(secretariat);
    await secretariat.goto(run);
    // The cycle's input, decoded: the country's focal point, as the workflow received it.
    await secretariat.getByText('"lucia.quispe@example.org"').first().waitFor({ timeout: 30_000 });
    await portal.shot(secretariat, 'temporal-ui-decoded');
  },
);
