#!/usr/bin/env bash
# The README's import, capture and recheck commands, against a local HTTP server on loopback.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build --show-bin-path)/flagdesk"
work=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
export TZ=UTC LANG=C.UTF-8 TERM=dumb HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
now="--now=2026-05-04T09:00:00Z"
fail() { echo "import-commands: FAILED: $*" >&2; exit 1; }

"$bin" init --simulated-clock "$now" > /dev/null

# A partner's spreadsheet export: BOM, semicolons, CRLF, a quoted field with a line break.
printf '\xef\xbb\xbfURL;Category;Keywords;Minor;Explanation\r\n' > "$work/partner.csv"
printf 'https://www.example-platform.test/ad/1;protection-of-minors;human-trafficking;no;"Advert\r\nsecond line"\r\n' >> "$work/partner.csv"
printf 'https://www.example-platform.test/ad/1#dup;;;;\r\n' >> "$work/partner.csv"
printf 'ftp://bad.example.test/x;;;;\r\n' >> "$work/partner.csv"

set +e
"$bin" import "$work/partner.csv" --rejects "$work/rejects.csv" "$now" > "$work/import1.out" 2> "$work/import1.err"
status=$?
set -e
[ "$status" -eq 65 ] || fail "all-or-nothing import with a bad row should exit 65, got $status"
grep -q "line 5: URL refused" "$work/import1.out" || fail "rejected line not listed: $(cat "$work/import1.out")"
grep -q "^5," "$work/rejects.csv" || fail "rejects file lacks line 5 (the row after a two-line field)"
[ "$("$bin" list "$now")" = "No items." ] || fail "a refused import stored something"

"$bin" import "$work/partner.csv" --partial "$now" > "$work/import2.out"
grep -q "Rows 3: added 1, linked as duplicates 1, rejected 1" "$work/import2.out" || fail "$(cat "$work/import2.out")"
"$bin" show FD-2026-000002 --json "$now" | grep -q '"duplicateOf" : "FD-2026-000001"' || fail "duplicate not linked"
"$bin" verify "$now" | grep -q "Audit chain intact" || fail "audit chain broken after import"

# Capture and recheck against a tiny local server.
mkdir -p "$work/site/ad"
printf '<html>advert</html>' > "$work/site/ad/live"
python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$work/site" > "$work/server.out" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 1 100); do
    port=$(sed -n 's/.*port \([0-9]*\).*/\1/p' "$work/server.out" | head -n 1)
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "$port" ] || fail "test HTTP server did not start"

live=$("$bin" add "http://127.0.0.1:$port/ad/live" "$now")
gone=$("$bin" add "http://127.0.0.1:$port/ad/removed" "$now")
set +e
"$bin" capture "$live" "$now" > /dev/null 2> "$work/capture-off.err"
status=$?
set -e
[ "$status" -eq 1 ] || fail "capture with network off should be refused, got $status"
grep -q "enabled = true" "$work/capture-off.err" || fail "refusal does not name the key"

# The test's server is on loopback, which capture refuses unless the configuration allows it.
sed -i 's/^enabled = false/enabled = true/; s/^allow_private_addresses = false/allow_private_addresses = true/' \
    "$XDG_CONFIG_HOME/flagdesk/config.toml"
"$bin" capture "$live" "$now" > "$work/capture.out"
grep -q "HTTP 200" "$work/capture.out" || fail "$(cat "$work/capture.out")"
grep -q "not prove where they came from" "$work/capture.out" || fail "capture output lacks the integrity note"
"$bin" recheck "$live" "$gone" "$now" > "$work/recheck.out"
grep -q "^#1 $live: HTTP 200.*content unchanged since capture -> proposed: still online" "$work/recheck.out" \
    || fail "$(cat "$work/recheck.out")"
grep -q "^#2 $gone: HTTP 404.*proposed: removed?" "$work/recheck.out" || fail "$(cat "$work/recheck.out")"
"$bin" recheck --confirm 2 removed "$now" | grep -q "confirmed: removed" || fail "confirm failed"
"$bin" verify "$now" | grep -q "Evidence intact: 2 files" || fail "evidence not intact"
echo "import-commands: 1 passed, 0 failed"
