#!/usr/bin/env bash
# Benchmark of the SIEI import: generates synthetic lists of about 10k / 100k / 1M rows (or the
# row counts given as arguments), imports each into a fresh embedded database with the JVM capped
# at -Xmx512m, and prints rows, wall time (JVM start included), user and system CPU time, import
# time, rows/s, peak RSS, the largest heap after a GC (which must not grow with the file), the
# number of GC pauses and their total, and, when python3 is there, the time Python's C csv reader
# takes to parse the same files and the import's ratio to it (wall / python).
# The import runs through the launcher operators use (target/raccrochage/raccrochage); its log
# gives each thread's computing time (read_cpu: reading and normalizing; step_cpu: the step's
# thread, mostly the database's work): the wall time follows the busier of the two.
# Usage: src/bench/import.sh [rows ...]
# (RACCROCHAGE_LAUNCHER=<dir>/raccrochage, or RACCROCHAGE_JAR=other.jar run with java -jar, to
# measure another build)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="${RACCROCHAGE_JAR:-$root/target/raccrochage.jar}"
launcher="${RACCROCHAGE_LAUNCHER:-$root/target/raccrochage/raccrochage}"
[ -f "$jar" ] && [ -x "$launcher" ] || (cd "$root" && ./mvnw -B -q package -DskipTests)
# the command under test (java -jar for RACCROCHAGE_JAR, else the launcher), with JAVA_OPTS
raccrochage() {
  if [ -n "${RACCROCHAGE_JAR:-}" ]; then
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} -jar "$jar" "$@"
  else
    "$launcher" "$@"
  fi
}
export -f raccrochage
export jar launcher
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-9s %-7s %-7s %-6s %-8s %-8s %-8s %-10s %-6s %-8s %-5s %-7s %-8s %-6s %-6s\n' rows wall_s user_s sys_s \
  import_s read_cpu step_cpu rows_per_s rss_MB heap_MB gc_n gc_ms files_MB py_s ratio
for rows in "${@:-10000 100000 1000000}"; do
  for n in $rows; do
    persons=$(( n * 100 / 110 ))
    run="$work/$n"
    mkdir -p "$run"
    java -jar "$jar" exemple generer --personnes "$persons" --graine 42 --sortie "$run/data" > /dev/null
    total=$(( $(wc -l < "$run/data/siei-en.csv") + $(wc -l < "$run/data/siei-cfa.csv") - 2 ))
    size=$(du -cm "$run/data/siei-en.csv" "$run/data/siei-cfa.csv" | tail -1 | cut -f1)
    cd "$run"
    # a database made beforehand, as in use: the import's figures leave out creating the schema
    raccrochage vague liste > /dev/null
    # lists received earlier, as in use: the generated files' 343 MB are on disk before the
    # timed run, not still being written back beside it (1-2 s of system CPU at 1M rows)
    sync
    JAVA_OPTS="-Xmx512m -Xlog:gc:file=gc.log" /usr/bin/time -f '%e %U %S %M' -o time.txt \
      bash -c 'raccrochage siei importer --vague BANC data/siei-en.csv data/siei-cfa.csv' > out.txt || [ $? -eq 6 ]
    read -r wall user sys rss < <(tail -1 time.txt)
    import_s=$(grep -o 'en [0-9,]* s' out.txt | tr -d 'ens ' | tr ',' '.' | awk '{s+=$1} END {print s}')
    cpu() { { grep -o "$1 [0-9.]* s" donnees/journaux/raccrochage.log || true; } | awk '{s+=$(NF-1)} END {printf "%.1f", s}'; }
    read_cpu=$(cpu 'normalisation')
    step_cpu=$(cpu 'en base')
    live=$(grep -o '[0-9]*M->[0-9]*M' gc.log | sed 's/.*->//; s/M//' | sort -n | tail -1)
    gc_n=$(grep -c 'Pause' gc.log || true)
    gc_ms=$(grep 'Pause' gc.log | grep -o '[0-9.]*ms$' | tr -d 'ms' | awk '{s+=$1} END {printf "%d", s}')
    py=-
    ratio=-
    if command -v python3 > /dev/null; then
      start=$(date +%s.%N)
      python3 -c 'import csv, sys
for name in sys.argv[1:]:
    for encoding in ("utf-8", "cp1252"):
        try:
            with open(name, newline="", encoding=encoding) as f:
                for row in csv.reader(f, delimiter=";"):
                    pass
            break
        except UnicodeDecodeError:
            pass' data/siei-en.csv data/siei-cfa.csv
      py=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.2f", e - s}')
      ratio=$(awk -v w="$wall" -v p="$py" 'BEGIN {printf "%.1f", w / p}')
    fi
    printf '%-9s %-7s %-7s %-6s %-8s %-8s %-8s %-10s %-6s %-8s %-5s %-7s %-8s %-6s %-6s\n' "$total" "$wall" "$user" \
      "$sys" "$import_s" "$read_cpu" "$step_cpu" "$(awk -v t="$total" -v w="$wall" 'BEGIN {printf "%d", t / w}')" "$(( rss / 1024 ))" "${live:-0}" \
      "$gc_n" "${gc_ms:-0}" "$size" "$py" "$ratio"
  done
done
