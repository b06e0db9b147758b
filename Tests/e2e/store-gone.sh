#!/usr/bin/env bash
# End-to-end: the real desk in tmux notices its store going away. With the store folder
# removed (then, second run, its database replaced), the desk stops within about a second,
# restores the terminal, says why on stderr and exits 74, not 0; nothing is reported saved.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v tmux > /dev/null || { echo "store-gone.sh: tmux is not installed" >&2; exit 1; }
bin="$(swift build --show-bin-path)/flagdesk"
work=$(mktemp -d)
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
wait_for() {
    for _ in $(seq 1 100); do
        if screen | grep -qF -- "$1"; then return 0; fi
        sleep 0.1
    done
    echo "store-gone.sh: FAILED at '$2': '$1' never appeared; the screen was:" >&2
    screen >&2
    exit 1
}

wait_for 'e2e$' "shell started"
for how in removed replaced; do
    store="$work/store-$how"
    # Each desk on this account keeps its own seal key (the default one is the first desk's).
    key="$work/store-$how.seal.key"
    FLAGDESK_SEAL_KEY="$key" "$bin" init --simulated-clock --demo --store "$store" "$now" > /dev/null
    keys "clear; FLAGDESK_SEAL_KEY=$key $bin --store $store $now 2> $work/err-$how.txt; echo \"exit=\$?\"" Enter
    wait_for "1:Inbox" "desk opens ($how)"
    if [ "$how" = removed ]; then
        rm -rf "$store"
    else
        # Another desk (its own seal key) whose database replaces this one's.
        FLAGDESK_SEAL_KEY="$work/other.seal.key" "$bin" init --simulated-clock --store "$work/other" "$now" > /dev/null
        rm "$store/flagdesk.sqlite"
        cp "$work/other/flagdesk.sqlite" "$store/flagdesk.sqlite"
    fi
    wait_for "exit=74" "the desk stops with exit 74 ($how)"
    grep -q "is gone" "$work/err-$how.txt" || {
        echo "store-gone.sh: FAILED ($how): stderr does not say the store is gone:" >&2
        cat "$work/err-$how.txt" >&2
        exit 1
    }
done
echo "store-gone.sh: ok"
