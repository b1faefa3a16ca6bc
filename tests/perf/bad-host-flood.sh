#!/usr/bin/env bash
# Log volume under a flood of bad requests: the published site is sent 5 s of "Host: a..b" requests (wrk, 32
# connections) while a steady trickle of 200 ordinary requests runs beside it. Prints the flood's request count,
# the bytes of log written, and how many of the 200 ordinary requests have their log line: a burst of bad requests
# must neither fill the disk with stack traces nor push the normal lines out of the log.
#
#   tests/perf/bad-host-flood.sh                 # this checkout
#   tests/perf/bad-host-flood.sh /path/to/other  # another checkout, for a before/after comparison
#
# Needs wrk (Debian: apt-get install wrk). Everything it starts is stopped on exit.
set -euo pipefail

root=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
PORT=${PORT:-18291}
work=$(mktemp -d)
site_pid=""
cleanup() {
    [[ -n "$site_pid" ]] && kill "$site_pid" 2>/dev/null
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

echo "Publishing Release from $root..."
dotnet publish "$root/src/InformingFutures.Web/InformingFutures.Web.csproj" -c Release -o "$work/app" --nologo -v quiet >/dev/null
cd "$work/app"
ASPNETCORE_URLS="http://127.0.0.1:$PORT" dotnet InformingFutures.Web.dll >"$work/site.log" 2>&1 &
site_pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/reflective-practice/team"; do
    kill -0 "$site_pid" 2>/dev/null || { cat "$work/site.log"; exit 1; }
    sleep 0.1
done
sleep 1
before=$(stat -c %s "$work/site.log")
normal_before=$(grep -c "GET /reflective-practice/team responded 200" "$work/site.log" || true)

( for _ in $(seq 200); do curl -s -o /dev/null "http://127.0.0.1:$PORT/reflective-practice/team"; sleep 0.02; done ) &
trickle=$!
flood=$(wrk -t1 -c32 -d5s -H "Host: a..b" "http://127.0.0.1:$PORT/" | awk '/requests in/ { print $1 }')
wait "$trickle"
sleep 2 # let the async log sink drain

after=$(stat -c %s "$work/site.log")
normal=$(( $(grep -c "GET /reflective-practice/team responded 200" "$work/site.log" || true) - normal_before ))
statuses=$(grep -o "GET / responded [0-9]*" "$work/site.log" | sort | uniq -c | awk '{ printf "%s×%s ", $1, $5 }')
printf 'bad-Host requests in 5 s: %s (%s)\n' "$flood" "${statuses:-no lines}"
printf 'log written:               %s bytes (%s MB), %s bytes per bad request\n' "$((after - before))" "$(( (after - before) / 1000000 ))" "$(( (after - before) / (flood > 0 ? flood : 1) ))"
printf 'ordinary lines kept:       %s of 200\n' "$normal"
