#!/usr/bin/env bash
# Benchmarks of the platform (docs/benchmarks.md). Not part of ./mvnw verify: a separate command.
#   ./bench/run.sh all [--full]            every scenario, each in its own JVM, one after the other
#   ./bench/run.sh <scenario> [--full] [--name=value ...]
#        scenarios: ingest (1), projection (2), freshness (3), queries (4), rebuild (5); --help for the options
#   ./bench/run.sh report [DIR]          the results files as Markdown tables
# Builds what it needs first (tests skipped). Results: bench/results/<n>-<scenario>.json.
# JAVA_OPTS replaces the JVM options (default -Xmx4g, or -Xmx12g with --full).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -eq 0 ] || [ "$1" = "--help" ] || [ "$1" = "-h" ]; then
  set -- --help
fi

if [ "${BENCH_SKIP_BUILD:-}" != "true" ]; then
  ./mvnw -q -B -ntp -Dmaven.test.skip=true package -pl bench -am
fi
classpath="bench/target/classes:$(cat bench/target/bench.classpath)"

full=false
for arg in "$@"; do
  [ "$arg" = "--full" ] && full=true
done
heap=-Xmx4g
[ "$full" = true ] && heap=-Xmx12g

run() {
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-$heap} -cp "$classpath" vn.antq.bench.Bench "$@"
}

if [ "$1" = "--help" ]; then
  run --help || true
  exit 0
fi

if [ "$1" = "report" ]; then
  shift
  java -cp "$classpath" vn.antq.bench.Report "$@"
  exit 0
fi

if [ "$1" = "all" ]; then
  shift
  started=$(date +%s)
  failed=""
  for scenario in ingest projection freshness queries rebuild; do
    run "$scenario" "$@" || failed="$failed $scenario"
  done
  echo "All five scenarios in $(( $(date +%s) - started )) s${failed:+; failed:$failed}"
  [ -z "$failed" ]
else
  run "$@"
fi
