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
"$bench" suite --reuse "$work/kept/store" > "$work/again.out" 2>&1 || fail "--reuse exited $?"
grep -qF "| queue page" "$work/again.out" || fail "--reuse printed no query rows"
! grep -qF "| import" "$work/again.out" || fail "--reuse imported again"
"$bench" suite --items nope > /dev/null 2>&1 && fail "a bad --items was accepted"
echo "bench-smoke: 1 passed"
