#!/usr/bin/env bash
# Load benchmark of the partners' portal (docs/benchmarks.md): the report's 9,000-young-people wave,
# 200 partner sessions logged in over HTTP (password + TOTP), each looping on the referral list and a
# feedback post with a think time. Prints p50/p95/p99 per request.
# Usage: src/bench/portail.sh [sessions=200] [seconds=60] [think ms min=1000] [think ms max=3000]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/banc-classpath.txt -Dmdep.includeScope=test > /dev/null
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/banc-classpath.txt)" \
    fr.raccrochage.portal.PortalLoadBenchmark "$@"
