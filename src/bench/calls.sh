#!/usr/bin/env bash
# Benchmark of call planning and results import on a wave-sized sample (default 9,000 young people,
# the top of a wave in Île-de-France): generates and imports the lists, resolves the persons, then
# times `vague planifier` (4 weeks) and one day of synthetic results through `appels du-jour`, the
# call-centre simulator and `appels importer` (which re-plans every open case). After each timed step
# it prints how many attempts (done or planned) the cases to call have: min / median / max and the
# spread, read from the call sheet.
# Usage: src/bench/calls.sh [persons] [daily capacity, default 1500 like the application]
# (RACCROCHAGE_JAR=<jar> times another build, e.g. a copy of the previous one).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=${RACCROCHAGE_JAR:-$root/target/raccrochage.jar}
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q package -DskipTests)
# The call-centre simulator's main is a benchmark tool under src/test: run it with the test classes.
[ -f "$root/target/test-classes/fr/raccrochage/sample/CallResultSimulatorMain.class" ] \
  || (cd "$root" && ./mvnw -B -q test-compile)
persons=${1:-9000}
capacity=${2:-1500}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# Attempts per case to call (STATUT A_APPELER): the sheet has 8 fixed columns, then 5 per attempt.
distribution() {
  tail -n +2 sorties/vague-BANC/feuille-appels.csv \
    | awk -F';' '$8 == "A_APPELER" { n = 0; for (i = 9; i <= NF; i += 5) if ($i != "") n++; print n }' \
    | sort -n | awk -v label="$1" '
      { counts[NR] = $1; hist[$1]++ }
      END {
        printf "%s: %d cases to call, attempts per case min %d / median %d / max %d; histogram", label, NR,
          counts[1], counts[int((NR + 1) / 2)], counts[NR]
        for (k = 0; k <= 10; k++) if (hist[k]) printf " %d:%d", k, hist[k]
        printf "\n"
      }'
}
java -jar "$jar" exemple generer --personnes "$persons" --graine 42 --date-reference 2026-09-01 --sortie data > /dev/null
java -jar "$jar" siei importer --vague BANC --date-reference 2026-09-01 data/siei-en.csv data/siei-cfa.csv > /dev/null
java -jar "$jar" doublons resoudre --vague BANC > /dev/null
/usr/bin/time -f 'vague planifier: wall %e s, rss %M kB' java -Xmx512m \
  -Draccrochage.appels.capacite-journaliere="$capacity" -jar "$jar" vague planifier --vague BANC \
  --debut 2026-11-02 --fin 2026-11-27
distribution "after vague planifier (capacity $capacity)"
java -jar "$jar" appels du-jour --vague BANC --date 2026-11-02 > /dev/null
java -cp "$jar" -Dloader.path="$root/target/test-classes" -Dloader.main=fr.raccrochage.sample.CallResultSimulatorMain \
  org.springframework.boot.loader.launch.PropertiesLauncher sorties/vague-BANC/appels-du-jour-2026-11-02.csv \
  resultats.csv 1
/usr/bin/time -f 'appels importer: wall %e s, rss %M kB' java -Xmx512m \
  -Draccrochage.appels.capacite-journaliere="$capacity" -jar "$jar" appels importer --vague BANC resultats.csv
distribution "after appels importer (capacity $capacity)"
