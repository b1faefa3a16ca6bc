#!/usr/bin/env bash
# Lighthouse (mobile, its default) accessibility and best practices for one page of every kind, against a Release
# publish of the site on this machine and the Debian Chromium. Needs npm (Lighthouse is installed into a temporary
# folder) and chromium. Prints each page's scores and any audit below full marks; exits 1 if a score is under 100.
#   tests/perf/lighthouse.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
port=${PORT:-5077}
trap 'kill $site 2>/dev/null || true; rm -rf "$work"' EXIT

npm install --prefix "$work/lh" --no-audit --no-fund --silent lighthouse@12 >/dev/null
dotnet publish "$repo/src/InformingFutures.Web" -c Release -o "$work/site" -v q >/dev/null
(cd "$work/site" && ASPNETCORE_URLS="http://localhost:$port" Site__PublicUrl=https://toolkit.example.org exec dotnet InformingFutures.Web.dll >"$work/site.log" 2>&1) &
site=$!
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://localhost:$port/healthz" && break; sleep 0.5; done

pages=(/ /reflective-practice /reflective-practice/team /reflective-practice/handout /reflective-practice/present
       /reflective-practice/team/present /reflective-practice/present/presenter /reflective-practice/present/handout
       /reflective-practice/present/notes /about /accessibility "/search?q=rooms" "/search?q=zzxq" /offline)
status=0
printf '| Page | Accessibility | Best practices | Below full marks |\n| --- | --- | --- | --- |\n'
for path in "${pages[@]}"; do
  report="$work/report.json"
  CHROME_PATH=${CHROMIUM_PATH:-/usr/bin/chromium} "$work/lh/node_modules/.bin/lighthouse" "http://localhost:$port$path" \
    --only-categories=accessibility,best-practices --output=json --output-path="$report" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 || true
  line=$(node -e "
    const r = require('$report');
    const score = (c) => Math.round((r.categories[c].score ?? 0) * 100);
    const below = Object.entries(r.audits).filter(([, a]) => a.score !== null && a.score < 1).map(([id]) => id).join(', ');
    console.log(score('accessibility') + '|' + score('best-practices') + '|' + below);")
  IFS='|' read -r a11y practices below <<< "$line"
  printf '| %s | %s | %s | %s |\n' "$path" "$a11y" "$practices" "$below"
  [ "$a11y" = 100 ] && [ "$practices" = 100 ] || status=1
done
exit $status
