#!/usr/bin/env bash
# In-process CPU time per screening (normalize + candidate query + scoring), one thread, on the
# packaged build's bundled generation: src/load/cpu.sh [queries] [passes] [pool] [jfr-file]
# Needs `./mvnw -B package -DskipTests` first; queries from LOAD_QUERIES (default ../shared/eval/dev.csv).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
app="$root/target/quarkus-app"
queries="${LOAD_QUERIES:-$root/../shared/eval/dev.csv}"
jfr=()
if [[ -n "${4:-}" ]]; then jfr=("-XX:StartFlightRecording=filename=$4,settings=profile"); fi
java -Xmx1g "${jfr[@]}" -cp "$app/app/*:$app/lib/main/*:$app/quarkus/*" \
  "$root/src/load/ScreeningCpu.java" "$queries" "${1:-1500}" "${2:-6}" "${3:-200}"
