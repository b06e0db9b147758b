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
fail() { echo "tui.sh: FAILED: $1; the screen was:" >&2; screen >&2; exit 1; }

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
wait_for "Evidence (" "item screen"
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

# 5. Resize below the minimum and back. Keys typed meanwhile do nothing (q would quit).
tmux -S "$sock" resize-window -t e2e -x 50 -y 10
wait_for "Terminal too small: 50x10" "small terminal message"
keys H t c :
sleep 0.5
tmux -S "$sock" resize-window -t e2e -x 120 -y 40
wait_for "1:Inbox" "relayout after resize"
wait_gone "Terminal too small" "relayout after resize"
if screen | grep -qE 'LEA hold\?|Triage FD-|Draft for FD-|^:'; then fail "a key acted while the terminal was too small"; fi

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

# Reads back through the CLI what the desk did (the desk stays open: WAL readers).
item_field() {
    "$bin" show "$1" --json --store "$team" --config "$work/team.toml" "$now" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["item"][sys.argv[1]])' "$2"
}
item_events() {
    "$bin" show "$1" --json --store "$team" --config "$work/team.toml" "$now" |
        python3 -c 'import json, sys; print(len(json.load(sys.stdin)["events"]))'
}
doc_status() {
    "$bin" documents --json --store "$team" --config "$work/team.toml" "$now" |
        python3 -c 'import json, sys; print([d["status"] for d in json.load(sys.stdin) if d["reference"] == sys.argv[1]][0])' "$1"
}
reminders() {
    "$bin" documents --kind reminder --json --store "$team" --config "$work/team.toml" "$now" |
        python3 -c 'import json, sys; print(" ".join(d["reference"] for d in json.load(sys.stdin)))'
}
doc_json_field() {
    "$bin" show "$1" --json --store "$team" --config "$work/team.toml" "$now" | python3 -c '
import json, sys
def find(value, key):
    if isinstance(value, dict):
        if key in value:
            return value[key]
        value = list(value.values())
    if isinstance(value, list):
        for child in value:
            found = find(child, key)
            if found is not None:
                return found
    return None
print(find(json.load(sys.stdin), sys.argv[1]))' "$2"
}
items_count() {
    "$bin" list --all --json --store "$team" --config "$work/team.toml" "$now" |
        python3 -c 'import json, sys; print(len(json.load(sys.stdin)))'
}
expect_eq() { [ "$1" = "$2" ] || fail "$3: '$1', expected '$2'"; }

# 9. The workflow on a personal desk: its owner triages and composes a notice, sees and fills
#    the missing element, then approves it and marks it sent; its deadline shows. (Roles between
#    people, under real uids and sudo, are Tests/e2e/team-desk.sh's.)
cat > "$work/team.toml" << 'TOML'
[organisation]
name = "Example Hotline asbl"
email = "notices@example.org"
signatory = "A. Coordinator"
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
# 9a. A changed form is never thrown away by q, Esc or C-c without a question.
keys j j j j j Enter
wait_for "[x] yes: goes to the top" "threat to life ticked"
for leave in q Escape C-c; do
    keys "$leave"
    wait_for "Discard the unsaved triage of FD-2026-000001?" "$leave asks before discarding"
    keys n
    wait_gone "Discard the unsaved triage" "n answers ($leave)"
    wait_for "[x] yes: goes to the top" "n keeps the form and its change ($leave)"
done
expect_eq "$(item_field FD-2026-000001 threatToLife)" False "nothing saved while asking"
keys q
wait_for "Discard the unsaved triage of FD-2026-000001?" "q asks once more"
keys y
wait_gone "Triage FD-2026-000001" "y discards the form"
expect_eq "$(item_field FD-2026-000001 threatToLife)" False "y discarded, saved nothing"
keys t
wait_for "Triage FD-2026-000001" "triage form again"
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
# 9b. H asks: n changes nothing (read back with the CLI), y holds once, and H y releases.
events=$(item_events FD-2026-000001)
keys H
wait_for "Put FD-2026-000001 on LEA hold?" "H asks"
keys n
wait_for "cancelled" "n cancels the hold"
expect_eq "$(item_field FD-2026-000001 leaHold)" False "n did not hold"
expect_eq "$(item_events FD-2026-000001)" "$events" "n wrote nothing"
keys H
wait_for "Put FD-2026-000001 on LEA hold?" "H asks again"
keys y
wait_for "FD-2026-000001 is" "y holds"
expect_eq "$(item_field FD-2026-000001 leaHold)" True "y held"
expect_eq "$(item_events FD-2026-000001)" "$((events + 1))" "held once"
keys H
wait_for "Release FD-2026-000001 from the LEA hold?" "H on a held item asks to release"
keys y
wait_for "FD-2026-000001 is" "y releases"
expect_eq "$(item_field FD-2026-000001 leaHold)" False "released"
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
# The desk runs in $work, where x writes its exports.
keys "cd $work; $bin --store $team --config $work/team.toml $now" Enter
wait_for "(coordinator)" "the desk again"
# Enter on the item, Enter on its (only) document, i back to the item, Enter again.
keys Enter
wait_for "Evidence (" "the item"
keys Enter
wait_for "N-2026-00001  DSA Art. 16 notice" "Enter on the item opens its document"
wait_for "Drafted by $(id -un)" "the document says who drafted it"
keys i
wait_for "Evidence (" "i goes back to its item"
keys Enter
wait_for "N-2026-00001  DSA Art. 16 notice" "the notice again"
keys a
wait_for "N-2026-00001 approved" "the owner approves"
wait_for "approved by $(id -un)" "the document says who approved it"
# An hour later (the test desk's simulated clock) the owner records that she sent it by hand
# at 09:30: after the approval, before now.
keys q q q q q
prompt_is_back "the owner quits before sending"
keys C-u
now="--now=2026-11-23T10:00:00Z"
keys "cd $work; $bin --store $team --config $work/team.toml $now" Enter
wait_for "(coordinator)" "the desk an hour later"
keys :
keys -l "document N-2026-00001"
keys Enter
wait_for "N-2026-00001  DSA Art. 16 notice" "the notice, an hour later"
# 9c. s asks how and when it was sent: a time later than now is refused, n leaves it
#     approved, y marks it sent once at the time typed (recorded beside the recording time).
send_manually_at() {
    keys s
    wait_for "How was N-2026-00001 sent?" "s asks how ($2)"
    keys -l manual
    keys Enter
    wait_for "When was N-2026-00001 sent?" "s asks when ($2)"
    keys C-u
    keys -l "$1"
    keys Enter
}
send_manually_at "2026-11-24 10:00" "later than now"
wait_for "later than now: a sending time is never in the future" "a time later than now is refused"
expect_eq "$(doc_status N-2026-00001)" approved "a later time sent nothing"
keys Escape
send_manually_at "2026-11-23 09:30" "earlier"
wait_for "Mark N-2026-00001 as sent by you, outside Flagdesk, on 2026-11-23 09:30 UTC (recorded now)?" "s asks"
keys n
wait_for "cancelled" "n: not sent"
expect_eq "$(doc_status N-2026-00001)" approved "n did not send"
send_manually_at "2026-11-23 09:30" "again"
wait_for "(recorded now)?" "s asks again"
keys y
wait_for "N-2026-00001 marked sent (manual), sent on 2026-11-23 09:30" "y marks it sent"
expect_eq "$(doc_status N-2026-00001)" sent "y sent it"
expect_eq "$(doc_json_field N-2026-00001 sentAt)" "2026-11-23T09:30:00Z" "the typed time is the sending time"
# 9d. x writes N-2026-00001.txt; over an existing file it asks first.
keys x
wait_for "exported to $work/N-2026-00001.txt" "x exports"
echo kept > "$work/N-2026-00001.txt"
keys x
wait_for "N-2026-00001.txt exists: replace it?" "x asks before replacing"
keys n
wait_for "cancelled" "n keeps the file"
expect_eq "$(cat "$work/N-2026-00001.txt")" kept "n did not replace the file"
keys x
wait_for "exists: replace it?" "x asks again"
keys y
wait_for "exported to $work/N-2026-00001.txt" "y replaces it"
grep -q "N-2026-00001" "$work/N-2026-00001.txt" || fail "the export was not written"
# 9e. r records the platform's answer, through the same engine call as `flagdesk record`.
keys r
wait_for "What did the recipient of N-2026-00001 answer?" "r lists the answers"
keys -l ack
keys Enter
wait_for "Record on N-2026-00001: ack, dated now?" "r asks"
keys n
wait_for "cancelled" "n records nothing"
expect_eq "$(doc_status N-2026-00001)" sent "n recorded nothing"
keys r
wait_for "What did the recipient" "r again"
keys -l ack
keys Enter
wait_for "Record on N-2026-00001: ack" "r asks again"
keys y
wait_for "recorded on N-2026-00001: ack" "y records the acknowledgement"
expect_eq "$(doc_status N-2026-00001)" acknowledged "acknowledged"
# 9f. The deadlines; d drafts the next step once, never a second reminder.
keys D
wait_for "Deadlines (" "deadlines screen"
wait_for "N-2026-00001" "the notice's deadline is listed"
wait_for "Rule:" "the rule of the selected deadline"
keys d
if screen | grep -qF "Next step after"; then keys -l reminder; keys Enter; fi
wait_for "Drafted by $(id -un)" "d drafts the next step"
reminder=$(reminders)
[ -n "$reminder" ] || fail "d drafted no reminder"
keys q
wait_for "Deadlines (" "back to the deadlines"
keys d
if screen | grep -qF "Next step after"; then keys -l reminder; keys Enter; fi
wait_for "is already drafted for N-2026-00001 and not sent" "d again drafts nothing"
expect_eq "$(reminders)" "$reminder" "one reminder"
"$bin" remind FD-2026-000001 --store "$team" --config "$work/team.toml" "$now" > "$work/remind.txt"
grep -qF "N-2026-00001 already has $reminder drafted and not sent" "$work/remind.txt" ||
    fail "the CLI's remind drafted again: $(cat "$work/remind.txt")"
expect_eq "$(reminders)" "$reminder" "still one reminder"
# 9g. W withdraws the reminder: the reason, the question, n, then y.
status=$(doc_status "$reminder")
keys W
wait_for "Why is $reminder withdrawn?" "W asks the reason"
keys -l "telephoned instead"
keys Enter
wait_for "Withdraw $reminder (telephoned instead)?" "W asks"
keys n
wait_for "cancelled" "n withdraws nothing"
expect_eq "$(doc_status "$reminder")" "$status" "n withdrew nothing"
keys W
keys -l "telephoned instead"
keys Enter
wait_for "Withdraw $reminder" "W asks again"
keys y
wait_for "$reminder withdrawn: telephoned instead" "y withdraws"
expect_eq "$(doc_status "$reminder")" withdrawn "withdrawn"
# 9g'. On the marked items: ; r asks once, n drafts nothing, y drafts one reminder and reports
#      item by item, again drafts none; ; x exports their documents, keeping existing files.
keys :
keys -l inbox
keys Enter
wait_for "1:Inbox" "the queue for the marked commands"
keys g Space
wait_for "1 marked" "one item marked"
count=$(reminders | wc -w)
keys '\;' r
wait_for "Draft reminders for 1 marked items?" "; r asks"
keys n
wait_for "cancelled" "n drafts no reminder"
expect_eq "$(reminders | wc -w)" "$count" "n drafted nothing"
keys '\;' r
wait_for "Draft reminders for 1 marked items?" "; r asks again"
keys y
wait_for "Reminders of 1 marked items: 1 done, 0 not" "y reports"
wait_for "drafted F-" "item by item: the reminder drafted"
expect_eq "$(reminders | wc -w)" "$((count + 1))" "y drafted one reminder"
second=$(reminders | tr ' ' '\n' | grep -vxF "$reminder")
keys Escape
keys '\;' r
keys y
wait_for "Reminders of 1 marked items: 0 done, 1 not" "again: none drafted"
wait_for "$second already drafted for N-2026-00001" "item by item: already drafted"
expect_eq "$(reminders | wc -w)" "$((count + 1))" "still one more reminder"
keys Escape
"$bin" withdraw "$second" --reason "drafted by the e2e test" --store "$team" --config "$work/team.toml" "$now" \
    > /dev/null || fail "withdraw $second"
printf 'kept\n' > "$work/$second.txt"
rm -f "$work/N-2026-00001.txt" # exported by x above: ; x exports it again
keys '\;' x
wait_for "Export the documents of 1 marked items to $work?" "; x asks"
keys n
wait_for "cancelled" "n exports nothing"
[ ! -e "$work/N-2026-00001.txt" ] || fail "n exported a file"
keys '\;' x
keys y
wait_for "Export of 1 marked items:" "y reports"
wait_for "$work/$second.txt exists: kept" "an existing file is kept"
grep -qF "N-2026-00001" "$work/N-2026-00001.txt" || fail "the notice was not exported"
expect_eq "$(cat "$work/$second.txt")" kept "the existing file untouched"
keys Escape
keys U
wait_gone "1 marked" "U unmarks"
# Z closes the notice: without a decision it asks the reason, then asks.
keys :
keys -l "document N-2026-00001"
keys Enter
wait_for "N-2026-00001  DSA Art. 16 notice" "the notice"
keys Z
wait_for "Why is N-2026-00001 closed without a decision?" "Z asks the reason"
keys -l "content gone"
keys Enter
wait_for "Close N-2026-00001?" "Z asks"
keys n
wait_for "cancelled" "n closes nothing"
expect_eq "$(doc_status N-2026-00001)" acknowledged "n closed nothing"
keys Z
keys -l "content gone"
keys Enter
wait_for "Close N-2026-00001?" "Z asks again"
keys y
wait_for "N-2026-00001 closed" "y closes"
expect_eq "$(doc_status N-2026-00001)" closed "closed"
# 9h. A: what waits for my approval (nothing now).
keys A
wait_for "nothing waits for your approval" "A lists what waits for approval"
# 9i. While another process writes, Esc stops the wait; keys typed meanwhile are dropped.
exec 7> >(sqlite3 "$team/flagdesk.sqlite" > /dev/null)
echo "BEGIN IMMEDIATE;" >&7
sleep 1
keys :
keys -l inbox
keys Enter
wait_for "1:Inbox" "the queue"
keys H
wait_for "Put FD-2026-000001 on LEA hold?" "H asks"
keys y
wait_for "waiting for another flagdesk write (an import?)" "the wait is shown"
wait_for "Esc stops, other keys are ignored" "the screen says how to stop"
keys X j
sleep 0.5
keys Escape
wait_for "stopped waiting for the other process: nothing was changed" "Esc stops the wait"
echo "COMMIT;" >&7
exec 7>&-
expect_eq "$(item_field FD-2026-000001 leaHold)" False "the stopped wait held nothing"
if screen | grep -qF "not illegal?"; then fail "X typed while waiting ran afterwards"; fi
# 9j. a adds an item through the engine's add: a bad URL is refused with the engine's message
#     and the form keeps what was typed; q on a typed form asks; s adds it once.
keys :
keys -l inbox
keys Enter
wait_for "1:Inbox" "the queue before adding"
count=$(items_count)
keys a
wait_for "Add an item" "a opens the form"
keys Enter
keys -l "ftp://elsewhere.example/x"
keys Enter
keys j j Enter
keys -l "Directive 2011/36/EU Art. 2"
keys Enter
keys s
wait_for "URL 'ftp://elsewhere.example/x' refused" "the engine refuses the URL"
wait_for "Directive 2011/36/EU Art. 2" "the form keeps what was typed"
expect_eq "$(items_count)" "$count" "nothing added"
keys q
wait_for "Discard the new item typed here?" "q asks before discarding"
keys n
wait_gone "Discard the new item" "n keeps the form"
keys g Enter C-u
keys -l "https://www.instagram.com/p/e2e-desk-added"
keys Enter
wait_for "Platform: Instagram" "the form names the platform"
keys s
wait_for "added FD-2026-000002" "s adds it"
expect_eq "$(items_count)" "$((count + 1))" "added once"
expect_eq "$(item_field FD-2026-000002 legalBasis)" "Directive 2011/36/EU Art. 2" "with its legal basis"
# 9k. ; applies hold to the marked items: asks once, n holds nothing, y holds each once
#     and says so item by item.
keys g Space Space
wait_for "2 marked" "two items marked"
keys '\;' H
wait_for "Hold 2 marked items?" "; H asks once"
keys n
wait_for "cancelled" "n holds nothing"
expect_eq "$(item_field FD-2026-000001 leaHold)" False "n held nothing (1)"
expect_eq "$(item_field FD-2026-000002 leaHold)" False "n held nothing (2)"
keys '\;' H
wait_for "Hold 2 marked items?" "; H asks again"
keys y
wait_for "Hold of 2 marked items: 2 done, 0 not" "y reports what was done"
wait_for "FD-2026-000001" "item by item (1)"
wait_for "FD-2026-000002" "item by item (2)"
expect_eq "$(item_field FD-2026-000001 leaHold)" True "held (1)"
expect_eq "$(item_field FD-2026-000002 leaHold)" True "held (2)"
keys Escape
wait_gone "Hold of 2 marked items" "Esc closes the report"
keys q
prompt_is_back "the owner quits"

echo "tui: 1 passed, $failures failed"
