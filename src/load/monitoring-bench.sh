#!/usr/bin/env bash
# Monitoring benchmark (a command, not a timed test):
#   src/load/monitoring-bench.sh [parties N] [changed entries K] [full re-screen parties M]
# (defaults 100000 100 100000). It starts the packaged service (target/quarkus-app, or BENCH_APP;
# build it first with `./mvnw -B package -DskipTests`) on 127.0.0.1:${BENCH_PORT:-18103} with its
# own data directory under
# target/monitoring-bench and an admin made for the run, waits until it is ready, then:
#  1. loads N generated parties (src/load/monitoring_data.py, from ../shared/data: Faker name
#     components, non-sanctioned company names, OFAC aliases with one letter changed) into the
#     watchlist bench-delta in CSV batches of 10,000 (each party is screened as it is added), and
#     prints the rate;
#  2. uploads a custom list version (custom-bench) of K entries, all new, half of them variations of
#     watched parties' names, and prints the delta re-screen's duration (the service's log line
#     "List change ... re-screened against the watched parties: A alerts in T ms") and the
#     upload's wall time (the re-screen runs before the upload answers);
#  3. runs a full re-screen (POST /api/v1/watchlists/{name}/rescreen, polling
#     GET /api/v1/rescreens/{id}) of M parties against the bundled lists and the custom list: of
#     bench-delta itself when M = N, else of a watchlist bench-full loaded with M parties.
# Each step prints its wall time, the service's CPU seconds (user + system, from /proc) and the
# load average. Stops the service. SCREENING_JAVA_OPTS sets the JVM options (default -Xmx1g);
# BENCH_JFR=1 records a JFR profile into target/monitoring-bench/bench.jfr.
set -euo pipefail

n="${1:-100000}"; k="${2:-100}"; m="${3:-$n}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
app="${BENCH_APP:-$root/target/quarkus-app}"
[[ -f "$app/quarkus-run.jar" ]] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }
port="${BENCH_PORT:-18103}"
base="http://127.0.0.1:$port"
work="$root/target/monitoring-bench"
rm -rf "$work"; mkdir -p "$work/parties" "$work/full"
classpath="$app/app/*:$app/lib/main/*:$app/quarkus/*"
secret="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
hash="$(java -cp "$classpath" io.sanctionscreen.web.security.PasswordHash "$secret")"
now() { date +%s.%N; }
cpu() { awk '{ printf "%.1f", ($14 + $15) / '"$(getconf CLK_TCK)"' }' "/proc/$pid/stat"; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

echo "generating $n parties"
python3 "$root/src/load/monitoring_data.py" parties "$n" "$work/parties/p" 10000
python3 "$root/src/load/monitoring_data.py" list "$k" "$work/parties" "$work/list.csv" 1
if (( m != n )); then python3 "$root/src/load/monitoring_data.py" parties "$m" "$work/full/p" 10000; fi

java ${BENCH_JFR:+-XX:StartFlightRecording=filename=$work/bench.jfr,settings=profile} ${SCREENING_JAVA_OPTS:--Xmx1g -XX:+ExitOnOutOfMemoryError} \
  -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=$port \
  -Dscreening.data-dir="$work/data" \
  -Dscreening.security.bootstrap-admin=false \
  -Dscreening.security.users.bench-admin.password-hash="$hash" \
  -Dscreening.security.users.bench-admin.roles=admin,officer \
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
auth=(-u "bench-admin:$secret")

load() { # watchlist, directory
  curl -fsS "${auth[@]}" -X PUT "$base/api/v1/watchlists/$1" -H 'Content-Type: application/json' \
    -d '{"description":"benchmark","purpose":"INVESTMENT","threshold":0.85}' >/dev/null
  local t0 c0 count=0 f
  t0=$(now); c0=$(cpu)
  for f in "$2"/*.csv; do
    curl -fsS "${auth[@]}" --max-time 3600 -X POST "$base/api/v1/watchlists/$1/parties" \
      -H 'Content-Type: text/csv' --data-binary @"$f" >/dev/null
    count=$((count + $(wc -l <"$f") - 1))
    local t; t=$(secs "$t0" "$(now)")
    echo "  $1: $count parties in $t s ($(awk -v c=$count -v t="$t" 'BEGIN { printf "%.0f", c / t }')/s), service CPU $(awk -v a="$c0" -v b="$(cpu)" 'BEGIN { printf "%.1f", b - a }') s, load $(cut -d' ' -f1 /proc/loadavg)"
  done
}

echo "1. loading $n parties into bench-delta"
load bench-delta "$work/parties"
sleep 2
echo "2. custom list version with $k new entries"
c0=$(cpu); t0=$(now)
curl -fsS "${auth[@]}" -X POST "$base/api/v1/lists/custom-bench/import" \
  -H 'Content-Type: application/octet-stream' --data-binary @"$work/list.csv" >/dev/null
echo "  upload answered after $(secs "$t0" "$(now)") s"
for _ in $(seq 1 600); do grep -q "List change custom-bench@" "$work/service.log" && break; sleep 1; done
grep -o "List change custom-bench@.*" "$work/service.log" | sed 's/^/  /'
echo "  service CPU for the upload and its re-screen: $(awk -v a="$c0" -v b="$(cpu)" 'BEGIN { printf "%.1f", b - a }') s, load $(cut -d' ' -f1 /proc/loadavg)"

full=bench-delta
if (( m != n )); then echo "   loading $m parties into bench-full"; load bench-full "$work/full"; full=bench-full; fi
echo "3. full re-screen of $full ($m parties)"
location="$(curl -fsS "${auth[@]}" -X POST -D - -o /dev/null "$base/api/v1/watchlists/$full/rescreen" \
  | tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')"
c0=$(cpu); t0=$(now)
while true; do
  job="$(curl -fsS "${auth[@]}" "$base$location")"
  case "$job" in *'"status":"QUEUED"'*|*'"status":"RUNNING"'*) ;; *) break ;; esac
  sleep 1
done
echo "  $job"
echo "  polled until done: $(secs "$t0" "$(now)") s, service CPU $(awk -v a="$c0" -v b="$(cpu)" 'BEGIN { printf "%.1f", b - a }') s, load $(cut -d' ' -f1 /proc/loadavg)"
curl -fsS "$base/q/metrics" 2>/dev/null | grep '^monitoring_rescreen_duration_seconds_\(sum\|count\)' | sed 's/^/  /' || true
