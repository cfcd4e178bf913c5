#!/usr/bin/env bash
# Start-up times of the packaged service (target/quarkus-app; build it first with
# `./mvnw -B package -DskipTests`), with the JVM options of the README, on 127.0.0.1:18081:
#
#   src/load/startup.sh
#
#   first start   an empty data directory: seconds from launch to /q/health/ready answering 200
#                 (the image's index of the bundled lists serves while they import), then seconds
#                 until the background import has finished
#   restart       the same data directory again: seconds from launch to ready (the stored index
#                 generation is reused)
#
# Also prints the resident memory at ready. Each service it starts is stopped before the next.
# STARTUP_PORT sets another port than 18081 (a second checkout on the same machine).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
app="$root/target/quarkus-app"
[[ -f "$app/quarkus-run.jar" ]] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }
port=${STARTUP_PORT:-18081}
base="http://127.0.0.1:$port"
work="$root/target/startup"
rm -rf "$work"
mkdir -p "$work"
opts=(${SCREENING_JAVA_OPTS:--Xmx384m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError})

pid=""
stop() {
  if [[ -n "$pid" ]]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
  fi
}
trap stop EXIT

now() { date +%s.%N; }

# start <log>: launches the service; sets pid and t0
start() {
  t0=$(now)
  java "${opts[@]}" \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=$port \
    -Dscreening.data-dir="$work/data" \
    -Dscreening.lists.refresh.check-every=off \
    -jar "$app/quarkus-run.jar" >"$1" 2>&1 &
  pid=$!
}

# ready: waits for readiness; prints the seconds since t0
ready() {
  for _ in $(seq 1 3000); do
    if curl -fsS -o /dev/null "$base/q/health/ready" 2>/dev/null; then
      echo "$(now) - $t0" | bc -l | xargs printf '%.1f'
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "the service stopped; see its log" >&2; exit 1; }
    sleep 0.1
  done
  echo "not ready after 300 s" >&2
  exit 1
}

rss() { awk '/VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$pid/status"; }
# CPU seconds the service has used (user + system): the figure a loaded machine does not inflate.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat"; }

start "$work/first.log"
first=$(ready)
first_rss=$(rss)
first_cpu=$(cpu)
# The bundled lists import in the background; their versions then take over the index.
imported=""
for _ in $(seq 1 6000); do
  if grep -q "Index generation now serves the imported versions\|Index generation built" "$work/first.log"; then
    imported=$(echo "$(now) - $t0" | bc -l | xargs printf '%.1f')
    break
  fi
  kill -0 "$pid" 2>/dev/null || { echo "the service stopped; see $work/first.log" >&2; exit 1; }
  sleep 0.1
done
stop

start "$work/restart.log"
restart=$(ready)
restart_rss=$(rss)
restart_cpu=$(cpu)
stop

echo "first start to ready:   $first s wall, $first_cpu s CPU (resident $first_rss); lists imported after ${imported:-?} s"
echo "restart to ready:       $restart s wall, $restart_cpu s CPU (resident $restart_rss)"
echo "logs: $work/first.log, $work/restart.log; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
