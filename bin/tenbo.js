#!/usr/bin/env node
// The tenbo command: runs the compiled CLI (npm install builds it; `npm run build` after changes).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
