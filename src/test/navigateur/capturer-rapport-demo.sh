#!/bin/sh
# Runs the demo in a scratch folder and takes a picture of its wave report for the README:
#   ./mvnw -q -B package -DskipTests && src/test/navigateur/capturer-rapport-demo.sh docs/rapport-exemple.png
set -eu
target="${1:-docs/rapport-exemple.png}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
RACCROCHAGE_DONNEES="$scratch/donnees" RACCROCHAGE_SORTIES="$scratch/sorties" \
    java -jar target/raccrochage.jar demo > "$scratch/demo.txt"
report="$(ls "$scratch"/sorties/vague-DEMO-2026-1/rapport/*.html)"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$scratch/chromium" --hide-scrollbars \
    --window-size=1280,2400 --screenshot="$target" "file://$report" 2>/dev/null
echo "Capture écrite : $target"
