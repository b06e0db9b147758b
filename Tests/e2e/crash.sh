#!/usr/bin/env bash
# End-to-end crash safety (issue #8): the importer, the escalator and the TUI (under tmux, doing
# writes) are killed with SIGKILL at pseudo-random points. After every kill the store must pass
# `PRAGMA integrity_check` (sqlite3) and `flagdesk verify`, and the counts must agree with what
# was committed: an import is all or nothing, an escalation killed half-way is completed by the
# next run and nothing is drafted twice, and every row the TUI changed has its audit event (and
# every hold/release event its change).
#
# The delays come from bash's generator seeded with CRASH_SEED (printed), so a failing kill can be
# replayed: CRASH_SEED=N bash Tests/e2e/crash.sh. Each kill prints its phase, number and delay.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in sqlite3 tmux python3; do
    command -v "$tool" > /dev/null || { echo "crash.sh: $tool is not installed" >&2; exit 1; }
done
bin="$(swift build --show-bin-path)/flagdesk"
work=$(mktemp -d)
sock="$work/tmux.sock"
cleanup() { tmux -S "$sock" kill-server 2> /dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export TZ=UTC LANG=C.UTF-8 TERM=xterm-256color HOME="$work/home" XDG_CONFIG_HOME="$work/config" \
    XDG_DATA_HOME="$work/data" TMPDIR="$work/tmp" SUDO_USER=alice
mkdir -p "$HOME" "$TMPDIR"
now="--now=2026-11-23T09:00:00Z"
later="--now=2027-03-01T09:00:00Z"
seed="${CRASH_SEED:-20261123}"
RANDOM=$seed
echo "crash: seed $seed (replay: CRASH_SEED=$seed bash Tests/e2e/crash.sh)"
import_kills="${CRASH_IMPORT_KILLS:-24}"
escalate_kills="${CRASH_ESCALATE_KILLS:-14}"
empty_kills="${CRASH_EMPTY_KILLS:-6}"
tui_kills="${CRASH_TUI_KILLS:-12}"
rows=2000
kills=0

fail() {
    echo "crash.sh: FAILED at $1 (seed $seed, delay ${delay:-?} ms): $2" >&2
    exit 1
}
# Sets `delay` (ms) from the seeded generator. Not a command substitution: a subshell would not
# advance the parent's generator, and every delay would be the same.
pick_delay() { delay=$(($1 + (RANDOM * 32768 + RANDOM) % ($2 - $1 + 1))); }
sleep_ms() { sleep "$(printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)))"; }
count() { sqlite3 "$1/flagdesk.sqlite" "SELECT count(*) FROM $2"; }
# The store after a kill: SQLite's own check, then the audit chain and evidence (`verify`).
check_store() {
    local store="$1" step="$2" integrity
    integrity=$(sqlite3 "$store/flagdesk.sqlite" "PRAGMA integrity_check")
    [ "$integrity" = "ok" ] || fail "$step" "PRAGMA integrity_check: $integrity"
    "$bin" verify --store "$store" "$now" > "$work/verify.out" 2>&1 ||
        fail "$step" "flagdesk verify: $(cat "$work/verify.out")"
}
# Runs a command in the background, kills it with SIGKILL after `delay` ms, and waits for it.
run_and_kill() {
    "$@" > "$work/killed.out" 2>&1 &
    local pid=$!
    sleep_ms "$delay"
    kill -KILL "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    kills=$((kills + 1))
}

# 1. Import: each round imports a new file of $rows rows; the item count afterwards is the count
#    before or before + $rows, never in between.
store="$work/import-store"
"$bin" init --simulated-clock --store "$store" "$now" > /dev/null
write_rows() {
    python3 - "$1" "$2" "$rows" << 'PY'
import sys
path, round_number, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(path, "w") as f:
    f.write("url,category,keywords,explanation\n")
    for i in range(rows):
        f.write(f"https://round{round_number}.example/ad/{i},protection-of-minors,human-trafficking,"
                f"\"Advert {i}, recruiting \"\"models\"\"\"\n")
PY
}
write_rows "$work/calibrate.csv" 0
start=$(date +%s%N)
"$bin" import "$work/calibrate.csv" --store "$store" "$now" > /dev/null
import_ms=$((($(date +%s%N) - start) / 1000000))
echo "crash: one import of $rows rows takes $import_ms ms here; kills fall in 0-$((import_ms * 11 / 10)) ms"
before_kept=0
after_kept=0
for round in $(seq 1 "$import_kills"); do
    write_rows "$work/round.csv" "$round"
    before=$(count "$store" items)
    pick_delay 0 $((import_ms * 11 / 10))
    run_and_kill "$bin" import "$work/round.csv" --store "$store" "$now"
    check_store "$store" "import kill $round"
    after=$(count "$store" items)
    if [ "$after" -eq "$before" ]; then
        before_kept=$((before_kept + 1))
    elif [ "$after" -eq $((before + rows)) ]; then
        after_kept=$((after_kept + 1))
    else
        fail "import kill $round" "$before items before, $after after: a partial import of $((after - before)) rows"
    fi
    echo "crash: import kill $round at $delay ms: items $before -> $after"
done
echo "crash: import: $before_kept kills left the store as before, $after_kept after the whole import"

# 1b. The first import into an empty store sets the queue's indexes aside and builds them again
#     before it commits (one transaction): after a kill the store is empty or whole, and every
#     index is there as defined.
empty="$work/empty-store"
# A second desk on this account keeps its own seal key; the copies of it below share it.
export FLAGDESK_SEAL_KEY="$work/empty-store.seal.key"
"$bin" init --simulated-clock --store "$empty" "$now" > /dev/null
indexes() { sqlite3 "$1/flagdesk.sqlite" "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'items' ORDER BY name"; }
defined=$(indexes "$empty")
for round in $(seq 1 "$empty_kills"); do
    rm -rf "$work/first-store"
    cp -a "$empty" "$work/first-store"
    pick_delay 0 $((import_ms * 11 / 10))
    run_and_kill "$bin" import "$work/calibrate.csv" --store "$work/first-store" "$now"
    check_store "$work/first-store" "first import kill $round"
    after=$(count "$work/first-store" items)
    [ "$after" -eq 0 ] || [ "$after" -eq "$rows" ] ||
        fail "first import kill $round" "$after items after the kill: a partial import"
    [ "$(indexes "$work/first-store")" = "$defined" ] ||
        fail "first import kill $round" "the items' indexes differ from their definition"
    echo "crash: first import kill $round at $delay ms: items 0 -> $after, indexes as defined"
done
unset FLAGDESK_SEAL_KEY

# 2. Escalation on a demo desk months later: after a kill, a second run drafts exactly what the
#    killed one did not commit, and a dry run then proposes nothing. The demo desk has its
#    reminders drafted already; this ladder also proposes a DSC complaint for each silent or
#    refused notice, so that one run drafts dozens of documents.
base="$work/demo-base"
# A second desk on this account keeps its own seal key; the copies of it below share it.
export FLAGDESK_SEAL_KEY="$work/demo-base.seal.key"
"$bin" init --simulated-clock --demo --store "$base" "$now" > /dev/null
ladder="$work/ladder.toml"
cat > "$ladder" << 'TOML'
[[escalation]]
from = "dsa-notice"
when = "no-response"
after = "reminder.notice"
propose = ["reminder", "dsc-complaint"]

[[escalation]]
from = "dsa-notice"
when = "rejected"
propose = ["dsa-complaint", "dsc-complaint"]
TOML
reference="$work/demo-reference"
cp -a "$base" "$reference"
start=$(date +%s%N)
"$bin" escalate --config "$ladder" --store "$reference" "$later" > /dev/null
escalate_ms=$((($(date +%s%N) - start) / 1000000))
documents_base=$(count "$base" documents)
documents_full=$(count "$reference" documents)
[ "$documents_full" -ge $((documents_base + 20)) ] || fail "escalate reference" "escalation drafted too little to kill"
echo "crash: escalate drafts $((documents_full - documents_base)) documents in $escalate_ms ms"
for round in $(seq 1 "$escalate_kills"); do
    store="$work/escalate-store"
    rm -rf "$store"
    cp -a "$base" "$store"
    pick_delay 0 $((escalate_ms * 3 / 2))
    run_and_kill "$bin" escalate --config "$ladder" --store "$store" "$later"
    check_store "$store" "escalate kill $round"
    killed=$(count "$store" documents)
    [ "$killed" -ge "$documents_base" ] && [ "$killed" -le "$documents_full" ] ||
        fail "escalate kill $round" "$killed documents after the kill (base $documents_base, full $documents_full)"
    "$bin" escalate --config "$ladder" --store "$store" "$later" > /dev/null || fail "escalate kill $round" "the second run failed"
    check_store "$store" "escalate kill $round, second run"
    completed=$(count "$store" documents)
    [ "$completed" -eq "$documents_full" ] ||
        fail "escalate kill $round" "$completed documents after the second run, $documents_full without a kill"
    "$bin" escalate --config "$ladder" --dry-run --json --store "$store" "$later" > "$work/dry.json"
    left=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["proposals"]))' "$work/dry.json")
    [ "$left" -eq 0 ] || fail "escalate kill $round" "$left proposals left after the second run"
    echo "crash: escalate kill $round at $delay ms: $((killed - documents_base)) committed, second run $((completed - killed))"
done

# 3. The TUI under tmux, triaging an item, approving a document and toggling LEA holds, killed
#    at a random point. Every item or document whose row changed has a new audit event, and
#    each item's hold flag is the base value flipped once per new hold/release event.
ready=$(sqlite3 "$base/flagdesk.sqlite" "SELECT reference FROM documents WHERE status = 'ready' LIMIT 1")
new_item=$(sqlite3 "$base/flagdesk.sqlite" "SELECT reference FROM items WHERE status = 'new' LIMIT 1")
[ -n "$ready" ] && [ -n "$new_item" ] || fail "tui setup" "the demo desk has no ready document or new item"
last_event=$(sqlite3 "$base/flagdesk.sqlite" "SELECT max(id) FROM events")
audit_check() {
    sqlite3 "$1/flagdesk.sqlite" "ATTACH '$base/flagdesk.sqlite' AS b;
        SELECT 'item ' || i.reference || ' changed without an event' FROM items i JOIN b.items o ON o.id = i.id
            WHERE i.version != o.version AND NOT EXISTS (SELECT 1 FROM events e WHERE e.entity = 'item'
                AND e.entity_id = i.reference AND e.id > $last_event)
        UNION ALL
        SELECT 'document ' || d.reference || ' changed without an event' FROM documents d
            JOIN b.documents o ON o.id = d.id
            WHERE d.version != o.version AND NOT EXISTS (SELECT 1 FROM events e WHERE e.entity = 'document'
                AND e.entity_id = d.reference AND e.id > $last_event)
        UNION ALL
        SELECT 'item ' || i.reference || ' hold flag disagrees with its hold/release events' FROM items i
            JOIN b.items o ON o.id = i.id
            WHERE i.lea_hold != (o.lea_hold + (SELECT count(*) FROM events e WHERE e.entity = 'item'
                AND e.entity_id = i.reference AND e.action IN ('hold', 'release') AND e.id > $last_event)) % 2;"
}
keys() { tmux -S "$sock" send-keys -t crash "$@"; }
items_base=$(count "$base" items)
in_progress=0
for round in $(seq 1 "$tui_kills"); do
    store="$work/tui-store"
    rm -rf "$store"
    cp -a "$base" "$store"
    tmux -S "$sock" -f /dev/null new-session -d -x 120 -y 40 -s crash \
        "exec env TERM=screen-256color $bin --store $store $now"
    pid=$(tmux -S "$sock" display-message -p -t crash '#{pane_pid}')
    # Wait for the first frame, so the delay counts from a desk that is working.
    for _ in $(seq 1 100); do
        tmux -S "$sock" capture-pane -p -t crash 2> /dev/null | grep -q "1:Inbox" && break
        sleep 0.05
    done
    # Keys queue up in the terminal until the desk reads them: triage, approve, then holds.
    keys t Enter
    keys -l "violence"
    keys Enter j Enter
    keys -l "traffick"
    keys Space Enter s
    keys : ; keys -l "document $ready"; keys Enter a q
    # Then a hold or release every few milliseconds until the kill, so the desk is always in the
    # middle of its writes when it dies (a fixed batch of keys was done long before the kill).
    rm -f "$work/holds-sent"
    (
        sent=0
        while true; do
            # Counted before sending, so a hold is never committed before it is counted.
            sent=$((sent + 1))
            echo "$sent" > "$work/holds-sent"
            # `y` answers a confirmation should the desk ask one; unbound otherwise.
            keys H y j 2> /dev/null || break
            sleep 0.02
        done
    ) &
    sender=$!
    # The delay counts from the first committed hold: the kill falls inside the stream of writes.
    for _ in $(seq 1 200); do
        [ "$(sqlite3 "$store/flagdesk.sqlite" "SELECT count(*) FROM events WHERE id > $last_event
            AND action IN ('hold', 'release')" 2> /dev/null || echo 0)" -gt 0 ] && break
        sleep 0.1
    done
    pick_delay 0 800
    sleep_ms "$delay"
    kill -KILL "$pid" 2> /dev/null || true
    kill "$sender" 2> /dev/null || true
    wait "$sender" 2> /dev/null || true
    tmux -S "$sock" kill-server 2> /dev/null || true
    kills=$((kills + 1))
    check_store "$store" "tui kill $round"
    [ "$(count "$store" items)" -eq "$items_base" ] || fail "tui kill $round" "the item count changed"
    problems=$(audit_check "$store")
    [ -z "$problems" ] || fail "tui kill $round" "$problems"
    changed=$(sqlite3 "$store/flagdesk.sqlite" "SELECT count(*) FROM events WHERE id > $last_event")
    holds=$(sqlite3 "$store/flagdesk.sqlite" "SELECT count(*) FROM events WHERE id > $last_event
        AND action IN ('hold', 'release')")
    sent=$(cat "$work/holds-sent" 2> /dev/null || true)
    sent=${sent:-0}
    # The kill hit a desk with work left: fewer holds committed than were asked for.
    if [ "$holds" -lt "$sent" ]; then in_progress=$((in_progress + 1)); fi
    echo "crash: tui kill $round $delay ms into the holds: $changed events committed, $holds of $sent holds asked"
done
[ "$in_progress" -ge $((tui_kills * 3 / 4)) ] ||
    fail "tui kills" "only $in_progress of $tui_kills kills hit the desk with writes still to do"
echo "crash: $in_progress of $tui_kills desk kills landed while it was still writing"

[ "$kills" -ge 50 ] || fail "the end" "only $kills kills (at least 50 expected)"
echo "crash: $kills kills, store sound after each (seed $seed)"
