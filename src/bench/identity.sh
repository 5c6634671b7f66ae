#!/usr/bin/env bash
# Benchmark of identity resolution: generates synthetic lists of about 10k / 100k / 1M records (or
# the record counts given as arguments), imports them into a fresh embedded database, runs
# `doublons resoudre` with the JVM capped at -Xmx1g, then measures pairwise precision, recall and
# F1 against the generator's verite.csv with the hidden `doublons evaluer` command; then imports the
# generated known-cases list (connus.csv) and measures its matching with the hidden `connus evaluer`.
# Prints records, resolution time (as the command reports it), wall time (JVM start included),
# records/s and the figures.
# Also prints the review list's figures (pairs, share of records on it, share of pairs whose engine
# suggestion MEME/DIFFERENT is right, share of true duplicates in the first half of the list).
# `doublons resoudre` and `connus importer` run through the launcher operators use
# (target/raccrochage/raccrochage, JAVA_OPTS=-Xmx1g), which gives batch commands their JVM options;
# RACCROCHAGE_LAUNCHER=<dir>/raccrochage measures another build.
# Usage: src/bench/identity.sh [records ...]
#        VARIANTE=--sans-identifiant src/bench/identity.sh [records ...]   (names, birth date, address only)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/target/raccrochage.jar"
launcher="${RACCROCHAGE_LAUNCHER:-$root/target/raccrochage/raccrochage}"
[ -f "$jar" ] && [ -x "$launcher" ] || (cd "$root" && ./mvnw -B -q package -DskipTests)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-10s %-10s %-10s %-12s %-10s %-10s %-10s %-10s %-10s\n' records resolve_s wall_s records_per_s \
  precision recall f1 rss_MB cpu_s
for n in ${@:-10000 100000 1000000}; do
  persons=$(( n * 100 / 110 ))
  run="$work/$n"
  mkdir -p "$run"
  cd "$run"
  java -jar "$jar" exemple generer --personnes "$persons" --graine 42 --sortie "$run/data" ${VARIANTE:-} > /dev/null
  java -Xmx1g -jar "$jar" siei importer --vague BANC data/siei-en.csv data/siei-cfa.csv > import.txt || [ $? -eq 6 ]   # 6: some lines rejected
  JAVA_OPTS=-Xmx1g /usr/bin/time -f '%e %M %U %S' -o time.txt "$launcher" doublons resoudre --vague BANC > out.txt || true
  read -r wall rss user sys < time.txt
  records=$(perl -CSD -ne 'if (/: ([\d\x{202F}\x{A0} ]+) enregistrements?/) { ($n = $1) =~ s/\D//g; print $n; exit }' out.txt)
  resolve_s=$(grep -o 'en [0-9,]* s' out.txt | tail -1 | tr -d 'ens ' | tr ',' '.')
  java -jar "$jar" doublons evaluer --vague BANC --verite data/verite.csv > eval.txt
  get() { grep -o "$1=[0-9.]*" eval.txt | cut -d= -f2; }
  printf '%-10s %-10s %-10s %-12s %-10s %-10s %-10s %-10s %-10s\n' "$records" "$resolve_s" "$wall" \
    "$(awk -v t="$records" -v w="$wall" 'BEGIN {printf "%d", t / w}')" "$(get precision)" "$(get rappel)" \
    "$(get f1)" "$(( rss / 1024 ))" "$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.1f", u + s}')"
  # the job's own phases (read, resolve, write), from the log
  grep -o 'enregistrements lus en .*' donnees/journaux/raccrochage.log | tail -1 | sed 's/^/  /'
  grep '^revue:' eval.txt | sed 's/^/  /'
  # the generated known-cases list, matched against the registry just built
  JAVA_OPTS=-Xmx1g /usr/bin/time -f '%e %M' -o time-connus.txt "$launcher" connus importer data/connus.csv > connus.txt || true
  read -r cwall crss < time-connus.txt
  echo "  connus importer: ${cwall} s wall, $(( crss / 1024 )) MB; $(head -1 connus.txt)"
  echo "  $(java -jar "$jar" connus evaluer --verite data/verite.csv --verite-connus data/verite-connus.csv)"
done
