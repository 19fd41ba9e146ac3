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

# C1 only: on two cores, the C2 compiler costs a run of minutes more than it gives back. JAVA_OPTS replaces it.
exec java ${JAVA_OPTS:--XX:TieredStopAtLevel=1} -jar "$app/$(basename "$jar")" "$@"
