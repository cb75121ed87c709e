import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { siteKeys, type SiteCountry, type SiteIndex, type SiteYear } from '../../../domain/publication/site';
import { getJson } from '../../../store/object-store';
import type { Portal } from '../../context';
import { countryAnswer, countryListAnswer, frameworksAnswer, publicUrls, reportAnswer, yearAnswer } from './answers';
import { sendCached } from './cached';
import { commonResponses, sendError } from './errors';
import * as schemas from './schemas';

// /api/v1/…: each answer reads one file of the public site (a year's report also reads the report as
// published), so that it costs the same with 200 countries and 20 years as with two.

const json = 'application/json; charset=utf-8';
const codeParam = { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 3166-1 alpha-3 code, in capitals' };
const yearParam = { type: 'string', pattern: '^[0-9]{4}$', description: 'The reporting year' };
const params = (properties: Record<string, object>) => ({ type: 'object', properties, required: Object.keys(properties) });
const responses = (what: string, schema: Parameters<typeof schemas.openApiSchema>[0]) => ({
  200: { ...schemas.openApiSchema(schema), description: what },
  ...commonResponses,
});

type Code = { Params: { code: string } };
type CodeYear = { Params: { code: string; year: string } };
type Year = { Params: { year: string }; Querystring: { all: boolean } };

export function v1Routes(v1: FastifyInstance, portal: Portal): void {
  const published = portal.settings.stores.published;
  const urls = publicUrls(portal.settings.url);
  const answer = (request: FastifyRequest, reply: FastifyReply, body: unknown) => sendCached(request, reply, JSON.stringify(body), json);
  const siteCountry = (code: string) => getJson<SiteCountry>(published, siteKeys.country(code));
  const noCountry = (reply: FastifyReply, code: string) => sendError(reply, 404, 'not-found', `No country ${code} is published.`);

  v1.get(
    '/countries',
    {
      schema: {
        operationId: 'listCountries',
        summary: 'The pathfinder countries',
        description:
          'Every country with a published profile, its status, reports and roadmap versions; `promoted` is false for a country not put forward (R2).',
        response: responses('The index of countries', schemas.countryListAnswer),
      },
    },
    async (request, reply) => {
      const index = await getJson<SiteIndex>(published, siteKeys.index);
      if (!index) return sendError(reply, 404, 'not-found', 'No index of countries is published yet.');
      return answer(request, reply, countryListAnswer(urls, index));
    },
  );

  v1.get<Code>(
    '/countries/:code',
    {
      schema: {
        operationId: 'getCountry',
        summary: 'A country',
        description:
          'Its profile: status and since when, the current roadmap and its versions, and every published report with its figures, highlights and documents.',
        params: params({ code: codeParam }),
        response: responses('The country', schemas.countryAnswer),
      },
    },
    async (request, reply) => {
      const country = await siteCountry(request.params.code);
      if (!country) return noCountry(reply, request.params.code);
      return answer(request, reply, countryAnswer(urls, country));
    },
  );

  v1.get<CodeYear>(
    '/countries/:code/reports/:year',
    {
      schema: {
        operationId: 'getReport',
        summary: "A country's final report of a year",
        description:
          'The report as published (without the review record), its indicator framework, figures, highlights and the documents to download.',
        params: params({ code: codeParam, year: yearParam }),
        response: responses('The report', schemas.reportAnswer),
      },
    },
    async (request, reply) => {
      const { code } = request.params;
      const year = Number(request.params.year);
      const country = await siteCountry(code);
      if (!country) return noCountry(reply, code);
      const text = country.reports.some((r) => r.year === year)
        ? await getJson<unknown>(published, `${code}/${year}/report.json`)
        : undefined;
      const body = text && reportAnswer(urls, country, year, schemas.readReportText(text));
      if (!body) return sendError(reply, 404, 'not-found', `No report of ${code} for ${year} is published.`);
      return answer(request, reply, body);
    },
  );

  v1.get<Code>(
    '/countries/:code/frameworks',
    {
      schema: {
        operationId: 'getFrameworks',
        summary: "A country's indicator frameworks over the years",
        description: 'Each year’s indicator framework as published with that year’s report, oldest first.',
        params: params({ code: codeParam }),
        response: responses('The frameworks', schemas.frameworksAnswer),
      },
    },
    async (request, reply) => {
      const country = await siteCountry(request.params.code);
      if (!country) return noCountry(reply, request.params.code);
      return answer(request, reply, frameworksAnswer(urls, country));
    },
  );

  v1.get<Year>(
    '/years/:year',
    {
      schema: {
        operationId: 'getYear',
        summary: 'A year across countries',
        description:
          'The year’s published reports across the promoted countries (R2: an inactive country is not put forward); `?all=true` includes every country.',
        params: params({ year: yearParam }),
        querystring: {
          type: 'object',
          properties: { all: { type: 'boolean', default: false, description: 'Include the countries that are not promoted' } },
        },
        response: responses('The year', schemas.yearAnswer),
      },
    },
    async (request, reply) => {
      const year = await getJson<SiteYear>(published, siteKeys.year(Number(request.params.year)));
      if (!year) return sendError(reply, 404, 'not-found', `No report of ${request.params.year} is published.`);
      return answer(request, reply, yearAnswer(urls, year, request.query.all));
    },
  );
}
