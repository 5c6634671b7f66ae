#!/usr/bin/env bash
# Benchmark of the SIEI import: generates synthetic lists of about 10k / 100k / 1M rows (or the
# row counts given as arguments), imports each into a fresh embedded database with the JVM capped
# at -Xmx512m, and prints rows, wall time (JVM start included), import time, rows/s, peak RSS and
# the largest live heap after a GC (which must not grow with the file).
# Usage: src/bench/import.sh [rows ...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/target/raccrochage.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q package -DskipTests)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-10s %-10s %-10s %-12s %-10s %-10s %-10s\n' rows wall_s import_s rows_per_s rss_MB live_heap_MB files_MB
for rows in "${@:-10000 100000 1000000}"; do
  for n in $rows; do
    persons=$(( n * 100 / 110 ))
    run="$work/$n"
    mkdir -p "$run"
    java -jar "$jar" exemple generer --personnes "$persons" --graine 42 --sortie "$run/data" > /dev/null
    total=$(( $(wc -l < "$run/data/siei-en.csv") + $(wc -l < "$run/data/siei-cfa.csv") - 2 ))
    size=$(du -cm "$run/data/siei-en.csv" "$run/data/siei-cfa.csv" | tail -1 | cut -f1)
    cd "$run"
    /usr/bin/time -f '%e %M' -o time.txt java -Xmx512m -Xlog:gc:file=gc.log -jar "$jar" \
      siei importer --vague BANC data/siei-en.csv data/siei-cfa.csv > out.txt
    read -r wall rss < time.txt
    import_s=$(grep -o 'en [0-9,]* s' out.txt | tr -d 'ens ' | tr ',' '.' | awk '{s+=$1} END {print s}')
    live=$(grep -o '[0-9]*M->[0-9]*M' gc.log | sed 's/.*->//; s/M//' | sort -n | tail -1)
    printf '%-10s %-10s %-10s %-12s %-10s %-10s %-10s\n' "$total" "$wall" "$import_s" \
      "$(awk -v t="$total" -v w="$wall" 'BEGIN {printf "%d", t / w}')" "$(( rss / 1024 ))" "${live:-0}" "$size"
  done
done
