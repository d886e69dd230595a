#!/usr/bin/env bash
# Reproduces the "Build throughput and scale" figures of docs/BENCHMARKS.md.
# Usage (from the repository root): bash bench/scale/run.sh [step...]
# Steps: bbc (1x end to end), scale (1x, 4x, 16x memory), incremental,
# agnews (AG News CSV end to end against cayley load of its export),
# store (kg's batched write vs `cayley load`, bbolt), postgres (the same on
# PostgreSQL; needs KG_TEST_POSTGRES, see .ci/postgres.sh). Default: all.
# Work files go to $KG_BENCH_DIR (default /tmp/kg-bench). Needs GNU time
# (apt-get install time) and the stock cayley binary at $CAYLEY (built from
# the module cache if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
W=${KG_BENCH_DIR:-/tmp/kg-bench}
mkdir -p "$W"
BBC=../shared/data/news-bbc/bbc
CAYLEY=${CAYLEY:-$W/cayley}
steps=${*:-bbc scale incremental agnews store postgres}

go build -o "$W/kg" ./cmd/kg
KG=$W/kg
if [ ! -x "$CAYLEY" ]; then
	ver=$(awk '$1 == "github.com/cayleygraph/cayley" {print $2}' go.mod)
	mkdir -p "$W/cayley-src"
	printf 'module scratch\n\ngo 1.26\n\nrequire github.com/cayleygraph/cayley %s\n' "$ver" > "$W/cayley-src/go.mod"
	cp go.sum "$W/cayley-src/"
	(cd "$W/cayley-src" && GOFLAGS=-mod=mod go build -o "$CAYLEY" github.com/cayleygraph/cayley/cmd/cayley)
fi

# measure NAME CMD...: runs CMD under GNU time, sampling the process's
# anonymous and file-backed resident memory; prints one line of figures.
measure() {
	local name=$1; shift
	/usr/bin/time -v -o "$W/$name.time" "$@" > "$W/$name.out" 2> "$W/$name.err" &
	local tpid=$! peak_anon=0 peak_file=0
	while kill -0 $tpid 2>/dev/null; do
		for p in $(pgrep -P $tpid 2>/dev/null); do
			read -r a f < <(awk '/RssAnon/{a=$2}/RssFile/{f=$2}END{print a+0, f+0}' /proc/$p/status 2>/dev/null || echo "0 0")
			[ "$a" -gt "$peak_anon" ] && peak_anon=$a
			[ "$f" -gt "$peak_file" ] && peak_file=$f
		done
		sleep 0.2
	done
	wait $tpid || true
	local wall rss user sys
	wall=$(awk -F': ' '/Elapsed/{print $2}' "$W/$name.time")
	rss=$(awk -F': ' '/Maximum resident/{print $2}' "$W/$name.time")
	user=$(awk -F': ' '/User time/{print $2}' "$W/$name.time")
	sys=$(awk -F': ' '/System time/{print $2}' "$W/$name.time")
	printf '%-28s wall %8s  cpu %6.1fs  peak RSS %5d MB (anon %4d MB, file %4d MB)  load %s\n' \
		"$name" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024)) $((peak_anon / 1024)) $((peak_file / 1024)) "$(cut -d' ' -f1 /proc/loadavg)"
}

# corpus N: the BBC articles N times as JSONL, copy c>0 of each article
# with a line "(copy c)" appended so that it is a new document.
corpus() {
	local n=$1 out=$W/bbc-${1}x.jsonl
	[ -f "$out" ] || python3 - "$BBC" "$n" > "$out" <<'PY'
import json, os, sys
root, n = sys.argv[1], int(sys.argv[2])
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith('.txt') and f != 'README.TXT')
for c in range(n):
    for p in files:
        t = open(p, 'rb').read().decode('utf-8', 'replace')
        if c: t += '\n(copy %d)\n' % c
        print(json.dumps({'id': '%s/%d' % (os.path.relpath(p, root), c), 'text': t}))
PY
	echo "$out"
}

for step in $steps; do case $step in
bbc)
	echo "== BBC, 1x, end to end ($(nproc) cores)"
	for i in 1 2 3; do
		rm -rf "$W/bbc.db"
		measure "bbc-1x-run$i" "$KG" build --json --db "$W/bbc.db" "$BBC"
		grep -E '"(stored|quads|seconds|write_seconds)"' "$W/bbc-1x-run$i.out" | tr -d '\n '; echo
	done ;;
scale)
	echo "== memory at 1x, 4x, 16x (JSONL)"
	for n in 1 4 16; do
		c=$(corpus $n)
		rm -rf "$W/scale.db"
		measure "bbc-${n}x" "$KG" build --json --db "$W/scale.db" "$c"
		grep -E '"(stored|quads|seconds|write_seconds)"' "$W/bbc-${n}x.out" | tr -d '\n '; echo
		du -sh "$W/scale.db"
	done ;;
incremental)
	echo "== incremental: 10 new articles into an empty store, and into the store of the 16x scale step"
	for r in 1 2 3; do
		mkdir -p "$W/ten$r"; rm -f "$W/ten$r/"*
		i=0; for f in $(ls $BBC/tech/*.txt | sed -n 1,10p); do cp "$f" "$W/ten$r/$i.txt"; echo "(new $i, run $r)" >> "$W/ten$r/$i.txt"; i=$((i+1)); done
		rm -rf "$W/empty.db"
		measure "ten-into-empty-$r" "$KG" build --json --db "$W/empty.db" "$W/ten$r"
		grep -E '"(stored|quads|seconds|write_seconds)"' "$W/ten-into-empty-$r.out" | tr -d '\n '; echo
		measure "ten-into-16x-$r" "$KG" build --json --db "$W/scale.db" "$W/ten$r"
		grep -E '"(stored|quads|seconds|write_seconds)"' "$W/ten-into-16x-$r.out" | tr -d '\n '; echo
	done ;;
store)
	echo "== store writes, bbolt: kg WriteDocuments (replay) vs cayley load, same quads"
	[ -f "$W/bbc.nq" ] || "$KG" export --db "$W/bbc.db" > "$W/bbc.nq"
	go test -c -o "$W/graph.test" ./graph
	for r in ${KG_BENCH_REPEAT:-1 2 3}; do
		rm -rf "$W/cl.db"
		measure "cayley-load-$r" "$CAYLEY" load --init --db bolt --dbpath "$W/cl.db" -i "$W/bbc.nq"
		(cd "$W" && KG_BENCH_NQ="$W/bbc.nq" ./graph.test -test.run XXX -test.bench 'Replay/batch-(128|128-10k|1024-250k)$' -test.benchtime 1x) | grep Benchmark
	done ;;
agnews)
	echo "== AG News CSV end to end, and cayley load of its export"
	AG=../shared/data/news-agnews/test.csv
	for i in 1 2; do
		rm -rf "$W/ag.db"
		measure "agnews-$i" "$KG" build --json --csv-header class,title,text --db "$W/ag.db" "$AG"
		grep -E '"(stored|quads|seconds|write_seconds)"' "$W/agnews-$i.out" | tr -d '\n '; echo
	done
	"$KG" export --db "$W/ag.db" > "$W/ag.nq"
	for i in 1 2; do
		rm -rf "$W/cl-ag.db"
		measure "cayley-load-agnews-$i" "$CAYLEY" load --init --db bolt --dbpath "$W/cl-ag.db" -i "$W/ag.nq"
	done ;;
postgres)
	echo "== store writes, PostgreSQL: kg (WriteDocuments, 4 connections) vs Cayley (ApplyDeltas; cayley load), first 200 BBC articles"
	: "${KG_TEST_POSTGRES:?set KG_TEST_POSTGRES (bash .ci/postgres.sh starts a server)}"
	if [ ! -f "$W/bbc200.nq" ]; then
		mkdir -p "$W/bbc200"; rm -f "$W/bbc200/"*
		for f in $(ls $BBC/*/*.txt | sed -n 1,200p); do cp "$f" "$W/bbc200/$(basename "$(dirname "$f")")-$(basename "$f")"; done
		rm -rf "$W/bbc200.db"; "$KG" build -q --db "$W/bbc200.db" "$W/bbc200"
		"$KG" export --db "$W/bbc200.db" > "$W/bbc200.nq"
	fi
	echo "quads: $(wc -l < "$W/bbc200.nq")"
	go test -c -o "$W/graph.test" ./graph
	for r in ${KG_BENCH_REPEAT:-1 2 3}; do
		(cd "$W" && KG_BENCH_NQ="$W/bbc200.nq" ./graph.test -test.run XXX -test.bench 'ReplayPostgres' -test.benchtime 1x) | grep Benchmark
		schema=kgbench_cl_$r
		psql -q "$KG_TEST_POSTGRES" -c "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema"
		measure "cayley-load-postgres-$r" "$CAYLEY" load --init --db postgres --dbpath "$KG_TEST_POSTGRES&search_path=$schema" -i "$W/bbc200.nq"
		psql -q "$KG_TEST_POSTGRES" -c "DROP SCHEMA $schema CASCADE"
	done ;;
esac; done
