#!/usr/bin/env bash
# Times `npm test`'s lanes one by one, as it runs them, with the runners' JSON reporters and
# /usr/bin/time -v: wall seconds and CPU seconds (user + sys, children included, so the
# browsers count). On a shared machine wall time depends on the neighbours; CPU time much less.
#   scripts/time-tests.sh [OUT_DIR]     (default: test-results/timings)
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-test-results/timings}")"
mkdir -p "$out"
summary="$out/summary.txt"
: >"$summary"

lane() {
  local name="$1"
  shift
  /usr/bin/time -v -o "$out/$name.time" "$@" >"$out/$name.log" 2>&1 || {
    echo "lane $name failed: see $out/$name.log" | tee -a "$summary"
  }
  awk -v name="$name" -F': ' '
    /Elapsed \(wall clock\)/ { split($2, t, ":"); wall = (length(t) == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
    /User time/ { user = $2 }
    /System time/ { sys = $2 }
    END { printf "%-10s wall %7.1f s   cpu %7.1f s (user %.1f + sys %.1f)\n", name, wall, user + sys, user, sys }
  ' "$out/$name.time" | tee -a "$summary"
}

lane lint npm run lint
lane typecheck npm run typecheck
lane unit npx vitest run --reporter=default --reporter=json --outputFile="$out/vitest.json"
lane build npm run build:all
PLAYWRIGHT_JSON_OUTPUT_NAME="$out/playwright.json" lane e2e npx playwright test --reporter=list,json
if [ "${TIME_SLOW:-}" = 1 ]; then
  PLAYWRIGHT_JSON_OUTPUT_NAME="$out/playwright-slow.json" lane slow npm run test:slow -- --reporter=list,json
fi
awk '{ wall += $3; cpu += $6 } END { printf "%-10s wall %7.1f s   cpu %7.1f s\n", "total", wall, cpu }' "$summary" | tee -a "$summary"
