#!/usr/bin/env bash
# Build step (package phase): makes target/raccrochage/, the fast-starting form of the program.
#  1. extracts target/raccrochage.jar there (the application jar and lib/, the layout class-data
#     sharing needs) and adds the launcher, with the list of commands that keep the optimizing
#     JIT compiler (fr.raccrochage.cli.CompilerChoice);
#  2. Spring ahead-of-time processing: the application context of a CLI command (no web server) is
#     worked out once here, as Java code compiled into that application jar, so a command no longer
#     scans classes nor evaluates auto-configuration conditions at start (the launcher turns it on
#     with -Dspring.aot.enabled=true; the portal, a web application, keeps the ordinary start);
#  3. records a class-data archive from a training run: a real small SIEI import on a throw-away
#     database, which loads what most commands load (picocli, Spring, Batch, H2, Flyway, the import).
# target/raccrochage.jar itself is left as Maven made it (no generated classes in target/classes
# either, so the tests never see them).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
target="$root/target"
app="$target/raccrochage"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
jar="${JAVA_HOME:+$JAVA_HOME/bin/}jar"
rm -rf "$app"
"$java" -Djarmode=tools -jar "$target/raccrochage.jar" extract --destination "$app" > /dev/null
cp "$root/src/main/sh/raccrochage" "$app/raccrochage"
chmod +x "$app/raccrochage"
# Which commands keep the optimizing JIT compiler (read by the launcher).
"$java" -cp "$app/raccrochage.jar" fr.raccrochage.cli.CompilerChoice "$app/commandes"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Both runs below are the build's own: never the builder's database or profile.
isolated() {
  env -u SPRING_PROFILES_ACTIVE -u SPRING_DATASOURCE_URL -u SPRING_APPLICATION_JSON -u RACCROCHAGE_DB_URL \
    -u RACCROCHAGE_CLE_BASE RACCROCHAGE_DONNEES="$work/donnees" RACCROCHAGE_SORTIES="$work/sorties" "$@"
}

# 2. Ahead-of-time processing. The processor calls main() with a database command so the launcher
# builds its SpringApplication as for any CLI command, and stops before the context is refreshed
# (no database is opened).
aot="$target/spring-aot-lanceur"
rm -rf "$aot"
(cd "$work" && isolated "$java" -cp "$app/raccrochage.jar" \
  org.springframework.boot.SpringApplicationAotProcessor fr.raccrochage.RaccrochageApplication \
  "$aot/sources" "$aot/resources" "$aot/classes" fr.raccrochage raccrochage vague etat > aot.txt 2>&1) || {
  status=$?
  cat "$work/aot.txt"
  exit "$status"
}
find "$aot/sources" -name '*.java' > "$work/sources.txt"
"$javac" --release 17 -nowarn -Xlint:none -proc:none -encoding UTF-8 -cp "$aot/classes:$app/raccrochage.jar" \
  -d "$aot/classes" "@$work/sources.txt" > "$work/javac.txt" 2>&1 || { cat "$work/javac.txt"; exit 1; }
# Resources: the log configuration read ahead of time, and native-image hints (unused on a JVM).
"$jar" --update --file "$app/raccrochage.jar" -C "$aot/classes" . -C "$aot/resources" .

# 3. Class-data archive, recorded through the launcher (its options, AOT on; no archive yet to read).
training="$work/entrainement"
mkdir -p "$training"
(cd "$training" && isolated JAVA_OPTS="-XX:ArchiveClassesAtExit=$app/raccrochage.jsa -Xlog:cds=off -Xlog:cds+dynamic=off" \
  "$app/raccrochage" siei importer --vague ENTRAINEMENT \
  "$root/sample-data/vague-exemple/siei-en.csv" > training.txt 2>&1) || {
  status=$?
  # 6: lines rejected, as the sample has; anything else is a broken build.
  [ "$status" -eq 6 ] || { cat "$training/training.txt"; exit "$status"; }
}
[ -f "$app/raccrochage.jsa" ] || { echo "no class-data archive was written" >&2; exit 1; }
