#!/usr/bin/env node
// The `sagstal` command: registers tsx's loader and runs the CLI shell in src/cli.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
