#!/usr/bin/env bash
# Builds what is needed and starts the whole platform on the embedded default (see README).
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -ntp -DskipTests install
exec java -jar local-stack/target/local-stack-*-exec.jar "$@"
