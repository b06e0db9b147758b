#!/usr/bin/env bash
# A team desk under real, distinct uids (issue #14): a service account owns the store; people
# come in through a real `sudo -u` it (the sudoers drop-in README shows). Without sudo, a forged
# SUDO_USER is not believed; a non-member is refused; a coordinator cannot approve her own draft
# under four-eyes; a flagger cannot add herself; a configuration without [users] grants nothing.
# Needs root (useradd, sudoers); accounts are prefixed fdtest- and removed at exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(pwd)/.build/debug/flagdesk"
[ "$(id -u)" -eq 0 ] || { echo "team-desk: needs root (skipped)"; exit 0; }
command -v sudo > /dev/null || { echo "team-desk.sh: FAILED: sudo is not installed (.ci/run installs it)" >&2; exit 1; }

service=fdtest-desk coord=fdtest-ana flagger=fdtest-ben outsider=fdtest-eve
work=$(mktemp -d /tmp/fdtest-team.XXXXXX)
cleanup() {
    rm -f /etc/sudoers.d/fdtest-flagdesk
    for account in "$service" "$coord" "$flagger" "$outsider"; do userdel -r "$account" 2> /dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "team-desk.sh: FAILED: $*" >&2; exit 1; }

useradd -r -m -d "$work/service-home" "$service"
for person in "$coord" "$flagger" "$outsider"; do useradd -m "$person"; done
chmod 755 "$work"
# An installed copy the other accounts can run, with the shipped templates where it looks for them.
install -D -m 0755 "$bin" "$work/bin/flagdesk"
mkdir -p "$work/share/flagdesk" && cp -rL Templates "$work/share/flagdesk/Templates"
chmod -R a+rX "$work/bin" "$work/share"
fd="$work/bin/flagdesk"
# README's example, for this test's accounts: the people may run only Flagdesk as the service account.
printf '%s ALL=(%s) NOPASSWD: %s\n' "$coord" "$service" "$fd" "$flagger" "$service" "$fd" \
    > /etc/sudoers.d/fdtest-flagdesk
chmod 0440 /etc/sudoers.d/fdtest-flagdesk
visudo -cf /etc/sudoers.d/fdtest-flagdesk > /dev/null || fail "the sudoers example does not parse"

store="$work/service-home/store"
config="$work/service-home/config.toml"
cat > "$config" << 'TOML'
[organisation]
name = "Example Hotline asbl"
email = "notices@example.org"
country = "BE"
signatory = "A. Coordinator"
[organisation.trusted_flagger]
awarding_dsc = "BIPT"
area_of_expertise = "Trafficking in human beings"
TOML
chown "$service" "$config"
common=(--store "$store" --config "$config")
as_service() { setpriv --reuid="$service" --regid="$service" --init-groups env -i HOME="$work/service-home" \
    PATH=/usr/bin:/bin TZ=UTC LANG=C.UTF-8 "$@"; }
# A person through the real sudo (the way README documents).
via_sudo() { local who=$1; shift; runuser -u "$who" -- sudo -n -u "$service" "$fd" "$@" "${common[@]}"; }

as_service "$fd" init --team --coordinator "$coord" "${common[@]}" > /dev/null || fail "init --team"
via_sudo "$coord" team list > "$work/list.out" || fail "team list through sudo"
grep -q "you: $coord (through sudo as $service), coordinator" "$work/list.out" \
    || fail "sudo's invoker is not the actor: $(cat "$work/list.out")"

# A flagger cannot add herself; the coordinator adds her.
via_sudo "$flagger" team add "$flagger" --role coordinator > /dev/null 2> "$work/self.err" \
    && fail "a non-member added herself"
grep -q "not a member" "$work/self.err" || fail "no reason for the refused team add: $(cat "$work/self.err")"
via_sudo "$coord" team add "$flagger" --role flagger > /dev/null || fail "team add"
via_sudo "$flagger" team add "$outsider" --role flagger > /dev/null 2> "$work/flagger-add.err" \
    && fail "a flagger changed the team"
grep -q "is a flagger; only a coordinator can add team members" "$work/flagger-add.err" || fail "flagger add reason"

# A forged SUDO_USER without sudo (the service account's own shell): not believed.
as_service env SUDO_USER="$coord" SUDO_UID="$(id -u "$coord")" "$fd" list "${common[@]}" > /dev/null \
    2> "$work/forged.err" && fail "a forged SUDO_USER was believed"
grep -q "$service is not a member of this team desk" "$work/forged.err" || fail "forged: $(cat "$work/forged.err")"

# A non-member: only team list and verify.
runuser -u "$outsider" -- sudo -n -u "$service" "$fd" list "${common[@]}" > /dev/null 2>&1 \
    && fail "sudo let an account without a sudoers rule in"
echo "$outsider ALL=($service) NOPASSWD: $fd" >> /etc/sudoers.d/fdtest-flagdesk
for command in list "add https://board.example/ad/9" "export N-2026-00001"; do
    # shellcheck disable=SC2086
    via_sudo "$outsider" $command > /dev/null 2> "$work/outsider.err" && fail "a non-member ran $command"
    grep -q "$outsider is not a member" "$work/outsider.err" || fail "outsider $command: $(cat "$work/outsider.err")"
done
via_sudo "$outsider" team list > /dev/null || fail "team list is open to everyone"
via_sudo "$outsider" verify > /dev/null || fail "verify is open to everyone"

# A configuration without [users] grants nothing; one with [users] that disagrees is refused.
printf '[users]\n%s = "coordinator"\n%s = "coordinator"\n' "$outsider" "$flagger" >> "$config"
via_sudo "$outsider" list > /dev/null 2> "$work/config.err" && fail "a configuration granted a role"
grep -q "$outsider is not a member" "$work/config.err" || fail "config: $(cat "$work/config.err")"
via_sudo "$flagger" approve N-2026-00001 > /dev/null 2> "$work/config.err" && fail "a configuration promoted a flagger"
grep -q "disagrees with the desk's team" "$work/config.err" || fail "config: $(cat "$work/config.err")"
sed -i '/^\[users\]/,$d' "$config"

# A member cannot bring her own configuration through sudo: it would name commands Flagdesk runs
# as the service account ([sending] send_command), so only one the service account (or root) owns
# and nobody else may write is read.
mine="$work/flagger-own.toml"
printf '[sending]\nsend_command = "cp /etc/shadow /tmp/fdtest-stolen"\n' > "$mine" && chown "$flagger" "$mine"
chmod 644 "$mine"
runuser -u "$flagger" -- sudo -n -u "$service" "$fd" list --store "$store" --config "$mine" > /dev/null \
    2> "$work/mine.err" && fail "a flagger's own configuration was read through sudo"
grep -q "belongs to $flagger, not to $service" "$work/mine.err" || fail "own config: $(cat "$work/mine.err")"

# The organisation is the desk's (recorded at init from the service account's configuration): a
# configuration (here one the service account owns, as if edited) that claims the authority to
# hold CSAM (Dir. 2011/93/EU Art. 5) or another trusted-flagger standing is refused until a
# coordinator records it; without [organisation] it works under the desk's.
own="$work/service-home/edited.toml"
printf '[network]\nauthorised_to_hold_csam = true\n' > "$own" && chown "$service" "$own" && chmod 600 "$own"
own_sudo() { runuser -u "$flagger" -- sudo -n -u "$service" "$fd" "$@" --store "$store" --config "$own"; }
own_sudo list > /dev/null 2> "$work/org.err" && fail "a configuration claimed the authority to hold CSAM"
grep -q 'authorised_to_hold_csam is "true" in the configuration but "false" in the desk' "$work/org.err" \
    || fail "csam claim: $(cat "$work/org.err")"
printf '[organisation]\nname = "Example Hotline asbl"\n' > "$own"
own_sudo list > /dev/null 2> "$work/org.err" && fail "a configuration without the trusted-flagger status was taken"
grep -q "disagrees with the desk's" "$work/org.err" || fail "standing claim: $(cat "$work/org.err")"
: > "$own"
own_sudo organisation show > "$work/org.out" || fail "organisation show with a bare configuration"
grep -q "recorded in the desk by $service" "$work/org.out" || fail "organisation source: $(cat "$work/org.out")"
grep -q 'awarding_dsc = BIPT' "$work/org.out" || fail "organisation: $(cat "$work/org.out")"
own_sudo organisation adopt-config > /dev/null 2> "$work/org.err" && fail "a flagger recorded the organisation"
grep -q "only a coordinator can record the organisation" "$work/org.err" || fail "adopt: $(cat "$work/org.err")"

# Four-eyes: the coordinator drafts; she cannot approve her own draft; --now on a write is refused.
printf 'screenshot' > "$work/capture.png" && chmod 644 "$work/capture.png"
item=$(via_sudo "$flagger" add "https://www.instagram.com/p/fdtest-1" --content-type text --source hotline \
    --explanation "Advert controlled by a third party" --evidence "$work/capture.png" | tail -n 1 \
    | grep -o 'FD-[0-9-]*' | head -n 1)
[ -n "$item" ] || fail "add through sudo"
via_sudo "$coord" triage "$item" --category violence --keyword human-trafficking \
    --legal-basis "Directive 2011/36/EU Art. 2" > /dev/null || fail "triage"
via_sudo "$coord" draft dsa-notice --item "$item" --set bona-fide=yes > /dev/null || fail "draft"
via_sudo "$coord" approve N-2026-00001 > /dev/null 2> "$work/own.err" && fail "a coordinator approved her own draft"
grep -q "drafted by $coord; under four-eyes" "$work/own.err" || fail "four-eyes: $(cat "$work/own.err")"
via_sudo "$flagger" approve N-2026-00001 > /dev/null 2> "$work/flagger.err" && fail "a flagger approved"
via_sudo "$coord" team add "$outsider" --role coordinator --now 2026-01-01T00:00:00Z > /dev/null 2> "$work/now.err" \
    && fail "--now dated a write on a real desk"
grep -q -- "--now answers what-if questions; writes use the clock" "$work/now.err" || fail "--now: $(cat "$work/now.err")"
via_sudo "$coord" team add "$outsider" --role coordinator > /dev/null || fail "second coordinator"
# Evidence first: only a coordinator waives the referral and the preservation request (done by phone).
via_sudo "$flagger" waive "$item" referral --reason "by phone" > /dev/null 2> "$work/waive.err" \
    && fail "a flagger waived evidence first"
grep -q "only a coordinator can waive evidence first" "$work/waive.err" || fail "waive: $(cat "$work/waive.err")"
for step in referral preservation; do
    via_sudo "$coord" waive "$item" "$step" --reason "done by telephone with the duty officer" > /dev/null \
        || fail "the coordinator waives $step"
done
via_sudo "$outsider" approve N-2026-00001 > /dev/null || fail "another coordinator approves"
via_sudo "$coord" verify > /dev/null || fail "the desk verifies"
sqlite3 "$store/flagdesk.sqlite" "SELECT actor FROM events WHERE action = 'approve'" | grep -qx "$outsider" \
    || fail "the trail names who approved"

# What is approved is what goes out: sent with a configuration whose template folder changed
# since the approval (every legal element kept, one sentence added), the notice is refused; with
# the configuration it was approved with, it goes.
mkdir -p "$work/own-templates/dsa-notice"
cp Templates/dsa-notice/en.mustache "$work/own-templates/dsa-notice/en.mustache"
echo "The person's name is available on request." >> "$work/own-templates/dsa-notice/en.mustache"
chmod -R a+rX "$work/own-templates"
printf '[templates]\ndirectory = "%s"\n' "$work/own-templates" > "$own"
own_sudo send N-2026-00001 --via manual > /dev/null 2> "$work/basis.err" && fail "a flagger's own template was sent"
grep -q "the templates it is rendered from has changed" "$work/basis.err" || fail "basis: $(cat "$work/basis.err")"
via_sudo "$flagger" send N-2026-00001 --via manual > /dev/null || fail "sending with the desk's configuration"

# Outputs are written as the service account: none may land on the desk's own files.
via_sudo "$flagger" export N-2026-00001 --out "$store/flagdesk.sqlite" --force > /dev/null 2> "$work/own.err" \
    && fail "an export overwrote the store"
grep -q "is inside the store folder" "$work/own.err" || fail "export over the store: $(cat "$work/own.err")"
via_sudo "$coord" verify > /dev/null || fail "the desk no longer verifies after the refused export"
echo "team-desk: 1 passed, 0 failed"
