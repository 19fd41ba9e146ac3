#!/usr/bin/env bash
# Builds what is needed and starts the whole platform on the embedded default (see local-stack/README.md):
#   ./run-local.sh --demo            Kafka, MongoDB and the four services, with the Kon Tum 2019-2024 data set
#   ./run-local.sh --help            every option
set -euo pipefail
cd "$(dirname "$0")"

./mvnw -q -B -ntp -Dmaven.test.skip=true install

jar=$(ls local-stack/target/local-stack-*-exec.jar)
app=local-stack/target/extracted
# An extracted jar starts about twice as fast as the packed one; extract again whenever the build changed it.
if [ ! -d "$app" ] || [ "$jar" -nt "$app" ]; then
  rm -rf "$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$app" > /dev/null
  touch "$app"
fi

# C1 only: on two cores, the C2 compiler costs a run of minutes more than it gives back. Without tiers the JVM reserves
# only 48 MB for compiled code, which the six services in one JVM fill during the demo load ("CodeCache is full.
# Compiler has been disabled": everything after runs interpreted), hence the larger code cache. JAVA_OPTS replaces both.
exec java ${JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m} -jar "$app/$(basename "$jar")" "$@"
