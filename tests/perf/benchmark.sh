#!/usr/bin/env bash
# Benchmark: the one place the speed and footprint figures come from (docs/performance.md). In one run, on this machine,
# with wrk on loopback, it prints a table with each ratio against its target:
#   - the cached model page against nginx serving the very same bytes, request logging as shipped, alternated three
#     times (runs on two shared cores differ by a tenth);
#   - cold start to the first 200, the site against the stock `dotnet new webapp` published the same way, median of 5;
#   - a flood of unique searches and a flood of unique unknown addresses (wrk Lua scripts) against the cached page;
#   - resident and anonymous memory (/proc/<pid>/smaps_rollup) after a 256-connection load and the floods;
#   - p50/p99 at 32 connections, and the time from saving a content file to the changed page being served;
#   - a generated folder of 300 pages: its load time and memory under the shipped settings.
# A benchmark, not a test: it reports against the targets and never fails on a slow machine.
#
#   tests/perf/benchmark.sh                  # 10 s per measurement, about five minutes in all
#   DURATION=5s tests/perf/benchmark.sh      # a quick look
#
# Needs wrk and nginx (Debian: apt-get install wrk nginx-light). Everything it starts is stopped on exit.
set -euo pipefail

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
PAGE=${PAGE:-/reflective-practice/team}
SITE_PORT=${SITE_PORT:-18281}
NGINX_PORT=${NGINX_PORT:-18282}
TEMPLATE_PORT=${TEMPLATE_PORT:-18283}

source "$(dirname "${BASH_SOURCE[0]}")/run-in-scratch.sh"
for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed (apt-get install wrk nginx-light curl)" >&2; exit 2; }
done

arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
[[ "$arch" == amd64 ]] && rid=linux-x64 || rid=linux-$arch
echo "Publishing the site and the stock template (Release, $rid, ReadyToRun)..." >&2
# The site as the Dockerfile publishes it (self-contained, composite ReadyToRun); the template framework-dependent.
dotnet publish "$root/src/InformingFutures.Web/InformingFutures.Web.csproj" -c Release -r "$rid" --self-contained -p:PublishReadyToRunComposite=true -o "$work/app" --nologo -v quiet >/dev/null
(cd "$work" && dotnet new webapp -o template --no-https --force >/dev/null 2>&1)
dotnet publish "$work/template" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/template-app" --nologo -v quiet >/dev/null

now_ns() { date +%s%N; }

# Starts a published app; echoes its pid. Logs go to a file, as in production.
start_app() { # folder program port log [env...]: a .dll runs under dotnet, anything else as its own executable
    local folder=$1 dll=$2 port=$3 log=$4; shift 4
    local run=(dotnet "$dll"); [[ "$dll" == *.dll ]] || run=("./$dll")
    (cd "$folder" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" "$@" "${run[@]}" >"$log" 2>&1) &
    echo $!
}

# Milliseconds from launch to the first 200 for a URL.
cold_start() { # folder dll port path [env...]
    local folder=$1 dll=$2 port=$3 path=$4; shift 4
    local start pid
    start=$(now_ns)
    pid=$(start_app "$folder" "$dll" "$port" "$work/cold.log" "$@")
    until curl -fs -o /dev/null "http://127.0.0.1:$port$path"; do
        kill -0 "$pid" 2>/dev/null || { cat "$work/cold.log" >&2; exit 1; }
        (( $(now_ns) - start < 60000000000 )) || { echo "no answer within 60 s" >&2; exit 1; }
        sleep 0.002
    done
    echo $(( ($(now_ns) - start) / 1000000 ))
    kill "$pid"; wait "$pid" 2>/dev/null || true
}

median() { tr ' ' '\n' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

echo "Cold starts (5 each, alternating)..." >&2
site_starts=() template_starts=()
for _ in 1 2 3 4 5; do
    site_starts+=("$(cold_start "$work/app" InformingFutures.Web "$SITE_PORT" "$PAGE")")
    template_starts+=("$(cold_start "$work/template-app" template.dll "$TEMPLATE_PORT" /)")
done
site_cold=$(echo "${site_starts[*]}" | median)
template_cold=$(echo "${template_starts[*]}" | median)

# The site over a copy of the content, so the edit test can change it.
cp -r "$root/content" "$work/content"
site_pid=$(start_app "$work/app" InformingFutures.Web "$SITE_PORT" "$work/site.log" Content__RootPath="$work/content")
pids+=("$site_pid")
until curl -fs -o /dev/null "http://127.0.0.1:$SITE_PORT$PAGE"; do sleep 0.05; done

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
    server { listen 127.0.0.1:$NGINX_PORT; root $work/static; }
}
NGINX
chmod 755 "$work"
chmod -R a+rX "$work/static" # nginx's workers run as an unprivileged user
nginx -c "$work/nginx.conf" -g 'daemon off;' &
pids+=($!)
for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT$PAGE" && break; sleep 0.05; done

measure() { # url [connections] [lua] -> "requests/s p50 p99"
    local out
    out=$(wrk -t1 -c"${2:-$CONNECTIONS}" -d"$DURATION" --latency ${3:+-s "$3"} "$1")
    echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '/^ +50%/ {print $2}' <<<"$out") $(awk '/^ +99%/ {print $2}' <<<"$out")"
}
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); print v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); print v } else { sub(/s$/, "", v); print v * 1000 } }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
mean() { awk -v a="$1" -v b="$2" -v c="$3" 'BEGIN { printf "%.0f", (a + b + c) / 3 }'; }

echo "Cached page against nginx (site, nginx, three times over)..." >&2
wrk -t1 -c"$CONNECTIONS" -d10s "http://127.0.0.1:$SITE_PORT$PAGE" >/dev/null # warm-up: JIT tiers settle in about 10 s
read -r s1 p50 p99 <<<"$(measure "http://127.0.0.1:$SITE_PORT$PAGE")"
read -r n1 _ _ <<<"$(measure "http://127.0.0.1:$NGINX_PORT$PAGE")"
read -r s2 _ _ <<<"$(measure "http://127.0.0.1:$SITE_PORT$PAGE")"
read -r n2 _ _ <<<"$(measure "http://127.0.0.1:$NGINX_PORT$PAGE")"
read -r s3 _ _ <<<"$(measure "http://127.0.0.1:$SITE_PORT$PAGE")"
read -r n3 _ _ <<<"$(measure "http://127.0.0.1:$NGINX_PORT$PAGE")"
site_rps=$(mean "$s1" "$s2" "$s3"); nginx_rps=$(mean "$n1" "$n2" "$n3")

echo "256 connections, then the floods..." >&2
read -r load_rps _ load_p99 <<<"$(measure "http://127.0.0.1:$SITE_PORT$PAGE" 256)"
cat >"$work/search.lua" <<'LUA'
math.randomseed(os.time())
request = function() return wrk.format("GET", "/search?q=" .. math.random(1, 1000000000)) end
LUA
cat >"$work/missing.lua" <<'LUA'
math.randomseed(os.time() + 1)
request = function() return wrk.format("GET", "/reflective-practice/" .. math.random(1, 1000000000)) end
LUA
read -r search_rps _ _ <<<"$(measure "http://127.0.0.1:$SITE_PORT" "$CONNECTIONS" "$work/search.lua")"
read -r missing_rps _ _ <<<"$(measure "http://127.0.0.1:$SITE_PORT" "$CONNECTIONS" "$work/missing.lua")"
rss_mb=$(( $(awk '/^Rss:/ {print $2}' "/proc/$site_pid/smaps_rollup") / 1024 ))
anon_mb=$(( $(awk '/^Anonymous:/ {print $2}' "/proc/$site_pid/smaps_rollup") / 1024 ))
cached_after=$(curl -fs -o /dev/null -D - "http://127.0.0.1:$SITE_PORT$PAGE" | awk 'tolower($1) == "age:" {print "yes"}')

echo "Saving an edit..." >&2
sed -i 's/Team dynamics can affect/Team dynamics (benchmark edit) can affect/' "$work/content/reflective-practice/team.md"
saved=$(now_ns)
until curl -fs "http://127.0.0.1:$SITE_PORT$PAGE" | grep -q 'benchmark edit'; do
    (( $(now_ns) - saved < 30000000000 )) || { echo "the edit was not served within 30 s" >&2; exit 1; }
    sleep 0.01
done
edit_ms=$(( ($(now_ns) - saved) / 1000000 ))

echo "300 generated pages..." >&2
mkdir -p "$work/big/guide"
printf -- '---\ntitle: Generated toolkit\nsummary: Three hundred generated pages.\n---\n\nHome.\n' >"$work/big/index.md"
printf -- '---\ntitle: Generated guide\nsummary: A resource of 300 pages.\n---\n\nOverview.\n' >"$work/big/guide/index.md"
for i in $(seq 1 300); do
    {
        printf -- '---\ntitle: Generated page %s\nsummary: Page %s of the generated guide.\norder: %s\n---\n\n' "$i" "$i" "$i"
        for s in 1 2 3 4 5 6; do
            printf '## Section %s\n\nPractitioners reflect on their work with young people, page %s, section %s. ' "$s" "$i" "$s"
            printf 'Reflective practice supports teams, organisations and partners across agencies to learn together.\n\n'
        done
    } >"$work/big/guide/page-$i.md"
done
big_start=$(now_ns)
big_pid=$(start_app "$work/app" InformingFutures.Web "$TEMPLATE_PORT" "$work/big.log" Content__RootPath="$work/big")
pids+=("$big_pid")
until curl -fs -o /dev/null "http://127.0.0.1:$TEMPLATE_PORT/guide/page-300"; do
    kill -0 "$big_pid" 2>/dev/null || { echo "the 300-page site stopped:" >&2; tail -5 "$work/big.log" >&2; break; }
    sleep 0.01
done
big_ms=$(( ($(now_ns) - big_start) / 1000000 ))
big_ok=$(curl -fs -o /dev/null -w '%{http_code}' "http://127.0.0.1:$TEMPLATE_PORT/guide" || true)
big_rss=$(( $(awk '/^Rss:/ {print $2}' "/proc/$big_pid/smaps_rollup" 2>/dev/null || echo 0) / 1024 ))

verdict() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "MISSED"; fi; }
cached_ratio=$(ratio "$site_rps" "$nginx_rps")
cold_ratio=$(ratio "$site_cold" "$template_cold")
search_ratio=$(ratio "$search_rps" "$site_rps")
missing_ratio=$(ratio "$missing_rps" "$site_rps")

echo
echo "$(date -u +%F), $(nproc) cores, wrk 1 thread on loopback, $DURATION per measurement, page $PAGE"
echo
echo "| Measure | Result | Target |"
echo "| --- | --- | --- |"
echo "| Cached page, requests/s (site, mean of 3) | $site_rps ($s1, $s2, $s3) | |"
echo "| nginx, same bytes (mean of 3) | $nginx_rps ($n1, $n2, $n3) | |"
echo "| Site / nginx | $cached_ratio | ≥ 0.75 ($(verdict "$cached_ratio >= 0.75")) |"
echo "| Cold start to first 200, median of 5 | $site_cold ms (${site_starts[*]}) | |"
echo "| Stock webapp template, same publish | $template_cold ms (${template_starts[*]}) | |"
echo "| Site / template | $cold_ratio | ≤ 0.8 ($(verdict "$cold_ratio <= 0.8")) |"
echo "| Unique-search flood / cached page | $search_ratio ($search_rps requests/s) | ≥ 0.25 ($(verdict "$search_ratio >= 0.25")) |"
echo "| Unique-404 flood / cached page | $missing_ratio ($missing_rps requests/s) | ≥ 0.25 ($(verdict "$missing_ratio >= 0.25")) |"
echo "| Page still cached after the floods | ${cached_after:-no} | yes |"
echo "| 256 connections | $load_rps requests/s, p99 $load_p99 | |"
echo "| Resident / anonymous memory after the load and floods | $rss_mb MB / $anon_mb MB | RSS ≤ 100 MB ($(verdict "$rss_mb <= 100")) |"
echo "| p50 / p99 at $CONNECTIONS connections | $p50 / $p99 | p99 ≤ 5 ms ($(verdict "$(ms "$p99") <= 5")) |"
echo "| Saved edit to changed page served | $edit_ms ms | ≤ 1 s ($(verdict "$edit_ms <= 1000")) |"
echo "| 300-page folder: start to last page served, RSS | $big_ms ms (overview: $big_ok), $big_rss MB | loads, no out-of-memory |"
