import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace-node';
import type { ClientInterceptors } from '@temporalio/client';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import { version } from '../package.json';

// OpenTelemetry traces, sent over OTLP (HTTP, protobuf) only when an endpoint is configured with the standard
// variables: OTEL_EXPORTER_OTLP_ENDPOINT (`/v1/traces` is added) or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT.
// Without one nothing is installed: no provider, no interceptor, no hook.

export interface Tracing {
  /** Who sends the spans (service.name and version); the worker gives it to the workflows' spans too. */
  resource: Resource;
  /** Where every span ends: batched, then exported. */
  spanProcessor: SpanProcessor;
  /** Sends what is still batched; the process calls it before it exits. */
  flush(): Promise<void>;
}

let started: Tracing | undefined;

/** The OTLP address of traces, if any is configured. */
export function tracesEndpoint(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT) return `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`;
  return undefined;
}

/**
 * Starts tracing for this process when an endpoint is configured, once (the dev stack runs the worker and the
 * portal in one process: the first name is kept). OTEL_SERVICE_NAME overrides `serviceName`.
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): Tracing | undefined {
  if (started) return started;
  const url = tracesEndpoint(env);
  if (!url) return undefined;
  const resource = new Resource({ 'service.name': env.OTEL_SERVICE_NAME ?? serviceName, 'service.version': version });
  const spanProcessor = new BatchSpanProcessor(new OTLPTraceExporter({ url }));
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  // The global provider, with context kept across async calls and W3C trace context in Temporal's headers.
  provider.register();
  // A process that ends on its own (the worker once shut down) sends its last spans first.
  process.once('beforeExit', () => void provider.shutdown());
  started = { resource, spanProcessor, flush: () => provider.forceFlush() };
  return started;
}

/** Whether this process traces (startTracing found an endpoint). */
export const tracing = (): Tracing | undefined => started;

/** Sends the spans still batched, if this process traces. */
export const flushTracing = async (): Promise<void> => started?.flush();

/** A Temporal client's interceptors: its calls (start, Update, signal…) carry the trace to the workflow, when tracing. */
export const tracingClientInterceptors = (on: Tracing | undefined): ClientInterceptors | undefined =>
  on ? { workflow: [new OpenTelemetryWorkflowClientInterceptor()] } : undefined;
