// Runs every compiled test file (dist/**/*.test.js) with Node's test runner.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? find(join(dir, d.name)) : d.name.endsWith('.test.js') ? [join(dir, d.name)] : []);
}
const files = find('dist').sort();
if (!files.length) {
  console.error('no test files under dist/: run `npm run build` first');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...process.argv.slice(2), ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
