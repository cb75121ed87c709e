import { DefaultFailureConverter } from '@temporalio/common';

// Error messages and stack traces travel as an encoded payload, which the encryption codec then seals: a
// refusal such as "as: someone@example.org is not the focal point" names a person. Loaded by path, inside
// the workflow sandbox too (DataConverter.failureConverterPath).
export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
