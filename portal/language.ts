import type { FastifyReply, FastifyRequest } from 'fastify';
import { languages, type Language } from '../domain/shared/country';
import type { Member } from './people';

// Which language a page speaks: a registry member's own; a visitor's choice, made with the language links
// of the public pages and remembered in a cookie; else the browser's Accept-Language; else English.

export const languageCookie = 'pathfinder_language';
const isLanguage = (value: unknown): value is Language => (languages as readonly unknown[]).includes(value);

/** The first of the browser's languages that the portal speaks. */
const browserLanguage = (acceptLanguage = '') =>
  acceptLanguage
    .split(',')
    .map((tag) => tag.trim().slice(0, 2).toLowerCase())
    .find(isLanguage);

/** `choiceFirst` on the pages that offer the choice: there the reader's choice beats their registry entry too. */
export function languageOf(request: FastifyRequest, member?: Member, choiceFirst = false): Language {
  const cookie = request.cookies[languageCookie];
  const chosen = isLanguage(cookie) ? cookie : undefined;
  const own = member?.person.language;
  return (choiceFirst ? (chosen ?? own) : (own ?? chosen)) ?? browserLanguage(request.headers['accept-language']) ?? 'en';
}

/**
 * A language link followed (`?lang=fr`): the choice is remembered for a year and the page is opened again
 * at its own address. Undefined when the request carries no choice.
 */
export function takeLanguageChoice(request: FastifyRequest<{ Querystring: { lang?: string } }>, reply: FastifyReply, secure: boolean) {
  const chosen = request.query.lang;
  if (chosen === undefined) return undefined;
  if (isLanguage(chosen))
    reply.setCookie(languageCookie, chosen, { path: '/', sameSite: 'lax', httpOnly: true, secure, maxAge: 365 * 86400 });
  return reply.redirect(request.url.split('?')[0]!, 303);
}
