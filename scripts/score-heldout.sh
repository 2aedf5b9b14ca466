#!/usr/bin/env bash
# Scores `tenbo extract` on the hand-written held-out set (test/heldout/, see its README.md).
# For measurement only: do not tune the extractor against these texts or their gold.
#   bash scripts/score-heldout.sh [--misses] [--json]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
heldout=test/heldout
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for gold in "$heldout"/gold/*.json; do
  name=$(basename "$gold" .json)
  date=$(node -e 'const d=require(process.argv[1]).document||{};process.stdout.write(d.date||"")' "$(realpath "$gold")")
  if ! node bin/tenbo.js extract "$heldout/$name.txt" --json ${date:+--date "$date"} >"$out/$name.json"; then
    echo "score-heldout: extract failed on $name.txt (scored as empty)" >&2
    echo '{}' >"$out/$name.json"
  fi
done
node "$shared/tools/score.mjs" --gold "$heldout/gold" --system "$out" "$@"
