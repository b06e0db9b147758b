#!/usr/bin/env bash
# End-to-end: a case across three providers, built from the CLI and from the desk (tmux
# send-keys, capture-pane), drafted as one notice per provider, and exported as one bundle
# that `unzip -t` and `sha256sum -c` accept.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v tmux > /dev/null || { echo "cases.sh: tmux is not installed" >&2; exit 1; }
bin="$(swift build --show-bin-path)/flagdesk"
work=$(mktemp -d)
sock="$work/tmux.sock"
cleanup() { tmux -S "$sock" kill-server 2> /dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export TZ=UTC LANG=C.UTF-8 TERM=xterm-256color HOME="$work/home" XDG_CONFIG_HOME="$work/config" \
    XDG_DATA_HOME="$work/data" TMPDIR="$work/tmp"
mkdir -p "$HOME" "$TMPDIR"
store="$work/store"
# A test desk (init --simulated-clock): every write, from the CLI and the desk, is dated at
# this one instant, so the trail never goes backwards.
now="--now=2026-11-23T09:00:00Z"
fd() { "$bin" "$@" --store "$store" "$now"; }
fail() { echo "cases.sh: FAILED: $*" >&2; exit 1; }

"$bin" init --simulated-clock --store "$store" "$now" > /dev/null
for n in 1 2 3 4 5 6; do printf 'screenshot %s\n' "$n" > "$work/shot$n.png"; done
add() { fd add "$1" --evidence "$2" --keyword human-trafficking --json | sed -n 's/.*"reference" *: *"\(FD-[0-9-]*\)".*/\1/p' | head -n 1; }

# 1. From the CLI: four items on Instagram (two), TikTok and X, one case.
i1=$(add "https://www.instagram.com/p/ring-1" "$work/shot1.png")
i2=$(add "https://www.instagram.com/p/ring-2" "$work/shot2.png")
i3=$(add "https://www.tiktok.com/@ring/video/3" "$work/shot3.png")
i4=$(add "https://x.com/ring/status/4" "$work/shot4.png")
[ -n "$i1" ] && [ -n "$i4" ] || fail "items were not added"
case1=$(fd case new "Recruitment ring (CLI)" | sed -n 's/^Opened \(C-[0-9-]*\)$/\1/p')
[ -n "$case1" ] || fail "case new printed no reference"
fd case add "$case1" "$i1" "$i2" "$i3" "$i4" > /dev/null
show=$(fd case show "$case1" --json)
for provider in meta-instagram tiktok x; do
    grep -q "\"provider\" : \"$provider\"" <<< "$show" || fail "case show lacks provider $provider"
done
# An item belongs to at most one case: a second case is refused, with the reason, exit 1.
other=$(fd case new "Another" | sed -n 's/^Opened \(C-[0-9-]*\)$/\1/p')
if fd case add "$other" "$i1" 2> "$work/err"; then fail "an item joined two cases"; fi
grep -q "belongs to case $case1" "$work/err" || fail "no reason for the refusal"

# The same screenshot re-uploaded elsewhere: proposed with the reason, not grouped.
i5=$(add "https://www.vinted.com/items/99" "$work/shot1.png")
fd case proposals "$case1" | grep -q "$i5 .* with $i1: same evidence SHA-256" || fail "no same-content proposal"
[ "$(fd case show "$case1" --json | grep -c '"reference" : "FD-')" = 4 ] || fail "a proposal joined the case"

drafts=$(fd draft dsa-notice --case "$case1" --json)
[ "$(grep -c '"reference" : "N-' <<< "$drafts")" = 3 ] || fail "not one notice per provider: $drafts"

# 2. From the desk: a second case across three providers, made and filled with : commands
# and marks, then opened from the Cases tab, where n drafts a notice per provider.
j1=$(add "https://www.instagram.com/p/desk-1" "$work/shot5.png")
j2=$(add "https://www.tiktok.com/@desk/video/2" "$work/shot6.png")
j3=$(add "https://x.com/desk/status/3" "$work/shot2.png")
tmux -S "$sock" -f /dev/null new-session -d -x 120 -y 32 -s e2e \
    "env -i PATH=\"$PATH\" HOME=\"$HOME\" XDG_CONFIG_HOME=\"$XDG_CONFIG_HOME\" XDG_DATA_HOME=\"$XDG_DATA_HOME\" \
    TMPDIR=\"$TMPDIR\" TZ=UTC LANG=C.UTF-8 TERM=screen-256color PS1='e2e\$ ' bash --norc --noprofile"
screen() { tmux -S "$sock" capture-pane -p -t e2e; }
keys() { tmux -S "$sock" send-keys -t e2e "$@"; }
wait_for() {
    for _ in $(seq 1 100); do
        if screen | grep -qF -- "$1"; then return 0; fi
        sleep 0.1
    done
    echo "cases.sh: FAILED at '$2': '$1' never appeared; the screen was:" >&2
    screen >&2
    exit 1
}
wait_for 'e2e$' "shell started"
keys "$bin --store $store $now" Enter
wait_for "1:Inbox" "the desk opens"
keys ":" "case-new Desk ring" Enter
wait_for "opened C-" "case-new"
case2=$(screen | sed -n 's/.*opened \(C-[0-9-]*\).*/\1/p' | head -n 1)
for item in "$j1" "$j2" "$j3"; do
    keys "/" "$item" Enter
    keys Space
done
keys ":" "case-add $case2" Enter
wait_for "$case2: 3 added" "case-add of the marked items"
keys C
wait_for "Cases (" "the Cases tab"
wait_for "Desk ring" "the new case is listed"
keys ":" "open $case2" Enter
wait_for "Case $case2" "the case view"
wait_for "Instagram (1)" "items grouped by provider"
wait_for "TikTok (1)" "items grouped by provider"
keys n
wait_for "drafted 3 notice(s), one per provider" "n drafts per provider"
keys q q q
wait_for 'e2e$' "the desk quits"
[ "$(fd case show "$case2" --json | grep -c '"reference" : "N-')" = 3 ] || fail "the desk's notices are not on the case"

# 3. One bundle for the whole case: one manifest, one custody log, every file intact.
fd bundle --case "$case1" --out "$work/case.zip" > /dev/null
unzip -tq "$work/case.zip" > /dev/null || fail "unzip -t"
mkdir "$work/unpacked"
(cd "$work/unpacked" && unzip -q "$work/case.zip" && sha256sum -c --quiet SHA256SUMS) || fail "sha256sum -c"
[ "$(find "$work/unpacked/evidence" -type f | wc -l)" = 4 ] || fail "the bundle lacks evidence files"
grep -q '"entity":"case"' "$work/unpacked/custody-log.jsonl" || grep -q '"entity" *: *"case"' "$work/unpacked/custody-log.jsonl" \
    || fail "the custody log lacks the case's own events"
echo "cases.sh: ok"
