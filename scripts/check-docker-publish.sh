#!/usr/bin/env bash
# Runs the Dockerfile's restore, publish and pdf steps outside Docker (no Docker engine runs in the dev sandbox),
# then starts the published app and fetches one page, its share card and its PDF, so a broken step shows up in CI.
#
# The commands are read from the Dockerfile itself, with /app/publish swapped for a temporary folder. The pdf step
# needs Chromium, as the Dockerfile's build stage installs it (.ci/run installs it here).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

port=18080
page_path=/reflective-practice/team
expected_text='Copyright© 2020'
# A share card is drawn by SkiaSharp's native library, which only the published runtime folder can supply.
card_path=/share-card/reflective-practice/team.png
pdf_path=/pdf/reflective-practice/team.pdf
# The address the image is built for (docker build --build-arg SITE_PUBLIC_URL=…); its PDFs carry it.
export SITE_PUBLIC_URL=https://toolkit.example.org

fail() {
    echo "check-docker-publish: $*" >&2
    exit 1
}

# Exactly one single-line "RUN dotnet <verb> ..." step, returned without the "RUN ".
dockerfile_step() {
    local verb="$1" lines
    lines="$(grep -E "^RUN dotnet ${verb}( |$)" Dockerfile | sed -E 's/^RUN //' || true)"
    [[ -n "$lines" ]] || fail "no 'RUN dotnet ${verb}' line in the Dockerfile"
    [[ "$(printf '%s\n' "$lines" | wc -l)" -eq 1 ]] || fail "more than one 'RUN dotnet ${verb}' line in the Dockerfile"
    [[ "$lines" != *\\ ]] || fail "the 'RUN dotnet ${verb}' line continues onto the next line; keep it on one line"
    printf '%s\n' "$lines"
}

# Docker sets TARGETARCH for the build; this machine builds for itself.
export TARGETARCH="${TARGETARCH:-$(dpkg --print-architecture 2>/dev/null || echo amd64)}"

restore_cmd="$(dockerfile_step restore)"
publish_cmd="$(dockerfile_step publish)"
[[ "$publish_cmd" == *" -o /app/publish"* ]] || fail "the publish step no longer writes to /app/publish: $publish_cmd"

tmp="$(mktemp -d)"
app_pid=""
cleanup() {
    if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

out="$tmp/publish"
publish_cmd="${publish_cmd//\/app\/publish/$out}"

echo "+ $restore_cmd"
eval "$restore_cmd"
echo "+ $publish_cmd"
eval "$publish_cmd"

for file in InformingFutures.Web.dll content/reflective-practice/team.md; do
    [[ -f "$out/$file" ]] || fail "the publish output has no $file"
done

pdf_cmd="$(grep -E '^RUN cd /app/publish && .*pdf$' Dockerfile | sed -E 's/^RUN //' || true)"
[[ -n "$pdf_cmd" && "$(printf '%s\n' "$pdf_cmd" | wc -l)" -eq 1 ]] || fail "no single 'RUN cd /app/publish && … pdf' step in the Dockerfile"
pdf_cmd="${pdf_cmd//\/app\/publish/$out}"
echo "+ $pdf_cmd"
(env -u ASPNETCORE_URLS -u ASPNETCORE_ENVIRONMENT -u DOTNET_ENVIRONMENT bash -c "$pdf_cmd") || fail "the pdf step failed"
[[ -f "$out/pdf/manifest.json" && -f "$out/pdf${pdf_path#/pdf}" ]] || fail "the pdf step wrote no $out/pdf${pdf_path#/pdf} and manifest"

# The image runs the ENTRYPOINT's program from /app; run the same program from the publish folder.
entrypoint="$(grep -E '^ENTRYPOINT ' Dockerfile | sed -E 's/^ENTRYPOINT \[ *"([^"]+)".*/\1/')"
[[ "$entrypoint" == ./* ]] || fail "the ENTRYPOINT is not a program in the app folder: $entrypoint"
[[ -x "$out/${entrypoint#./}" ]] || fail "the publish output has no executable ${entrypoint#./} for the ENTRYPOINT"
grep -qE '^FROM mcr.microsoft.com/dotnet/runtime-deps:' Dockerfile || fail "the runtime stage is no longer the runtime-deps image"

if curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then
    fail "something is already listening on port $port"
fi

# Run as the container does: Production environment, port from ASPNETCORE_HTTP_PORTS, content from Content__RootPath.
log="$tmp/app.log"
(
    cd "$out"
    exec env -u ASPNETCORE_URLS -u ASPNETCORE_ENVIRONMENT -u DOTNET_ENVIRONMENT \
        ASPNETCORE_HTTP_PORTS=$port Content__RootPath="$out/content" Site__PublicUrl="$SITE_PUBLIC_URL" \
        "$out/${entrypoint#./}"
) >"$log" 2>&1 &
app_pid=$!

ready=""
for _ in $(seq 1 60); do
    if ! kill -0 "$app_pid" 2>/dev/null; then
        cat "$log" >&2
        fail "the published app exited during start-up"
    fi
    if curl -s -o /dev/null "http://127.0.0.1:$port/healthz"; then
        ready=yes
        break
    fi
    sleep 0.5
done
if [[ -z "$ready" ]]; then
    cat "$log" >&2
    fail "the published app did not answer on port $port within 30 seconds"
fi

body="$tmp/page.html"
status="$(curl -s -o "$body" -w '%{http_code}' "http://127.0.0.1:$port$page_path")"
if [[ "$status" != 200 ]]; then
    cat "$log" >&2
    fail "GET $page_path answered $status, expected 200"
fi
grep -qF "$expected_text" "$body" || fail "GET $page_path does not contain '$expected_text'"

card="$tmp/card.png"
card_type="$(curl -s -o "$card" -w '%{http_code} %{content_type}' "http://127.0.0.1:$port$card_path")"
if [[ "$card_type" != "200 image/png" ]]; then
    cat "$log" >&2
    fail "GET $card_path answered '$card_type', expected '200 image/png'"
fi

grep -qF "href=\"$pdf_path\"" "$body" || fail "GET $page_path has no Download PDF link to $pdf_path"
pdf="$tmp/page.pdf"
pdf_type="$(curl -s -o "$pdf" -w '%{http_code} %{content_type}' "http://127.0.0.1:$port$pdf_path")"
[[ "$pdf_type" == "200 application/pdf" ]] || fail "GET $pdf_path answered '$pdf_type', expected '200 application/pdf'"
if command -v pdfinfo >/dev/null; then
    pdfinfo "$pdf" | grep -q '^Tagged: *yes' || fail "$pdf_path is not a tagged PDF"
fi

echo "published with: $publish_cmd"
echo "PDFs printed with: $pdf_cmd"
echo "GET $page_path: 200, contains '$expected_text'"
echo "GET $card_path: 200 image/png, $(stat -c %s "$card") bytes"
echo "GET $pdf_path: 200 application/pdf, $(stat -c %s "$pdf") bytes, linked from $page_path"
echo OK
