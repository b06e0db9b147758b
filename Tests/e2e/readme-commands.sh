#!/usr/bin/env bash
# Runs the commands the README shows, on a demo store, so the README stays true.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=".build/debug/flagdesk"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TZ=UTC LANG=C.UTF-8 HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
now="--now=2026-05-04T09:00:00Z"

"$bin" init --simulated-clock "$now" > "$work/init.out"
grep -q "config.toml" "$work/init.out"
test -f "$XDG_CONFIG_HOME/flagdesk/config.toml"
test "$(stat -c %a "$XDG_DATA_HOME/flagdesk")" = 700

ref=$("$bin" add "https://www.example-platform.test/ad/1" --category protection-of-minors \
    --keyword human-trafficking --content-type image --minor unknown --source hotline \
    --explanation "Advert with trafficking indicators" "$now")
test "$ref" = "FD-2026-000001"
"$bin" list "$now" | grep -q "$ref"
"$bin" show "$ref" "$now" | grep -q "Advert with trafficking indicators"
"$bin" verify "$now" | grep -q "Audit chain intact"

# A second desk on the same account keeps its own seal key (the default one is the first desk's).
demo="$work/demo-store"
export FLAGDESK_SEAL_KEY="$work/demo-store.seal.key"
"$bin" init --simulated-clock --demo --store "$demo" "$now" > /dev/null
count=$("$bin" list --store "$demo" --json --limit 100000 "$now" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
test "$count" -ge 200
echo "readme-commands: 1 passed, 0 failed"
