#!/usr/bin/env bash
# The talent benchmark (bench/talent/README.md): the talent search over 100,000 profiles and planning a matching event
# of 50 companies x 150 talent. Run by hand on an idle machine; report `uptime` beside the figures.
#   bench/talent/run.sh                      # 100,000 profiles, 50 iterations (about 8 minutes)
#   TALENT=2000 ITERATIONS=10 bench/talent/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
echo "### $(date -u +%FT%TZ) start, load $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -o test -Dtest=TalentBenchmark -Dkyoten.test.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dkyoten.bench.talent="${TALENT:-100000}" -Dkyoten.bench.iterations="${ITERATIONS:-50}"
echo "### $(date -u +%FT%TZ) end, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "figures: bench/results/talent-$(date +%F).txt"
