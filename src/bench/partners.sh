#!/usr/bin/env bash
# Benchmark of the partners stage on one synthetic wave: generates SIEI lists for N young people
# (default 8,000, a wave of the Île-de-France scheme), imports and resolves them, seeds the call
# cases with the public record's outcome mix (partners-seed.sql, in place of the calls stage), then
# times vague cloturer, partenaires exporter, retours importer (synthetic feedback) and retours bilan.
# Usage: src/bench/partners.sh [young people]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/target/raccrochage.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q package -DskipTests)
h2=$(ls ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
java -jar "$jar" exemple generer --personnes "${1:-8000}" --graine 7 --sortie data > /dev/null
java -jar "$jar" siei importer --vague BANC data/siei-en.csv data/siei-cfa.csv > /dev/null
java -jar "$jar" doublons resoudre --vague BANC > /dev/null
java -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:file:./donnees/raccrochage" -user sa -script "$root/src/bench/partners-seed.sql"
step() {
  local start end
  start=$(date +%s.%N)
  java -jar "$jar" "$@" > out.txt
  end=$(date +%s.%N)
  printf '%-28s %6.1f s  %s\n' "$1 $2" "$(echo "$end - $start" | bc)" "$(grep -m1 -E 'Contrôle|fichiers|lignes lues|TOTAL' out.txt | sed 's/^ *//')"
}
step vague cloturer --vague BANC --date 2026-10-31
grep -E 'routingJob' donnees/journaux/raccrochage.log | sed 's/^\(.\{23\}\).*: /\1 /'
step partenaires exporter --vague BANC
java -jar "$jar" retours exemple --vague BANC --graine 3 --sortie retours.csv > /dev/null
step retours importer retours.csv
step retours bilan --vague BANC
step vague cloturer --vague BANC --date 2026-10-31
