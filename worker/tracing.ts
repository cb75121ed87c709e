import { trace } from '@opentelemetry/api';
import type { Context as ActivityContext } from '@temporalio/activity';
import { OpenTelemetryActivityInboundInterceptor, OpenTelemetryActivityOutboundInterceptor } from '@temporalio/interceptors-opentelemetry';
import type { ActivityInboundCallsInterceptor, WorkerOptions } from '@temporalio/worker';
import type { Tracing } from '../client/tracing';

// The worker's side of tracing (client/tracing.ts starts it): the SDK's activity interceptors, each activity a
// span with its workflow's and run's ids. An activity joins the trace its header carries: the request's, when
// an Update or signal caused it (workflows/trace-context.ts, in every bundle). The SDK's workflow interceptors
// are not used: they change when handlers' awaits resume, so runs recorded without them (candidacy-granted
// and gcm-escalation-inactive-after-support of 1.0.0) fail to replay with them.

/** The activity interceptors of a tracing worker. */
export function workerTracing(tracing: Tracing | undefined): Pick<WorkerOptions, 'interceptors'> {
  if (!tracing) return {};
  return {
    interceptors: {
      activity: [
        (ctx) => ({
          inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
          outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
        }),
        (ctx) => ({ inbound: new EmailKindOnSpan(ctx) }),
      ],
    },
  };
}

/**
 * Names the kind of e-mail on the span of its sendEmail activity (`submission-received`, `submission-reminder`…),
 * so that a trace says which e-mail went out. The kind only: addresses and text stay out of traces.
 */
class EmailKindOnSpan implements ActivityInboundCallsInterceptor {
  constructor(private readonly ctx: ActivityContext) {}

  execute: ActivityInboundCallsInterceptor['execute'] = (input, next) => {
    const kind = (input.args[0] as { kind?: unknown } | undefined)?.kind;
    if (this.ctx.info.activityType === 'sendEmail' && typeof kind === 'string')
      trace.getActiveSpan()?.setAttribute('pathfinder.email.kind', kind);
    return next(input);
  };
}
