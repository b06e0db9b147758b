#!/usr/bin/env bash
# Exports read back by real parsers, on a demo store with notices sent and decided:
# the .eml by Python's email package (headers decoded, body equal to the txt export), the
# bundle by `unzip -t` and `sha256sum -c`, the .ics by a line-level RFC 5545 check, the JSON
# export against Schemas/document.schema.json, the PDF letter by poppler's pdftotext, and the
# report's counts against sqlite3.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
bin="$(swift build --show-bin-path)/flagdesk"
test -x "$bin" || { echo "exports: FAIL: no binary at $bin (swift build first)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb NO_COLOR=1
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
store="$work/store"
config="$work/config.toml"
passed=0
fail() { echo "exports: FAIL: $*" >&2; exit 1; }
ok() { passed=$((passed + 1)); }
# Global options go after the subcommand (and its own subcommand).
fd() { "$bin" "$@" --config "$config" --store "$store"; }

cat > "$config" <<'EOF'
[organisation]
name = "Stichting Voorbeeld"
email = "meldingen@voorbeeld.example"
signatory = "A. de Vries"

[organisation.trusted_flagger]
awarding_dsc = "ACM"
awarded_on = 2025-03-01
area_of_expertise = "Trafficking in human beings and sexual exploitation"
independence_statement = "Funded by public grants only; no platform money."

[time]
zone = "Europe/Amsterdam"

[approval]
four_eyes = false

[[providers]]
key = "voorbeeld-video"
name = "Voorbeeld Vidéo"
legal_entity = "Voorbeeld Video B.V."
country = "NL"
hosts = ["voorbeeld-video.example"]
notice_channel = "dsa@voorbeeld-video.example"
languages = ["nl", "en"]
EOF

fd init --simulated-clock --demo --now 2026-11-02T08:00:00Z > /dev/null

# Three notices to the configured provider: sent on different days, two decided.
printf 'screenshot bytes\n' > "$work/capture.png"
notice_for() { # URL NOW -> prints the notice reference
    local url=$1 now=$2 item notice
    item=$(fd add "$url" --category scams-and-fraud --content-type image --explanation "Fake job advert luring workers" \
        --evidence "$work/capture.png" --force --now "$now" | tail -n 1)
    fd triage "$item" --category scams-and-fraud --explanation "Fake job advert luring workers abroad" \
        --legal-basis "Criminal Code, fraud (Art. 496)" \
        --now "$now" > /dev/null
    notice=$(fd draft dsa-notice --item "$item" --set bona-fide=yes --json --now "$now" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["reference"])')
    fd approve "$notice" --now "$now" > /dev/null
    fd send "$notice" --via manual --now "$now" > /dev/null
    echo "$notice $item"
}
read -r n1 item1 < <(notice_for "https://voorbeeld-video.example/v/1" 2026-11-02T09:00:00Z)
read -r n2 _ < <(notice_for "https://voorbeeld-video.example/v/2" 2026-11-03T09:00:00Z)
read -r n3 _ < <(notice_for "https://voorbeeld-video.example/v/3" 2026-11-04T09:00:00Z)
fd record "$n1" --decision removed --at 2026-11-03T09:00:00Z --now 2026-11-04T10:00:00Z > /dev/null
fd record "$n2" --decision rejected --at 2026-11-06T21:00:00Z --now 2026-11-06T21:00:00Z > /dev/null
reminder=$(fd draft reminder --parent "$n3" --json --now 2026-11-20T09:00:00Z \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["reference"])')
now=--now=2026-11-23T09:00:00Z

# .eml: parsed by Python's email package; the decoded body is the txt export of the same draft.
fd export "$reminder" --format txt "$now" > "$work/reminder.txt"
fd export "$reminder" --format eml --out "$work/reminder.eml" "$now" > /dev/null
test "$(stat -c %a "$work/reminder.eml")" = 600 || fail "the .eml is not 0600"
python3 - "$work/reminder.eml" "$work/reminder.txt" "$reminder" "$n3" <<'PY' || fail "the .eml does not parse as expected"
import email, email.policy, sys
raw = open(sys.argv[1], "rb").read()
message = email.message_from_bytes(raw, policy=email.policy.default)
text = open(sys.argv[2], encoding="utf-8").read()
reference, parent = sys.argv[3], sys.argv[4]
assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF in the message"
assert str(message["From"]) == "Stichting Voorbeeld <meldingen@voorbeeld.example>", message["From"]
assert str(message["To"]) == "Voorbeeld Vidéo <dsa@voorbeeld-video.example>", message["To"]
assert reference in str(message["Subject"]), message["Subject"]
assert message["Message-ID"] == f"<{reference}@voorbeeld.example>", message["Message-ID"]
assert message["In-Reply-To"] == f"<{parent}@voorbeeld.example>", message["In-Reply-To"]
assert message["Date"].datetime is not None
body = message.get_body(preferencelist=("plain",))
assert body["Content-Transfer-Encoding"] == "quoted-printable"
assert body.get_content().replace("\r\n", "\n") == text, "decoded body differs from the txt export"
attachments = list(message.iter_attachments())
assert len(attachments) == 1, attachments
manifest = attachments[0].get_content()
if isinstance(manifest, bytes):
    manifest = manifest.decode()
assert manifest.startswith("item_reference,sha256,size_bytes,media_type,captured_at,captured_by"), manifest
PY
ok

# A sent notice exports its frozen text byte for byte.
fd export "$n1" --format txt --out "$work/n1.txt" "$now" > /dev/null
sqlite3 "$store/flagdesk.sqlite" "SELECT frozen_text FROM documents WHERE reference = '$n1'" > "$work/n1.sql.txt"
# sqlite3 adds one newline after the value.
python3 -c 'import sys; a=open(sys.argv[1],"rb").read(); b=open(sys.argv[2],"rb").read(); sys.exit(0 if a + b"\n" == b else 1)' \
    "$work/n1.txt" "$work/n1.sql.txt" || fail "the export of $n1 differs from its frozen text"
fd export "$n1" --format txt --out "$work/n1.txt" "$now" > /dev/null 2>&1 && fail "an existing --out file was overwritten"
fd export "$n1" --format txt --out "$work/n1.txt" --force "$now" > /dev/null || fail "--force did not replace the file"
ok

# PDF: the letter as WeasyPrint prints it, read back by poppler's pdftotext: the letterhead, the
# text as sent and its SHA-256; without WeasyPrint a clear refusal and no file.
fd export "$n1" --format pdf --out "$work/n1.pdf" "$now" > /dev/null || fail "the PDF export failed"
test "$(head -c 5 "$work/n1.pdf")" = "%PDF-" || fail "n1.pdf is not a PDF"
pdftotext -layout "$work/n1.pdf" "$work/n1.pdf.txt"
for expected in "Stichting Voorbeeld" "$n1" "https://voorbeeld-video.example/v/1" \
    "Text as sent, SHA-256 $(sha256sum < "$work/n1.txt" | cut -c1-64)"; do
    grep -qF -- "$expected" "$work/n1.pdf.txt" || fail "the PDF of $n1 lacks: $expected"
done
nopdf=$(PATH=/usr/bin/nonexistent "$bin" export "$n1" --format pdf --out "$work/none.pdf" --config "$config" --store "$store" "$now" 2>&1) \
    && fail "a PDF export without WeasyPrint succeeded"
grep -q "apt-get install weasyprint" <<< "$nopdf" || fail "no clear message without WeasyPrint: $nopdf"
test ! -e "$work/none.pdf" || fail "a failed PDF export left a file"
ok

# JSON export validated against the schema (a validator for the subset the schema uses).
for doc in "$n1" "$reminder"; do
    fd export "$doc" --format json "$now" > "$work/$doc.json"
    python3 - "$repo/Schemas/document.schema.json" "$work/$doc.json" <<'PY' || fail "$doc.json does not match the schema"
import json, re, sys
schema = json.load(open(sys.argv[1]))
document = json.load(open(sys.argv[2]))
kinds = {"string": str, "boolean": bool, "integer": int, "array": list, "object": dict}
def check(value, rule, path):
    if "const" in rule:
        assert value == rule["const"], f"{path}: {value!r} is not {rule['const']!r}"
    if "enum" in rule:
        assert value in rule["enum"], f"{path}: {value!r} not in enum"
    if "type" in rule:
        expected = kinds[rule["type"]]
        assert isinstance(value, expected) and not (expected is int and isinstance(value, bool)), f"{path}: not {rule['type']}"
    if "pattern" in rule:
        assert re.search(rule["pattern"], value), f"{path}: {value!r} does not match {rule['pattern']}"
    if isinstance(value, dict):
        for key in rule.get("required", []):
            assert key in value, f"{path}: required {key} missing"
        properties = rule.get("properties", {})
        for key, child in value.items():
            if key in properties:
                check(child, properties[key], f"{path}.{key}")
            else:
                assert rule.get("additionalProperties", True) is not False, f"{path}: unexpected {key}"
    if isinstance(value, list) and "items" in rule:
        for index, child in enumerate(value):
            check(child, rule["items"], f"{path}[{index}]")
check(document, schema, "$")
PY
done
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["source_type"]=="SOURCE_TRUSTED_FLAGGER" and d["art16"]["bona_fide_statement"] and d["frozen"]' \
    "$work/$n1.json" || fail "the notice's JSON lacks the Art. 16 elements"
ok

# Bundle: unzip -t, then sha256sum -c inside the unpacked folder.
fd bundle "$item1" --out "$work/bundle.zip" "$now" > /dev/null
test "$(stat -c %a "$work/bundle.zip")" = 600 || fail "the bundle is not 0600"
mkdir "$work/unpacked"
if command -v unzip > /dev/null; then
    unzip -tq "$work/bundle.zip" > /dev/null || fail "unzip -t refused the bundle"
    (cd "$work/unpacked" && unzip -q "$work/bundle.zip") || fail "unzip failed"
else
    # No unzip on this machine (CI installs only what .ci/run lists): Python's zipfile tests the CRCs.
    python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; z.extractall(sys.argv[2])' \
        "$work/bundle.zip" "$work/unpacked" || fail "the bundle does not unpack"
fi
(cd "$work/unpacked" && sha256sum -c --quiet SHA256SUMS) || fail "sha256sum -c failed"
test -f "$work/unpacked/documents/$n1.txt" || fail "the sent notice is not in the bundle"
ls "$work/unpacked/evidence/$item1/" | grep -q 'capture.png$' || fail "the evidence file is not in the bundle"
grep -q "\"entity_id\":\"$n1\"" "$work/unpacked/custody-log.jsonl" || fail "the custody log lacks the notice's events"
ok

# Calendar: CRLF lines of at most 75 octets, one VEVENT per open deadline, unique stable UIDs.
fd deadlines --format ics "$now" > "$work/a.ics"
fd deadlines --format ics --now=2026-11-24T09:00:00Z > "$work/b.ics"
python3 - "$work/a.ics" "$work/b.ics" <<'PY' || fail "the calendar is not valid"
import sys
def parse(path):
    raw = open(path, "rb").read()
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), "lines must end in CRLF"
    lines = raw.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines), "a line is longer than 75 octets"
    unfolded = b"\r\n".join(lines).replace(b"\r\n ", b"").decode("utf-8").split("\r\n")
    assert unfolded[0] == "BEGIN:VCALENDAR" and unfolded[-1] == "END:VCALENDAR"
    stack, uids = [], []
    for line in unfolded:
        if line.startswith("BEGIN:"):
            stack.append(line[6:])
        elif line.startswith("END:"):
            assert stack.pop() == line[4:], f"unbalanced {line}"
        elif line.startswith("UID:"):
            uids.append(line[4:])
    assert not stack
    assert unfolded.count("BEGIN:VEVENT") == len(uids) > 0
    assert len(set(uids)) == len(uids), "duplicate UIDs"
    return set(uids)
first, second = parse(sys.argv[1]), parse(sys.argv[2])
assert first & second, "no UID survived a re-export"
PY
ok

# Read by Python's icalendar: every open deadline is one confirmed event that ends at its due
# instant (an end-of-day deadline stays on its day); a met deadline comes out cancelled under the
# same UID; a new organisation e-mail changes no UID.
fd deadlines --json "$now" > "$work/open.json"
fd deadlines --format ics --now=2026-11-04T12:00:00Z > "$work/early.ics"
sed -i 's/meldingen@voorbeeld.example/alerts@elders.example/' "$config"
fd deadlines --format ics "$now" > "$work/other-mail.ics"
sed -i 's/alerts@elders.example/meldingen@voorbeeld.example/' "$config"
python3 - "$work/a.ics" "$work/open.json" "$work/early.ics" "$work/other-mail.ics" "$n1" <<'PY' || fail "icalendar disagrees"
import datetime, json, sys, zoneinfo
import icalendar
def events(path):
    return list(icalendar.Calendar.from_ical(open(path, "rb").read()).walk("VEVENT"))
calendar, open_rows = events(sys.argv[1]), json.load(open(sys.argv[2]))
confirmed = [e for e in calendar if str(e.get("STATUS")) == "CONFIRMED"]
assert len(confirmed) == len(open_rows) > 0, (len(confirmed), len(open_rows))
due = sorted(datetime.datetime.fromisoformat(row["due"].replace("Z", "+00:00")) for row in open_rows)
assert sorted(e.decoded("DTEND") for e in confirmed) == due, "each event ends at its due instant"
amsterdam, end_of_day = zoneinfo.ZoneInfo("Europe/Amsterdam"), 0
for event in confirmed:
    start, end = (event.decoded(key).astimezone(amsterdam) for key in ("DTSTART", "DTEND"))
    if end.time() == datetime.time(23, 59, 59):
        end_of_day += 1
        assert start.date() == end.date(), f"{event.get('UID')} spills into the next day"
    assert len(event.walk("VALARM")) == 2
assert end_of_day > 0, "no end-of-day deadline was checked"
n1 = sys.argv[5]
early = events(sys.argv[3])
met = [e for e in early if str(e.get("UID")).startswith(n1 + ".")]
assert met and all(str(e.get("STATUS")) == "CANCELLED" and not e.walk("VALARM") for e in met), met
assert {str(e.get("UID")) for e in calendar} == {str(e.get("UID")) for e in events(sys.argv[4])}, "UIDs moved"
PY
ok

# Report for 2026: counts against SQL on the same store.
fd report --year 2026 --format json "$now" > "$work/report.json"
fd report --year 2026 --format html --out "$work/report.html" "$now" > /dev/null
db="$store/flagdesk.sqlite"
# The year 2026 in Europe/Amsterdam, in UTC.
sent_2026="kind = 'dsa-notice' AND sent_at >= '2025-12-31T23:00:00Z' AND sent_at < '2026-12-31T23:00:00Z'"
q() { sqlite3 "$db" "$1"; }
notices=$(q "SELECT COUNT(*) FROM documents WHERE $sent_2026")
removed=$(q "SELECT COUNT(*) FROM documents WHERE $sent_2026 AND outcome = 'removed'")
rejected=$(q "SELECT COUNT(*) FROM documents WHERE $sent_2026 AND outcome = 'rejected'")
pending=$(q "SELECT COUNT(*) FROM documents WHERE $sent_2026 AND outcome IS NULL")
ours=$(q "SELECT COUNT(*) FROM documents WHERE $sent_2026 AND recipient_key = 'voorbeeld-video'")
q "SELECT (julianday(decided_at) - julianday(sent_at)) * 24 FROM documents WHERE $sent_2026
   AND outcome IS NOT NULL AND outcome != 'no-answer' AND decided_at IS NOT NULL" > "$work/hours.txt"
python3 - "$work/report.json" "$notices" "$removed" "$rejected" "$pending" "$ours" "$work/hours.txt" <<'PY' || fail "report counts differ from SQL"
import json, math, sys
report = json.load(open(sys.argv[1]))
notices, removed, rejected, pending, ours = map(int, sys.argv[2:7])
hours = sorted(float(line) for line in open(sys.argv[7]) if line.strip())
assert report["notices"] == notices >= 3, (report["notices"], notices)
actions = {row["key"]: row["count"] for row in report["by_action"]}
assert actions.get("removed", 0) == removed and actions.get("rejected", 0) == rejected, (actions, removed, rejected)
assert report["pending"] == pending == actions.get("pending", 0), (report["pending"], pending)
assert sum(actions.values()) == notices == sum(row["count"] for row in report["by_provider"])
providers = {row["label"]: row["count"] for row in report["by_provider"]}
assert providers["Voorbeeld Vidéo"] == ours == 3, providers
assert report["decided"] == len(hours), (report["decided"], len(hours))
middle = len(hours) // 2
median = hours[middle] if len(hours) % 2 else (hours[middle - 1] + hours[middle]) / 2
p90 = hours[math.ceil(0.9 * len(hours)) - 1]
assert abs(report["median_hours_to_decision"] - median) < 0.01, (report["median_hours_to_decision"], median)
assert abs(report["p90_hours_to_decision"] - p90) < 0.01, (report["p90_hours_to_decision"], p90)
assert report["independence_statement"].startswith("Funded by public grants")
PY
# No personal data and no content URL in any format.
for format in md csv json html; do
    fd report --year 2026 --format "$format" "$now" > "$work/report.$format"
    if grep -q -e "voorbeeld-video.example/v/" -e "https://" -e "capture.png" "$work/report.$format"; then
        fail "the $format report contains a URL or file name"
    fi
done
grep -q "<svg" "$work/report.html" || fail "the HTML report has no chart"
ok

# Templates: the shipped ones check out; a broken user template is reported (exit 1).
fd templates check "$now" > /dev/null || fail "shipped templates do not check out"
mkdir -p "$work/mytemplates/dsa-notice"
printf -- '---\nsubject: {{document.reference}}\n---\n{{notice.explanaton}}\n' > "$work/mytemplates/dsa-notice/en.mustache"
printf '\n[templates]\ndirectory = "%s"\n' "$work/mytemplates" >> "$config"
if fd templates check "$now" > "$work/check.out"; then fail "a broken template passed the check"; fi
grep -q "unknown key 'notice.explanaton'" "$work/check.out" || fail "the unknown key is not reported"
ok

echo "exports: $passed passed, 0 failed"
