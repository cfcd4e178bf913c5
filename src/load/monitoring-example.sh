#!/usr/bin/env bash
# Runs the README's worked example of monitoring (section "Worked example: a watchlist of deals")
# against the packaged service, and checks each answer:
#   src/load/monitoring-example.sh
# It reads the example's commands from README.md (the sh block between the markers
# "monitoring-example: begin" and "end"), so that what runs is exactly what the README says, runs
# them step by step (a step is a group of lines between blank lines) in one shell, and checks each
# step's output with the check of the same number below. It starts target/quarkus-app (build it
# first with `./mvnw -B package -DskipTests`) on 127.0.0.1:${EXAMPLE_PORT:-18103} with its own data
# directory under target/monitoring-example and the users the example names (admin, alice, bob, desk),
# and stops it at the end. EXAMPLE_JAVA_OPTS adds JVM options or system properties.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
app="${EXAMPLE_APP:-$root/target/quarkus-app}"
[[ -f "$app/quarkus-run.jar" ]] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }
port="${EXAMPLE_PORT:-18103}"
work="$root/target/monitoring-example"
rm -rf "$work"; mkdir -p "$work"
classpath="$app/app/*:$app/lib/main/*:$app/quarkus/*"
secret() { head -c 18 /dev/urandom | base64 | tr -d '/+='; }
hash() { java -cp "$classpath" io.sanctionscreen.web.security.PasswordHash "$1"; }
export ADMIN_SECRET ALICE_SECRET BOB_SECRET DESK_SECRET
ADMIN_SECRET="$(secret)"; ALICE_SECRET="$(secret)"; BOB_SECRET="$(secret)"; DESK_SECRET="$(secret)"

java ${EXAMPLE_JAVA_OPTS:-} -Xmx1g -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
  -Dscreening.data-dir="$work/data" \
  -Dscreening.security.bootstrap-admin=false \
  -Dscreening.security.users.admin.password-hash="$(hash "$ADMIN_SECRET")" \
  -Dscreening.security.users.admin.roles=admin \
  -Dscreening.security.users.alice.password-hash="$(hash "$ALICE_SECRET")" \
  -Dscreening.security.users.alice.roles=officer \
  -Dscreening.security.users.bob.password-hash="$(hash "$BOB_SECRET")" \
  -Dscreening.security.users.bob.roles=officer \
  -Dscreening.security.users.desk.password-hash="$(hash "$DESK_SECRET")" \
  -Dscreening.security.users.desk.roles=screener \
  -Dscreening.lists.refresh.check-every=off \
  -jar "$app/quarkus-run.jar" >"$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
echo "waiting for the service (log: $work/service.log)"
for _ in $(seq 1 900); do
  curl -fsS "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { echo "the service stopped; see $work/service.log" >&2; exit 1; }
  sleep 1
done
# The bundled lists are loaded in the background after readiness: wait until SenseTime's list is.
for _ in $(seq 1 900); do
  curl -fsS -u "admin:$ADMIN_SECRET" "http://127.0.0.1:$port/api/v1/lists" 2>/dev/null \
    | jq -e 'map(select(.source == "us-ofac-cons" and .version != null)) | length == 1' \
      >/dev/null 2>&1 && break
  sleep 1
done

# The README's block, with the service's address in place of localhost:8080.
block="$(awk '/<!-- monitoring-example: begin -->/ { on = 1; next }
              /<!-- monitoring-example: end -->/ { on = 0 }
              on && !/^```/' "$root/README.md" | sed "s#localhost:8080#127.0.0.1:$port#g")"
[[ -n "$block" ]] || { echo "no worked example found in README.md" >&2; exit 2; }
cd "$work"
steps=()
current=""
while IFS= read -r line; do
  if [[ -z "${line// /}" ]]; then
    [[ -n "$current" ]] && steps+=("$current")
    current=""
  else
    current+="$line"$'\n'
  fi
done <<<"$block"
[[ -n "$current" ]] && steps+=("$current")

failed=0
check() { # step number, description, jq expression over the step's output
  if jq -e --arg id "${ID:-}" "$3" <<<"$out" >/dev/null 2>&1; then
    echo "  ok   $2"
  else
    echo "  FAIL $2: $3"; echo "$out" | head -c 2000; echo
    failed=1
  fi
}
for i in "${!steps[@]}"; do
  n=$((i + 1))
  echo "step $n:"; sed 's/^/    /' <<<"${steps[$i]}" | grep -v '^    #' || true
  # In this shell, not a subshell: a step's variables serve the next steps.
  set +eu
  eval "${steps[$i]}" >"$work/step-$n.out" 2>"$work/step-$n.err"
  set -eu
  out="$(cat "$work/step-$n.out")"
  case $n in
    1) ;;
    2) check $n "the watchlist is created for IPO at 0.82" '.name == "hk-ipo-pipeline" and .purpose == "IPO" and .threshold == 0.82' ;;
    3) check $n "three deals added, one alert raised (SenseTime)" '.added == 3 and .replaced == 0 and (.alerts | length) >= 1' ;;
    4) check $n "the alert: deal-0044 on the NS-CMIC list, BLOCK for an IPO" '.party.reference == "deal-0044" and .outcome == "BLOCK" and .status == "OPEN"' ;;
    5) check $n "alice's false positive waits for approval" '.status == "PENDING_APPROVAL" and .decidedBy == "alice"' ;;
    6) check $n "alice cannot approve her own decision (409 four-eyes)" '.status == 409 and (.type | test("four-eyes"))' ;;
    7) check $n "bob approves: cleared, with its history" '.status == "CLEARED" and .approvedBy == "bob" and ([.history[].action] == ["RAISED", "FALSE_POSITIVE", "APPROVED"])' ;;
    8) check $n "the bank's list, version 1: MQ-1" '.source == "custom-bank-blocks" and .entryCount == 1' ;;
    9) check $n "one open alert: deal-0042 on custom-bank-blocks:MQ-1, raised by the list change, REVIEW" '.total == 1 and .alerts[0].party.reference == "deal-0042" and .alerts[0].entityId == "custom-bank-blocks:MQ-1" and (.alerts[0].raisedBy | startswith("list-change:custom-bank-blocks@")) and .alerts[0].outcome == "REVIEW"' ;;
    10) check $n "alice clears it alone (REVIEW)" '.status == "CLEARED" and .decision == "FALSE_POSITIVE"' ;;
    11) check $n "the entry changes: MQ-1 modified" '.source == "custom-bank-blocks" and .modified == 1' ;;
    12) check $n "the alert comes back, linked to the decision" '.total == 1 and .alerts[0].entityId == "custom-bank-blocks:MQ-1" and .alerts[0].previous.decision == "FALSE_POSITIVE" and .alerts[0].previous.status == "CLEARED" and .alerts[0].previous.decidedBy == "alice"' ;;
    13) check $n "its history says RAISED_AGAIN" '[.history[].action] == ["RAISED_AGAIN"]' ;;
    14) check $n "a screening naming the watchlist and deal-0044: SenseTime suppressed by the cleared decision" '[.hits[] | select(.suppressedBy.alertId == ($id | tonumber)) | .suppressedBy | .decidedBy == "alice" and .approvedBy == "bob" and .party == "deal-0044"] == [true]' ;;
    15) check $n "a full re-screen is queued" '.status == "QUEUED" or .status == "RUNNING"' ;;
    16) check $n "the re-screen is done and raised nothing twice" '.status == "DONE" and .done == 3 and .alertsRaised == 0' ;;
    *) echo "  no check for step $n"; failed=1 ;;
  esac
done
((${#steps[@]} == 16)) || { echo "the README's example has ${#steps[@]} steps; this script checks 16" >&2; failed=1; }
if ((failed)); then echo "FAILED"; exit 1; fi
echo "the README's worked example ran as written: every answer as it says"
