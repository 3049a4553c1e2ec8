#!/bin/sh
# bench/spreadsheet-import: a generated consultation log imported through the moving-in dry run and the batched import,
# beside a plain COPY of the same rows and, in the same JVM and run, the corporate-number registry import of as many
# rows (CorporateNumberImportBenchmark), under a capped heap. Run by hand; report `uptime` beside the figures.
set -e
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
ROWS=${1:-100000}
HEAP=${2:-256m}
uptime
./mvnw -q -B -o test -Dkyoten.test.excludedGroups=none -Dtest='SpreadsheetImportBenchmark,CorporateNumberImportBenchmark' \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbench.rows="$ROWS" -DargLine=-Xmx"$HEAP" 2>&1 \
    | grep -E '^(file|floor|dry run|import|re-import|heap):'
uptime
