#!/usr/bin/env bash
# End-to-end (issue #17): the real desk in tmux where things are less than ideal.
#   1. A key rebound in [keys] runs its command (asks first); the old key does nothing; a key
#      bound twice refuses the configuration, naming its line, before the terminal is touched.
#   2. LANG=C: the desk draws in ASCII of the same width.
#   3. TERM=dumb: the desk does not open, names the CLI, and leaves the terminal sane.
#   4. A read-only store, as a non-root account (root ignores file modes): the CLI reads, every
#      writing command says so in plain words with the path and the fix, and nothing changes;
#      the desk opens, says READ-ONLY, and H answers "read-only store" without a question.
# Needs root for setpriv (the store is made and read by the unprivileged account nobody).
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v tmux > /dev/null || { echo "desk-degraded.sh: tmux is not installed" >&2; exit 1; }
bin="$(swift build --show-bin-path)/flagdesk"
work=$(mktemp -d)
chmod 0755 "$work"
sock="$work/tmux.sock"
cleanup() { tmux -S "$sock" kill-server 2> /dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export TZ=UTC LANG=C.UTF-8 TERM=xterm-256color HOME="$work/home" XDG_CONFIG_HOME="$work/config" \
    XDG_DATA_HOME="$work/data" TMPDIR="$work/tmp"
mkdir -p "$HOME" "$TMPDIR"
now="--now=2026-11-23T09:00:00Z"
tmux -S "$sock" -f /dev/null new-session -d -x 100 -y 30 -s e2e \
    "env -i PATH=\"$PATH\" HOME=\"$HOME\" XDG_CONFIG_HOME=\"$XDG_CONFIG_HOME\" XDG_DATA_HOME=\"$XDG_DATA_HOME\" \
    TMPDIR=\"$TMPDIR\" TZ=UTC LANG=C.UTF-8 TERM=screen-256color PS1='e2e\$ ' bash --norc --noprofile"
screen() { tmux -S "$sock" capture-pane -p -J -t e2e; }
keys() { tmux -S "$sock" send-keys -t e2e "$@"; }
fail() { echo "desk-degraded.sh: FAILED: $1; the screen was:" >&2; screen >&2; exit 1; }
wait_for() {
    for _ in $(seq 1 "$((${3:-30} * 10))"); do
        if screen | grep -qF -- "$1"; then return 0; fi
        sleep 0.1
    done
    fail "at '$2': '$1' never appeared"
}
wait_gone() {
    for _ in $(seq 1 100); do
        if ! screen | grep -qF -- "$1"; then return 0; fi
        sleep 0.1
    done
    fail "at '$2': '$1' is still on screen"
}
# The shell is the pane's foreground process again, and the terminal is not left raw.
prompt_is_back() {
    local current=""
    for _ in $(seq 1 150); do
        current="$(tmux -S "$sock" display-message -p -t e2e '#{pane_current_command}' || true)"
        [ "$current" = bash ] && break
        sleep 0.1
    done
    [ "$current" = bash ] || fail "at '$1': still running $current"
    rm -f "$work/stty.txt"
    keys "stty -a > $work/stty.txt" Enter
    for _ in $(seq 1 100); do
        [ -s "$work/stty.txt" ] && break
        sleep 0.1
    done
    if grep -qE '(^| )-(icanon|echo|icrnl|opost)( |$)' "$work/stty.txt"; then fail "at '$1': terminal left raw"; fi
    keys "clear" Enter
}

wait_for 'e2e$' "shell started"
store="$work/store"
"$bin" init --simulated-clock --demo --store "$store" "$now" > /dev/null

# 1. [keys]: hold moves to C-o.
printf '[keys]\n# LEA hold on Ctrl-O\nhold = "C-o"\n' > "$work/keys.toml"
keys "clear; $bin --store $store --config $work/keys.toml $now" Enter
wait_for "1:Inbox" "desk with rebound keys"
keys H
wait_for "H does nothing here" "the old key is free"
keys C-o
wait_for "LEA hold?" "C-o asks about the hold"
keys n
wait_for "cancelled" "n changes nothing"
keys q
prompt_is_back "quit after rebinding"
printf '[keys]\nhold = "C-o"\nno-action = "j"\n' > "$work/twice.toml"
set +e
"$bin" --store "$store" --config "$work/twice.toml" "$now" > /dev/null 2> "$work/twice.err"
code=$?
set -e
[ "$code" = 78 ] || { echo "desk-degraded.sh: FAILED: a key bound twice exited $code, not 78" >&2; exit 1; }
grep -qF "twice.toml:3: [keys] no-action: found \"j\", which already runs down" "$work/twice.err" || {
    echo "desk-degraded.sh: FAILED: the refusal does not name line 3:" >&2
    cat "$work/twice.err" >&2
    exit 1
}

# 2. LANG=C: ASCII only, same layout.
keys "clear; LANG=C LC_ALL=C $bin --store $store $now" Enter
wait_for "1:Inbox" "desk under LANG=C"
wait_for "(coordinator) | overdue" "the status bar's separators are ASCII"
if screen | LC_ALL=C grep -q '[^ -~]'; then fail "a character outside ASCII on a LANG=C screen"; fi
keys q
prompt_is_back "quit under LANG=C"

# 3. TERM=dumb: refused with the CLI named, exit status not 0, terminal sane.
keys "clear; TERM=dumb $bin --store $store $now; echo \"exit=\$?\"" Enter
wait_for "exit=" "TERM=dumb returns"
wait_for "flagdesk list" "TERM=dumb names the CLI"
if screen | grep -qF "exit=0"; then fail "TERM=dumb exited 0"; fi
prompt_is_back "after TERM=dumb"

# 4. A read-only store, as nobody.
home_ro="$work/nobody"
mkdir -p "$home_ro"
chown 65534:65534 "$home_ro"
as_nobody() {
    setpriv --reuid=65534 --regid=65534 --clear-groups env -i PATH="$PATH" HOME="$home_ro" \
        XDG_CONFIG_HOME="$home_ro/config" TZ=UTC LANG=C.UTF-8 "$@"
}
ro="$home_ro/store"
as_nobody "$bin" init --simulated-clock --demo --store "$ro" "$now" > /dev/null
as_nobody "$bin" add "https://elsewhere.example/ad/ro-1" --legal-basis "Directive 2011/36/EU Art. 2" \
    --store "$ro" "$now" > /dev/null
chmod 0500 "$ro"
chmod 0400 "$ro/flagdesk.sqlite"
count() { as_nobody "$bin" list --all --json --store "$ro" "$now" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'; }
before=$(count)
[ "$before" -gt 0 ] || { echo "desk-degraded.sh: FAILED: list read nothing from the read-only store" >&2; exit 1; }
as_nobody "$bin" show FD-2026-000001 --store "$ro" "$now" > /dev/null
as_nobody "$bin" deadlines --store "$ro" "$now" > /dev/null
as_nobody "$bin" documents --store "$ro" "$now" > /dev/null
for command in "add https://elsewhere.example/ad/ro-2 --legal-basis x" "item hold FD-2026-000001" \
    "triage FD-2026-000001 --category protection-of-minors" "item resolve FD-2026-000001"; do
    set +e
    # shellcheck disable=SC2086
    as_nobody "$bin" $command --store "$ro" "$now" > /dev/null 2> "$work/ro.err"
    code=$?
    set -e
    [ "$code" != 0 ] || { echo "desk-degraded.sh: FAILED: '$command' succeeded on a read-only store" >&2; exit 1; }
    if ! grep -qF "the store in $ro is read-only" "$work/ro.err" || ! grep -qF "chmod u+w $ro" "$work/ro.err" \
        || grep -qE 'SQL|readonly database|attempt to write' "$work/ro.err"; then
        echo "desk-degraded.sh: FAILED: '$command' on a read-only store said:" >&2
        cat "$work/ro.err" >&2
        exit 1
    fi
done
[ "$(count)" = "$before" ] || { echo "desk-degraded.sh: FAILED: the read-only store changed" >&2; exit 1; }
keys "clear; setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=$home_ro XDG_CONFIG_HOME=$home_ro/config $bin --store $ro $now" Enter
wait_for "READ-ONLY store" "the desk says it is read-only"
keys j
keys H
wait_for "read-only store" "H answers at once"
if screen | grep -qF "LEA hold?"; then fail "H asked a question on a read-only store"; fi
keys q
prompt_is_back "quit the read-only desk"
chmod 0700 "$ro"
echo "desk-degraded.sh: ok"
