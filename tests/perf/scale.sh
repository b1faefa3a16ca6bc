#!/usr/bin/env bash
# Scale: the site against Hugo (Debian's `hugo server`) on the same generated Markdown, at 300, 3,000 and 10,000 pages
# (tests/perf/generate-content.sh, seeded, so every run reads the same folders). For each size and each server it
# prints, in one table:
#   - start: launch to the first 200 for a page of the last section (every file read and rendered);
#   - memory: resident set (VmRSS) after every page has been fetched once;
#   - save: one file saved to its changed text being served.
# The site runs as the Dockerfile publishes it (self-contained, composite ReadyToRun, the shipped settings); Hugo renders to memory, as `hugo server`
# does by default. A benchmark, not a test: it reports against the issue's goals and never fails on a slow machine.
#
#   tests/perf/scale.sh                 # 300, 3,000 and 10,000 pages, about ten minutes
#   SIZES="300 3000" tests/perf/scale.sh
#
# Needs hugo and curl (Debian: apt-get install hugo curl); installs nothing.
set -euo pipefail

SIZES=${SIZES:-"300 3000 10000"}
SITE_PORT=${SITE_PORT:-18291}
HUGO_PORT=${HUGO_PORT:-18292}

source "$(dirname "${BASH_SOURCE[0]}")/run-in-scratch.sh"
for tool in hugo curl; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed (apt-get install hugo curl)" >&2; exit 2; }
done

arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
[[ "$arch" == amd64 ]] && rid=linux-x64 || rid=linux-$arch
echo "Publishing the site (Release, $rid)..." >&2
dotnet publish "$root/src/InformingFutures.Web/InformingFutures.Web.csproj" -c Release -r "$rid" --self-contained -p:PublishReadyToRunComposite=true -o "$work/app" --nologo -v quiet >/dev/null

now_ns() { date +%s%N; }
ms_since() { echo $(( ($(now_ns) - $1) / 1000000 )); }

# Waits until a URL answers 200 and its body holds a text; gives up after 180 s.
wait_for() { # url text pid
    local start; start=$(now_ns)
    until curl -fs "$1" 2>/dev/null | grep -qF "$2"; do
        kill -0 "$3" 2>/dev/null || { echo "the server stopped" >&2; return 1; }
        (( $(now_ns) - start < 180000000000 )) || { echo "no answer with '$2' from $1 within 180 s" >&2; return 1; }
        sleep 0.01
    done
}

rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

# Fetches every page once, eight at a time; echoes how many answered 5xx.
fetch_all() { # base-url pages-file
    xargs -P 8 -I{} curl -s -o /dev/null -w '%{http_code}\n' "$1{}" < "$2" | awk '$1 >= 500 { n++ } END { print n + 0 }'
}

# A Hugo site over the same content: the least layout that renders each page's title and Markdown.
hugo_site() { # folder content
    mkdir -p "$1/layouts/_default"
    printf 'baseURL = "http://127.0.0.1:%s/"\ncontentDir = "%s"\ndisableKinds = ["taxonomy", "term", "RSS"]\n' "$HUGO_PORT" "$2" > "$1/hugo.toml"
    printf '<!DOCTYPE html><html lang="en-GB"><head><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n' > "$1/layouts/_default/single.html"
    printf '<!DOCTYPE html><html lang="en-GB"><head><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>\n' > "$1/layouts/_default/list.html"
    cp "$1/layouts/_default/list.html" "$1/layouts/index.html"
}

# Starts a server, times its start, fetches every page, reads its memory and times one save; sets the globals
# start_ms, errors_5xx, rss and save_ms. The server's command runs in the folder given.
measure() { # folder base-url probe-path page-list content-file command...
    local folder=$1 base=$2 probe=$3 pages=$4 file=$5; shift 5
    local start pid
    start=$(now_ns)
    (cd "$folder" && exec "$@" >"$work/server.log" 2>&1) &
    pid=$!; pids+=("$pid")
    wait_for "$base$probe" "Page 1 of resource $last_section" "$pid"
    start_ms=$(ms_since "$start")
    errors_5xx=$(fetch_all "$base" "$pages")
    rss=$(rss_mb "$pid")
    start=$(now_ns)
    sed -i "s|^title: Page 1 of resource $last_section$|title: Saved page 1 of resource $last_section|" "$file"
    wait_for "$base$probe" "Saved page 1 of resource $last_section" "$pid"
    save_ms=$(ms_since "$start")
    sed -i "s|^title: Saved page 1|title: Page 1|" "$file"
    kill "$pid"; wait "$pid" 2>/dev/null || true
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", a / b }'; }

rows=()
for size in $SIZES; do
    content="$work/content-$size"
    echo "Generating $size pages..." >&2
    "$root/tests/perf/generate-content.sh" "$content" "$size" 1625
    last_section=$(( (size + 99) / 100 ))
    probe="section-$last_section/page-1"
    find "$content" -name 'page-*.md' | sed "s|^$content||; s|\.md$||" > "$work/site-pages"
    sed 's|$|/|' "$work/site-pages" > "$work/hugo-pages"

    echo "  the site..." >&2
    measure "$work/app" "http://127.0.0.1:$SITE_PORT" "/$probe" "$work/site-pages" "$content/$probe.md" \
        env ASPNETCORE_URLS="http://127.0.0.1:$SITE_PORT" Content__RootPath="$content" ./InformingFutures.Web
    site_start=$start_ms site_5xx=$errors_5xx site_rss=$rss site_save=$save_ms

    echo "  hugo server..." >&2
    # The same Markdown; only the overviews are renamed, as Hugo names a section's own page _index.md.
    cp -r "$content" "$work/hugo-content-$size"
    find "$work/hugo-content-$size" -name index.md -execdir mv index.md _index.md \;
    hugo_site "$work/hugo-$size" "$work/hugo-content-$size"
    measure "$work/hugo-$size" "http://127.0.0.1:$HUGO_PORT" "/$probe/" "$work/hugo-pages" "$work/hugo-content-$size/$probe.md" \
        hugo server --port "$HUGO_PORT" --bind 127.0.0.1 --disableLiveReload --quiet
    hugo_start=$start_ms hugo_5xx=$errors_5xx hugo_rss=$rss hugo_save=$save_ms

    rows+=("| $size | $site_start ms / $hugo_start ms ($(ratio "$site_start" "$hugo_start")) | $site_rss MB / $hugo_rss MB ($(ratio "$site_rss" "$hugo_rss")) | $site_save ms / $hugo_save ms ($(ratio "$site_save" "$hugo_save")) | $site_5xx / $hugo_5xx |")
done

echo
echo "| Pages | Start to first 200, site / Hugo | Memory after every page, site / Hugo | Save to served, site / Hugo | 5xx, site / Hugo |"
echo "| --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
echo
echo "Goals at 3,000 pages: start ≤ 0.9×, memory ≤ 0.75×, save ≤ 0.5× Hugo; 10,000 pages served with no 5xx."
