#!/usr/bin/env bash
# Replies by e-mail (issue #19), with real mail tools: a notice sent through send_command
# (Python's smtplib) into an SMTP sink on 127.0.0.1 (aiosmtpd, started here) that delivers into
# a Maildir; provider replies written with Python's email package into a Maildir, an mbox
# (Python's mailbox module) and standard input; then import, match, show, confirm, attach.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build --show-bin-path)/flagdesk"
test -x "$bin" || { echo "mail: FAIL: no binary at $bin (swift build first)" >&2; exit 1; }
# The sink needs aiosmtpd: Debian's python3-aiosmtpd is for the system's python3, which a
# python3 earlier on PATH (pyenv) may not see.
sink_python=python3
python3 -c 'import aiosmtpd' 2>/dev/null || sink_python=/usr/bin/python3
"$sink_python" -c 'import aiosmtpd' 2>/dev/null \
    || { echo "mail: FAIL: python3-aiosmtpd is missing (.ci/run installs it)" >&2; exit 1; }
work=$(mktemp -d)
sink_pid=
cleanup() { [ -n "$sink_pid" ] && kill "$sink_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
[ -n "${MAIL_KEEP:-}" ] && trap '[ -n "$sink_pid" ] && kill "$sink_pid"; echo "kept $work"' EXIT
export TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb NO_COLOR=1 COLUMNS=120 LINES=40
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
store="$work/store"
config="$work/config.toml"
passed=0
fail() { echo "mail: FAIL: $*" >&2; exit 1; }
ok() { passed=$((passed + 1)); }
fd() { "$bin" "$@" --config "$config" --store "$store"; }

# The SMTP sink: every message it accepts goes into $work/sent (a Maildir).
cat > "$work/sink.py" <<'EOF'
import mailbox, sys, time
from aiosmtpd.controller import Controller
class Deliver:
    async def handle_DATA(self, server, session, envelope):
        mailbox.Maildir(sys.argv[2]).add(envelope.original_content)
        return "250 OK"
controller = Controller(Deliver(), hostname="127.0.0.1", port=int(sys.argv[1]))
controller.start()
open(sys.argv[3], "w").write("ready")
while True:
    time.sleep(3600)
EOF
# send_command: hands standard input to the sink over SMTP, like sendmail -t.
cat > "$work/send.py" <<'EOF'
import email, smtplib, sys
raw = sys.stdin.buffer.read()
message = email.message_from_bytes(raw)
with smtplib.SMTP("127.0.0.1", int(sys.argv[1])) as smtp:
    smtp.sendmail(message["From"], [message["To"]], raw)
EOF
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$sink_python" "$work/sink.py" "$port" "$work/sent" "$work/sink.ready" > "$work/sink.log" 2>&1 &
sink_pid=$!
for _ in $(seq 100); do [ -f "$work/sink.ready" ] && break; sleep 0.1; done
[ -f "$work/sink.ready" ] || fail "the SMTP sink did not start: $(cat "$work/sink.log")"

cat > "$config" <<EOF
[organisation]
name = "Stichting Voorbeeld"
email = "meldingen@voorbeeld.example"
signatory = "A. de Vries"

[organisation.trusted_flagger]
awarding_dsc = "ACM"
awarded_on = 2025-03-01
area_of_expertise = "Trafficking in human beings and sexual exploitation"

[time]
zone = "Europe/Amsterdam"

[approval]
four_eyes = false

[sending]
send_command = "python3 $work/send.py $port"

[[providers]]
key = "voorbeeld-video"
name = "Voorbeeld Video"
legal_entity = "Voorbeeld Video B.V."
country = "NL"
hosts = ["voorbeeld-video.example"]
notice_channel = "dsa@voorbeeld-video.example"
languages = ["nl", "en"]
EOF
fd init > /dev/null

notice_for() { # URL -> notice reference
    local item notice
    item=$(fd add "$1" --category scams-and-fraud --content-type image --explanation "Fake job advert" | tail -n 1)
    fd triage "$item" --category scams-and-fraud --explanation "Fake job advert luring workers abroad" --legal-basis "Directive 2011/36/EU Art. 2 (recruitment by deception)" > /dev/null
    notice=$(fd draft dsa-notice --item "$item" --set bona-fide=yes --json \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["reference"])')
    fd approve "$notice" > /dev/null
    echo "$notice"
}
n1=$(notice_for "https://voorbeeld-video.example/v/1")
n2=$(notice_for "https://voorbeeld-video.example/v/2")
n3=$(notice_for "https://voorbeeld-video.example/v/3")
fd send "$n1" --via email > /dev/null || fail "send --via email failed"
fd send "$n2" --via email > /dev/null
fd send "$n3" --via manual > /dev/null
test "$(ls "$work/sent/new" | wc -l)" = 2 || fail "the sink did not receive two messages"
sent_id=$(python3 - "$work/sent" "$n1" <<'EOF'
import email.header, mailbox, sys
for message in mailbox.Maildir(sys.argv[1], create=False):
    subject = str(email.header.make_header(email.header.decode_header(message["Subject"])))
    if subject.endswith(sys.argv[2]):
        print(message["Message-ID"])
EOF
)
[ -n "$sent_id" ] || fail "no Message-ID on the sent notice"
ok

# Provider replies, generated with Python's email package, dated in the seconds after the sending.
sent_epoch=$(date +%s)
sleep 6
python3 - "$work" "$sent_id" "$n2" "$n3" "$sent_epoch" <<'EOF'
import mailbox, sys
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timedelta, timezone
work, sent_id, n2, n3 = sys.argv[1:5]
sent = datetime.fromtimestamp(int(sys.argv[5]) + 1, timezone.utc)
def reply(subject, text, minutes_ago, charset="utf-8", cte=None, html=None, in_reply_to=None, attach=None):
    m = EmailMessage()
    m["From"] = "Trust & Safety <dsa@voorbeeld-video.example>"
    m["To"] = "meldingen@voorbeeld.example"
    m["Subject"] = subject
    # minutes_ago orders the replies: 50 is the first, 10 the last, all after the sending.
    m["Date"] = format_datetime(sent + timedelta(seconds=(60 - minutes_ago) // 10))
    m["Message-ID"] = make_msgid(domain="voorbeeld-video.example")
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    if html is not None:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        m.set_content(text, charset=charset, cte=cte)
    if attach:
        m.add_attachment(attach, maintype="application", subtype="pdf", filename="décision \x1b[2J.pdf")
    return m
inbox = mailbox.Maildir(work + "/inbox")
# 1: threaded reply, quoted-printable, an acknowledgement with the provider's case number.
inbox.add(reply("Re: your notice", "Thank you for your notice. We have received your report.\n"
    "Your case number: 2026-TS-4471.\n\nOn Monday NGO wrote:\n> the content has been removed\n",
    50, cte="quoted-printable", in_reply_to=sent_id, attach=b"%PDF-1.4 " + b"x" * 200000))
# 2: no thread headers, our reference in the subject, HTML only, iso-8859-1, base64: a decision.
inbox.add(reply("Decision on " + n2, None, 40, charset="iso-8859-1", cte="base64",
    html="<html><head><script>alert(1)</script></head><body><p>Le contenu a &eacute;t&eacute; supprim&eacute;.</p>"
         "<img src='https://tracker.voorbeeld-video.example/p.gif'></body></html>"))
# 3: nothing of ours but a hostile subject: unmatched, never dropped.
inbox.add(reply("\x1b]0;owned\x07Weekly newsletter", "Nothing to see \x1b[31mhere\x1b[0m.", 30))
box = mailbox.mbox(work + "/replies.mbox")
# 4: mbox, in German, names two of our documents: ambiguous.
box.add(reply("Ihre Meldungen " + n2 + " und " + n3, "Die Inhalte wurden entfernt.\nFrom the team\n", 20, charset="iso-8859-15", cte="quoted-printable"))
box.flush()
# 5: standard input: the provider's own reference only (recorded by confirming reply 1).
open(work + "/stdin.eml", "wb").write(bytes(reply("[Case 2026-TS-4471] Update",
    "Access to the content has been disabled in the EU.", 10)))
EOF
ok

out=$(fd mail import "$work/inbox" "$work/replies.mbox")
echo "$out" | grep >/dev/null "4 read, 4 added (2 matched, 1 ambiguous, 1 unmatched)" || fail "import summary: $out"
again=$(fd mail import "$work/inbox" "$work/replies.mbox")
echo "$again" | grep >/dev/null "4 read, 0 added .* 4 already held" || fail "importing twice added something: $again"
ok

list=$(fd mail list --state all --json)
m_ack=$(echo "$list" | python3 -c "import json,sys; print([m['reference'] for m in json.load(sys.stdin) if m.get('document')=='$n1'][0])")
m_dec=$(echo "$list" | python3 -c "import json,sys; print([m['reference'] for m in json.load(sys.stdin) if m.get('document')=='$n2'][0])")
m_amb=$(echo "$list" | python3 -c "import json,sys; print([m['reference'] for m in json.load(sys.stdin) if m['match']=='ambiguous'][0])")
echo "$list" | python3 -c "
import json,sys
for m in json.load(sys.stdin):
    assert len(m['sha256']) == 64 and m['messageID'] and m['dateText'] and m['from'], m
" || fail "a message lacks its SHA-256, Message-ID, Date or From"
echo "$list" | grep >/dev/null "in-reply-to" || fail "reply 1 was not matched by In-Reply-To"
echo "$list" | grep >/dev/null "document-reference" || fail "reply 2 was not matched by our reference"

show=$(fd mail show "$m_ack")
echo "$show" | grep >/dev/null 'acknowledgement' || fail "no acknowledgement proposed: $show"
echo "$show" | grep >/dev/null '"Thank you for your notice."' || fail "the proposal does not show its sentence"
echo "$show" | grep >/dev/null 'case-number 2026-TS-4471' || fail "the case number was not read"
fd mail show "$m_ack" --json | python3 -c 'import json,sys; assert all(f["kind"] != "removed" for f in json.load(sys.stdin)["mail"]["findings"])' \
    || fail "a phrase in the quoted original was read as the answer"
echo "$show" | grep >/dev/null 'Attachment: décision ^\[\[2J.pdf application/pdf' || fail "attachment name not decoded and sanitised"
html=$(fd mail show "$m_dec")
echo "$html" | grep >/dev/null "Text (from HTML; nothing was fetched)" || fail "HTML-only mail not shown as text"
echo "$html" | grep >/dev/null "Le contenu a été supprimé." || fail "iso-8859-1 base64 HTML not decoded"
echo "$html" | grep >/dev/null "alert" && fail "script text shown"
unmatched=$(fd mail unmatched)
echo "$unmatched" | grep >/dev/null "Weekly newsletter" || fail "the unmatched message is not listed"
echo "$unmatched" | grep >/dev/null "ambiguous: " || fail "the ambiguous message is not listed"
if printf '%s%s%s' "$show" "$html" "$unmatched" | grep >/dev/null $'\x1b'; then fail "an escape reached the terminal"; fi
ok

# Nothing changed on its own; a person confirms. The answer's date is the message's Date.
fd show "$n1" --json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["status"]=="sent", d["status"]' \
    || fail "a document changed state on import"
date_ack=$(echo "$list" | python3 -c "import json,sys; print([m['date'] for m in json.load(sys.stdin) if m['reference']=='$m_ack'][0])")
fd mail confirm "$m_ack" --dry-run | grep >/dev/null "flagdesk record $n1 --ack --provider-ref '2026-TS-4471' --at $date_ack" \
    || fail "confirm --dry-run does not pre-fill record: $(fd mail confirm "$m_ack" --dry-run)"
fd mail confirm "$m_ack" > /dev/null || fail "confirm failed"
fd show "$n1" --json | python3 -c "
import json,sys
d=json.load(sys.stdin)
assert d['status']=='acknowledged', d['status']
assert d['acknowledgedAt']=='$date_ack', (d['acknowledgedAt'], '$date_ack')
assert d['providerReference']=='2026-TS-4471'
" || fail "the confirmed answer is not recorded with the message's date"
fd mail confirm "$m_ack" > /dev/null 2>&1 && fail "a message was confirmed twice"
fd mail confirm "$m_dec" --decision removed > /dev/null || fail "a corrected confirm failed"
fd show "$n2" --json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["status"]=="decided" and d["outcome"]=="removed", d' \
    || fail "the decision was not recorded"
ok

# Standard input; the provider's own reference (recorded by the confirmation above) matches it.
fd mail import - < "$work/stdin.eml" | grep >/dev/null "1 added (1 matched" || fail "stdin message not matched by provider reference"
fd mail list --document "$n1" | grep -c "M-" | grep >/dev/null 2 || fail "the document does not list its two replies"
# A person attaches the ambiguous one.
fd mail attach "$m_amb" "$n3" | grep >/dev/null "attached to $n3" || fail "attach failed"
fd mail unmatched | grep >/dev/null "$m_amb" && fail "an attached message is still unmatched"
fd show "$n3" | grep >/dev/null "mail-attached" || fail "the attachment is not on the document's trail"
fd show "$n1" | grep >/dev/null "mail-received" || fail "the reply is not on the document's trail"
ok

# The desk (in tmux, TERM, LANG, TZ and size pinned): the Replies view lists the message read
# from standard input, Enter opens it with its proposal and sentence, c asks first (n changes
# nothing, y records it dated with the message's Date), a attaches the unmatched one.
command -v tmux > /dev/null || fail "tmux is not installed"
sock="$work/tmux.sock"
trap 'tmux -S "$sock" kill-server 2>/dev/null; [ -n "$sink_pid" ] && kill "$sink_pid" 2>/dev/null; rm -rf "$work"' EXIT
tmux -S "$sock" -f /dev/null new-session -d -x 100 -y 30 -s mail \
    "env -i PATH=\"$PATH\" HOME=\"$HOME\" XDG_CONFIG_HOME=\"$XDG_CONFIG_HOME\" XDG_DATA_HOME=\"$XDG_DATA_HOME\" \
    TZ=UTC LANG=C.UTF-8 TERM=screen-256color PS1='mail\$ ' bash --norc --noprofile"
pane() { tmux -S "$sock" capture-pane -p -t mail; }
keys() { tmux -S "$sock" send-keys -t mail "$@"; }
wait_for() {
    for _ in $(seq 1 300); do
        if pane | grep -qF -- "$1"; then return 0; fi
        sleep 0.1
    done
    fail "desk: '$1' never appeared ($2); the screen was:
$(pane)"
}
wait_for 'mail$' "shell started"
keys "$bin --config $config --store $store" Enter
wait_for "1:Inbox" "the desk opens"
keys M
wait_for "Replies by e-mail" "M opens the Replies view"
wait_for "[Case 2026-TS-4471] Update" "the new reply is listed"
keys Enter
wait_for "Proposal" "Enter opens the message"
wait_for "“Access to the content has been disabled in the EU.”" "the proposal shows its sentence"
keys c
wait_for "Record on $n1: decision disabled, dated" "c asks first"
keys n
wait_for "cancelled" "n answers the question"
fd show "$n1" --json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["status"]=="acknowledged", d["status"]' \
    || fail "desk: n changed the document"
keys c
wait_for "Record on $n1" "c asks again"
keys y
wait_for "$n1 is decided: recorded from" "y records the answer"
m_stdin=$(fd mail list --document "$n1" --json | python3 -c 'import json,sys; print([m for m in json.load(sys.stdin) if m["review"]=="confirmed" and "Update" in m["subject"]][0]["date"])') \
    || fail "desk: the confirmed message is not listed as confirmed"
fd show "$n1" --json | python3 -c "
import json,sys
d=json.load(sys.stdin)
assert d['status']=='decided' and d['outcome']=='disabled', d
assert d['decidedAt']=='$m_stdin', (d['decidedAt'], '$m_stdin')
" || fail "desk: the decision is not recorded with the message's date"
keys q
wait_for "Replies by e-mail" "back to the list"
keys Tab Tab
wait_for "Weekly newslet" "the Unmatched tab lists the newsletter"
keys a
wait_for "to document:" "a asks for the document"
keys -l "$n2"
keys Enter
wait_for "attached to $n2" "the message is attached"
keys q q
wait_for 'mail$' "q leaves the desk"
fd mail unmatched | grep >/dev/null "no messages" || fail "desk: the attached message is still unmatched"
ok

# Evidence: the files hash to their rows; verify checks them and finds a change.
fd verify > /dev/null || fail "verify fails after mail import"
sha=$(fd mail list --state all --json | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['sha256'])")
# Kept in its import's pack (one file per import): the bytes at its place hash to its row.
IFS='|' read -r pack start size <<<"$(sqlite3 "$store/flagdesk.sqlite" "SELECT pack, start, size FROM mail_pack_entries WHERE sha256 = '$sha'")"
file="$store/evidence/packs/$pack"
test "$(tail -c +$((start + 1)) "$file" | head -c "$size" | sha256sum | cut -c1-64)" = "$sha" \
    || fail "the kept message does not hash to its SHA-256"
chmod u+w "$file"; printf 'x' | dd of="$file" bs=1 seek=$((start + size - 1)) conv=notrunc status=none
fd verify > /dev/null 2>&1 && fail "verify did not notice a changed message file"
ok

echo "mail: $passed checks passed"
