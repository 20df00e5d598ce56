#!/usr/bin/env bash
# P6 harness: production jar, start to first page served. Starts the jar RUNS times on an empty
# data directory and a free port, polls /login until it answers 200, prints each time and the median.
# Usage: docs/benchmarks/startup-time.sh [RUNS] [--aot]   (after ./mvnw -Pproduction package)
#   --aot: the jar extracted with a JDK 25 AOT cache (deploy/prepare-aot-cache.sh, run here first),
#   as the README's production section starts it.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
jar=$(ls evaluation-ui/target/evaluation-ui-*.jar | head -1)
java_home=$(.ci/jdk)
jvm_options=()
if [ "${2:-}" = "--aot" ]; then
  JAVA_HOME=$java_home deploy/prepare-aot-cache.sh "$jar" evaluation-ui/target/aot-app >/dev/null
  jvm_options=(-XX:AOTCache=evaluation-ui/target/aot-app/app.aot)
  jar=evaluation-ui/target/aot-app/$(basename "$jar")
fi
times=()
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  port=$(( 20000 + RANDOM % 20000 ))
  start=$(date +%s%N)
  PINGYI_DATA_DIR=$data PINGYI_ADMIN_PASSWORD=startup-bench-$RANDOM "$java_home/bin/java" "${jvm_options[@]}" -jar "$jar" --server.port=$port >"$data/app.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login")" = 200 ]; do
    kill -0 $pid 2>/dev/null || { echo "the app died; see $data/app.log" >&2; exit 1; }
    sleep 0.1
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median start to first page: ${median} ms over $runs runs"
