#!/usr/bin/env bash
# Load test: publishes the site in Release, serves it on loopback, and drives every page with wrk twice
# (default 256 connections for 60 s each). Reports requests/s, latency percentiles, errors, and the
# process's memory (RSS) before and after each run. Fails on any error, or if memory grows by more than
# MAX_GROWTH_PERCENT between the end of the first run and the end of the second.
#
#   tests/load/run.sh                       # the full run, about 2.5 minutes
#   DURATION=10s CONNECTIONS=64 tests/load/run.sh   # a quick look
#
# Needs wrk (Debian: apt-get install wrk). Loopback only; everything it starts is stopped on exit.
set -euo pipefail

DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-256}
THREADS=${THREADS:-2}
PORT=${PORT:-18181}
MAX_GROWTH_PERCENT=${MAX_GROWTH_PERCENT:-10}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
pid=""
cleanup() { [[ -n "$pid" ]] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

echo "Publishing Release build..."
dotnet publish "$root/src/InformingFutures.Web/InformingFutures.Web.csproj" -c Release -o "$work/app" --nologo -v quiet >/dev/null

cd "$work/app"
# A public address, so /sitemap.xml is served and lists every page to drive.
ASPNETCORE_URLS="http://127.0.0.1:$PORT" Site__PublicUrl="http://127.0.0.1:$PORT" dotnet InformingFutures.Web.dll >"$work/site.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do curl -fs -o /dev/null "$base/healthz" && break; sleep 0.1; done
curl -fs -o /dev/null "$base/healthz" || { echo "site did not start"; cat "$work/site.log"; exit 1; }

# Every page in the sitemap, plus the views and the 404 page a reader can reach.
mapfile -t paths < <(curl -fs "$base/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed -e 's#<loc>http://[^/]*##' -e 's#</loc>##')
paths+=("/reflective-practice/present" "/reflective-practice/team/present" "/healthz")
{
    echo "local paths = {"
    for p in "${paths[@]}"; do echo "  \"$p\","; done
    echo "}"
    cat <<'LUA'
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA
} >"$work/paths.lua"
echo "Pages: ${paths[*]}"

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }

# Warm up so the first measured run is not paying for JIT compilation.
wrk -t1 -c8 -d3s -s "$work/paths.lua" "$base" >/dev/null
before=$(rss_kb)
echo "RSS after warm-up: $((before / 1024)) MB"

errors=0
declare -a after
for run in 1 2; do
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$work/paths.lua" "$base")
    after[$run]=$(rss_kb)
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '/^ +50%/ {print $2}' <<<"$out")
    p90=$(awk '/^ +90%/ {print $2}' <<<"$out")
    p99=$(awk '/^ +99%/ {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
    socket=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
    # The 404 page is one of the paths on purpose, so count only 5xx and socket errors as failures.
    status5xx=$(grep -c 'responded 5[0-9][0-9]' "$work/site.log" || true)
    echo "Run $run: ${rps} requests/s; latency p50 ${p50}, p90 ${p90}, p99 ${p99}; non-2xx ${non2xx:-0}; socket errors ${socket:-0}; 5xx ${status5xx}; RSS $((after[run] / 1024)) MB"
    errors=$((errors + ${socket:-0} + status5xx))
done

growth=$(( (after[2] - after[1]) * 100 / after[1] ))
echo "Memory: $((before / 1024)) MB after warm-up, $((after[1] / 1024)) MB after run 1, $((after[2] / 1024)) MB after run 2 (${growth}% between runs)"
echo "Errors: $errors"
[[ $errors -eq 0 ]] || { echo "FAIL: errors under load"; exit 1; }
[[ $growth -le $MAX_GROWTH_PERCENT ]] || { echo "FAIL: memory grew ${growth}% between runs"; exit 1; }
echo "OK"
