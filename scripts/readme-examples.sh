#!/usr/bin/env bash
# Prints the CLI examples of the README, run for real on the bundled samples (paste the output into README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
export TENBO_DB=$(mktemp -d)/examples.db
run() { echo "\$ npx tenbo $*"; node bin/tenbo.js "$@"; echo; }
run ingest samples/
run search 露朝
run events --actor PRK --actor RUS
run entity 金正恩
run claims --kind forecast
run dyad PRK RUS
