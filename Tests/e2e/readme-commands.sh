#!/usr/bin/env bash
# Keeps the README true: runs every example it gives, taken mechanically from README.md (every
# ```sh block line by line, every `$ command` block with the output it shows, and the inline
# `swift run flagdesk ...` examples), the install included, into a temporary prefix, in a clean
# copy of the repository. Then checks a first session by hand (init, add, list, show, verify).
#
# What cannot run here is mapped, one table below, never silently dropped: `swift build -c
# release` takes the binary already built (a release build would take CI 20 minutes more),
# `swift test` and the bench are CI's own steps, `apt-get install` is checked with dpkg, and
# absolute paths (/usr/local, /tmp, /media, ~) move under the temporary folder. A block that needs
# real accounts and sudo (the team desk's set-up) carries a skip mark in README.md naming the e2e
# script that covers it (see the extractor); the run lists every block skipped.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
built="$(swift build --show-bin-path)"
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
export TZ=UTC LANG=C.UTF-8 TERM=dumb HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
fail() { echo "readme-commands: FAILED: $*" >&2; exit 1; }

# A clean folder: the repository's files (tracked and new, not ignored), no build folder.
clean="$work/clean"
mkdir -p "$clean"
git ls-files -z --cached --others --exclude-standard | sort -zu | (cd "$repo" && xargs -0 cp -P --parents -t "$clean")
test ! -e "$clean/.build" || fail "the clean copy has a build folder"

# The files the Import examples read.
printf 'url,category,keywords\nhttps://partner.example.test/ad/1,protection-of-minors,human-trafficking\n' \
    > "$clean/partner.csv"
printf '{"url": "https://reports.example.test/1", "keywords": ["human-trafficking"]}\n' > "$clean/reports.ndjson"

# Each example runs with these in place of what needs root, a network or half an hour.
cat > "$work/prelude.sh" << EOF
set -euo pipefail
swift() {
    case "\$*" in
        "build -c release")
            mkdir -p .build/release
            cp "$built/flagdesk" .build/release/flagdesk
            cp -R "$built"/*_FlagdeskDocuments.resources .build/release/ ;;
        "test") echo "(swift test: CI's own step)" ;;
        "run -c release flagdesk-bench"*) echo "(the bench: Tests/e2e/bench-smoke.sh)" ;;
        "run flagdesk "*) shift 2; "$built/flagdesk" "\$@" ;;
        *) echo "readme-commands: no mapping for: swift \$*" >&2; return 1 ;;
    esac
}
apt-get() {
    [ "\$1" = install ] || return 1
    shift
    for package in "\$@"; do dpkg -s "\$package" > /dev/null 2>&1 || { echo "missing package \$package" >&2; return 1; }; done
}
export PATH="$work/prefix/bin:\$PATH" FLAGDESK_STORE="$work/flagdesk-demo"
cd "$clean"
EOF

python3 - "$repo/README.md" "$work" > "$work/examples.sh" << 'PYTHON'
import os, re, shlex, sys
readme, work = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
paths = {"/usr/local": f"{work}/prefix", "/tmp/": f"{work}/", "/media/": f"{work}/media/", "~/": "$HOME/"}
def localise(command):
    # One pass: a replacement is never replaced again (the work folder is itself under /tmp/).
    return re.sub("|".join(map(re.escape, paths)), lambda match: paths[match.group(0)], command)
out, count = [], 0
def run(command, expected=()):
    global count
    count += 1
    command = localise(command)
    # Folders a redirection writes into exist (the completion examples write into ~/.config...).
    for target in re.findall(r"> (\S+)", command):
        out.append(f'mkdir -p "$(dirname {target})"')
    out.append(f"echo {shlex.quote('$ ' + command)}")
    if expected:
        out.append(f"output=$({command})")
        out.append('printf "%s\\n" "$output"')
        for line in expected:
            out.append(f"grep -qF -- {shlex.quote(' '.join(line.split()))} <<< \"$(printf '%s\\n' \"$output\" | tr -s ' ')\" "
                       f"|| {{ echo 'readme-commands: output lacks: '{shlex.quote(line)} >&2; exit 1; }}")
    else:
        out.append(command)
# A block that needs what no test machine gives (real accounts, root, sudo) is marked in README.md
# by the line just above it: `<!-- readme-commands: skip, covered by Tests/e2e/NAME.sh -->`. The
# script named must exist; every block skipped is listed in the output.
skip_mark = re.compile(r"<!-- readme-commands: skip, covered by (Tests/e2e/[\w-]+\.sh) -->\s*$")
skipped = []
block = re.compile(r"^([ \t]*)```(\w*)\n(.*?)^\1```[ \t]*$", re.S | re.M)
for match in block.finditer(readme):
    indent, language, body = match.groups()
    lines = [line[len(indent):] if line.startswith(indent) else line for line in body.splitlines()]
    before = [line for line in readme[: match.start()].splitlines() if line.strip()]
    mark = skip_mark.search(before[-1]) if before else None
    if mark:
        if not os.path.isfile(os.path.join(os.path.dirname(sys.argv[1]), mark.group(1))):
            sys.exit(f"readme-commands: a skipped block names {mark.group(1)}, which does not exist")
        skipped.append(f"{lines[0] if lines else ''} ... ({mark.group(1)})")
        continue
    if language == "sh":
        for line in lines:
            line = re.sub(r"\s+#.*$", "", line).strip()
            if line:
                run(line)
    elif lines and lines[0].startswith("$ "):
        command, expected = lines[0][2:], []
        for line in lines[1:]:
            if line.startswith("$ "):
                run(command, expected)
                command, expected = line[2:], []
            elif line.strip():
                expected.append(line.strip())
        run(command, expected)
for what in skipped:
    out.append(f"echo {shlex.quote('skipped (needs real accounts): ' + what)}")
# Inline examples: `swift run flagdesk COMMAND ...` (not the bare desk, which needs a terminal).
for command in re.findall(r"`(swift run flagdesk [a-z][^`]*)`", readme):
    run(command)
print(f"# {count} examples")
print("\n".join(out))
PYTHON

examples=$(head -n 1 "$work/examples.sh" | tr -dc 0-9)
[ "$examples" -ge 20 ] || fail "only $examples examples found in README.md"
cat "$work/prelude.sh" "$work/examples.sh" > "$work/run.sh"
bash "$work/run.sh" > "$work/run.out" 2>&1 || { tail -n 30 "$work/run.out" >&2; fail "a README example failed"; }

# The install gave a working binary: templates found, the manual page renders.
installed="$work/prefix/bin/flagdesk"
test -x "$installed" || fail "the install lines installed no binary"
test ! -L "$work/prefix/share/flagdesk/Templates" || fail "the templates were installed as a symbolic link"
"$installed" templates list --store "$work/flagdesk-demo" > "$work/templates.out"
grep -q "dsa-notice/en .*share/flagdesk/Templates" "$work/templates.out" || fail "installed binary finds no templates"
"$installed" export N-2026-00001 --store "$work/flagdesk-demo" > /dev/null || fail "installed binary cannot export"
MANWIDTH=100 man -l "$work/prefix/share/man/man1/flagdesk.1" > "$work/man.out" 2> "$work/man.err"
grep -q "List open deadlines" "$work/man.out" || fail "the man page does not render"
[ ! -s "$work/man.err" ] || fail "man warns: $(cat "$work/man.err")"

# A first session by hand, with the time pinned. The README's demo desk above took this account's
# default seal key, so this desk keeps its own (as README's "Seal" section says).
unset FLAGDESK_STORE
export FLAGDESK_SEAL_KEY="$work/own-desk.seal.key"
now="--now=2026-05-04T09:00:00Z"
bin="$built/flagdesk"
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

# The demo desk's list is complete in JSON by default (more than the text view's page). A second
# desk on the same account keeps its own seal key (the default one is the first desk's).
demo="$work/demo-store"
export FLAGDESK_SEAL_KEY="$work/demo-store.seal.key"
"$bin" init --simulated-clock --demo --store "$demo" "$now" > /dev/null
count=$("$bin" list --store "$demo" --json "$now" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
test "$count" -ge 200 || fail "list --json gave $count items of the demo desk"
echo "readme-commands: $examples README examples and a first session passed"
