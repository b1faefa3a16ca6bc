#!/usr/bin/env bash
# Benchmark: the published site beside nginx serving the same page's saved HTML, in one run, on loopback.
# Prints, for each server, requests/s and p50/p99 latency (wrk, 1 thread, 32 connections), and the ratio
# site/nginx; then the site's cold start to the first 200, its RSS after the runs (over 100k requests), the
# page weight of a model page (HTML + CSS + JS, uncompressed and Brotli) and its third-party requests.
# A benchmark, not a test: it reports against the targets and never fails on a slow machine.
#
#   tests/perf/benchmark.sh                  # 20 s per server, about a minute and a half in all
#   DURATION=5s tests/perf/benchmark.sh      # a quick look
#
# Needs wrk and nginx (Debian: apt-get install wrk nginx-light). Everything it starts is stopped on exit.
set -euo pipefail

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
PAGE=${PAGE:-/reflective-practice/team}
SITE_PORT=${SITE_PORT:-18281}
NGINX_PORT=${NGINX_PORT:-18282}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
site_pid=""
nginx_pid=""
cleanup() {
    [[ -n "$site_pid" ]] && kill "$site_pid" 2>/dev/null
    [[ -n "$nginx_pid" ]] && kill "$nginx_pid" 2>/dev/null
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed (apt-get install wrk nginx-light curl)" >&2; exit 2; }
done

arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
echo "Publishing Release (ReadyToRun, $arch)..."
dotnet publish "$root/src/InformingFutures.Web/InformingFutures.Web.csproj" -c Release -a "$arch" -o "$work/app" --nologo -v quiet >/dev/null

# Cold start: from launching the process to the first 200 for a model page. Request logging stays on, to a file,
# as in production.
cd "$work/app"
start=$(date +%s%N)
ASPNETCORE_URLS="http://127.0.0.1:$SITE_PORT" dotnet InformingFutures.Web.dll >"$work/site.log" 2>&1 &
site_pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$SITE_PORT$PAGE"; do
    kill -0 "$site_pid" 2>/dev/null || { cat "$work/site.log"; exit 1; }
    (( $(date +%s%N) - start < 30000000000 )) || { echo "the site did not answer within 30 s"; cat "$work/site.log"; exit 1; }
    sleep 0.005
done
cold_ms=$(( ($(date +%s%N) - start) / 1000000 ))

# nginx serves the very bytes the site sends for the page.
mkdir -p "$work/static$(dirname "$PAGE")"
curl -fs "http://127.0.0.1:$SITE_PORT$PAGE" -o "$work/static$PAGE"
cat >"$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log $work/nginx-access.log;
    default_type text/html;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $work/static;
    }
}
NGINX
chmod 755 "$work"
chmod -R a+rX "$work/static" # nginx's workers run as an unprivileged user
nginx -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT$PAGE" && break; sleep 0.05; done
curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT$PAGE" || { echo "nginx did not serve the page"; cat "$work/nginx-error.log"; exit 1; }

measure() { # url -> "requests/s p50 p99 total"
    local out
    out=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "$1")
    echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '/^ +50%/ {print $2}' <<<"$out") $(awk '/^ +99%/ {print $2}' <<<"$out") $(awk '/requests in/ {print $1}' <<<"$out")"
}

wrk -t1 -c"$CONNECTIONS" -d3s "http://127.0.0.1:$SITE_PORT$PAGE" >/dev/null # warm-up (JIT tiers, caches)
read -r site_rps site_p50 site_p99 site_total <<<"$(measure "http://127.0.0.1:$SITE_PORT$PAGE")"
read -r nginx_rps nginx_p50 nginx_p99 _ <<<"$(measure "http://127.0.0.1:$NGINX_PORT$PAGE")"
rss_mb=$(( $(awk '/VmRSS/ {print $2}' "/proc/$site_pid/status") / 1024 ))
served=$(grep -c 'responded' "$work/site.log" || true)

# Page weight: the page and every stylesheet and script it loads (the print stylesheet included: browsers fetch it).
html=$(curl -fs "http://127.0.0.1:$SITE_PORT$PAGE")
assets=$(grep -oE '<(link|script)[^>]+(href|src)="[^"]+"' <<<"$html" | grep -oE '(href|src)="[^"]+"' | sed -E 's/^(href|src)="//; s/"$//' | grep -vE '^https?://')
raw=0
br=0
for url in "$PAGE" $assets; do
    raw=$(( raw + $(curl -fs -o /dev/null -w '%{size_download}' "http://127.0.0.1:$SITE_PORT$url") ))
    br=$(( br + $(curl -fs -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: br' "http://127.0.0.1:$SITE_PORT$url") ))
done
third_party=$(grep -oE '<(link|script|img|iframe|source|video|audio)[^>]+(href|src)="https?://[^"]+"' <<<"$html" | grep -vc "127.0.0.1:$SITE_PORT" || true)

ratio=$(awk -v a="$site_rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }')
verdict() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "MISSED"; fi; }
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); print v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); print v } else { sub(/s$/, "", v); print v * 1000 } }'; }

echo
echo "Page: $PAGE  (wrk: 1 thread, $CONNECTIONS connections, $DURATION each, loopback; $(nproc) cores)"
printf '%-8s %12s %10s %10s\n' "" "requests/s" "p50" "p99"
printf '%-8s %12s %10s %10s\n' "site" "$site_rps" "$site_p50" "$site_p99"
printf '%-8s %12s %10s %10s\n' "nginx" "$nginx_rps" "$nginx_p50" "$nginx_p99"
echo
echo "site/nginx ratio:        $ratio  (target >= 0.5: $(verdict "$ratio >= 0.5"))"
echo "site p99 at $CONNECTIONS conns:   $site_p99  (target <= 5 ms: $(verdict "$(ms "$site_p99") <= 5"))"
echo "cold start to first 200: ${cold_ms} ms  (target <= 600 ms: $(verdict "$cold_ms <= 600"))"
echo "RSS after $served requests:  ${rss_mb} MB  (target <= 100 MB: $(verdict "$rss_mb <= 100"))"
echo "page weight:             $raw bytes uncompressed, $br bytes Brotli  (target <= 40 KB uncompressed: $(verdict "$raw <= 40960"))"
echo "third-party requests:    $third_party  (target 0: $(verdict "$third_party == 0"))"
echo "request log lines written by the site: $served"
