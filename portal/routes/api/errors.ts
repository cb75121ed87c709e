import type { FastifyReply } from 'fastify';
import { errorAnswer, openApiSchema, type ErrorAnswer } from './schemas';

/** An error of the API, in JSON: its status, a word for its kind, and what is missing or wrong. */
export const sendError = (reply: FastifyReply, status: number, error: 'not-found' | 'bad-request' | 'internal', message: string) =>
  reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ status, error, message } satisfies ErrorAnswer);

/** The answers every route may give besides its own, for the OpenAPI document. */
export const commonResponses = {
  304: { description: 'Not modified: the ETag sent in If-None-Match is still current.', type: 'null' },
  400: { ...openApiSchema(errorAnswer), description: 'A code or a year that is not one.' },
  404: { ...openApiSchema(errorAnswer), description: 'Nothing of that is published; the message says what is missing.' },
};
