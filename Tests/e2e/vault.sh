#!/usr/bin/env bash
# End-to-end: a victim's name, phone and signed mandate recorded through the real binary are
# found nowhere in clear (database, -wal, -shm, evidence, logs), before and after a checkpoint;
# the passphrase prompt does not echo; rotation keeps everything readable.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v sqlite3 > /dev/null || { echo "vault.sh: sqlite3 is not installed" >&2; exit 1; }
command -v tmux > /dev/null || { echo "vault.sh: tmux is not installed" >&2; exit 1; }
bin="$(swift build --show-bin-path)/flagdesk"
work=$(mktemp -d)
sock="$work/tmux.sock"
holder=""
cleanup() {
    [ -n "$holder" ] && kill "$holder" 2> /dev/null || true
    tmux -S "$sock" kill-server 2> /dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export TZ=UTC LANG=C.UTF-8 TERM=xterm-256color HOME="$work/home" XDG_CONFIG_HOME="$work/config" \
    XDG_DATA_HOME="$work/data" TMPDIR="$work/tmp"
unset FLAGDESK_PASSPHRASE FLAGDESK_STORE FLAGDESK_CONFIG
mkdir -p "$HOME" "$TMPDIR"
now="--now=2026-05-04T09:00:00Z"
store="$XDG_DATA_HOME/flagdesk"
db="$store/flagdesk.sqlite"
name="Teodora Brâncoveanu-Lisle"
phone="+33 6 48 27 91 05"
phrase="clause tournesol 8812"

fail() { echo "vault.sh: FAILED: $*" >&2; exit 1; }
# Greps every file Flagdesk writes for the secrets: the store (database, -wal, -shm, evidence),
# the configuration folder (config, key file) and the temporary folder. The secrets reach
# Flagdesk only through standard input, a pipe (<(...)) or $work/pass.txt (outside these).
no_clear_text() {
    local when="$1" secret
    for secret in "$name" "Brâncoveanu" "$phone" "27 91 05" "$phrase" "tournesol"; do
        if grep -rlaF -- "$secret" "$store" "$XDG_CONFIG_HOME" "$TMPDIR" 2> /dev/null; then
            fail "$when: '$secret' found in clear in the files above"
        fi
    done
}

"$bin" init --simulated-clock "$now" > /dev/null
"$bin" keys init "$now" > "$work/keys.out"
test "$(stat -c %a "$XDG_CONFIG_HOME/flagdesk/flagdesk.key")" = 600 || fail "key file is not 0600"
"$bin" add "https://www.instagram.com/p/ad-1" "$now" > /dev/null

# Hold the database open from another process, so the write below stays in the WAL.
mkfifo "$work/hold"
sqlite3 "$db" < "$work/hold" > /dev/null &
holder=$!
exec 3> "$work/hold"
echo "SELECT count(*) FROM people;" >&3
printf 'Signed mandate. %s\n' "$phrase" > "$work/mandate.pdf"
printf '%s\n' "$name" | "$bin" person "Linden-17" --identity-file - --contact-file <(printf '%s\n' "$phone") \
    --mandate erasure --signed 2026-04-01 --mandate-file "$work/mandate.pdf" "$now" > "$work/person.out"
test -s "$db-wal" || fail "the WAL is empty: the test would not see un-checkpointed pages"
no_clear_text "before the checkpoint"
exec 3>&-
wait "$holder" || true
holder=""
sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" > /dev/null
no_clear_text "after the checkpoint"

"$bin" person show "Linden-17" "$now" > "$work/show.out"
"$bin" person show "Linden-17" --json "$now" > "$work/show.json"
"$bin" keys status "$now" > "$work/status.out"
"$bin" show FD-2026-000001 "$now" > "$work/item.out"
grep -q "sealed: identity, contact, mandate-document" "$work/show.out" || fail "person show does not list the sealed values"
for output in person.out show.out show.json status.out item.out; do
    if grep -F -e "$name" -e "$phone" -e "$phrase" "$work/$output"; then fail "a secret in $output without --reveal"; fi
done
"$bin" person show "Linden-17" --reveal "$now" | grep -qF "identity: $name" || fail "reveal does not show the name"
"$bin" keys rotate "$now" | grep -q "3 sealed value(s) re-sealed" || fail "rotate did not re-seal 3 values"
no_clear_text "after rotation"
# The check itself can fail: a name planted in the store is found.
printf 'note about %s\n' "$name" > "$store/evidence/planted"
if (no_clear_text "planted") 2> /dev/null; then fail "the leak check misses a name planted in the store"; fi
rm "$store/evidence/planted"
"$bin" person show "Linden-17" --reveal "$now" | grep -qF "contact: $phone" || fail "reveal after rotation"
"$bin" verify "$now" | grep -q "Audit chain intact" || fail "audit chain"

# The passphrase prompt: echo off on a terminal, asked twice for a new passphrase.
pass="tmux typed passphrase words"
# A second desk on this account keeps its own seal key (the default one is the first desk's).
export FLAGDESK_SEAL_KEY="$work/store2.seal.key"
"$bin" init --simulated-clock --store "$work/store2" "$now" > /dev/null
tmux -S "$sock" -f /dev/null new-session -d -x 120 -y 20 -s e2e \
    "env -i PATH=\"$PATH\" HOME=\"$HOME\" XDG_CONFIG_HOME=\"$XDG_CONFIG_HOME\" \
    FLAGDESK_SEAL_KEY=\"$FLAGDESK_SEAL_KEY\" TZ=UTC LANG=C.UTF-8 \
    TERM=screen-256color PS1='e2e\$ ' bash --norc --noprofile"
pane() { tmux -S "$sock" capture-pane -p -t e2e; }
wait_for() {
    for _ in $(seq 1 300); do
        if pane | grep -qF -- "$1"; then return 0; fi
        sleep 0.1
    done
    pane >&2
    fail "'$1' never appeared"
}
tmux -S "$sock" send-keys -t e2e "$bin keys init --passphrase --scrypt-cost 12,8,1 --store $work/store2 $now" Enter
wait_for "New vault passphrase:"
tmux -S "$sock" send-keys -t e2e "$pass" Enter
wait_for "Repeat the passphrase:"
tmux -S "$sock" send-keys -t e2e "$pass" Enter
wait_for "wrapped by passphrase"
if pane | grep -qF "$pass"; then pane >&2; fail "the passphrase was echoed"; fi
printf '%s\n' "$pass" > "$work/pass.txt"
FLAGDESK_PASSPHRASE="wrong words entirely" "$bin" person P --contact-file <(printf '%s\n' "$phone") --store "$work/store2" "$now" \
    2> "$work/wrong.err" && fail "a wrong passphrase was accepted"
grep -q "wrong passphrase" "$work/wrong.err" || fail "no clear message for a wrong passphrase"
"$bin" person P --contact-file <(printf '%s\n' "$phone") --passphrase-file "$work/pass.txt" --store "$work/store2" "$now" > /dev/null
"$bin" keys status --passphrase-file "$work/pass.txt" --store "$work/store2" "$now" | grep -q "key available now: yes" \
    || fail "status does not see the passphrase key"
echo "vault: 1 passed, 0 failed"
