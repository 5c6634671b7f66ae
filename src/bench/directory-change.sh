#!/usr/bin/env bash
# Benchmark of a partner directory change on one synthetic wave (default 8,000 young people): the
# wave is routed and exported (AES-256 archives included), then every commune of the mission locale
# Plaine Commune goes to Est Ensemble; times the import that re-routes, the export that sends the
# re-routed young people and the withdrawal file, and the read-only vague etat / vague liste.
# Usage: src/bench/directory-change.sh [young people]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/target/raccrochage.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q package -DskipTests)
h2=$(ls ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
directory="$root/sample-data/partenaires-idf-exemple.csv"
java -jar "$jar" partenaires importer "$directory" > /dev/null
java -jar "$jar" exemple generer --personnes "${1:-8000}" --graine 7 --sortie data > /dev/null
java -jar "$jar" siei importer --vague BANC data/siei-en.csv data/siei-cfa.csv > /dev/null
java -jar "$jar" doublons resoudre --vague BANC > /dev/null
java -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:file:./donnees/raccrochage" -user sa -script "$root/src/bench/partners-seed.sql"
step() {
  local start end
  start=$(date +%s.%N)
  java -jar "$jar" "$@" > out.txt
  end=$(date +%s.%N)
  printf '%-28s %6.1f s  %s\n' "$1 $2" "$(echo "$end - $start" | bc)" "$(grep -m1 -E "$pattern" out.txt | sed 's/^ *//')"
}
pattern='Contrôle'; step vague cloturer --vague BANC --date 2026-10-31
pattern='fichiers'; step partenaires exporter --vague BANC
sed 's/^ML-200057867;MISSION_LOCALE;Mission locale Plaine Commune;/ML-200057875;MISSION_LOCALE;Mission locale Est Ensemble;/' \
    "$directory" > annuaire-2.csv
pattern='Annuaire modifié'; step partenaires importer annuaire-2.csv
pattern='fichiers'; step partenaires exporter --vague BANC
grep -E '_retraits_|ML-200057875_' out.txt | sed 's/^ */  /'
pattern='Tentatives'; step vague etat --vague BANC
pattern='BANC'; step vague liste
