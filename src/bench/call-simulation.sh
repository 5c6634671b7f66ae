#!/usr/bin/env bash
# Fixed versus adaptive call planning on synthetic cases (docs/benchmarks.md, "Call planning: fixed
# versus adaptive slots"). The simulation is a benchmark main under src/test, run against the
# application jar with the test classes on the loader path.
# Usage: src/bench/call-simulation.sh [cases=3000] [seed=1]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=${RACCROCHAGE_JAR:-$root/target/raccrochage.jar}
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q package -DskipTests)
[ -f "$root/target/test-classes/fr/raccrochage/calls/CallSimulationMain.class" ] \
  || (cd "$root" && ./mvnw -B -q test-compile)
/usr/bin/time -f 'simulation: wall %e s, user %U s' java -cp "$jar" -Dloader.path="$root/target/test-classes" \
  -Dloader.main=fr.raccrochage.calls.CallSimulationMain org.springframework.boot.loader.launch.PropertiesLauncher \
  "${1:-3000}" "${2:-1}"
