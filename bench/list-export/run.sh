#!/bin/sh
# bench/list-export: a 100,000-row consultation list exported whole (CSV and xlsx) through ListExports under a capped
# heap, beside the same statement read with and without the cursor. Run by hand; report `uptime` beside the figures.
set -e
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
ROWS=${1:-100000}
HEAP=${2:-256m}
uptime
./mvnw -q -B -o test -Dkyoten.test.excludedGroups=none -Dtest=ListExportBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -Dkyoten.bench.exportRows="$ROWS" -DargLine=-Xmx"$HEAP" 2>&1 \
    | grep -a '\[benchmark\]'
uptime
