#!/usr/bin/env bash
# Backup, restore and purge on a demo store, checked with the tools a sceptical admin would use:
# sha256sum against the manifest, sqlite3 for counts and integrity, `flagdesk verify` on both
# sides; a tampered backup and a non-empty target are refused; a purge past the retention
# period keeps the chain verifying and the annual report byte for byte the same.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build --show-bin-path)/flagdesk"
test -x "$bin" || { echo "backup-restore: FAIL: no binary at $bin (swift build first)" >&2; exit 1; }
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
export TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb NO_COLOR=1
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
store="$work/store"
passed=0
fail() { echo "backup-restore: FAIL: $*" >&2; exit 1; }
ok() { passed=$((passed + 1)); }
now="--now 2026-11-23T09:00:00Z"
counts() { sqlite3 "$1/flagdesk.sqlite" "SELECT (SELECT COUNT(*) FROM items), (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM evidence), (SELECT hash FROM events ORDER BY id DESC LIMIT 1);"; }

"$bin" init --simulated-clock --demo --store "$store" $now >/dev/null || fail "init --demo"
echo "planted key material" > "$store/flagdesk.key"
chmod 600 "$store/flagdesk.key"
seal_key=$(sed -n 's/^key //p' "$XDG_CONFIG_HOME/flagdesk/seal.key")
[ ${#seal_key} = 64 ] || fail "init wrote no seal key beside the configuration"

# Backup: private folder, manifest hashes agree with sha256sum, no key file, checks reported.
out=$("$bin" backup "$work/backup" --store "$store" $now) || fail "backup exited $?"
grep -q "SQLite integrity check: ok" <<<"$out" || fail "backup did not report the integrity check: $out"
grep -q "audit chain intact" <<<"$out" || fail "backup did not report the chain check"
grep -q "back up the key file separately" <<<"$out" || fail "backup did not warn about the key file"
ok
[ "$(stat -c %a "$work/backup")" = 700 ] || fail "backup folder is not 0700"
[ -z "$(find "$work/backup" -type f ! -perm 600)" ] || fail "a backup file is not 0600"
# No key's bytes anywhere in the backup, under any name, inside any file (the database included).
if grep -rqaF -e "$seal_key" -e "planted key material" "$work/backup"; then fail "key material was copied"; fi
ok
python3 - "$work/backup" <<'PY' || fail "manifest hashes do not match sha256sum"
import hashlib, json, sys, os
root = sys.argv[1]
manifest = json.load(open(os.path.join(root, "manifest.json")))
for entry in [manifest["database"]] + manifest["evidence"]:
    with open(os.path.join(root, entry["path"]), "rb") as f:
        assert hashlib.sha256(f.read()).hexdigest() == entry["sha256"], entry["path"]
assert len(manifest["evidence"]) > 100, len(manifest["evidence"])
PY
[ "$(sqlite3 "$work/backup/flagdesk.sqlite" 'PRAGMA integrity_check;')" = ok ] || fail "sqlite3 integrity_check"
ok

# At a terminal a backup says how far it has come, stage by stage; piped, it prints no progress.
script -qec "\"$bin\" backup \"$work/backup-tty\" --store \"$store\" $now" /dev/null >"$work/tty-out" 2>&1 \
    || fail "backup at a terminal exited $?"
for stage in "copying the database" "copying evidence" "checking the copy"; do
    grep -q "$stage" "$work/tty-out" || fail "no progress for '$stage' at a terminal: $(head -c 400 "$work/tty-out")"
done
if grep -q "copying the database" <<<"$out"; then fail "progress written into piped output"; fi
ok

# verify, too: the trail, the evidence files counted, then the wait for the checks beside them.
script -qec "\"$bin\" verify --store \"$store\" $now" /dev/null >"$work/verify-tty" 2>&1 \
    || fail "verify at a terminal exited $?"
for stage in "verify: checking the audit trail" "verify: hashing evidence files" "verify: waiting for SQLite"; do
    grep -q "$stage" "$work/verify-tty" || fail "no progress for '$stage': $(head -c 400 "$work/verify-tty")"
done
"$bin" verify --store "$store" $now 2>&1 | grep -q "hashing evidence" && fail "verify progress written into a pipe"
ok

# A second backup into the same folder is refused.
set +e
"$bin" backup "$work/backup" --store "$store" $now 2>"$work/err" >/dev/null; code=$?
set -e
[ "$code" = 1 ] && grep -q "not empty" "$work/err" || fail "backup into a non-empty folder: exit $code"
ok

# Restore into a new folder: same counts, same chain head (before the backup event), verify passes.
"$bin" restore "$work/backup" --store "$work/restored" $now >/dev/null || fail "restore exited $?"
"$bin" verify --store "$work/restored" $now >/dev/null || fail "verify on the restored store"
head_in_manifest=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["chain_head"])' "$work/backup/manifest.json")
[ "$(counts "$work/restored")" = "$(sqlite3 "$store/flagdesk.sqlite" "SELECT (SELECT COUNT(*) FROM items), (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM evidence), '$head_in_manifest';")" ] \
    || fail "restored counts or chain head differ"
[ "$(stat -c %a "$work/restored")" = 700 ] || fail "restored store is not 0700"
[ ! -e "$work/restored/flagdesk.key" ] || fail "a key file appeared in the restored store"
ok

# Restoring over a store is refused, and the store is untouched.
set +e
"$bin" restore "$work/backup" --store "$store" $now 2>"$work/err" >/dev/null; code=$?
set -e
[ "$code" = 1 ] && grep -q "Move it away first" "$work/err" || fail "restore over a store: exit $code"
"$bin" verify --store "$store" $now >/dev/null || fail "the store changed after a refused restore"
ok

# Tampered backups are refused with what failed.
tamper() { rm -rf "$work/t"; cp -a "$work/backup" "$work/t"; }
expect_refused() {
    set +e
    "$bin" restore "$work/t" --store "$work/t-restored" $now 2>"$work/err" >/dev/null; code=$?
    set -e
    [ "$code" = 1 ] || fail "$1: restore exited $code"
    grep -q "$2" "$work/err" || fail "$1: message lacks '$2': $(cat "$work/err")"
    [ ! -e "$work/t-restored" ] || fail "$1: something was restored"
    ok
}
tamper
victim=$(find "$work/t/evidence" -type f | sort | sed -n 1p)  # sed reads all: no SIGPIPE under pipefail
printf 'X' | dd of="$victim" bs=1 seek=0 conv=notrunc status=none
expect_refused "one byte of evidence" "does not match its SHA-256"
tamper
sqlite3 "$work/t/flagdesk.sqlite" "DROP TRIGGER events_append_only_update; UPDATE events SET actor = 'mallory' WHERE id = 5;"
expect_refused "an edited event" "audit chain broken at event #5"
tamper
rm "$(find "$work/t/evidence" -type f | sort | tail -n 1)"
expect_refused "a missing file" "is missing"
tamper
# A row slipped in behind the engine, with the manifest's hash recomputed to match: the chain
# is intact, but the manifest's seal (an HMAC under the seal key, not in the backup) fails.
sqlite3 "$work/t/flagdesk.sqlite" "INSERT INTO items (reference, url, url_normalized, host, source, status, priority, created_at, created_by, updated_at) VALUES ('FD-2026-999999', 'https://x.example/', 'https://x.example/', 'x.example', 'other', 'new', 3, '2026-11-23T09:00:00Z', 'mallory', '2026-11-23T09:00:00Z');"
python3 - "$work/t" <<'PY'
import hashlib, json, os, sys
root = sys.argv[1]
path = os.path.join(root, "manifest.json")
manifest = json.load(open(path))
manifest["database"]["sha256"] = hashlib.sha256(open(os.path.join(root, "flagdesk.sqlite"), "rb").read()).hexdigest()
manifest["database"]["size"] = os.path.getsize(os.path.join(root, "flagdesk.sqlite"))
json.dump(manifest, open(path, "w"))
PY
expect_refused "a row added behind the engine" "manifest.json does not match its seal"

# Purge six years on: evidence of closed items goes, the chain verifies, the report is unchanged.
later="--now 2032-12-01T09:00:00Z"
"$bin" report --year 2026 --format json --store "$store" $later > "$work/report-before.json"
"$bin" purge --dry-run --store "$store" $later > "$work/dry" || fail "purge --dry-run"
grep -q "Would erase" "$work/dry" || fail "dry run output: $(cat "$work/dry")"
held_before=$(find "$store/evidence" -type f | wc -l)
"$bin" purge --store "$store" $later > "$work/purge" || fail "purge exited $?"
held_after=$(find "$store/evidence" -type f | wc -l)
[ "$held_after" -lt "$held_before" ] || fail "purge deleted no file ($held_before -> $held_after)"
"$bin" verify --store "$store" $later >/dev/null || fail "verify after purge"
"$bin" report --year 2026 --format json --store "$store" $later > "$work/report-after.json"
cmp -s "$work/report-before.json" "$work/report-after.json" || fail "the annual report changed with the purge"
[ "$(sqlite3 "$store/flagdesk.sqlite" "SELECT COUNT(*) FROM events WHERE action = 'purge';")" = 1 ] || fail "no purge event"
ok

echo "backup-restore: $passed checks passed"
