#!/usr/bin/env bash
# Build step (package phase): extracts target/raccrochage.jar into target/raccrochage/ (the
# application jar and lib/, the layout class-data sharing needs), adds the launcher, and records
# a class-data archive from a training run: a real small SIEI import on a throw-away database,
# which loads what most commands load (picocli, Spring, Batch, H2, Flyway, the import).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
target="$root/target"
app="$target/raccrochage"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
rm -rf "$app"
"$java" -Djarmode=tools -jar "$target/raccrochage.jar" extract --destination "$app" > /dev/null
cp "$root/src/main/sh/raccrochage" "$app/raccrochage"
chmod +x "$app/raccrochage"
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
(cd "$training" && "$java" -XX:ArchiveClassesAtExit="$app/raccrochage.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -jar "$app/raccrochage.jar" siei importer --vague ENTRAINEMENT \
  "$root/sample-data/vague-exemple/siei-en.csv" > training.txt 2>&1) || {
  status=$?
  # 6: lines rejected, as the sample has; anything else is a broken build.
  [ "$status" -eq 6 ] || { cat "$training/training.txt"; exit "$status"; }
}
[ -f "$app/raccrochage.jsa" ] || { echo "no class-data archive was written" >&2; exit 1; }
