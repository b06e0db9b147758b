#!/usr/bin/env bash
# The adversary holds the store but not the seal key: on copies of a demo store, each fact
# people rely on is changed with the stock sqlite3 shell (and the chain recomputed with Python),
# and `flagdesk verify` must fail naming the entity and the field. A zero-length database is an
# error, never a fresh desk; a backup whose manifest was recomputed is refused at restore.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build --show-bin-path)/flagdesk"
test -x "$bin" || { echo "tamper: FAIL: no binary at $bin (swift build first)" >&2; exit 1; }
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
export TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb NO_COLOR=1 COLUMNS=100 LINES=30
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
now="--now 2026-11-23T09:00:00Z"
passed=0
fail() { echo "tamper: FAIL: $*" >&2; exit 1; }

"$bin" init --simulated-clock --demo --store "$work/demo" $now >/dev/null || fail "init --demo"
# The demo records no people: one with a mandate, as a flagger would.
"$bin" person V-0001 --mandate erasure --signed 2026-11-01 --expires 2027-11-01 --consents-to-lea no \
    --wish-rule no-police \
    --store "$work/demo" $now >/dev/null || fail "person"
"$bin" verify --store "$work/demo" $now >/dev/null || fail "the untouched demo store does not verify"

# copy NAME: a fresh copy of the demo store (its WAL included) for one case.
copy() { rm -rf "$work/$1"; cp -a "$work/demo" "$work/$1"; echo "$work/$1"; }
q() { sqlite3 "$1/flagdesk.sqlite" "$2"; }
# expect NAME SQL PATTERN...: the edit, then verify fails and its output matches every pattern.
expect() {
    local name=$1 sql=$2 out code
    shift 2
    local store
    store=$(copy "$name")
    q "$store" "$sql"
    set +e
    out=$("$bin" verify --store "$store" $now 2>&1)
    code=$?
    set -e
    [ "$code" != 0 ] || fail "$name: verify passed after the edit"
    for pattern in "$@"; do
        grep -qE "$pattern" <<<"$out" || fail "$name: verify did not say /$pattern/: $out"
    done
    passed=$((passed + 1))
}

# Replies by e-mail (issue #19): one answering a sent notice, one matching nothing.
notice=$(q "$work/demo" "SELECT reference FROM documents WHERE status = 'sent' ORDER BY id LIMIT 1")
[ -n "$notice" ] || fail "the demo has no sent document"
mkdir -p "$work/inbox/new" "$work/inbox/cur" "$work/inbox/tmp"
printf 'From: Trust <dsa@provider.example>\nSubject: Re: %s\nDate: Mon, 23 Nov 2026 08:00:00 +0100\nMessage-ID: <r1@provider.example>\n\nWe have received your notice.\n' \
    "$notice" >"$work/inbox/new/1.host"
printf 'From: Someone <x@example.net>\nSubject: Newsletter\nDate: Mon, 23 Nov 2026 07:00:00 +0100\nMessage-ID: <n1@example.net>\n\nHello.\n' \
    >"$work/inbox/new/2.host"
"$bin" mail import "$work/inbox" --store "$work/demo" $now | grep -q "2 added (1 matched" || fail "mail import"
"$bin" verify --store "$work/demo" $now >/dev/null || fail "the demo store with mail does not verify"

added=$(q "$work/demo" "SELECT min(i.id) FROM items i JOIN events e ON e.entity = 'item' AND e.entity_id = i.reference AND e.action = 'add'")
[ -n "$added" ] || fail "the demo has no item made by add"
expect url "UPDATE items SET url = 'https://evil.example/' WHERE id = $added" "Seal BROKEN: item FD-[0-9-]+: url changed outside Flagdesk since seal event #[0-9]+"
expect lea-hold "UPDATE items SET lea_hold = 0 WHERE id = (SELECT min(id) FROM items WHERE lea_hold = 1)" "item FD-[0-9-]+: lea_hold changed"
expect threat "UPDATE items SET threat_to_life = 0 WHERE id = (SELECT min(id) FROM items WHERE threat_to_life = 1)" "item FD-[0-9-]+: threat_to_life changed"
expect consent "UPDATE people SET consents_to_lea = 1 - consents_to_lea WHERE id = (SELECT min(id) FROM people)" "person [^:]+: consents_to_lea changed"
expect mandate "UPDATE people SET mandate_expires_on = '2099-12-31' WHERE id = (SELECT min(id) FROM people WHERE mandate_expires_on IS NOT NULL)" "person [^:]+: mandate_expires_on changed"
expect deadline-moved "UPDATE deadlines SET due_at = '2099-01-01T00:00:00Z' WHERE id = (SELECT min(id) FROM deadlines WHERE status = 'open')" "deadline [^:]+: due_at changed"
expect deadline-closed "UPDATE deadlines SET status = 'met' WHERE id = (SELECT min(id) FROM deadlines WHERE status = 'open')" "deadline [^:]+: status changed"
expect approved-by "UPDATE documents SET approved_by = 'mallory' WHERE id = (SELECT min(id) FROM documents WHERE approved_by IS NOT NULL)" "document [A-Z]+-[0-9-]+: approved_by changed"
# This round's facts: the support worker's hold, an evidence-first waiver forged in, the team.
expect support-hold "UPDATE items SET support_hold = 1 - support_hold WHERE id = (SELECT min(id) FROM items)" "item FD-[0-9-]+: support_hold changed"
expect waiver-forged "INSERT INTO evidence_waivers (item_id, step, reason, waived_by, waived_at) VALUES ((SELECT min(id) FROM items), 'referral', 'forged', 'mallory', '2026-01-01T00:00:00Z')" "evidence-first waiver .* is not sealed"
expect team-login "UPDATE team_members SET login = 'mallory' WHERE rowid = (SELECT min(rowid) FROM team_members)" "team member [^:]+: login changed"
# The person's wishes bind only if nobody can drop, change or forge one outside Flagdesk (issue #15).
expect wish-dropped "DELETE FROM person_wishes WHERE kind = 'no-police'" "person_wishes: the last seal recorded [0-9]+ rows, the store holds [0-9]+ \(1 deleted outside Flagdesk\)"
expect wish-changed "UPDATE person_wishes SET kind = 'no-erasure-request' WHERE kind = 'no-police'" "wish [^:]+: kind changed"
expect assignment-forged "INSERT INTO person_assignments (person_id, assignee, assigned_by, assigned_at) VALUES ((SELECT min(id) FROM people), 'mallory', 'mallory', '2026-01-01T00:00:00Z')" "person assignment .* is not sealed"
expect inserted "INSERT INTO items (reference, url, url_normalized, host, source, status, priority, created_at, created_by, updated_at) VALUES ('FD-2026-999999', 'https://x.example/', 'https://x.example/', 'x.example', 'other', 'new', 2, '2026-01-01T00:00:00Z', 'mallory', '2026-01-01T00:00:00Z')" "item FD-2026-999999 is not sealed"

# Evidence: a file replaced together with its row's hash and size; a row deleted with its file.
store=$(copy evidence-replaced)
read -r eid old_hash <<<"$(q "$store" "SELECT id, sha256 FROM evidence WHERE purged_at IS NULL ORDER BY id LIMIT 1" | tr '|' ' ')"
printf 'forged evidence' >"$work/forged"
new_hash=$(sha256sum "$work/forged" | cut -c1-64)
mkdir -p "$store/evidence/${new_hash:0:2}"
cp "$work/forged" "$store/evidence/${new_hash:0:2}/$new_hash"
chmod -f u+w "$store/evidence/${old_hash:0:2}/$old_hash" && rm -f "$store/evidence/${old_hash:0:2}/$old_hash"
q "$store" "UPDATE evidence SET sha256 = '$new_hash', size = 15 WHERE id = $eid"
set +e; out=$("$bin" verify --store "$store" $now 2>&1); code=$?; set -e
[ "$code" != 0 ] && grep -qE "evidence FD-[0-9-]+ evidence #$eid: sha256, size changed" <<<"$out" \
    || fail "evidence replaced: exit $code: $out"
passed=$((passed + 1))
store=$(copy evidence-deleted)
read -r eid old_hash <<<"$(q "$store" "SELECT id, sha256 FROM evidence WHERE purged_at IS NULL ORDER BY id LIMIT 1" | tr '|' ' ')"
q "$store" "PRAGMA foreign_keys = OFF; DELETE FROM evidence WHERE id = $eid"
rm -f "$store/evidence/${old_hash:0:2}/$old_hash"
set +e; out=$("$bin" verify --store "$store" $now 2>&1); code=$?; set -e
[ "$code" != 0 ] && grep -qE "evidence: the last seal recorded [0-9]+ rows, the store holds [0-9]+ \(1 deleted" <<<"$out" \
    || fail "evidence deleted: exit $code: $out"
passed=$((passed + 1))

# A reply's row and its file: re-dated, re-matched, its file changed, marked purged by hand.
expect mail-date "UPDATE mail_messages SET date_at = '2026-01-01T00:00:00Z' WHERE id = (SELECT min(id) FROM mail_messages WHERE document_id IS NOT NULL)" "Seal BROKEN: mail M-[0-9-]+: date_at changed"
expect mail-rematched "UPDATE mail_messages SET document_id = (SELECT max(id) FROM documents), match = 'matched' WHERE id = (SELECT max(id) FROM mail_messages)" "mail M-[0-9-]+: document_id, match changed"
# Each imported message lies in its import's pack (mail_pack_entries: pack, start, size).
store=$(copy mail-file)
mail_hash=$(q "$store" "SELECT sha256 FROM mail_messages ORDER BY id LIMIT 1")
mail_ref=$(q "$store" "SELECT reference FROM mail_messages ORDER BY id LIMIT 1")
IFS='|' read -r mail_pack mail_start mail_size <<<"$(q "$store" "SELECT pack, start, size FROM mail_pack_entries WHERE sha256 = '$mail_hash'")"
[ -n "$mail_pack" ] || fail "the first message has no place in a pack"
pack_file() { echo "$1/evidence/packs/$mail_pack"; }
chmod -f u+w "$(pack_file "$store")"
printf 'X' | dd of="$(pack_file "$store")" bs=1 seek=$((mail_start + mail_size - 8)) conv=notrunc status=none
set +e; out=$("$bin" verify --store "$store" $now 2>&1); code=$?; set -e
[ "$code" != 0 ] && grep -qF "the file of mail $mail_ref changed" <<<"$out" || fail "mail file changed: exit $code: $out"
passed=$((passed + 1))
store=$(copy mail-cut)
chmod -f u+w "$(pack_file "$store")"
truncate -s $((mail_start + 10)) "$(pack_file "$store")"
set +e; out=$("$bin" verify --store "$store" $now 2>&1); code=$?; set -e
[ "$code" != 0 ] && grep -qF "the file of mail $mail_ref is cut short (10 of $mail_size bytes held)" <<<"$out" \
    || fail "mail pack cut short: exit $code: $out"
passed=$((passed + 1))
store=$(copy mail-pack-deleted)
rm -f "$(pack_file "$store")"
set +e; out=$("$bin" verify --store "$store" $now 2>&1); code=$?; set -e
[ "$code" != 0 ] && grep -qF "the file of mail $mail_ref is missing" <<<"$out" || fail "mail pack deleted: exit $code: $out"
passed=$((passed + 1))
store=$(copy mail-purged-by-hand)
q "$store" "UPDATE mail_messages SET purged_at = '2026-11-23T09:00:00Z' WHERE reference = '$mail_ref'"
printf '%*s' "$mail_size" '' | tr ' ' '\0' | dd of="$(pack_file "$store")" bs=1 seek="$mail_start" conv=notrunc status=none
set +e; out=$("$bin" verify --store "$store" $now 2>&1); code=$?; set -e
[ "$code" != 0 ] && grep -qF "mail $mail_ref marked purged at 2026-11-23T09:00:00Z, but no purge event" <<<"$out" \
    || fail "mail purged by hand: exit $code: $out"
passed=$((passed + 1))

# The chain recomputed after rewriting who revealed a victim (or, without a reveal in the
# demo, who approved a document): the unkeyed chain agrees again, the seal does not.
store=$(copy chain)
python3 - "$store/flagdesk.sqlite" <<'PY' || fail "chain: the rewrite script failed"
import hashlib, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("DROP TRIGGER events_append_only_update")
target = db.execute("SELECT min(id) FROM events WHERE action = 'revealed'").fetchone()[0] \
    or db.execute("SELECT min(id) FROM events WHERE action = 'approve'").fetchone()[0]
assert target, "no event to rewrite"
previous = "0" * 64
for row in db.execute("SELECT id, at, actor, entity, entity_id, action, payload FROM events ORDER BY id").fetchall():
    id_, at, actor, entity, entity_id, action, payload = row
    if id_ == target:
        actor = "someone-else"
    h = hashlib.sha256()
    for field in [previous, str(id_), at, actor, entity, entity_id, action, payload]:
        data = field.encode()
        h.update(f"{len(data)}:".encode()); h.update(data)
    digest = h.hexdigest()
    db.execute("UPDATE events SET actor = ?, prev_hash = ?, hash = ? WHERE id = ?", (actor, previous, digest, id_))
    previous = digest
db.commit()
PY
set +e; out=$("$bin" verify --store "$store" $now 2>&1); code=$?; set -e
[ "$code" != 0 ] && grep -q "Audit chain intact" <<<"$out" && grep -qE "seal event #[0-9]+ does not match the seal key" <<<"$out" \
    || fail "chain recomputed: exit $code: $out"
passed=$((passed + 1))

# verify --json names the same facts, camelCase.
store=$(copy json)
q "$store" "UPDATE items SET url = 'https://evil.example/' WHERE id = $added"
set +e; "$bin" verify --json --store "$store" $now >"$work/verify.json" 2>/dev/null; set -e
python3 - "$work/verify.json" <<'PY' || fail "verify --json does not locate the edit"
import json, sys
report = json.load(open(sys.argv[1]))
assert report["intact"] is False and report["sealChecked"] is True
hits = [p for p in report["problems"] if p.get("entity") == "item" and p.get("fields") == ["url"] and p.get("sinceEvent")]
assert hits, report["problems"]
PY
passed=$((passed + 1))

# A head written down elsewhere: found in the untouched store, not in one cut back before it.
head=$(q "$work/demo" "SELECT hash FROM events ORDER BY id DESC LIMIT 1")
"$bin" verify --store "$work/demo" --expect-head "$head" $now >/dev/null || fail "expect-head on the untouched store"
set +e; out=$("$bin" verify --store "$work/demo" --expect-head "$(printf '%064d' 7)" $now 2>&1); code=$?; set -e
[ "$code" != 0 ] && grep -q "Expected head NOT in the trail" <<<"$out" || fail "an unknown head passed: $out"
passed=$((passed + 1))

# Without the key nothing is proven: verify says so and fails; a write is refused with the fix.
mv "$XDG_CONFIG_HOME/flagdesk/seal.key" "$work/seal.key.away"
set +e; out=$("$bin" verify --store "$work/demo" $now 2>&1); code=$?; set -e
[ "$code" != 0 ] && grep -q "Seal NOT CHECKED: no seal key file" <<<"$out" || fail "verify without the key: $out"
set +e; out=$("$bin" add https://new.example/ad --store "$work/demo" $now 2>&1); code=$?; set -e
[ "$code" != 0 ] && grep -q "seal key file is missing" <<<"$out" || fail "a write without the key: exit $code: $out"
mv "$work/seal.key.away" "$XDG_CONFIG_HOME/flagdesk/seal.key"
passed=$((passed + 1))

# A zero-length database is an error, never a fresh, verifying desk.
store=$(copy empty)
rm -f "$store"/flagdesk.sqlite-*
: >"$store/flagdesk.sqlite"
set +e; out=$("$bin" verify --store "$store" $now 2>&1); code=$?; set -e
[ "$code" != 0 ] && grep -q "is not a Flagdesk store (the database file is empty)" <<<"$out" || fail "empty db: $out"
[ ! -s "$store/flagdesk.sqlite" ] || fail "the empty database file was written to"
passed=$((passed + 1))

# A backup edited and its manifest's hashes recomputed is refused at restore.
"$bin" backup "$work/backup" --store "$work/demo" $now >/dev/null || fail "backup"
q "$work/backup" "UPDATE items SET url = 'https://evil.example/' WHERE id = $added"
python3 - "$work/backup" <<'PY'
import hashlib, json, os, sys
root = sys.argv[1]
path = os.path.join(root, "manifest.json")
manifest = json.load(open(path))
data = open(os.path.join(root, "flagdesk.sqlite"), "rb").read()
manifest["database"]["sha256"] = hashlib.sha256(data).hexdigest()
manifest["database"]["size"] = len(data)
json.dump(manifest, open(path, "w"), indent=2, sort_keys=True)
PY
set +e; out=$("$bin" restore "$work/backup" --store "$work/restored" $now 2>&1); code=$?; set -e
[ "$code" != 0 ] && grep -q "manifest.json does not match its seal" <<<"$out" || fail "edited backup: exit $code: $out"
[ ! -e "$work/restored/flagdesk.sqlite" ] || fail "an edited backup was restored"
passed=$((passed + 1))

echo "tamper: $passed checks passed"
