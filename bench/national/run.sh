#!/bin/sh
# The national KPI table over 47 Pro hubs × 10 fiscal years (bench/national/README.md). Run by hand, on a quiet machine
# if you can; report `uptime` beside the figures. Writes target/benchmark/national.txt.
set -e
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
uptime
./mvnw -B -o test -Dtest=NationalKpiBenchmark -Dkyoten.test.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false
uptime
cat target/benchmark/national.txt
