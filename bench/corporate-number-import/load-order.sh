#!/usr/bin/env bash
# Load-order benchmark (issue 21) on the embedded PostgreSQL 17 that the tests use, on a database kept between runs.
#   1. once: a migrated database in target/pg21 (any one test run with a kept data directory):
#        ./mvnw -B -o test -Dtest=HubTablesTests -Dkyoten.embedded-database.data-dir=$PWD/target/pg21
#   2. bash bench/corporate-number-import/load-order.sh [rows]     (default 1000000)
# The server runs as nobody (PostgreSQL refuses root) on 127.0.0.1:54321; the data set (bench21_src) is generated
# in SQL on the first run and kept; every run loads it again into fresh hubs.
set -euo pipefail
rows=${1:-1000000}
dir=$(pwd)/target/pg21
bin=$(ls -d /tmp/embedded-pg/PG-*/bin | head -1)
if ! psql -h 127.0.0.1 -p 54321 -U postgres -Atc 'select 1' >/dev/null 2>&1; then
  chown -R nobody:nogroup "$dir"
  rm -f "$dir/postmaster.pid"
  setsid setpriv --reuid=65534 --regid=65534 --clear-groups "$bin/postgres" -D "$dir" -p 54321 -F \
    -c synchronous_commit=off -c timezone=UTC -c shared_buffers=512MB -c listen_addresses=127.0.0.1 \
    -c max_wal_size=4GB -k /tmp > target/pg21.log 2>&1 &
  sleep 5
fi
uptime
psql -h 127.0.0.1 -p 54321 -U postgres -v rows="$rows" -f bench/corporate-number-import/load-order-data.sql
psql -h 127.0.0.1 -p 54321 -U postgres -v rows="$rows" -f bench/corporate-number-import/load-order.sql
uptime
# stop it afterwards by its pid: head -1 target/pg21/postmaster.pid
