#!/usr/bin/env bash
# Load benchmark of the partners' portal (docs/benchmarks.md): a 9,000-young-people wave, the portal in
# a process of its own, 200 partner sessions logged in over HTTP (password + TOTP) from this process,
# each looping on the referral list and a feedback post with a think time. Prints p50/p95/p99 per
# request, the errors, and the CPU time per request of the server and of the load client, apart.
# Usage: src/bench/portail.sh [sessions=200] [seconds=60] [think ms min=1000] [think ms max=3000]
# BANC_PORTAIL_JVM: extra JVM options of the server, e.g. "-XX:StartFlightRecording=filename=portail.jfr"
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/banc-classpath.txt -Dmdep.includeScope=test > /dev/null
java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/banc-classpath.txt)" \
    fr.raccrochage.portal.PortalLoadBenchmark "$@"
