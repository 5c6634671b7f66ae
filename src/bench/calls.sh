#!/usr/bin/env bash
# Benchmark of call planning and results import on a wave-sized sample (default 9,000 young people,
# the top of a wave in Île-de-France): generates and imports the lists, resolves the persons, then
# times `vague planifier` (4 weeks, default capacity) and one day of synthetic results through
# `appels du-jour`, the call-centre simulator and `appels importer` (which re-plans every open case).
# Usage: src/bench/calls.sh [persons]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/target/raccrochage.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q package -DskipTests)
persons=${1:-9000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
java -jar "$jar" exemple generer --personnes "$persons" --graine 42 --date-reference 2026-09-01 --sortie data > /dev/null
java -jar "$jar" siei importer --vague BANC --date-reference 2026-09-01 data/siei-en.csv data/siei-cfa.csv > /dev/null
java -jar "$jar" doublons resoudre --vague BANC > /dev/null
/usr/bin/time -f 'vague planifier: wall %e s, rss %M kB' java -Xmx512m -jar "$jar" vague planifier --vague BANC \
  --debut 2026-11-02 --fin 2026-11-27
java -jar "$jar" appels du-jour --vague BANC --date 2026-11-02 > /dev/null
java -cp "$jar" -Dloader.main=fr.raccrochage.calls.CallResultSimulatorMain \
  org.springframework.boot.loader.launch.PropertiesLauncher sorties/vague-BANC/appels-du-jour-2026-11-02.csv \
  resultats.csv 1
/usr/bin/time -f 'appels importer: wall %e s, rss %M kB' java -Xmx512m -jar "$jar" appels importer --vague BANC \
  resultats.csv
