#!/usr/bin/env bash
# Prepares the production jar for a fast start: extracts it (the JVM can cache classes only from plain
# jars on the class path, not from the jars nested in a Spring Boot fat jar) and records a JDK 25 AOT
# cache (JEP 483/514/515) in a training start that stops once the application context is refreshed.
# The cache holds loaded and linked classes and method profiles; it is only valid for the same JDK and
# the same jars, so prepare it again after every build or JDK upgrade.
# Usage: deploy/prepare-aot-cache.sh [JAR] [DIR]
#   JAR default evaluation-ui/target/evaluation-ui-*.jar (built with ./mvnw -Pproduction package)
#   DIR default ./app; then start with:
#   java -XX:AOTCache=DIR/app.aot -jar DIR/evaluation-ui-<version>.jar
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-$(ls evaluation-ui/target/evaluation-ui-*.jar | head -1)}
dir=${2:-app}
java_home=${JAVA_HOME:-$(.ci/jdk)}
java="$java_home/bin/java"
"$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCache ' \
  || { echo "this JDK has no AOT cache (it needs JDK 25 or newer): start the jar as it is" >&2; exit 2; }
rm -rf "$dir"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
app_jar="$dir/$(basename "$jar")"
# The training start runs the migrations against a throwaway database, never the real one.
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
PINGYI_DATA_DIR=$training PINGYI_ADMIN_PASSWORD=aot-training-$RANDOM \
  "$java" -XX:AOTCacheOutput="$dir/app.aot" -Dspring.context.exit=onRefresh -jar "$app_jar" --server.port=0 \
  >"$training/training.log" 2>&1 || { cat "$training/training.log" >&2; exit 1; }
echo "start with: $java -XX:AOTCache=$dir/app.aot -jar $app_jar"
