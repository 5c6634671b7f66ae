#!/usr/bin/env bash
# Alternated 1M imports, for comparing builds or JVM options on a host whose speed drifts: for each
# round, each launcher in turn imports the same two lists into a fresh database, just after a probe
# of the host's speed at that moment (Python's C csv reader parsing the same files; about 3.2 s for
# the 1M lists on this project's machine when it is quiet, up to 4.5 s when it is slow).
# Prints per run: launcher, probe_s, wall_s, user_s, sys_s, import_s (both jobs), and the CPU of the
# reading thread and of the step's thread per file (from the log).
# Usage: src/bench/import-alternated.sh <lists dir with siei-en.csv and siei-cfa.csv> <rounds>
#        <launcher>... (JAVA_OPTS default -Xmx512m)
# Lists: java -jar target/raccrochage.jar exemple generer --personnes 909090 --graine 42 --sortie <dir>
set -euo pipefail
lists=$(cd "$1" && pwd)
rounds=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
probe() {
  python3 -c 'import csv, sys, time
start = time.time()
for name, sep in (("siei-en.csv", ";"), ("siei-cfa.csv", ",")):
    for row in csv.reader(open(sys.argv[1] + "/" + name, encoding="latin-1"), delimiter=sep):
        pass
print("%.2f" % (time.time() - start))' "$lists"
}
printf '%-40s %-7s %-7s %-7s %-6s %-8s %s\n' launcher probe_s wall_s user_s sys_s import_s 'read_cpu step_cpu (per file)'
for _ in $(seq "$rounds"); do
  for launcher in "$@"; do
    rm -rf "$work/run" && mkdir "$work/run" && cd "$work/run"
    "$launcher" vague liste > /dev/null
    sync
    probe_s=$(probe)
    JAVA_OPTS="${JAVA_OPTS:--Xmx512m}" /usr/bin/time -f '%e %U %S' -o time.txt \
      "$launcher" siei importer --vague BANC "$lists/siei-en.csv" "$lists/siei-cfa.csv" > out.txt || [ $? -eq 6 ]
    import_s=$(grep -o 'en [0-9,]* s' out.txt | tr -d 'ens ' | tr ',' '.' | awk '{s+=$1} END {print s}')
    cpu=$(grep -o 'normalisation [0-9.]* s\|en base [0-9.]* s' donnees/journaux/raccrochage.log | awk '{print $(NF-1)}' | paste -sd' ')
    read -r wall user sys < <(tail -1 time.txt)
    printf '%-40s %-7s %-7s %-7s %-6s %-8s %s\n' "$launcher" "$probe_s" "$wall" "$user" "$sys" "$import_s" "$cpu"
  done
done
