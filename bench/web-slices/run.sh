#!/usr/bin/env bash
# Times the same checks as a web slice (@WebSliceTest) and in the whole application (@KyotenSpringTest), each class
# in a JVM of its own, as a developer runs one test class: ./bench/web-slices/run.sh [Class ...]
# Prints, per class: the load before it, Maven's wall time, the context's start ("Started ... in"), the class's time
# in surefire's report (start-up included) and its tests' own time (start-up excluded).
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
classes=("$@")
if [ ${#classes[@]} -eq 0 ]; then
  classes=(InstitutionPagesTests InstitutionsApiTests InstitutionRegistryTests FeedPagesTests CalendarFeedTests)
fi
./mvnw -B -q -o test-compile
printf '%-44s %-16s %8s %9s %9s %9s\n' class load wall_s started_s class_s tests_s
for c in "${classes[@]}"; do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  log=$(mktemp)
  t0=$(date +%s.%N)
  ./mvnw -B -o surefire:test -Dtest="$c" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || { tail -40 "$log"; exit 1; }
  t1=$(date +%s.%N)
  started=$(grep -o "Started $c in [0-9.]*" "$log" | awk '{print $NF}' | head -1)
  report=$(ls target/surefire-reports/TEST-*."$c".xml)
  class_s=$(grep -o '<testsuite [^>]*' "$report" | grep -o ' time="[0-9.]*"' | head -1 | grep -o '[0-9.]*')
  tests_s=$(grep -o '<testcase [^>]*time="[0-9.]*"' "$report" | grep -o 'time="[0-9.]*"' | grep -o '[0-9.]*' | paste -sd+ | bc)
  printf '%-44s %-16s %8.1f %9s %9s %9s\n' "$c" "$load" "$(echo "$t1 - $t0" | bc)" "${started:-?}" "$class_s" "$tests_s"
  rm -f "$log"
done
