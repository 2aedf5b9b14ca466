#!/usr/bin/env node
// The tenbo command: runs the compiled CLI (npm install builds it; `npm run build` after changes).
import { main } from '../dist/cli/main.js';

// Output piped into a reader that stops early (tenbo events | head) ends quietly.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.exitCode = await main(process.argv.slice(2));
