import { DateTime } from 'luxon';
import type { Language } from '../../domain/shared/country';
import { stages, type Stage } from '../../domain/cycle/state';
import { answers, facts } from './facts';
import { countryName } from './country-names';
import type { Say, Texts } from './types';

// What a text uses to speak to one reader: their language's words, dates in their language and zone.

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const isStage = (stage: string): stage is Stage => (stages as readonly string[]).includes(stage);

/** One list format per language: making one costs more than using it. */
const listFormats = new Map<Language, Intl.ListFormat>();

export function sayFor(t: Texts, language: Language, zone: string, country: { code: string; name: string } = { code: '', name: '' }): Say {
  const name = (code: string, fallback: string) => countryName(code, fallback, language);
  const at = (iso: string, inZone: string) => DateTime.fromISO(iso, { zone: inZone }).setLocale(language);
  const factLines = (o: Parameters<Say['facts']>[0]) => {
    const said = answers(o);
    return facts.map((f) => `${t.fact[f]}${t.colon} ${t.answer[said[f]]}`);
  };
  const list = (items: string[]) => {
    let format = listFormats.get(language);
    if (!format) listFormats.set(language, (format = new Intl.ListFormat(language, { type: 'conjunction' })));
    return format.format(items);
  };
  return {
    country: t.country(country.code, name(country.code, country.name)),
    countryName: name,
    date: (iso) => t.date(at(iso, zone)),
    dateTime: (iso, inZone = zone) => t.dateTime(at(iso, inZone)),
    list,
    stage: (stage) => (isStage(stage) ? t.stage[stage] : t.noOutcome),
    criteria: (criteria) => (criteria ?? []).map((c) => `- ${t.criterion[c]}`),
    facts: (o) => factLines(o).map((line) => `- ${capital(line)}`),
    factsInline: (o) => capital(factLines(o).join(t.separator)),
    // Not "a and b": a mechanism's own name may hold an "and".
    mechanisms: (mechanisms) => (mechanisms ?? []).map((m) => t.mechanism[m]).join(t.separator),
  };
}
