#!/usr/bin/env bash
# Writes a generated toolkit content folder: `generate-content.sh <folder> <pages> [seed]`. The pages are spread over
# sections of 100 (each with an overview), and each has front matter, three headings with paragraphs, a list and a
# small table, with words drawn from a fixed vocabulary by the seed, so the same arguments give the same folder.
# Plain Markdown with YAML front matter: Hugo reads the same files (tests/perf/scale.sh).
set -euo pipefail
folder=$1
pages=$2
RANDOM=${3:-1625}
words=(reflect practice team organisation partner young people care custody supervision learning culture
    challenge benefit trust safety meeting space time leader manager worker agency service record share listen
    support review plan change experience feeling question practitioner group session wellbeing caseload)
# Sets REPLY to a sentence of 14 words (no subshell: a fork per sentence made 10,000 pages take minutes).
sentence() {
    local i
    REPLY=""
    for ((i = 0; i < 14; i++)); do REPLY+="${words[RANDOM % ${#words[@]}]} "; done
    REPLY="${REPLY^}"
    REPLY="${REPLY% }"
}
mkdir -p "$folder"
printf -- '---\ntitle: A generated toolkit\nsummary: %d generated pages.\n---\n\nHome of the generated toolkit.\n' "$pages" > "$folder/index.md"
sections=$(((pages + 99) / 100))
for ((s = 1; s <= sections; s++)); do
    mkdir -p "$folder/section-$s"
    printf -- '---\ntitle: Resource %d\nsummary: Resource %d of the generated toolkit.\norder: %d\n---\n\nOverview of resource %d.\n' "$s" "$s" "$s" "$s" > "$folder/section-$s/index.md"
done
for ((p = 0; p < pages; p++)); do
    s=$((p / 100 + 1)); n=$((p % 100 + 1))
    sentence; printf -v page -- '---\ntitle: Page %d of resource %d\nsummary: %s.\norder: %d\n---\n\n' "$n" "$s" "$REPLY" "$n"
    for h in 1 2 3; do
        page+="## Part $h"$'\n\n'
        sentence; page+="$REPLY. "; sentence; page+="$REPLY."$'\n\n'
        for item in 1 2 3; do sentence; page+="- $REPLY"$'\n'; done
        page+=$'\n'
    done
    page+=$'| Who | How often |\n| --- | --- |\n| Team | Monthly |\n| Partners | Quarterly |\n'
    printf '%s' "$page" > "$folder/section-$s/page-$n.md"
done
