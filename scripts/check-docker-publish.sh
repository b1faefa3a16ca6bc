#!/usr/bin/env bash
# Proves the Dockerfile without a Docker engine (none runs where this project is developed): every stage's commands
# are run, in order, on the distribution that stage names, then the result is served as the image would serve it.
#
# - A stage on a .NET image (mcr.microsoft.com/dotnet/*:10.0, Ubuntu 24.04) may run only `dotnet` commands: a
#   package install there is refused, because Ubuntu's chromium is a snap that cannot run in a build, and nothing on
#   this Debian machine could show what Ubuntu provides. Its `dotnet` commands run with this machine's SDK
#   (global.json pins the version).
# - A Debian stage must name this machine's release (Debian 12, bookworm): its commands run here as they are. Its
#   `apt-get install` runs as written when this script runs as root (as CI does), else each package is looked up.
#   CHECK_DOCKER_ROOTFS=1 also installs that stage's packages into a fresh Debian root made with mmdebstrap from
#   Debian's packages alone, so nothing this machine happens to have can stand in for them.
# - /app/publish, the folder the stages hand on, is a temporary folder here; COPY --from must name what it holds.
# Then the ENTRYPOINT's program is started from that folder as the runtime stage runs it, and a page, its share card
# and its linked, tagged PDF are fetched. DOCKERFILE names another Dockerfile to judge (the tests' crafted ones).
set -euo pipefail

dockerfile="$(realpath "${DOCKERFILE:-Dockerfile}")"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

port=18080
page_path=/reflective-practice/team
expected_text='Copyright© 2020'
# A share card is drawn by SkiaSharp's native library, which only the published runtime folder can supply.
card_path=/share-card/reflective-practice/team.png
pdf_path=/pdf/reflective-practice/team.pdf
# The address the image is built for (docker build --build-arg SITE_PUBLIC_URL=…); its PDFs carry it.
export SITE_PUBLIC_URL=https://charity.github.io/informing-futures
# Docker sets TARGETARCH for the build; this machine builds for itself.
export TARGETARCH="${TARGETARCH:-$(dpkg --print-architecture 2>/dev/null || echo amd64)}"

fail() {
    echo "check-docker-publish: $*" >&2
    exit 1
}

. /etc/os-release
[[ "${ID:-}" == debian ]] || fail "this script proves Debian stages on Debian; this machine is ${PRETTY_NAME:-unknown}"

# The Dockerfile's instructions, one a line as "stage<TAB>base<TAB>instruction": comments dropped, continued lines joined.
instructions() {
    awk '
        /^[[:space:]]*#/ { next }
        { line = (pending == "" ? $0 : pending " " $0) }
        /\\[[:space:]]*$/ { sub(/\\[[:space:]]*$/, "", line); pending = line; next }
        { pending = "" }
        line ~ /^[[:space:]]*$/ { next }
        toupper(line) ~ /^FROM / {
            n = split(line, word, /[[:space:]]+/); base = ""; stage = ""
            for (i = 2; i <= n; i++) { if (word[i] ~ /^--/) continue; if (base == "") base = word[i]; else if (toupper(word[i]) == "AS") stage = word[i + 1] }
            if (stage == "") stage = base
        }
        { print stage "\t" base "\t" line }
    ' "$dockerfile"
}

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

dotnet_image='^mcr\.microsoft\.com/dotnet/(sdk|aspnet|runtime|runtime-deps):10\.0$'
debian_image="^debian:${VERSION_CODENAME}(-slim)?$"
installs='(^|[;&|[:space:]])(apt-get|apt|dpkg|snap|apk|yum|dnf)[[:space:]]'
mapfile -t lines < <(instructions)

# First every stage's base and commands are judged, so a Dockerfile that cannot build is refused before anything runs.
for entry in "${lines[@]}"; do
    IFS=$'\t' read -r stage base instruction <<<"$entry"
    keyword="${instruction%%[[:space:]]*}"
    if [[ "${keyword^^}" == FROM ]]; then
        [[ "$base" =~ $dotnet_image || "$base" =~ $debian_image ]] \
            || fail "stage $stage is based on $base; this script can prove only .NET 10 images and Debian ${VERSION_CODENAME} ($VERSION_ID), the release this machine runs"
    elif [[ "${keyword^^}" == RUN && "$base" =~ $dotnet_image ]]; then
        command="${instruction#*[[:space:]]}"
        [[ ! "$command" =~ $installs ]] || fail "stage $stage installs packages on $base, an Ubuntu 24.04 image whose chromium is a snap that cannot run in a build; install them in a Debian stage: $command"
        [[ "$command" =~ ^dotnet[[:space:]] ]] || fail "stage $stage runs something other than dotnet on $base, which this Debian machine cannot prove: $command"
    fi
done

stages=()
runtime_base=""
entrypoint=""
for entry in "${lines[@]}"; do
    IFS=$'\t' read -r stage base instruction <<<"$entry"
    keyword="${instruction%%[[:space:]]*}"
    keyword="${keyword^^}"
    case "$keyword" in
        FROM)
            if [[ "$base" =~ $dotnet_image ]]; then
                echo "stage $stage: $base (Ubuntu 24.04): dotnet commands only"
            else
                echo "stage $stage: $base: run on this machine ($PRETTY_NAME)"
            fi
            stages+=("$stage")
            runtime_base="$base"
            entrypoint=""
            ;;
        RUN)
            command="${instruction#*[[:space:]]}"
            command="${command//\/app\/publish/$out}"
            if [[ "$base" =~ $dotnet_image ]]; then
                echo "+ [$stage] $command"
                eval "$command"
            elif [[ "$command" =~ $installs ]]; then
                [[ "$command" =~ apt-get[[:space:]]+install[[:space:]]+(.*) ]] || fail "stage $stage installs packages other than with apt-get install: $command"
                packages="$(sed -E 's/&&.*//; s/(^| )-[^ ]+//g' <<<"${BASH_REMATCH[1]}" | xargs)"
                if [[ "$(id -u)" -eq 0 ]]; then
                    # As written, less the image's clean-up of apt's lists, which here are the machine's own.
                    command="${command//&& rm -rf \/var\/lib\/apt\/lists\/\*/}"
                    echo "+ [$stage] $command"
                    (export DEBIAN_FRONTEND=noninteractive; eval "$command") || fail "stage $stage's package install failed on $PRETTY_NAME"
                else
                    echo "+ [$stage] not root: looking up $packages"
                    for package in $packages; do
                        apt-cache policy "$package" | grep -qE 'Candidate: [^(]' || fail "stage $stage installs $package, which $PRETTY_NAME does not provide"
                    done
                fi
                if [[ "${CHECK_DOCKER_ROOTFS:-}" == 1 ]]; then
                    echo "+ [$stage] mmdebstrap --variant=apt --include=${packages// /,} $VERSION_CODENAME"
                    mmdebstrap --quiet --variant=apt --include="${packages// /,}" "$VERSION_CODENAME" "$tmp/rootfs.tar" \
                        || fail "stage $stage's packages do not install into a fresh Debian $VERSION_CODENAME root"
                    rm -f "$tmp/rootfs.tar"
                fi
            else
                echo "+ [$stage] $command"
                (env -u ASPNETCORE_URLS -u ASPNETCORE_ENVIRONMENT -u DOTNET_ENVIRONMENT bash -c "$command") || fail "stage $stage failed: $command"
            fi
            ;;
        COPY)
            if [[ "$instruction" =~ --from=([^[:space:]]+)[[:space:]]+([^[:space:]]+) ]]; then
                from="${BASH_REMATCH[1]}" source="${BASH_REMATCH[2]}"
                printf '%s\n' "${stages[@]}" | grep -qxF "$from" || fail "stage $stage copies from $from, which is not an earlier stage"
                [[ "$source" == /app/publish* ]] || fail "stage $stage copies $source from $from; stages hand on only /app/publish"
                [[ -e "${source/\/app\/publish/$out}" ]] || fail "stage $stage copies $source from $from, which that stage did not make"
            fi
            ;;
        ENTRYPOINT)
            entrypoint="$(sed -E 's/^ENTRYPOINT \[ *"([^"]+)".*/\1/' <<<"$instruction")"
            ;;
    esac
done

[[ "$runtime_base" == mcr.microsoft.com/dotnet/runtime-deps:10.0 ]] || fail "the last stage is no longer the runtime-deps image"
[[ "$entrypoint" == ./* ]] || fail "the last stage's ENTRYPOINT is not a program in the app folder: $entrypoint"
[[ -x "$out/${entrypoint#./}" ]] || fail "the publish output has no executable ${entrypoint#./} for the ENTRYPOINT"
for file in content/reflective-practice/team.md pdf; do
    [[ -e "$out/$file" ]] || fail "the image would have no $file"
done

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
    pdftotext "$pdf" - | grep -qF "$SITE_PUBLIC_URL$page_path" || fail "$pdf_path does not carry the page's address $SITE_PUBLIC_URL$page_path"
fi

echo "stages proven: ${stages[*]}"
echo "GET $page_path: 200, contains '$expected_text'"
echo "GET $card_path: 200 image/png, $(stat -c %s "$card") bytes"
echo "GET $pdf_path: 200 application/pdf, $(stat -c %s "$pdf") bytes, linked from $page_path, printed for $SITE_PUBLIC_URL"
echo OK
