#!/usr/bin/env bash
# Sourced by .ci/run: installs PostgreSQL from Debian's packages if needed,
# starts a throwaway cluster on 127.0.0.1:$KG_PG_PORT (owned by the postgres
# user, trust authentication on loopback only) with a database "kg", stops
# it when the calling shell exits, and exports KG_TEST_POSTGRES so that the
# PostgreSQL tests (graph, cmd/kg) run instead of skipping.
# Also usable by hand: `bash .ci/postgres.sh` prints the URL and leaves the
# cluster running (stop it with the pg_ctl line it prints).
KG_PG_PORT=${KG_PG_PORT:-55432}
KG_PG_DATA=${KG_PG_DATA:-/tmp/kg-ci-pgdata}
echo "== postgresql"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi
kg_pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
if [ ! -f "$KG_PG_DATA/PG_VERSION" ]; then
	mkdir -p "$KG_PG_DATA" && chown postgres: "$KG_PG_DATA"
	su postgres -c "$kg_pg_bin/initdb -D $KG_PG_DATA -A trust -U postgres --no-sync" >/dev/null
fi
if ! su postgres -c "$kg_pg_bin/pg_ctl -D $KG_PG_DATA status" >/dev/null 2>&1; then
	su postgres -c "$kg_pg_bin/pg_ctl -D $KG_PG_DATA -o '-p $KG_PG_PORT -k /tmp -c listen_addresses=127.0.0.1' -l $KG_PG_DATA/log -w start" >/dev/null
fi
su postgres -c "$kg_pg_bin/psql -h 127.0.0.1 -p $KG_PG_PORT -U postgres -Atc \"SELECT 1 FROM pg_database WHERE datname='kg'\"" | grep -q 1 ||
	su postgres -c "$kg_pg_bin/createdb -h 127.0.0.1 -p $KG_PG_PORT -U postgres kg"
export KG_TEST_POSTGRES="postgres://postgres@127.0.0.1:$KG_PG_PORT/kg?sslmode=disable"
"$kg_pg_bin/postgres" --version
echo "KG_TEST_POSTGRES=$KG_TEST_POSTGRES"
echo "(stop: su postgres -c '$kg_pg_bin/pg_ctl -D $KG_PG_DATA stop')"
