import 'tsx/cjs';
import { payloadKeys } from '../../client/payload-codec';

// A setup file: every client, worker and CLI process of the tests encrypts with this key (an example value,
// never a production key), as they would with PATHFINDER_KEYS; child processes inherit it. The SDK loads
// the failure converter by path with Node's own require, which reads TypeScript through tsx as in `npm run dev`.
export const testPayloadKeySetting = 'test-1:dGVzdC1vbmx5LWtleS1mb3ItcGF5bG9hZHMtMDEyMzQ=';
payloadKeys(testPayloadKeySetting, 'the test key');
process.env.PATHFINDER_KEYS = testPayloadKeySetting;
