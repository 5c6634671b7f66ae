#!/usr/bin/env bash
# Start-up benchmark of the packaged launcher (target/raccrochage/raccrochage, built by
# `./mvnw -B -q -o package -DskipTests`): help, `aide`, a usage error (no Spring, no database) and
# the fixed cost of two database commands on an H2 data folder already created and migrated
# (RACCROCHAGE_DONNEES = a fresh temporary folder, one untimed run first). Each command runs
# RUNS times (default 5); prints, per command, the median and the worst wall time and the median
# user and system CPU, with the machine's load average (the targets: help <= 0.5 s wall, a
# database command <= 1.5 s wall on a free 2-core machine).
# Usage: src/bench/demarrage.sh [launcher]   (RUNS=9 src/bench/demarrage.sh for more runs)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
launcher=${1:-$root/target/raccrochage/raccrochage}
[ -x "$launcher" ] || (cd "$root" && ./mvnw -B -q -o package -DskipTests)
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export RACCROCHAGE_DONNEES="$work/donnees" RACCROCHAGE_SORTIES="$work/sorties"
cd "$work"
"$launcher" vague etat > /dev/null 2>&1 || true   # creates and migrates the database, untimed

# median and max of a column of numbers
stats() { sort -n | awk '{v[NR] = $1} END {printf "%.2f %.2f\n", v[int((NR + 1) / 2)], v[NR]}'; }

printf 'load average: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-42s %-6s %-10s %-9s %-10s %-9s\n' command exit wall_med_s wall_max_s user_med_s sys_med_s
bench() {
  local label=$1
  shift
  : > "$work/times"
  local status=0
  for _ in $(seq "$runs"); do
    status=0
    /usr/bin/time -f '%e %U %S' -a -o "$work/times" "$launcher" "$@" > /dev/null 2>&1 || status=$?
  done
  # (time adds a "Command exited with non-zero status" line when the exit is not 0)
  grep -v '^Command' "$work/times" > "$work/figures"
  read -r wall_med wall_max < <(cut -d' ' -f1 "$work/figures" | stats)
  read -r user_med _ < <(cut -d' ' -f2 "$work/figures" | stats)
  read -r sys_med _ < <(cut -d' ' -f3 "$work/figures" | stats)
  printf '%-42s %-6s %-10s %-9s %-10s %-9s\n' "$label" "$status" "$wall_med" "$wall_max" "$user_med" "$sys_med"
}
bench "--help" --help
bench "aide siei importer" aide siei importer
bench "siei importer (usage error)" siei importer liste.csv
bench "vague etat" vague etat
bench "appels du-jour --date 02/12/2026" appels du-jour --date 02/12/2026
