#!/usr/bin/env bash
# End-to-end (issue #15) through the real binary: the cry for help (threat to life: the notice is
# refused until the referral and the preservation request are sent or waived; the referral goes
# with the facts, without a ticked indicator); the independent worker's ad (the notice needs the
# not-sex-work confirmation, recorded on the trail); the CSAM file (bytes refused, hash kept, in
# no store file, backup or bundle); an ad closed as no action purged after 30 days; assignment
# (only to a member of the desk, shown in show and list --json); the "no police" person (no
# referral drafted, the support pathway proposed, no override without a threat to life, each
# refusal naming her wish); a support referral that would give her telephone number is refused;
# the forgotten person: her copy (GDPR Art. 15) written 0600, then her erasure (Art. 17), after
# which the store is searched byte for byte for her name and number.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v python3 > /dev/null || { echo "victims.sh: python3 is not installed" >&2; exit 1; }
bin="$(swift build --show-bin-path)/flagdesk"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TZ=UTC LANG=C.UTF-8 TERM=xterm-256color COLUMNS=100 LINES=30 HOME="$work/home" \
    XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state"
unset FLAGDESK_PASSPHRASE FLAGDESK_STORE FLAGDESK_CONFIG
mkdir -p "$HOME"
fail() { echo "victims.sh: FAILED: $*" >&2; exit 1; }
config="$work/config.toml"
store="$work/store"
cat > "$config" << 'TOML'
[organisation]
name = "Example Hotline asbl"
email = "notices@example.org"
country = "BE"
signatory = "A. Coordinator"

[organisation.trusted_flagger]
awarding_dsc = "BIPT"
area_of_expertise = "Trafficking in human beings and sexual exploitation"

[[authorities]]
key = "be-police"
kind = "lea"
name = "Federal Judicial Police"
country = "BE"
contact = { email = "referrals@police.example" }
TOML
now="--now=2026-05-04T09:00:00Z"
fd() {
    local command="$1"
    shift
    "$bin" "$command" --config "$config" --store "$store" "$@"
}
# Runs a command that must be refused (exit 1) and keeps its stderr.
refused() {
    local out="$1"
    shift
    local status=0
    fd "$@" > /dev/null 2> "$out" || status=$?
    [ "$status" = 1 ] || fail "'$*' exited $status, not 1 (refused)"
}
# A command with a subcommand (`keys init`, `person export`).
fd2() {
    local command="$1" sub="$2"
    shift 2
    "$bin" "$command" "$sub" --config "$config" --store "$store" "$@"
}
reference_of() { sed -n 's/.*"reference" *: *"\([^"]*\)".*/\1/p' "$1" | head -1; }

fd init --simulated-clock "$now" > /dev/null

# 1. The cry for help: passport held, cannot leave, asks for help.
printf 'screenshot: passport held, cannot leave, asks for help\n' > "$work/help.txt"
help=$(fd add "https://www.instagram.com/p/help-1" --keyword KEYWORD_HUMAN_TRAFFICKING --threat-to-life \
    --content-type CONTENT_TYPE_TEXT --category STATEMENT_CATEGORY_VIOLENCE \
    --explanation "Passport held by the manager; she cannot leave and asks for help." \
    --legal-basis "Directive 2011/36/EU Art. 2" --evidence "$work/help.txt" "$now")
fd triage "$help" --note "cry for help" "$now" > /dev/null
fd draft dsa-notice --item "$help" --set bona-fide=yes --json "$now" > "$work/notice.json"
notice=$(reference_of "$work/notice.json")
refused "$work/refused1" approve "$notice" "$now"
grep -q "evidence first" "$work/refused1" || fail "the notice was not held back for evidence first"
grep -q "an LEA referral for $help" "$work/refused1" || fail "the refusal does not name the missing referral"
# The referral needs no ticked indicator for a threat to life: the facts go with it.
fd draft lea-referral --item "$help" --recipient be-police --json "$now" > "$work/referral.json"
referral=$(reference_of "$work/referral.json")
grep -q '"status" *: *"ready"' "$work/referral.json" || fail "the threat-to-life referral is not ready without an indicator"
fd approve "$referral" "$now" > /dev/null
fd send "$referral" --via manual "$now" > /dev/null
fd export "$referral" --out "$work/referral.txt" "$now" > /dev/null
grep -q "Passport held by the manager" "$work/referral.txt" || fail "the referral went without the facts"
grep -q "Directive 2011/36/EU, Article 8" "$work/referral.txt" || fail "no non-punishment (Art. 8) in the referral"
refused "$work/refused2" approve "$notice" "$now"
grep -q "a preservation request for $help" "$work/refused2" || fail "the preservation request was not asked for"
fd waive "$help" preservation --reason "the police asked the provider to preserve by phone" "$now" > /dev/null
fd approve "$notice" "$now" > /dev/null || fail "the notice was refused after referral and waiver"
fd send "$notice" --via manual "$now" > /dev/null || fail "the notice could not be sent"

# 2. The independent worker's ad: no legal basis, only a counter-indicator.
worker=$(fd add "https://www.instagram.com/p/worker-2" --category STATEMENT_CATEGORY_OTHER_VIOLATION_TC \
    --content-type CONTENT_TYPE_TEXT --explanation "Escort advert; own contact, screens clients." "$now")
fd triage "$worker" --indicator "nij-online-ads.client-screening=screens clients" "$now" > "$work/triage.out"
grep -q "counter-indicator" "$work/triage.out" || fail "triage did not show the counter-indicator's caution"
"$bin" indicators > "$work/indicators.out"
grep -q "not the same as 'new in town'" "$work/indicators.out" || fail "indicators does not show the cautions"
fd draft dsa-notice --item "$worker" --set bona-fide=yes --json "$now" > "$work/notice2.json"
notice2=$(reference_of "$work/notice2.json")
refused "$work/refused3" approve "$notice2" "$now"
grep -q -- "--confirm-not-sex-work" "$work/refused3" || fail "the worker's ad was not held for confirmation"
fd approve "$notice2" --confirm-not-sex-work "the platform bans escort ads; no exploitation claimed" "$now" \
    > /dev/null
fd show "$notice2" "$now" > "$work/notice2.show"
grep -q "not_sex_work" "$work/notice2.show" || fail "the confirmation is not on the trail"

# 3. The CSAM file: hash and metadata kept, bytes refused everywhere.
marker="csam-bytes-$(date +%N)-never-held"
printf '%s\n' "$marker" > "$work/image.jpg"
sha=$(sha256sum "$work/image.jpg" | cut -d' ' -f1)
csam=$(fd add "https://www.instagram.com/p/csam-3" --keyword KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL \
    --evidence "$work/image.jpg" "$now" 2> "$work/add.err")
grep -q "Directive 2011/93/EU Art. 5" "$work/add.err" || fail "the bytes were not refused with the reason"
fd show "$csam" "$now" > "$work/csam.show"
grep -q "$sha" "$work/csam.show" || fail "the hash was not kept"
if grep -rlaF -- "$marker" "$store"; then fail "the CSAM bytes reached the store"; fi
[ ! -e "$store/evidence/${sha:0:2}/$sha" ] || fail "an evidence file exists for the refused bytes"
fd verify "$now" > /dev/null || fail "verify fails on a withheld file"
fd backup "$work/backup" "$now" > /dev/null
if grep -rlaF -- "$marker" "$work/backup"; then fail "the CSAM bytes reached the backup"; fi
fd bundle "$csam" --out "$work/bundle.zip" "$now" > /dev/null
python3 - "$work/bundle.zip" "$marker" << 'PY' || fail "the CSAM bytes reached the bundle"
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in z.namelist():
        if sys.argv[2].encode() in z.read(name):
            sys.exit(1)
PY

# 4. Lawful adult sex work closed as no action: purged after 30 days, not five years.
ad=$(fd add "https://www.instagram.com/p/ad-4" --explanation "Independent escort, own website" "$now")
fd triage "$ad" --no-action "lawful adult sex work, not illegal in the provider's country" "$now" > /dev/null
fd purge --dry-run --now=2026-05-24T09:00:00Z > "$work/dry20"
if grep -q "$ad" "$work/dry20"; then fail "a no-action item is purged before 30 days"; fi
fd purge --now=2026-06-05T09:00:00Z > "$work/purge31"
grep -q "$ad" "$work/purge31" || fail "the no-action item was not purged after 30 days"
fd show "$ad" --now=2026-06-05T09:00:00Z > "$work/ad.show"
if grep -q "Independent escort" "$work/ad.show"; then fail "the ad's text survived the purge"; fi
fd show "$help" --now=2026-06-05T09:00:00Z > "$work/help.show"
grep -q "Passport held" "$work/help.show" || fail "an open item was purged"

# Section 4 moved the simulated clock on: what follows happens after it.
later="--now=2026-06-06T09:00:00Z"
# 5. Assignment: only a member of the desk's team (here the desk's owner) can be assigned.
me=$(id -un)
refused "$work/refused5" assign "$help" --to nosuch-member-x "$later"
grep -q "nosuch-member-x is not a member of the desk's team" "$work/refused5" || fail "a non-member was assigned"
fd assign "$help" --to "$me" "$later" > "$work/assign.out"
grep -q "is now assigned to $me" "$work/assign.out" || fail "assign did not say what it did"
fd show "$help" "$later" | grep -q "^Assigned to *$me" || fail "show does not name the assignee"
fd list --json "$later" | grep -q "\"assignee\" *: *\"$me\"" || fail "list --json has no assignee"

# 6. The "no police" person: her wish binds, and every refusal names it.
noPolice=$(fd add "https://www.instagram.com/p/video-6" --keyword KEYWORD_NON_CONSENSUAL_IMAGE_SHARING \
    --keyword KEYWORD_HUMAN_TRAFFICKING --category STATEMENT_CATEGORY_VIOLENCE --content-type CONTENT_TYPE_VIDEO \
    --explanation "Her intimate video, posted by the man who controls her." \
    --legal-basis "Directive 2011/36/EU Art. 2" --evidence "$work/help.txt" "$later")
fd triage "$noPolice" --person Rowan-4 --note "self report" "$later" > /dev/null
fd person Rowan-4 --wish-rule no-police --wish-rule no-phone-or-address \
    --wish "does not want police involvement" --consent-witness "M. Support" "$later" > "$work/person.out"
grep -q "enforced wish: no-police" "$work/person.out" || fail "person does not show the enforced wish"
grep -q "wish: does not want police involvement" "$work/person.out" || fail "the free-text wish was lost"
grep -q "wish_added" "$work/person.out" || fail "the wish is not on the person's trail with its value"
fd show "$noPolice" "$later" > "$work/nopolice.show"
grep -q "^Next: draft support-referral — the person asked for no police involvement" "$work/nopolice.show" \
    || fail "the support pathway is not proposed first"
if grep -q "^Next: draft lea-referral" "$work/nopolice.show"; then fail "a referral is proposed against her wish"; fi
refused "$work/refused6" draft lea-referral --item "$noPolice" --recipient be-police "$later"
grep -q "Rowan-4's wish \"no police involvement\"" "$work/refused6" || fail "the referral refusal does not name the wish"
refused "$work/refused7" override-wish "$noPolice" no-police --reason "we think so" "$later"
grep -q "not flagged as a threat to life" "$work/refused7" || fail "no-police was overridden without a threat to life"
# The support referral must not give her telephone number. Its contact conditions are stored
# sealed (issue #15 point 5): the vault key is made first.
fd2 keys init "$later" > /dev/null
fd draft support-referral --item "$noPolice" --recipient be-payoke --set consent=yes \
    --set "consent-record=spoken, witnessed by M. Support" \
    --set "contact-conditions=call her on +32 470 12 34 56" --json "$later" > "$work/support.json"
support=$(reference_of "$work/support.json")
refused "$work/refused8" approve "$support" "$later"
grep -q "\"no contact by telephone or at an address\"" "$work/refused8" || fail "the telephone number was not refused"
fd edit "$support" --set "contact-conditions=only through M. Support at the drop-in centre" "$later" > /dev/null
fd approve "$support" "$later" > /dev/null || fail "the support referral without a number was refused"
fd verify "$later" > /dev/null || fail "verify fails after wishes and assignment"

# 7. The forgotten person. Her name and number typed into a referral are sealed: drafting them
# needs the vault key; the referral is approved, sent and exported with it (each reveal on the
# trail), and the store, its WAL and the evidence folder never hold them in clear. Then her copy
# (GDPR Art. 15) written 0600, and her erasure (Art. 17), after which not even the sealed text
# as sent remains.
name="Mirela Brâncoveanu"
phone="+40 721 555 019"
key="$XDG_CONFIG_HOME/flagdesk/flagdesk.key"
printf 'screenshot: she says she cannot leave\n' > "$work/forgotten.txt"
forgotten=$(fd add "https://www.instagram.com/p/forgotten-7" --keyword KEYWORD_HUMAN_TRAFFICKING --threat-to-life \
    --category STATEMENT_CATEGORY_VIOLENCE --content-type CONTENT_TYPE_TEXT \
    --explanation "Advert controlled by a third party; she says she cannot leave." \
    --legal-basis "Directive 2011/36/EU Art. 2" --evidence "$work/forgotten.txt" "$later")
fd triage "$forgotten" --person Hazel-9 "$later" > /dev/null
printf '%s\n' "$name" | fd person Hazel-9 --identity-file - --contact-file <(printf '%s\n' "$phone") \
    --consents-to-lea yes --consent-witness "M. Support" "$later" > /dev/null
mv "$key" "$work/key.away"
refused "$work/refused10" draft lea-referral --item "$forgotten" --recipient be-police \
    --set "victim-details=$name, $phone" "$later"
grep -q "kept only sealed with the vault key" "$work/refused10" || fail "her details were drafted without the vault key"
mv "$work/key.away" "$key"
fd draft lea-referral --item "$forgotten" --recipient be-police --set "victim-details=$name, $phone" \
    --json "$later" > "$work/forgotten-referral.json"
referral7=$(reference_of "$work/forgotten-referral.json")
grep -q '"status" *: *"ready"' "$work/forgotten-referral.json" || fail "the referral with her details is not ready"
grep -qF "[sealed: victim-details]" "$work/forgotten-referral.json" || fail "the JSON does not hold the placeholder"
if grep -qF -- "$phone" "$work/forgotten-referral.json"; then fail "the draft's JSON shows her number"; fi
fd show "$referral7" "$later" > "$work/r7.show"
if grep -qF -- "$phone" "$work/r7.show"; then fail "show gives her number without --reveal"; fi
fd show "$referral7" --reveal "$later" | grep -qF -- "$phone" || fail "show --reveal does not open her details"
fd approve "$referral7" "$later" > /dev/null
fd send "$referral7" --via manual "$later" > /dev/null
fd export "$referral7" --out "$work/r7.txt" "$later" > /dev/null
grep -qF -- "$phone" "$work/r7.txt" || fail "the text as sent lacks her details (the searches below would be vacuous)"
mv "$key" "$work/key.away"
refused "$work/refused11" export "$referral7" --out "$work/r7-nokey.txt" "$later"
grep -q "vault key" "$work/refused11" || fail "the sealed text as sent was exported without the vault key"
mv "$work/key.away" "$key"
fd show "$referral7" "$later" | grep -q "revealed" || fail "the reveals are not on the document's trail"
for secret in "$name" "$phone"; do
    if grep -rlaF -- "$secret" "$store"; then fail "'$secret' is in clear in the store, its WAL or evidence"; fi
done
fd verify "$later" > /dev/null || fail "verify fails with sealed document values"
fd2 person export Hazel-9 --out "$work/copy.json" "$later" > /dev/null
[ "$(stat -c %a "$work/copy.json")" = 600 ] || fail "the Art. 15 copy is not 0600"
grep -qF "$name" "$work/copy.json" || fail "the copy does not hold her name"
grep -qF "$phone" "$work/copy.json" || fail "the copy does not hold her number"
if fd2 person export Hazel-9 --out "$work/copy.json" "$later" > /dev/null 2> "$work/refused9"; then
    fail "an existing file was overwritten by the copy"
fi
grep -q "must not exist yet" "$work/refused9" || fail "the refusal to overwrite does not say why"
fd2 person forget Hazel-9 --reason "her request to M. Support, 2026-06-06" "$later" > "$work/forget.out"
grep -q "kept: the audit trail" "$work/forget.out" || fail "forget does not say what is kept"
grep -q "Art. 17(3)" "$work/forget.out" || fail "forget does not say on what the rest is kept"
grep -q "by the SHA-256 of their text only" "$work/forget.out" || fail "forget does not say the sealed text went"
refused "$work/refused12" export "$referral7" --out "$work/r7-forgotten.txt" "$later"
grep -q "erased with them" "$work/refused12" || fail "the sealed text as sent outlived the person"
for secret in "$name" "$phone"; do
    if grep -rlaF -- "$secret" "$store"; then fail "'$secret' is still in the store after forget"; fi
done
if fd2 person show Hazel-9 "$later" > /dev/null 2>&1; then fail "the forgotten pseudonym is still on file"; fi
fd verify "$later" > /dev/null || fail "verify fails after forget"
echo "victims.sh: ok"
