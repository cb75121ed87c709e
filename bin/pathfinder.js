#!/usr/bin/env node
// Runs the TypeScript sources in a development checkout (tsx), the compiled ones in production.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

let cli;
try {
  require('tsx/cjs');
  cli = require(join(__dirname, '../client/cli.ts'));
} catch (error) {
  if (error.code !== 'MODULE_NOT_FOUND' || !existsSync(join(__dirname, '../dist/client/cli.js'))) throw error;
  cli = require(join(__dirname, '../dist/client/cli.js'));
}
cli.run(process.argv).then((code) => process.exit(code));
