#!/usr/bin/env bash
# Scores `tenbo extract` on the dev gold, as the before-stop check and the held-out evaluation do.
#   bash scripts/score-dev.sh [--misses]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
out=$(mktemp -d)
for gold in "$shared"/gold/dev/*.json; do
  name=$(basename "$gold" .json)
  date=$(node -e 'const d=require(process.argv[1]).document||{};process.stdout.write(d.date||"")' "$(realpath "$gold")")
  node bin/tenbo.js extract "$shared/corpus/$name.txt" --json ${date:+--date "$date"} >"$out/$name.json"
done
node "$shared/tools/score.mjs" --gold "$shared/gold/dev" --system "$out" "$@"
rm -rf "$out"
