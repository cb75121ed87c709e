import { defineSignal, defineUpdate } from '@temporalio/workflow';
import type { PublishHlpfArgs } from '../../domain/publication/hlpf';
import type { HlpfCompilation } from '../../domain/publication/site';

/** A country's profile or report was published: its site files, the index and its years are rebuilt. */
export const publishedSignal = defineSignal<[{ country: string }]>('published');
/** Every country's site files, the index and every year, from what is published (files published before the site). */
export const rebuildAllSignal = defineSignal('rebuildAll');
/** The secretariat publishes the year's HLPF compilation; refused before the policy's `publication.hlpfFrom`. */
export const publishHlpfUpdate = defineUpdate<HlpfCompilation, [PublishHlpfArgs]>('publishHlpf');
