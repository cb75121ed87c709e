import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { routesByPrefix } from '../../portal/server';

const routes = join(__dirname, '../../portal/routes');

test('each folder of portal/routes serves the URLs under its own name, and each prefix has its folder', () => {
  const folders = readdirSync(routes, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const prefixes = Object.keys(routesByPrefix).map((prefix) => (prefix === '' ? 'root' : prefix.slice(1)));
  expect(prefixes.sort()).toEqual(folders.sort());
});
