import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapSpaceStatistics, getHeapStatistics, writeHeapSnapshot } from 'node:v8';
import { BroadcastChannel, isMainThread, threadId } from 'node:worker_threads';

// Preloaded (`node --expose-gc --require`) into the bench's worker process. Node runs a preload again in every
// worker thread, so each JS thread (the SDK runs workflows in one) answers for its own V8 heap. On SIGWINCH the
// main thread asks every thread to collect its garbage and read its heap, and writes what they all said, with
// the process's resident memory, to MEMORY_PROBE_FILE (SIGWINCH: the SDK stops the worker on SIGUSR2, and
// SIGUSR1 opens the inspector). bench/worker-memory.ts compiles it to CommonJS.

const MB = 2 ** 20;
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

/** One JS thread's V8 isolate, in MB. */
export interface ThreadMemory {
  threadId: number;
  main: boolean;
  /** Live objects after a full GC. */
  heapUsedMb: number;
  /** What the isolate's heap holds in RAM (used or not). */
  heapPhysicalMb: number;
  /** Memory outside the heap that JS objects hold (buffers, strings from native code). */
  externalMb: number;
  /** Used MB per heap space (old, code, large objects, new…). */
  spacesUsedMb: Record<string, number>;
}

/** The whole process, in MB, with its threads. */
export interface ProbeReading {
  rssMb: number;
  /** Anonymous memory: heaps, malloc (the Rust core, Node's native side), stacks. */
  anonMb: number;
  /** Mapped files: the node binary, the SDK's native library. */
  fileMb: number;
  threads: ThreadMemory[];
}

const channel = new BroadcastChannel('pathfinder-memory-probe');
channel.unref();

function readThread(): ThreadMemory {
  // Twice: the first collection may leave what finalizers freed for the next.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const heap = getHeapStatistics();
  return {
    threadId,
    main: isMainThread,
    heapUsedMb: mb(heap.used_heap_size),
    heapPhysicalMb: mb(heap.total_physical_size),
    externalMb: mb(heap.external_memory),
    spacesUsedMb: Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_used_size)])),
  };
}

function processMemory(): Omit<ProbeReading, 'threads'> {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: mb(kb('VmRSS') * 1024), anonMb: mb(kb('RssAnon') * 1024), fileMb: mb(kb('RssFile') * 1024) };
}

type Message = { hello: number } | { read: number } | { reading: ThreadMemory; of: number };

if (isMainThread) {
  const threads = new Set<number>();
  let readings: ThreadMemory[] = [];
  let asked = 0;
  let done: (() => void) | undefined;
  channel.onmessage = (event) => {
    const message = (event as { data: Message }).data;
    if ('hello' in message) threads.add(message.hello);
    if ('reading' in message && message.of === asked) {
      readings.push(message.reading);
      if (readings.length === threads.size) done?.();
    }
  };
  process.on('SIGWINCH', () => {
    asked++;
    readings = [];
    // A thread that stopped answering is reported missing, not waited for.
    const answered = new Promise<void>((resolve) => {
      done = resolve;
      setTimeout(resolve, 60_000).unref();
      if (threads.size === 0) resolve();
    });
    channel.postMessage({ read: asked } satisfies Message);
    void answered.then(() => {
      const reading: ProbeReading = { ...processMemory(), threads: [readThread(), ...readings] };
      const file = process.env.MEMORY_PROBE_FILE!;
      writeFileSync(`${file}.tmp`, JSON.stringify(reading));
      renameSync(`${file}.tmp`, file);
    });
  });
} else {
  channel.postMessage({ hello: threadId } satisfies Message);
  channel.onmessage = (event) => {
    const message = (event as { data: Message }).data;
    if (!('read' in message)) return;
    const reading = readThread();
    // MEMORY_PROBE_SNAPSHOTS (a folder): the workflow thread's heap too, to see what a cached run holds (the
    // snapshots' own native memory then shows in the process's figures).
    const folder = process.env.MEMORY_PROBE_SNAPSHOTS;
    if (folder) writeHeapSnapshot(join(folder, `thread-${threadId}-reading-${message.read}.heapsnapshot`));
    channel.postMessage({ reading, of: message.read } satisfies Message);
  };
}
