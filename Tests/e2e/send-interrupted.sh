#!/usr/bin/env bash
# End-to-end: `flagdesk send --via email` killed (SIGKILL) while send_command runs. The mail
# left, so the document must say "sending, outcome unknown"; a retry is refused; `--confirm-sent`
# records it as sent without running the command again (one mail, not two); `--resend` on
# another document sends once more; verify stays clean.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build --show-bin-path)/flagdesk"
test -x "$bin" || { echo "send-interrupted: FAIL: no binary at $bin (swift build first)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb NO_COLOR=1
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME" "$work/outbox"
store="$work/store"
config="$work/config.toml"
fail() { echo "send-interrupted: FAIL: $*" >&2; exit 1; }
fd() { "$bin" "$@" --config "$config" --store "$store"; }

# Each mail handed over lands in outbox/ (one file per run); then the command waits, long
# enough for the test to kill flagdesk in the middle (it ends on its own afterwards).
cat > "$config" <<EOF2
[organisation]
name = "Stichting Voorbeeld"
email = "meldingen@voorbeeld.example"
signatory = "A. Coordinator"
[organisation.trusted_flagger]
awarding_dsc = "ACM"
area_of_expertise = "Trafficking in human beings and sexual exploitation"
[approval]
four_eyes = false
[sending]
send_command = "cat > $work/outbox/mail.\$\$; test -e $work/slow && sleep 3; exit 0"
[[providers]]
key = "voorbeeld-video"
name = "Voorbeeld Video"
country = "NL"
hosts = ["voorbeeld-video.example"]
notice_channel = "dsa@voorbeeld-video.example"
EOF2

fd init > /dev/null
approved_notice() { # URL -> prints the reference of an approved notice
    local item notice
    item=$(fd add "$1" --category scams-and-fraud --content-type image \
        --explanation "Fake job advert luring workers abroad" | tail -n 1)
    fd triage "$item" --category scams-and-fraud --explanation "Fake job advert luring workers abroad" --legal-basis "Directive 2011/36/EU Art. 2 (recruitment by deception)" > /dev/null
    notice=$(fd draft dsa-notice --item "$item" --set bona-fide=yes --json \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["reference"])')
    fd approve "$notice" > /dev/null
    echo "$notice"
}
mails() { find "$work/outbox" -type f | wc -l; }

# 1. Killed while the command runs: the mail is out, the document says the outcome is unknown.
n1=$(approved_notice "https://voorbeeld-video.example/v/1")
touch "$work/slow"
fd send "$n1" --via email > "$work/send1.out" 2>&1 &
sender=$!
for _ in $(seq 1 100); do [ "$(mails)" = 1 ] && break; sleep 0.1; done
[ "$(mails)" = 1 ] || fail "the send command never received the mail"
kill -KILL "$sender"
wait "$sender" 2> /dev/null || true
rm -f "$work/slow"
fd show "$n1" > "$work/show1.txt"
grep -q "\[approved\]" "$work/show1.txt" || fail "an interrupted send changed the status: $(head -1 "$work/show1.txt")"
grep -q "OUTCOME UNKNOWN" "$work/show1.txt" || fail "show does not say the outcome is unknown"
fd show "$n1" --json | python3 -c 'import json,sys; assert json.load(sys.stdin)["sendingSince"]' \
    || fail "show --json has no sendingSince"

# 2. A retry is refused (exit 1) and sends nothing.
set +e
fd send "$n1" --via email > /dev/null 2> "$work/retry.err"
status=$?
set -e
[ "$status" = 1 ] || fail "a retry over an unknown outcome exited $status, not 1"
grep -q "outcome unknown" "$work/retry.err" || fail "the refusal does not say why: $(cat "$work/retry.err")"
[ "$(mails)" = 1 ] || fail "the retry sent the mail again"

# 3. --confirm-sent records it as sent without running the command: still one mail.
fd send "$n1" --confirm-sent > /dev/null
[ "$(mails)" = 1 ] || fail "--confirm-sent ran the command again"
fd show "$n1" | head -1 | grep -q "\[sent\]" || fail "--confirm-sent did not record the sending"
frozen=$(fd show "$n1" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["frozenSHA256"])')
handed=$(sha256sum "$work"/outbox/mail.* | cut -d' ' -f1)
[ "$frozen" = "$handed" ] || fail "the frozen text is not the mail handed over ($frozen vs $handed)"

# 4. --resend after another interruption: a second mail, on purpose, and the document sent.
n2=$(approved_notice "https://voorbeeld-video.example/v/2")
touch "$work/slow"
fd send "$n2" --via email > /dev/null 2>&1 &
sender=$!
for _ in $(seq 1 100); do [ "$(mails)" = 2 ] && break; sleep 0.1; done
kill -KILL "$sender"
wait "$sender" 2> /dev/null || true
rm -f "$work/slow"
fd send "$n2" --via email --resend > /dev/null
[ "$(mails)" = 3 ] || fail "--resend did not send exactly once more ($(mails) mails)"
fd show "$n2" | head -1 | grep -q "\[sent\]" || fail "--resend did not record the sending"

fd verify > /dev/null || fail "verify fails after interrupted sends"
echo "send-interrupted: ok"
