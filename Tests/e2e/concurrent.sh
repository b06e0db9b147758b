#!/usr/bin/env bash
# End-to-end: two real processes writing at once (issue #8). A long import holds the store's
# write lock for its whole transaction; meanwhile
#   1. a CLI triage waits, says so in one line on stderr, and then succeeds (nothing is lost);
#   2. with `[store] wait_seconds = 1` an edit gives up with the clear "store is busy" message
#      (exit 75), never SQLite's "database is locked", and changes nothing;
#   3. the TUI (under tmux) shows on its status line that it waits, then triages;
#   4. two edits of one document from the same version, at once: one wins, one is refused as stale.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in sqlite3 tmux python3; do
    command -v "$tool" > /dev/null || { echo "concurrent.sh: $tool is not installed" >&2; exit 1; }
done
bin="$(swift build --show-bin-path)/flagdesk"
work=$(mktemp -d)
sock="$work/tmux.sock"
cleanup() {
    tmux -S "$sock" kill-server 2> /dev/null || true
    jobs -p | xargs -r kill 2> /dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export TZ=UTC LANG=C.UTF-8 TERM=xterm-256color HOME="$work/home" XDG_CONFIG_HOME="$work/config" \
    XDG_DATA_HOME="$work/data" TMPDIR="$work/tmp" SUDO_USER=alice
mkdir -p "$HOME" "$TMPDIR"
now="--now=2026-11-23T09:00:00Z"
rows="${CONCURRENT_ROWS:-50000}"

fail() {
    echo "concurrent.sh: FAILED at '$1': $2" >&2
    exit 1
}
store="$work/store"
db="$store/flagdesk.sqlite"
"$bin" init --simulated-clock --demo --store "$store" "$now" > /dev/null
count() { sqlite3 "$db" "SELECT count(*) FROM $1"; }
python3 - "$work" "$rows" << 'PY'
import sys
work, rows = sys.argv[1], int(sys.argv[2])
for name in ("first", "second", "third"):
    with open(f"{work}/{name}.csv", "w") as f:
        f.write("url,category,keywords\n")
        for i in range(rows):
            f.write(f"https://{name}.example/ad/{i},protection-of-minors,human-trafficking\n")
PY
# Starts an import in the background and returns once it holds the write lock (a sqlite3
# `BEGIN IMMEDIATE` that does not wait fails then).
start_import() {
    "$bin" import "$work/$1.csv" --store "$store" "$now" > "$work/$1.out" 2>&1 &
    import_pid=$!
    for _ in $(seq 1 200); do
        if ! sqlite3 "$db" "BEGIN IMMEDIATE; ROLLBACK;" > /dev/null 2>&1; then return 0; fi
        kill -0 "$import_pid" 2> /dev/null || fail "$1 import" "it ended before it was seen writing: $(cat "$work/$1.out")"
        sleep 0.05
    done
    fail "$1 import" "it never took the write lock"
}
still_importing() { kill -0 "$import_pid" 2> /dev/null; }

# 1. A CLI triage waits for the import, says so once, then succeeds.
item=$(sqlite3 "$db" "SELECT reference FROM items WHERE status = 'new' ORDER BY id LIMIT 1")
items_before=$(count items)
start_import first
"$bin" triage "$item" --category protection-of-minors --keyword human-trafficking --store "$store" "$now" \
    > "$work/triage.out" 2> "$work/triage.err" || fail "triage during an import" "exit $?: $(cat "$work/triage.err")"
wait "$import_pid" || fail "first import" "it failed: $(cat "$work/first.out")"
lines=$(grep -c "waiting for another flagdesk process to finish writing" "$work/triage.err" || true)
[ "$lines" -eq 1 ] || fail "triage during an import" "expected one waiting line on stderr, got: $(cat "$work/triage.err")"
! grep -qi "locked" "$work/triage.err" || fail "triage during an import" "SQLite's message reached the user"
[ "$(count items)" -eq $((items_before + rows)) ] || fail "first import" "not every row was stored"
[ "$(sqlite3 "$db" "SELECT status FROM items WHERE reference = '$item'")" = "triaged" ] ||
    fail "triage during an import" "the triage was lost"
echo "concurrent: a CLI triage waited for a $rows-row import and both were kept"

# 2. With a one-second wait the edit gives up with a clear message and changes nothing.
printf '[store]\nwait_seconds = 1\n' > "$work/impatient.toml"
document=$(sqlite3 "$db" "SELECT reference FROM documents WHERE kind = 'dsa-notice' AND status IN ('draft', 'ready') ORDER BY id LIMIT 1")
version=$(sqlite3 "$db" "SELECT version FROM documents WHERE reference = '$document'")
start_import second
status=0
"$bin" edit "$document" --set "explanation=changed during the import" --config "$work/impatient.toml" --store "$store" "$now" \
    > /dev/null 2> "$work/edit.err" || status=$?
still_importing || fail "busy edit" "the import ended before the edit gave up; raise CONCURRENT_ROWS"
wait "$import_pid" || fail "second import" "it failed: $(cat "$work/second.out")"
[ "$status" -eq 75 ] || fail "busy edit" "exit $status, expected 75: $(cat "$work/edit.err")"
grep -qF "the store is busy: another flagdesk process is writing (an import?); try again" "$work/edit.err" ||
    fail "busy edit" "unclear message: $(cat "$work/edit.err")"
! grep -qi "locked" "$work/edit.err" || fail "busy edit" "SQLite's message reached the user"
[ "$(sqlite3 "$db" "SELECT version FROM documents WHERE reference = '$document'")" -eq "$version" ] ||
    fail "busy edit" "the document changed"
echo "concurrent: an edit that could not wait was refused: $(cat "$work/edit.err")"

# 3. The TUI waits with a status line, then saves the triage.
tmux -S "$sock" -f /dev/null new-session -d -x 140 -y 40 -s desk "exec env TERM=screen-256color $bin --store $store $now"
screen() { tmux -S "$sock" capture-pane -p -t desk; }
wait_for() {
    for _ in $(seq 1 "${3:-100}"); do
        if screen | grep -qF -- "$1"; then return 0; fi
        sleep 0.1
    done
    echo "concurrent.sh: FAILED at '$2': '$1' never appeared; the screen was:" >&2
    screen >&2
    exit 1
}
keys() { tmux -S "$sock" send-keys -t desk "$@"; }
wait_for "1:Inbox" "desk opens"
keys 2
keys t
wait_for "Triage FD-" "triage form"
keys Enter
keys -l "violence"
keys Enter j Enter
keys -l "traffick"
keys Space Enter
start_import third
keys s
wait_for "waiting for another flagdesk write (an import?)" "TUI status line while the import runs"
still_importing || fail "TUI waits" "the import ended before the desk was seen waiting"
wait_for "triaged FD-" "TUI triage after the import" 600
wait "$import_pid" || fail "third import" "it failed: $(cat "$work/third.out")"
[ "$(count items)" -eq $((items_before + 3 * rows)) ] || fail "third import" "not every row was stored"
keys q
echo "concurrent: the TUI showed that it waited for the import, then triaged"

# 4. Two edits from the same version at once: exactly one is stored, the other is refused.
version=$(sqlite3 "$db" "SELECT version FROM documents WHERE reference = '$document'")
edits() { sqlite3 "$db" "SELECT COUNT(*) FROM events WHERE entity_id = '$document' AND action = 'edit'"; }
edits_before=$(edits)
for who in alice bob; do
    SUDO_USER=$who "$bin" edit "$document" --set "explanation=edited by $who" --expect-version "$version" \
        --store "$store" "$now" > "$work/$who.out" 2> "$work/$who.err" &
    eval "pid_$who=\$!"
done
status_alice=0 status_bob=0
wait "$pid_alice" || status_alice=$?
wait "$pid_bob" || status_bob=$?
if [ "$status_alice" -eq 0 ]; then winner=alice loser=bob lost=$status_bob; else winner=bob loser=alice lost=$status_alice; fi
[ "$winner" = alice ] && [ "$status_bob" -eq 0 ] && fail "two edits" "both edits were stored"
[ "$winner" = bob ] && [ "$status_bob" -ne 0 ] && fail "two edits" "both edits failed: $(cat "$work"/*.err)"
[ "$lost" -eq 1 ] || fail "two edits" "the stale edit exited $lost: $(cat "$work/$loser.err")"
grep -qF "was changed by someone else" "$work/$loser.err" || fail "two edits" "unclear refusal: $(cat "$work/$loser.err")"
# One edit stored: one `edit` event (a ready notice then completes again: its own event) and the
# winner's text.
[ "$(edits)" -eq $((edits_before + 1)) ] || fail "two edits" "not exactly one edit was recorded"
sqlite3 "$db" "SELECT fields FROM documents WHERE reference = '$document'" | grep -qF "edited by $winner" ||
    fail "two edits" "the winner's text is not the one stored"
"$bin" verify --store "$store" "$now" > /dev/null || fail "verify" "the store does not verify"
echo "concurrent: two edits of $document from version $version: $winner's stored, $loser's refused as stale"
echo "concurrent: 4 passed"
