import type { Payload, WorkflowInterceptorsFactory } from '@temporalio/workflow';

// Carries a request's trace from an Update or a signal to the activities its change causes: the e-mail a
// submission sends is then a child of the portal request's span, in the same trace. Unlike the SDK's
// OpenTelemetry workflow interceptors, it adds no await and no span, so runs replay with or without it
// (headers are not compared on replay). It is in every workflow bundle (worker/bundler-options.ts).

/** The header the SDK's OpenTelemetry client and activity interceptors carry the trace context in. */
const traceHeader = '_tracer-data';

/**
 * What a run does after an Update or a signal, until a timer wakes it, is taken as caused by that message: the
 * handler's change, then the activities the main loop awaits in turn (the cycle reads its roles, then sends the
 * acknowledgement once they are back). A timer starts what nobody asked for now (a reminder months later), and
 * a message without a trace (from another run) is a cause of its own: neither carries the last request's trace.
 */
export const interceptors: WorkflowInterceptorsFactory = () => {
  let cause: Payload | undefined;
  const heardFrom = (headers: Record<string, Payload>) => {
    cause = headers[traceHeader];
  };
  const withCause = <I extends { headers: Record<string, Payload> }>(input: I): I =>
    cause && !input.headers[traceHeader] ? { ...input, headers: { ...input.headers, [traceHeader]: cause } } : input;
  return {
    internals: [
      {
        activate: (input, next) => {
          if (input.activation.jobs?.some((job) => job.fireTimer)) cause = undefined;
          next(input);
        },
      },
    ],
    inbound: [
      {
        handleUpdate: (input, next) => {
          heardFrom(input.headers);
          return next(input);
        },
        handleSignal: (input, next) => {
          heardFrom(input.headers);
          return next(input);
        },
      },
    ],
    outbound: [
      {
        scheduleActivity: (input, next) => next(withCause(input)),
        scheduleLocalActivity: (input, next) => next(withCause(input)),
      },
    ],
  };
};
