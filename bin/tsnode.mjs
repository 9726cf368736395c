#!/usr/bin/env node
// Runs a TypeScript entry point from source (scripts, benchmarks) through tsx.
import { tsImport } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node bin/tsnode.mjs FILE.ts [args…]');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(entry), ...rest];
await tsImport(pathToFileURL(resolve(entry)).href, import.meta.url);
