#!/usr/bin/env node
// The CLI is TypeScript run through tsx's loader, so `ruang-uji` works from a fresh clone without a build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
