#!/usr/bin/env bash
# The benchmark suite at a small scale: it runs end to end (import, notices, every query row,
# escalation, report, keystrokes), prints its whole table, keeps the store with --keep and
# times it again with --reuse. The figures themselves are not checked here (README, Benchmarks).
set -euo pipefail
cd "$(dirname "$0")/../.."
bench="$(swift build --show-bin-path)/flagdesk-bench"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TZ=UTC LANG=C.UTF-8 HOME="$work/home" TMPDIR="$work"
mkdir -p "$HOME"

fail() {
    echo "bench-smoke.sh: FAILED: $1" >&2
    exit 1
}
"$bench" suite --items 3000 --keep "$work/kept" > "$work/first.out" 2> "$work/first.err" ||
    fail "suite exited $?: $(cat "$work/first.err")"
for row in "import 3,000 rows (CSV)" "queue page" "search, rare word" "search, common words" \
    "deadlines due this week" "escalate --dry-run (" "annual report" "TUI keystroke"; do
    grep -qF "| $row" "$work/first.out" || fail "no '$row' row in: $(cat "$work/first.out")"
done
grep -q "Flagdesk bench: 3,000 items, 600 documents, 600 deadlines" "$work/first.out" ||
    fail "unexpected totals: $(head -1 "$work/first.out")"
! grep -q "n/a" "$work/first.out" || fail "a row could not be timed: $(cat "$work/first.out")"
# The bench store is a real desk: verify finds nothing to report (issue 14).
grep -qE "^\| verify \([0-9,]+ sealed rows; clean\)" "$work/first.out" ||
    fail "the bench store does not verify clean: $(grep -F "| verify" "$work/first.out")"
# The desk's views on the kept store, each opened from the queue (issue 17).
"$bench" desk --reuse "$work/kept/store" --keys 20 > "$work/desk.out" 2>&1 || fail "desk exited $?"
for view in "first frame" "deadlines (D)" "approvals (A)" "people (P)" "replies (M)" "queue (1)"; do
    grep -qF "$view" "$work/desk.out" || fail "no '$view' line in: $(cat "$work/desk.out")"
done
grep -qF "deadlines (D): opened in" "$work/desk.out" && grep -F "deadlines (D)" "$work/desk.out" | grep -qF "[Deadlines (" ||
    fail "D did not open the deadlines: $(cat "$work/desk.out")"
grep -F "people (P)" "$work/desk.out" | grep -qF "[People (" || fail "P did not open the people: $(cat "$work/desk.out")"
"$bench" suite --reuse "$work/kept/store" > "$work/again.out" 2>&1 || fail "--reuse exited $?"
grep -qF "| queue page" "$work/again.out" || fail "--reuse printed no query rows"
! grep -qF "| import" "$work/again.out" || fail "--reuse imported again"
# An import into the kept store (every import after a desk's first): 500 more rows, the store
# verifies clean afterwards.
"$bench" suite --reuse "$work/kept/store" --only import --items 500 > "$work/more.out" 2>&1 ||
    fail "--reuse --only import exited $?: $(cat "$work/more.out")"
grep -qF "| import 500 rows (CSV) into a store of 3,000 items |" "$work/more.out" ||
    fail "no import row for the kept store: $(cat "$work/more.out")"
"$bench" suite --reuse "$work/kept/store" > "$work/grown.out" 2>&1 || fail "--reuse after the import exited $?"
grep -q "Flagdesk bench: 3,500 items" "$work/grown.out" || fail "the kept store did not grow: $(head -1 "$work/grown.out")"
grep -qE "^\| verify \([0-9,]+ sealed rows; clean\)" "$work/grown.out" ||
    fail "the grown store does not verify clean: $(grep -F "| verify" "$work/grown.out")"
"$bench" suite --items nope > /dev/null 2>&1 && fail "a bad --items was accepted"
echo "bench-smoke: 1 passed"
