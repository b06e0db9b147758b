#!/usr/bin/env bash
# End-to-end: the real `flagdesk` binary in tmux (send-keys, capture-pane). Opens the demo
# desk, searches, opens an item and the help, resizes, sees another process's change, and
# quits cleanly by q and by SIGTERM: the shell prompt is back and the terminal is sane.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v tmux > /dev/null || { echo "tui.sh: tmux is not installed" >&2; exit 1; }
bin="$(swift build --show-bin-path)/flagdesk"
work=$(mktemp -d)
sock="$work/tmux.sock"
cleanup() { tmux -S "$sock" kill-server 2> /dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export TZ=UTC LANG=C.UTF-8 TERM=xterm-256color HOME="$work/home" XDG_CONFIG_HOME="$work/config" \
    XDG_DATA_HOME="$work/data" TMPDIR="$work/tmp"
mkdir -p "$HOME" "$TMPDIR"
now="--now=2026-11-23T09:00:00Z"
failures=0

# A private tmux server with a plain shell; inside, TERM is pinned (tmux would pick its own).
tmux -S "$sock" -f /dev/null new-session -d -x 100 -y 30 -s e2e \
    "env -i PATH=\"$PATH\" HOME=\"$HOME\" XDG_CONFIG_HOME=\"$XDG_CONFIG_HOME\" XDG_DATA_HOME=\"$XDG_DATA_HOME\" \
    TMPDIR=\"$TMPDIR\" TZ=UTC LANG=C.UTF-8 TERM=screen-256color PS1='e2e\$ ' bash --norc --noprofile"

screen() { tmux -S "$sock" capture-pane -p -t e2e; }
keys() { tmux -S "$sock" send-keys -t e2e "$@"; }
# Polls the pane until TEXT shows (fixed-string grep), for at most SECONDS (default 30: a
# debug build fills the demo desk slowly on a loaded machine).
wait_for() {
    local text="$1" step="$2" seconds="${3:-30}"
    for _ in $(seq 1 $((seconds * 10))); do
        if screen | grep -qF -- "$text"; then return 0; fi
        sleep 0.1
    done
    echo "tui.sh: FAILED at '$step': '$text' never appeared; the screen was:" >&2
    screen >&2
    exit 1
}
wait_gone() {
    local text="$1" step="$2"
    for _ in $(seq 1 100); do
        if ! screen | grep -qF -- "$text"; then return 0; fi
        sleep 0.1
    done
    echo "tui.sh: FAILED at '$step': '$text' is still on screen:" >&2
    screen >&2
    exit 1
}
# The prompt is back when the desk has exited and the shell is the pane's foreground process
# again (reading the screen is not enough: an earlier prompt stays visible above, and after a
# resize tmux re-wraps a long command line under the new prompt).
prompt_is_back() {
    local current=""
    for _ in $(seq 1 150); do
        current="$(tmux -S "$sock" display-message -p -t e2e '#{pane_current_command}' || true)"
        if [ "$current" = bash ]; then break; fi
        sleep 0.1
    done
    [ "$current" = bash ] || { echo "tui.sh: FAILED at '$1': still running $current; the screen was:" >&2; screen >&2; exit 1; }
    wait_for 'e2e$' "$1: the prompt"
    rm -f "$work/stty.txt"
    keys "stty -a > $work/stty.txt" Enter
    for _ in $(seq 1 100); do
        if [ -s "$work/stty.txt" ]; then break; fi
        sleep 0.1
    done
    [ -s "$work/stty.txt" ] || { echo "tui.sh: FAILED at '$1': stty did not run" >&2; exit 1; }
    if grep -qE '(^| )-(icanon|echo|icrnl|opost)( |$)' "$work/stty.txt"; then
        echo "tui.sh: FAILED at '$1': the terminal was left in raw mode:" >&2
        cat "$work/stty.txt" >&2
        exit 1
    fi
    keys "clear" Enter
}

wait_for 'e2e$' "shell started"

# 1. The demo desk, in a temporary folder removed on exit.
keys "$bin --demo $now" Enter
# The demo desk is filled first (5 s of CPU in a debug build): more time on a loaded machine.
wait_for "1:Inbox" "demo opens" 60
wait_for "$(id -un) (coordinator)" "status bar"
test -n "$(ls "$TMPDIR" | grep flagdesk-demo)" || { echo "tui.sh: FAILED: no demo store in TMPDIR" >&2; exit 1; }
keys j j
wait_for " 3/" "j moves the selection"

# 2. Incremental search, n/N.
keys /
keys -l "passport"
wait_for "/passport" "search prompt"
keys Enter
wait_for "passport is held" "search jumps to a match"
# `n` must move the selection to another match: the position counter changes (the matching text
# was on screen before the key, so waiting for it alone could not fail).
position() { screen | grep -oE ' [0-9]+/[0-9]+' | tail -n 1; }
before=$(position)
test -n "$before" || { echo "tui.sh: FAILED: no position counter on screen" >&2; screen >&2; exit 1; }
keys n
for _ in $(seq 1 100); do
    [ "$(position)" != "$before" ] && break
    sleep 0.1
done
[ "$(position)" != "$before" ] || { echo "tui.sh: FAILED: n did not move from $before" >&2; screen >&2; exit 1; }
wait_for "passport is held" "n lands on the next match"

# 3. Item screen and help.
keys Enter
wait_for "Timeline (" "item screen"
keys "?"
wait_for "Keys — every command" "help from the item screen"
keys q q
wait_for "1:Inbox" "back to the queue"

# 4. Command line and tabs.
keys :
keys -l "closed"
keys Enter
wait_for "no action" "tab Closed via :closed"
keys 1
wait_for "1:Inbox" "tab Inbox via 1"

# 5. Resize below the minimum and back.
tmux -S "$sock" resize-window -t e2e -x 50 -y 10
wait_for "Terminal too small: 50x10" "small terminal message"
tmux -S "$sock" resize-window -t e2e -x 120 -y 40
wait_for "1:Inbox" "relayout after resize"
wait_gone "Terminal too small" "relayout after resize"

# 6. Quit with q: prompt back, terminal sane, demo store removed.
keys q
prompt_is_back "quit"
demo_store_removed() {
    for _ in $(seq 1 100); do
        if [ -z "$(ls "$TMPDIR" | grep flagdesk-demo || true)" ]; then return 0; fi
        sleep 0.1
    done
    echo "tui.sh: FAILED at '$1': demo store left behind:" >&2
    ls -la "$TMPDIR" >&2
    exit 1
}
demo_store_removed "quit"

# 7. Another process's change appears within about a second.
store="$work/store"
"$bin" init --simulated-clock --demo --store "$store" "$now" > /dev/null
keys "$bin --store $store $now" Enter
wait_for "1:Inbox" "desk on a store"
before=$(screen | grep -o '2:Triage [0-9]*' | head -1)
"$bin" add "https://elsewhere.example/ad/e2e-1" --store "$store" "$now" > /dev/null
wait_gone "$before " "the other process's new item shows"

# 8. SIGTERM restores the terminal too.
shell_pid=$(tmux -S "$sock" display-message -p -t e2e '#{pane_pid}')
desk_pid=$(pgrep -P "$shell_pid" -x flagdesk)
kill -TERM "$desk_pid"
prompt_is_back "SIGTERM"

# 9. The workflow on a personal desk: its owner triages and composes a notice, sees and fills
#    the missing element, then approves it and marks it sent; its deadline shows. (Roles between
#    people, under real uids and sudo, are Tests/e2e/team-desk.sh's.)
cat > "$work/team.toml" << 'TOML'
[organisation]
name = "Example Hotline asbl"
email = "notices@example.org"
[organisation.trusted_flagger]
awarding_dsc = "BIPT"
area_of_expertise = "Trafficking in human beings and sexual exploitation"
[approval]
four_eyes = true
TOML
# A second desk on this account keeps its own seal key, named in its configuration.
printf '[security]\nseal_key_file = "%s"\n' "$work/team.seal.key" >> "$work/team.toml"
team="$work/team-store"
"$bin" init --simulated-clock --store "$team" --config "$work/team.toml" "$now" > /dev/null
"$bin" add "https://www.instagram.com/p/e2e-ad-1" --content-type text --source hotline \
    --explanation "Advert offering women of one nationality; a third person arranges all contact" \
    --legal-basis "Directive 2011/36/EU Art. 2" --store "$team" --config "$work/team.toml" "$now" > /dev/null
keys "clear; $bin --store $team --config $work/team.toml $now" Enter
wait_for "(coordinator)" "the desk as its owner"
keys t
wait_for "Triage FD-2026-000001" "triage form"
keys Enter
wait_for "Category (DSA Transparency Database)" "category picker"
keys -l "violence"
keys Enter
keys j Enter
wait_for "── Keywords" "keyword picker"
keys -l "traffick"
keys Space Enter
keys s
wait_for "triaged FD-2026-000001: triaged" "triage recorded"
keys c
wait_for "Draft for FD-2026-000001: proposals first" "document kind picker"
keys -l "notice"
keys Enter
wait_for "Missing" "validation panel"
wait_for "DSA Art. 16(2)(d)" "the missing bona fide statement names its article"
keys e
keys -l "bona-fide=yes"
keys Enter
wait_for "Complete: every required element is present" "notice completed"
keys q q
prompt_is_back "the owner quits"
# Evidence first: the owner, the desk's coordinator, records that the referral and the
# preservation request went by telephone, or the engine holds the notice back.
for step in referral preservation; do
    "$bin" waive FD-2026-000001 "$step" --reason "done by telephone with the duty officer" \
        --store "$team" --config "$work/team.toml" "$now" > /dev/null
done
keys "$bin --store $team --config $work/team.toml $now" Enter
wait_for "(coordinator)" "the desk again"
keys :
keys -l "document N-2026-00001"
keys Enter
wait_for "N-2026-00001" "bob opens the notice"
keys a
wait_for "N-2026-00001 approved" "bob approves"
keys s
wait_for "marked sent" "bob marks it sent"
keys D
wait_for "Deadlines (" "deadlines screen"
wait_for "N-2026-00001" "the notice's deadline is listed"
wait_for "Rule:" "the rule of the selected deadline"
keys q q q
prompt_is_back "bob quits"

echo "tui: 1 passed, $failures failed"
