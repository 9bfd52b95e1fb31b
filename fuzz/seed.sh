#!/bin/sh
# Builds the seed corpus of every fuzz target from the repository's fixtures and its example
# site (content/): fuzz/corpus/TARGET/. Run from anywhere; safe to run again (it adds).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
corpus="$here/corpus"
mkdir -p "$corpus"
for t in journey persona assets config mermaid sheet_csv sheet_xlsx markdown diff check_site journey_structured theme; do
    mkdir -p "$corpus/$t"
done
n=0
put() { # put TARGET FILE: copies FILE into TARGET's corpus under a unique name
    n=$((n + 1))
    cp "$2" "$corpus/$1/seed-$n-$(basename "$2")"
}
cd "$repo"
for f in $(find content tests/fixtures -path '*content/journeys/*' -type f \( -name '*.md' -o -name '*.yaml' \)); do
    put journey "$f"
    # check_site: the first byte picks .yaml (odd) or .md (even).
    n=$((n + 1))
    case "$f" in
        *.yaml) { printf '1'; cat "$f"; } > "$corpus/check_site/seed-$n" ;;
        *) { printf '0'; cat "$f"; } > "$corpus/check_site/seed-$n" ;;
    esac
done
for f in $(find content tests/fixtures -path '*content/personas/*' -type f); do put persona "$f"; done
for f in $(find content tests/fixtures -path '*content/assets/*' -type f); do put assets "$f"; done
for f in waymark.yaml $(find tests/fixtures -name waymark.yaml); do put config "$f"; done
for f in $(find themes tests/fixtures -name theme.yaml); do put theme "$f"; done
for f in $(find tests/fixtures/mermaid -type f); do put mermaid "$f"; done
for f in $(find tests/fixtures/sheets -name '*.csv'); do put sheet_csv "$f"; done
for f in $(find tests/fixtures/sheets -name '*.xlsx'); do put sheet_xlsx "$f"; done
for f in $(find content docs tests/fixtures/mermaid -name '*.md') README.md; do put markdown "$f"; done
# diff: two journeys separated by a NUL byte (each example journey against the next).
prev=""
for f in $(find content/journeys tests/fixtures/minimal -path '*journeys/*' -name '*.md' | sort); do
    if [ -n "$prev" ]; then
        n=$((n + 1))
        { cat "$prev"; printf '\000'; cat "$f"; } > "$corpus/diff/seed-$n"
    fi
    prev="$f"
done
echo "seed corpus in $corpus:"
for t in "$corpus"/*; do echo "  $(basename "$t"): $(ls "$t" | wc -l) files"; done
