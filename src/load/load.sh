#!/usr/bin/env bash
# Load runs against the service on this machine (loopback only), bounded in time:
#   src/load/load.sh [run|soak] [seconds] [connections]
#     run   (default) 60 s of single screenings at full speed: requests/s and latency percentiles,
#           then as long on GET /q/health/live (the HTTP stack's ceiling here) and their ratio, and
#           the run's audit records counted against its 200 answers
# Names rotate over LOAD_QUERIES (a labelled query file, default ../shared/eval/dev.csv: 3,000 of
# its names, shuffled), or over 24 built-in names when there is no such file.
#     soak  600 s at a steady rate, sampling heap and resident memory every 30 s: no errors and no
#           memory growth expected
# It starts the packaged service (target/quarkus-app, build it first with
# `./mvnw -B package -DskipTests`) on 127.0.0.1:18080 with its own data directory under
# target/load, a screener and a monitor user made for the run, and no rate limit; waits until it is
# ready (bundled lists loaded, index built); runs wrk (src/load/screen.lua); prints the figures;
# stops the service. Exit status 1 if any request failed or (soak) memory kept growing.
# It waits, too, until a first start has imported the bundled lists and indexes the imported
# versions: before that, the import's background work shares the cores with the screenings.
# A run prints the service's CPU time per screening (from /proc: user + system over the measured
# seconds, divided by the 200 answers), in total and by thread (executor-thread: the screenings;
# C1/C2 CompilerThread: the JIT still compiling; VM Thread: the serial collector), and the load
# average when it started: on a machine shared with other work, compare CPU per screening, not
# requests/s.
#   LOAD_PORT=18102    another port than 18080
#   LOAD_WARMUP=120    seconds of warm-up before measuring (default 15; the JIT compiles for
#                      thousands of screenings: a short warm-up measures the compiler too)
#   LOAD_JFR=file.jfr  a JFR profile (settings=profile) of the measured screenings only
set -euo pipefail

mode="${1:-run}"
case "$mode" in
  run) seconds="${2:-60}"; connections="${3:-16}"; rate="" ;;
  soak) seconds="${2:-600}"; connections="${3:-8}" ;;
  *) echo "usage: $0 [run|soak] [seconds] [connections]" >&2; exit 2 ;;
esac
if (( seconds > 3600 )); then echo "at most 3600 seconds" >&2; exit 2; fi
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

root="$(cd "$(dirname "$0")/../.." && pwd)"
app="$root/target/quarkus-app"
[[ -f "$app/quarkus-run.jar" ]] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }
port="${LOAD_PORT:-18080}"
base="http://127.0.0.1:$port"
work="$root/target/load"
mkdir -p "$work"
classpath="$app/app/*:$app/lib/main/*:$app/quarkus/*"
hash() { java -cp "$classpath" io.sanctionscreen.web.security.PasswordHash "$1"; }
screener_secret="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
monitor_secret="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
officer_secret="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"

java ${SCREENING_JAVA_OPTS:--Xmx384m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError} \
  -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=$port \
  -Dscreening.data-dir="$work/data" \
  -Dscreening.security.bootstrap-admin=false \
  -Dscreening.security.users.load-screener.password-hash="$(hash "$screener_secret")" \
  -Dscreening.security.users.load-screener.roles=screener \
  -Dscreening.security.users.load-monitor.password-hash="$(hash "$monitor_secret")" \
  -Dscreening.security.users.load-monitor.roles=monitor \
  -Dscreening.security.users.load-officer.password-hash="$(hash "$officer_secret")" \
  -Dscreening.security.users.load-officer.roles=officer \
  -Dscreening.security.rate-limit-per-second=1000000 -Dscreening.security.rate-limit-burst=1000000 \
  -Dscreening.lists.refresh.check-every=off \
  -jar "$app/quarkus-run.jar" >"$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT

echo "waiting for the service to be ready (log: $work/service.log)"
for _ in $(seq 1 600); do
  if curl -fsS "$base/q/health/ready" >/dev/null 2>&1; then break; fi
  kill -0 $pid 2>/dev/null || { echo "the service stopped; see $work/service.log" >&2; exit 1; }
  sleep 1
done
curl -fsS "$base/q/health/ready" >/dev/null
# A first start serves from the bundled generation while it imports the lists into the database in
# the background, then indexes the imported versions: measuring during that work measures the
# import. Wait until every list has a stored version and the index serves them (not version 0).
echo "waiting for the bundled lists' import and the index of the imported versions"
for _ in $(seq 1 900); do
  state="$(curl -fsS "$base/q/health/ready" 2>/dev/null || true)"
  if [[ -n "$state" ]] && ! grep -qE '"no version|"version 0,' <<<"$state"; then break; fi
  kill -0 $pid 2>/dev/null || { echo "the service stopped; see $work/service.log" >&2; exit 1; }
  sleep 1
done

export LOAD_AUTH="Basic $(printf 'load-screener:%s' "$screener_secret" | base64 -w0)"
queries="${LOAD_QUERIES:-$root/../shared/eval/dev.csv}"
if [[ -f "$queries" ]] && command -v python3 >/dev/null; then
  python3 "$root/src/load/bodies.py" "$queries" "$work/bodies.jsonl" 3000
  export LOAD_BODIES="$work/bodies.jsonl"
  echo "names: $(wc -l <"$work/bodies.jsonl") from $queries"
else
  export LOAD_BODIES=""
  echo "names: the 24 built into src/load/screen.lua (no query file at $queries)"
fi
run_id="$(date -u +%Y%m%d%H%M%S)-$$"
# Audit records of a run: the screenings search, by the run's reference.
records() {
  curl -fsS -u "load-officer:$officer_secret" \
    "$base/api/v1/screenings?reference=$1&limit=1" | sed -E 's/^\{"total":([0-9]+).*/\1/'
}
monitor="load-monitor:$monitor_secret"
heap() {
  # Prometheus text: jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1.2E7 (the id holds
  # spaces: the value is the last field)
  curl -fsS -u "$monitor" "$base/q/metrics" \
    | awk '/^jvm_memory_used_bytes\{area="heap"/ {s += $NF} END {printf "%.0f", s / 1048576}'
}
rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status"; }

echo "ready: heap in use $(heap) MB, resident $(rss) MB"

# Warm-up: the JIT and the index's pages, not counted.
LOAD_REFERENCE="warmup-$run_id" wrk -t2 -c"$connections" -d"${LOAD_WARMUP:-15}s" -s "$root/src/load/screen.lua" "$base" >/dev/null

out="$work/wrk-$mode.txt"
export LOAD_REFERENCE="load-$run_id"
# The service's CPU time (user + system, in clock ticks) from /proc: per request, the figure a
# machine shared with other work inflates least.
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz="$(getconf CLK_TCK)"
# Per thread (name without its number: executor-thread, VM Thread (the serial collector), C2
# CompilerThre...), to tell the screenings' own work from the collector's and the JIT's.
thread_ticks() {
  for t in /proc/$pid/task/*; do
    printf '%s\t%s\t%s\n' "${t##*/}" "$(sed -E 's/[-# ]*[0-9]+$//' "$t/comm" 2>/dev/null)" \
      "$(awk '{print $14 + $15}' "$t/stat" 2>/dev/null)"
  done
}
if [[ "$mode" == run ]]; then
  if [[ -n "${LOAD_JFR:-}" ]]; then
    # A profile of the measured screenings only (not the start-up nor the warm-up).
    jcmd $pid JFR.start name=load settings=profile duration="${seconds}s" filename="$LOAD_JFR" >/dev/null
  fi
  echo "== POST /api/v1/screen, ${seconds}s, $connections connections (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  cpu_before="$(ticks)"
  thread_ticks >"$work/threads-before.txt"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$root/src/load/screen.lua" "$base" | tee "$out"
  cpu_after="$(ticks)"
  thread_ticks >"$work/threads-after.txt"
  n="$(awk '/^answers 200:/ {print $3}' "$out")"
  awk -v a="$cpu_before" -v b="$cpu_after" -v hz="$hz" -v n="$n" \
    'BEGIN {printf "service CPU: %.1f s for %d screenings, %.2f ms per screening; by thread:\n", (b - a) / hz, n, 1000 * (b - a) / hz / n}'
  # By thread id (the executor's threads come and go), then by name; a thread that ended during
  # the run is not counted.
  awk -F'\t' -v hz="$hz" -v n="$n" 'NR == FNR {a[$1] = $3; next} $3 != "" {d[$2] += $3 - a[$1]}
      END {for (k in d) if (d[k] > 0) printf "  %7.3f ms  %s\n", 1000 * d[k] / hz / n, k}' \
    "$work/threads-before.txt" "$work/threads-after.txt" | sort -rn | head -8
  [[ -n "${LOAD_JFR:-}" ]] && sleep 2
  echo "== GET /q/health/live (the ceiling), ${seconds}s, $connections connections"
  live="$work/wrk-live.txt"
  wrk -t2 -c"$connections" -d"${seconds}s" -s "$root/src/load/live.lua" "$base/q/health/live" | tee "$live"
  screen_rate="$(awk '/^requests\/s:/ {print $2}' "$out")"
  live_rate="$(awk '/^requests\/s:/ {print $2}' "$live")"
  awk -v s="$screen_rate" -v l="$live_rate" \
    'BEGIN {printf "== screening %.0f/s, liveness %.0f/s: screening is %.1f %% of the ceiling\n", s, l, 100 * s / l}'
else
  echo "soak: ${seconds}s, $connections connections; memory sampled every 30 s (heap after GC is"
  echo "what matters: the used heap of a busy JVM saws up and down between collections)"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$root/src/load/screen.lua" "$base" >"$out" &
  wrk_pid=$!
  samples="$work/soak-memory.txt"
  : >"$samples"
  while kill -0 $wrk_pid 2>/dev/null; do
    sleep 30
    kill -0 $wrk_pid 2>/dev/null || break
    # A full collection first, so the heap figure is what is live, not garbage not yet collected.
    jcmd $pid GC.run >/dev/null 2>&1 || true
    line="$(date -u +%H:%M:%S) heap_mb=$(heap) rss_mb=$(rss)"
    echo "$line" | tee -a "$samples"
  done
  wait $wrk_pid
  cat "$out"
fi

failed=0
if grep -q "statuses:" "$out" && grep "statuses:" "$out" | tr ' ' '\n' | grep -v '^200=' | grep -q '='; then
  echo "FAILED: answers other than 200: $(grep statuses: "$out")"
  failed=1
fi
if grep -qE "socket errors: connect [1-9]|read [1-9]|write [1-9]|timeout [1-9]" "$out"; then
  echo "FAILED: socket errors"
  failed=1
fi
answered="$(awk '/^answers 200:/ {print $3}' "$out")"
recorded="$(records "$LOAD_REFERENCE")"
echo "audit records of the run: $recorded for $answered answers 200 counted by wrk"
# wrk stops counting at the deadline: the screenings in flight then (at most one per connection)
# are recorded and answered, but not counted.
if (( recorded < answered || recorded > answered + connections )); then
  echo "FAILED: audit records and 200 answers differ"
  failed=1
fi
if [[ "$mode" == soak ]]; then
  # Memory growth: the live heap of the last third of the samples against the first third.
  read -r first last < <(awk '{split($2, h, "="); v[NR] = h[2]} END {
      n = NR; t = int(n / 3); if (t < 1) t = 1; a = 0; b = 0
      for (i = 1; i <= t; i++) a += v[i]; for (i = n - t + 1; i <= n; i++) b += v[i]
      printf "%.0f %.0f\n", a / t, b / t}' "$samples")
  echo "live heap: first third of the soak ${first} MB, last third ${last} MB"
  if (( last > first + first / 5 + 32 )); then
    echo "FAILED: the live heap grew by more than 20 % + 32 MB"
    failed=1
  fi
fi
exit $failed
