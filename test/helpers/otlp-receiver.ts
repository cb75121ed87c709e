import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
// The OTLP definitions, compiled by protobufjs from opentelemetry-proto, as the OpenTelemetry SDK ships them.
import otlp from '@opentelemetry/otlp-transformer/build/src/generated/root';

// An OTLP/HTTP trace receiver on loopback, as a collector's `otlp` receiver is: POST /v1/traces, protobuf in,
// ExportTraceServiceResponse out. What it receives is decoded with the OTLP definitions, so a request that
// is not a valid ExportTraceServiceRequest fails the export (400) rather than being taken as anything.

interface Message {
  decode(bytes: Uint8Array): unknown;
  encode(message: object): { finish(): Uint8Array };
  toObject(message: unknown, options: { longs: typeof String; bytes: typeof Array; defaults: boolean }): unknown;
}
const collector = (otlp as unknown as { opentelemetry: { proto: { collector: { trace: { v1: Record<string, Message> } } } } }).opentelemetry
  .proto.collector.trace.v1;
const request = collector.ExportTraceServiceRequest!;
const response = collector.ExportTraceServiceResponse!;

export interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  /** Empty for a root span. */
  parentSpanId: string;
  name: string;
  attributes: Record<string, string | number | boolean>;
}

interface KeyValue {
  key: string;
  value: { stringValue?: string; intValue?: string; boolValue?: boolean; doubleValue?: number };
}
interface Decoded {
  resourceSpans?: {
    resource?: { attributes?: KeyValue[] };
    scopeSpans?: { spans?: { traceId: number[]; spanId: number[]; parentSpanId?: number[]; name: string; attributes?: KeyValue[] }[] }[];
  }[];
}

const hex = (bytes: number[] | undefined) => Buffer.from(bytes ?? []).toString('hex');
const attributesOf = (list: KeyValue[] = []) =>
  Object.fromEntries(
    list.map(({ key, value }) => [
      key,
      value.stringValue ?? (value.intValue !== undefined ? Number(value.intValue) : (value.boolValue ?? value.doubleValue ?? '')),
    ]),
  );

function spansOf(body: Uint8Array): ReceivedSpan[] {
  const decoded = request.toObject(request.decode(body), { longs: String, bytes: Array, defaults: false }) as Decoded;
  return (decoded.resourceSpans ?? []).flatMap(({ resource, scopeSpans }) => {
    const service = String(attributesOf(resource?.attributes)['service.name']);
    return (scopeSpans ?? []).flatMap(({ spans }) =>
      (spans ?? []).map((s) => ({
        service,
        traceId: hex(s.traceId),
        spanId: hex(s.spanId),
        parentSpanId: hex(s.parentSpanId),
        name: s.name,
        attributes: attributesOf(s.attributes),
      })),
    );
  });
}

async function bodyOf(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export interface OtlpReceiver {
  /** For OTEL_EXPORTER_OTLP_ENDPOINT. */
  endpoint: string;
  spans: ReceivedSpan[];
  close(): Promise<void>;
}

export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((req, res) => {
    void bodyOf(req).then((body) => {
      if (req.method !== 'POST' || req.url !== '/v1/traces' || req.headers['content-type'] !== 'application/x-protobuf') {
        res.writeHead(404).end();
        return;
      }
      try {
        spans.push(...spansOf(body));
      } catch (error) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end(String(error));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end(response.encode({}).finish());
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    spans,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
