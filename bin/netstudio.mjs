#!/usr/bin/env node
// The `netstudio` command. It runs the CLI from its TypeScript source through tsx,
// so `npx netstudio` works right after `npm ci` with no build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
