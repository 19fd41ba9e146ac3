#!/usr/bin/env bash
# The resilience suite's full versions (docs/resilience.md): 30 s broker outage, analytics killed three times in
# 20,000 writes (spread, then all in one cell), 10^6-row imports, five minutes of mixed load, 400 hostile bodies.
#   ./resilience/run.sh                     every scenario, full size
#   ./resilience/run.sh analytics-kill      one scenario (names below); several: a comma-separated list
#   ./resilience/run.sh --short fuzz        the short size, as ./mvnw verify runs it
#   ./resilience/run.sh --no-build load -Dresilience.load.rate=40 -Dresilience.load.duration=10m
# Scenarios: broker-outage analytics-kill analytics-kill-hot-cell mongo-restart rebalance poison retries faults load fuzz
# import export defects access all
# Results: one line per scenario in resilience/target/resilience-results.md (printed at the end); service logs in
# resilience/target/resilience-run/logs/. Everything runs on localhost and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=-Presilience-full
build=yes
scenarios=all
extra=()
for arg in "$@"; do
  case "$arg" in
    --short) profile= ;;
    --no-build) build= ;;
    -D*) extra+=("$arg") ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) scenarios=$arg ;;
  esac
done

classes=()
IFS=',' read -ra wanted <<< "$scenarios"
for scenario in "${wanted[@]}"; do
  case "$scenario" in
    broker-outage) classes+=(BrokerOutageIT) ;;
    analytics-kill) classes+=(AnalyticsKillIT) ;;
    analytics-kill-hot-cell) classes+=('AnalyticsKillIT#analyticsKilledMidBurstIntoOneCellEndsWithExactCellTotals') ;;
    mongo-restart) classes+=(MongoRestartIT) ;;
    rebalance) classes+=(RebalanceIT) ;;
    poison) classes+=(PoisonMessagesIT) ;;
    retries) classes+=(IdempotentRetriesIT) ;;
    faults) classes+=(BrokerOutageIT AnalyticsKillIT MongoRestartIT RebalanceIT PoisonMessagesIT IdempotentRetriesIT) ;;
    load) classes+=(MixedLoadIT) ;;
    fuzz) classes+=(JsonFuzzIT) ;;
    import) classes+=(ImportFuzzIT) ;;
    export) classes+=(ExportEscapingIT) ;;
    defects) classes+=(ReportedDefectsIT) ;;
    access) classes+=(AccessMatrixIT TokenAttacksIT) ;;
    all) classes+=('*IT') ;;
    *) echo "Unknown scenario: $scenario (see $0 --help)" >&2; exit 2 ;;
  esac
done

if [ -n "$build" ]; then
  # The services the suite starts, from this checkout; their own tests are not run here.
  ./mvnw -q -B -ntp ${MVNW_OPTS:-} install -Dmaven.test.skip=true -pl resilience -am
fi
rm -f resilience/target/resilience-results.md
status=0
./mvnw -B -ntp ${MVNW_OPTS:-} verify -pl resilience $profile -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test="$(IFS=,; echo "${classes[*]}")" ${extra[@]+"${extra[@]}"} || status=$?
echo
echo "================ resilience results ================"
cat resilience/target/resilience-results.md 2> /dev/null || echo "(no results: see the output above)"
exit $status
