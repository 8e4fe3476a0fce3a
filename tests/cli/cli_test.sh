#!/usr/bin/env bash
# Tests of the `hep` command as a whole process: outputs, exit codes and messages.
# Usage: cli_test.sh HEP SOURCE_DIR
set -u
hep=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/hep.db"
passed=0
failed=0

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }

# expect STATUS DESCRIPTION -- COMMAND...: runs COMMAND, keeps stdout in $out, stderr in $err.
expect() {
    local want=$1 what=$2
    shift 3
    "$@" >"$work/out" 2>"$work/err"
    local got=$?
    out=$(cat "$work/out")
    err=$(cat "$work/err")
    if [ "$got" -eq "$want" ]; then ok; else bad "$what: exit $got, expected $want; stderr: $err"; fi
}
contains() { # contains TEXT NEEDLE DESCRIPTION
    case "$1" in *"$2"*) ok ;; *) bad "$3: no \"$2\" in: $1" ;; esac
}
not_contains() { # not_contains TEXT NEEDLE DESCRIPTION
    case "$1" in *"$2"*) bad "$3: \"$2\" in: $1" ;; *) ok ;; esac
}

# Usage and version.
expect 0 "help" -- "$hep" --help
contains "$out" "catalogue [--search TEXT]" "help lists commands"
expect 0 "version" -- "$hep" --version
contains "$out" "HEP Studio" "version names the program"
expect 2 "no command" -- "$hep"
expect 2 "unknown command" -- "$hep" --db "$db" frobnicate
contains "$err" 'unknown command "frobnicate"' "unknown command message"
expect 2 "unknown option" -- "$hep" --db "$db" catalogue --colour
contains "$err" "unknown option --colour" "unknown option message"
# An unquoted patient name: the words left over are not echoed (they are part of the name).
expect 2 "unquoted name" -- "$hep" --db "$db" new --template lss-starter --patient Zoë Secret-Name \
    -o "$work/unquoted.hep"
contains "$err" "1 word is left over (not shown" "left-over words are counted"
case "$err" in *Secret*) bad "a left-over word was echoed: $err" ;; *) ok ;; esac
expect 2 "bad category" -- "$hep" --db "$db" catalogue --category dancing
contains "$err" '--category "dancing" is not one of: mobility' "bad category message"

# The catalogue on a fresh database lists every promised exercise (tests/data/catalogue-ids.txt).
expect 0 "catalogue json" -- "$hep" --db "$db" catalogue --json
ids=$(grep -v '^#' "$src/tests/data/catalogue-ids.txt" | awk '{print $1}' | sort)
got_ids=$(printf '%s\n' "$out" | grep -oE '"id": "[a-z0-9-]+"' | sed -E 's/.*"([a-z0-9-]+)"$/\1/' | sort)
[ "$(printf '%s\n' "$ids" | wc -l)" -eq 62 ] && ok || bad "catalogue-ids.txt has 62 ids"
[ "$ids" = "$got_ids" ] && ok || bad "catalogue --json ids differ from catalogue-ids.txt: $(diff <(echo "$ids") <(echo "$got_ids"))"
contains "$out" '"count": 62' "catalogue json count"
[ "$(stat -c %a "$db")" = 600 ] && ok || bad "database mode is $(stat -c %a "$db")"

expect 0 "catalogue search" -- "$hep" --db "$db" catalogue --search kne
contains "$out" "single-knee-to-chest" "search kne finds knee to chest"
contains "$out" "exercises" "search prints a count"
expect 0 "catalogue filter" -- "$hep" --db "$db" catalogue --category balance
contains "$out" "2 exercises" "two balance exercises"
# A condition: the exercises that list it, shared ones too; in JSON as well.
expect 0 "catalogue condition" -- "$hep" --db "$db" catalogue --condition neck-pain
contains "$out" "chin-tuck" "the neck exercises"
contains "$out" "stationary-bike" "a shared exercise"
not_contains "$out" "pelvic-tilt" "no back exercise under neck pain"
contains "$out" "16 exercises" "14 neck exercises, walking and the bike"
expect 0 "catalogue condition json" -- "$hep" --db "$db" catalogue --condition knee-osteoarthritis --category strengthening --json
contains "$out" '"step-up"' "step-up is a knee strengthening exercise"
not_contains "$out" '"heel-slide"' "heel slide moves, it does not strengthen"
contains "$out" '"knee-osteoarthritis"' "the JSON lists each exercise's conditions"
expect 2 "wrong condition" -- "$hep" --db "$db" catalogue --condition knee
contains "$err" "knee-osteoarthritis, lumbar-spinal-stenosis, neck-pain" "a wrong condition lists the ids"
expect 0 "help lists the conditions" -- "$hep" --help
contains "$out" "--condition  knee-osteoarthritis, lumbar-spinal-stenosis, neck-pain" "help names the condition ids"

expect 0 "show" -- "$hep" --db "$db" show bridge
contains "$out" "Bridge" "show prints the name"
contains "$out" "Rest, then repeat. Do 2 sets in all." "show prints the dose sentences"
expect 0 "show json" -- "$hep" --db "$db" show bridge --json
contains "$out" '"id": "bridge"' "show json"
expect 1 "show unknown" -- "$hep" --db "$db" show moon-walk
contains "$err" 'no exercise with the id "moon-walk"' "show unknown message"
expect 2 "show without id" -- "$hep" --db "$db" show

# Templates.
expect 0 "templates" -- "$hep" --db "$db" templates
for t in lss-starter lss-strength lss-walking lss-flexibility; do contains "$out" "$t" "templates lists $t"; done
contains "$out" "10 templates" "ten templates"
expect 0 "templates json" -- "$hep" --db "$db" templates --json
contains "$out" '"count": 10' "templates json count"

expect 0 "template export" -- "$hep" --db "$db" template export lss-strength -o "$work/strength.json"
contains "$(cat "$work/strength.json")" '"format": "hep-template"' "exported template file"
expect 1 "import a template that exists" -- "$hep" --db "$db" template import "$work/strength.json"
contains "$err" 'a template with the id "lss-strength"' "duplicate template import message"
sed 's/"id": "lss-strength"/"id": "my-strength"/; s/"name": "Lumbar stenosis: strength"/"name": "My strength"/' \
    "$work/strength.json" >"$work/mine.json"
expect 0 "template import" -- "$hep" --db "$db" template import "$work/mine.json"
contains "$out" 'as my-strength' "import names the id"
expect 0 "templates after import" -- "$hep" --db "$db" templates
contains "$out" "11 templates" "eleven templates after import"
expect 1 "import a missing file" -- "$hep" --db "$db" template import "$work/none.json"
contains "$err" "$work/none.json: cannot be read" "missing file message"

# The clinic's details, kept with the catalogue: shown, set, refused when wrong, carried by new
# programs.
expect 0 "clinic unset" -- "$hep" --db "$db" clinic
contains "$out" "No clinic details are set" "no clinic yet"
expect 0 "clinic set" -- "$hep" --db "$db" clinic --name "Riverside Physical Therapy" --phone 555-0100
contains "$out" "Phone: 555-0100" "the phone is kept"
contains "$out" "Emergency number: 911" "the emergency number defaults to 911"
expect 1 "clinic empty emergency number" -- "$hep" --db "$db" clinic --emergency-number ""
contains "$err" "The clinic's emergency number" "the field is named"
expect 0 "clinic unchanged" -- "$hep" --db "$db" clinic
contains "$out" "Emergency number: 911" "a refused change wrote nothing"
# New program from a template, and check.
expect 0 "new" -- "$hep" --db "$db" new --template lss-starter --patient "María José Núñez" \
    --therapist "Alex Rivera, PT" -o "$work/p.hep"
contains "$(cat "$work/p.hep")" '"patient": "María José Núñez"' "new writes the patient in UTF-8"
contains "$(cat "$work/p.hep")" '"phone": "555-0100"' "a new program carries the clinic's phone"
expect 0 "check new program" -- "$hep" --db "$db" check "$work/p.hep"
contains "$out" "ok, a program of 5 exercises" "check accepts the new program"
not_contains "$out" "condition" "a template's condition is one of the catalogue"
# A condition the catalogue does not know: a warning in check and export, the file kept.
sed 's/"lumbar-spinal-stenosis"/"lumbar-stenosis"/' "$work/p.hep" >"$work/typo.hep"
expect 0 "check an unknown condition" -- "$hep" --db "$db" check "$work/typo.hep"
contains "$out" 'the condition "lumbar-stenosis" is not one of the catalogue' "check names the condition"
expect 0 "export an unknown condition" -- "$hep" --db "$db" export "$work/typo.hep" -o "$work/typo.pdf"
contains "$err" "The program's condition \"lumbar-stenosis\" is not one of the catalogue" "export warns"
# An output never replaces the database, its journal, the input or a non-file (issue 13, item 3).
cp "$work/p.hep" "$work/keep.hep"
expect 1 "export over its input" -- "$hep" --db "$db" export "$work/keep.hep" -o "$work/keep.hep"
contains "$err" "keep.hep: is the file being read; choose another output file" "the input is kept"
cmp -s "$work/p.hep" "$work/keep.hep" && ok || bad "the input program changed"
expect 1 "template export over the database" -- "$hep" --db "$db" template export lss-strength -o "$db"
contains "$err" "is the HEP Studio database; choose another output file" "the database is kept"
expect 0 "the database still opens" -- "$hep" --db "$db" templates
expect 1 "export over the journal" -- "$hep" --db "$db" export "$work/p.hep" -o "$db-wal"
contains "$err" "(its journal)" "the journal is kept"
ln -s "$db" "$work/db-link"
expect 1 "export through a link to the database" -- "$hep" --db "$db" export "$work/p.hep" -o "$work/db-link"
mkdir "$work/folder.pdf"
expect 1 "export over a folder" -- "$hep" --db "$db" export "$work/p.hep" -o "$work/folder.pdf"
contains "$err" "it is not a regular file" "a folder is not replaced"
mkfifo "$work/out.fifo"
expect 1 "export over a fifo" -- timeout 10 "$hep" --db "$db" export "$work/p.hep" -o "$work/out.fifo"
[ -p "$work/out.fifo" ] && ok || bad "the fifo was replaced"

# A read-only output is not replaced behind its owner's back (issue 13, item 16).
printf 'keep me' >"$work/read-only.pdf"
chmod 0444 "$work/read-only.pdf"
expect 1 "export over a read-only file" -- "$hep" --db "$db" export "$work/p.hep" -o "$work/read-only.pdf"
contains "$err" "the file is read-only" "a read-only output is refused"
[ "$(cat "$work/read-only.pdf")" = "keep me" ] && ok || bad "the read-only file was replaced"

# A FIFO is refused at once (it used to wait forever), a file nested a million levels deep is
# an input error, not a crash.
mkfifo "$work/fifo.hep"
expect 1 "check a fifo" -- timeout 10 "$hep" --db "$db" check "$work/fifo.hep"
contains "$err" "fifo.hep: is not a regular file" "a fifo is named"
python3 -c 'import sys; n = 500000; sys.stdout.write("{\"format\": \"hep-program\", \"version\": 1, \"items\": [], \"x\": " + "[" * n + "]" * n + "}")' >"$work/deep.hep"
expect 1 "check a deep file" -- "$hep" --db "$db" check "$work/deep.hep"
contains "$err" "is nested deeper than 64 levels" "deep nesting is an input error"
expect 0 "check the format example" -- "$hep" --db "$db" check "$src/tests/data/example-program.hep"
contains "$out" "ok, a program of 2 exercises" "check accepts the PROGRAM_FORMAT example"
contains "$out" "reading grade" "check reports reading grades"
expect 2 "new without template" -- "$hep" --db "$db" new -o "$work/x.hep"
expect 1 "new from unknown template" -- "$hep" --db "$db" new --template nope -o "$work/x.hep"
[ ! -e "$work/x.hep" ] && ok || bad "failed new left a file"

# check: broken files name the file, item and field.
printf '{"format": "hep-program", "version": 1, "items": [' >"$work/broken.hep"
expect 1 "check malformed" -- "$hep" --db "$db" check "$work/broken.hep"
contains "$err" "$work/broken.hep: is not valid JSON" "malformed message"
sed 's/"reps": 3/"reps": 300/' "$src/tests/data/example-program.hep" >"$work/reps.hep"
expect 1 "check out of bounds" -- "$hep" --db "$db" check "$work/reps.hep"
contains "$err" 'items[0] (single-knee-to-chest): field "reps" 300 is out of bounds (1 to 100)' "bounds message"
sed 's/"stationary-bike"/"moon-walk"/' "$src/tests/data/example-program.hep" >"$work/unknown.hep"
expect 1 "check unknown exercise" -- "$hep" --db "$db" check "$work/unknown.hep"
contains "$err" 'items[1] (moon-walk): field "exercise" names "moon-walk"' "unknown id message"
sed 's/"version": 1/"version": 3/' "$src/tests/data/example-program.hep" >"$work/newer.hep"
expect 1 "check newer version" -- "$hep" --db "$db" check "$work/newer.hep"
contains "$err" "newer version of HEP Studio" "newer version message"
sed 's/"Go only as far as is comfortable."/"Notwithstanding considerable discomfort, participants should endeavour to maintain extraordinarily consistent physiological engagement throughout."/' \
    "$src/tests/data/example-program.hep" >"$work/hard.hep"
expect 0 "check hard note" -- "$hep" --db "$db" check "$work/hard.hep"
contains "$out" "warning: $work/hard.hep: items[0] (single-knee-to-chest) note reads at grade" "grade warning"

# More than 8 exercises: the same advice from check and export, a warning and not an error.
python3 - "$src/tests/data/example-program.hep" "$work/nine.hep" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
ids = ["pelvic-tilt", "bridge", "bird-dog", "clamshell", "sit-to-stand", "heel-raise",
       "mini-squat", "seated-march", "calf-stretch-wall"]
p["items"] = [{"exercise": i} for i in ids]
json.dump(p, open(sys.argv[2], "w"))
PY
advice="9 exercises: more than 8 is a lot. Older adults do fewer exercises better."
expect 0 "check nine exercises" -- "$hep" --db "$db" check "$work/nine.hep"
contains "$out" "warning: $work/nine.hep: $advice" "check advises fewer exercises"
expect 0 "export nine exercises" -- "$hep" --db "$db" export "$work/nine.hep" -o "$work/nine.pdf"
contains "$err" "warning: $advice" "export advises fewer exercises"

# The handout: export and summary.
export SOURCE_DATE_EPOCH=1764000000
expect 0 "export" -- "$hep" --db "$db" export "$work/p.hep" -o "$work/p.pdf"
contains "$err" "pages to $work/p.pdf" "export says what it wrote"
[ "$(stat -c %a "$work/p.pdf")" = 600 ] && ok || bad "handout mode is $(stat -c %a "$work/p.pdf")"
qpdf --check "$work/p.pdf" >/dev/null 2>&1 && ok || bad "qpdf --check of the exported handout"
text=$(pdftotext -q "$work/p.pdf" - | tr -s ' \n' '  ')
contains "$text" "For: María José Núñez" "handout names the patient"
contains "$text" "Exercise 5: Tummy tighten (abdominal brace)" "handout lists the fifth exercise"
expect 0 "export again" -- "$hep" --db "$db" export "$work/p.hep" -o "$work/p2.pdf"
cmp -s "$work/p.pdf" "$work/p2.pdf" && ok || bad "same program, different bytes"
# A handout of built-in exercises reads no database: none is made, the bytes are the same.
expect 0 "export without a database" -- "$hep" --db "$work/none/hep.db" export "$work/p.hep" -o "$work/nodb.pdf"
[ ! -e "$work/none" ] && ok || bad "export of built-in exercises made a database"
cmp -s "$work/p.pdf" "$work/nodb.pdf" && ok || bad "export without a database, different bytes"
expect 0 "export a4 large" -- "$hep" --db "$db" export "$work/p.hep" --paper a4 --large-print --no-education --log-weeks 0 -o "$work/a4.pdf"
contains "$(pdfinfo "$work/a4.pdf")" "(A4)" "a4 paper"
text=$(pdftotext -q "$work/a4.pdf" - | tr -s ' \n' '  ')
case "$text" in *"About your low back"*) bad "--no-education still printed education" ;; *) ok ;; esac
case "$text" in *"Exercise log"*) bad "--log-weeks 0 still printed a log" ;; *) ok ;; esac
# A missing font is the export's own error, said as such, not an "unexpected error".
expect 1 "export without fonts" -- env HEP_FONT_DIR="$work/no-fonts" "$hep" --db "$db" export \
    --template lss-walking -o "$work/nofont.pdf"
case "$err" in *"unexpected error"*) bad "a missing font is unexpected: $err" ;; *) ok ;; esac
contains "$err" "no-fonts" "the missing font's folder is named"
[ -e "$work/nofont.pdf" ] && bad "a PDF was written without fonts" || ok
expect 0 "export a template" -- "$hep" --db "$db" export --template lss-walking --patient "Ana Lima" -o "$work/t.pdf"
contains "$(pdftotext -q "$work/t.pdf" - | tr -s ' \n' '  ')" "For: Ana Lima" "template handout names the patient"
expect 2 "export without -o" -- "$hep" --db "$db" export "$work/p.hep"
expect 2 "export bad paper" -- "$hep" --db "$db" export "$work/p.hep" --paper legal -o "$work/x.pdf"
expect 1 "export into a missing folder" -- "$hep" --db "$db" export "$work/p.hep" -o "$work/none/x.pdf"
contains "$err" "$work/none" "missing folder message"
cp "$work/p.pdf" "$work/keep.pdf"
expect 1 "export a broken program over a pdf" -- "$hep" --db "$db" export "$work/reps.hep" -o "$work/keep.pdf"
cmp -s "$work/p.pdf" "$work/keep.pdf" && ok || bad "a failed export changed the existing pdf"
printf '{"format":"hep-program","version":1,"items":[]}' >"$work/empty.hep"
expect 1 "export an empty program" -- "$hep" --db "$db" export "$work/empty.hep" -o "$work/e.pdf"
contains "$err" "the program has no exercises" "empty program message"
sed 's/"María José Núñez"/"Ana 😀"/' "$work/p.hep" >"$work/emoji.hep"
expect 0 "export with emoji" -- "$hep" --db "$db" export "$work/emoji.hep" -o "$work/emoji.pdf"
contains "$err" "warning: The patient name has 1 kind of character the handout's font cannot print" "emoji warning"
expect 0 "summary" -- "$hep" --db "$db" summary "$work/p.hep"
contains "$out" "Patient: María José Núñez" "summary names the patient"
contains "$out" "2. Single knee to chest: 3 x 20 s hold, each side, 2x/day, daily" "summary shorthand"

# Custom exercises with photos.
"$hep" --db "$db" show bridge --json | sed 's/"id": "bridge"/"id": "wall-push"/; s/"name": "Bridge"/"name": "Wall push"/' >"$work/ex.json"
printf '\x89PNG\r\n\x1a\n' >"$work/broken.png"
expect 1 "exercise add with a broken photo" -- "$hep" --db "$db" exercise add "$work/ex.json" --photo "$work/broken.png"
contains "$err" "$work/broken.png" "broken photo message names the file"
expect 1 "the refused exercise was not added" -- "$hep" --db "$db" show wall-push
expect 0 "export a png to use as a photo" -- "$hep" --db "$db" export "$work/p.hep" -o "$work/for-photo.pdf"
if command -v pdftoppm >/dev/null; then
    pdftoppm -q -png -r 20 -f 1 -l 1 "$work/for-photo.pdf" "$work/photo"
    photo=$(ls "$work"/photo*.png | head -1)
    expect 0 "exercise add with photos" -- "$hep" --db "$db" exercise add "$work/ex.json" --photo "$photo" --photo "$photo"
    contains "$out" 'as wall-push with 2 photos' "exercise add says what it added"
    expect 0 "exercise photos" -- "$hep" --db "$db" exercise photos wall-push -o "$work/wp"
    contains "$out" "start: " "photos lists the start photo"
    [ -s "$work/wp-finish.png" ] && ok || bad "photos -o wrote no file"
    sed 's/"exercise": "pelvic-tilt"/"exercise": "wall-push"/' "$work/p.hep" >"$work/photos.hep"
    expect 0 "export a program with photos" -- "$hep" --db "$db" export "$work/photos.hep" -o "$work/photos.pdf"
    contains "$(pdfimages -list "$work/photos.pdf" 2>/dev/null)" " jpeg " "photos are embedded as JPEG"
fi
expect 2 "exercise with an unknown action" -- "$hep" --db "$db" exercise fly

# Limits: an option's value over its limit names the option.
expect 1 "new with a patient name too long" -- "$hep" --db "$db" new --template lss-starter \
    --patient "$(printf 'x%.0s' $(seq 250))" -o "$work/long.hep"
contains "$err" "hep: --patient is too long (250 characters; at most 200)" "long --patient message"
[ ! -e "$work/long.hep" ] && ok || bad "new wrote a file with a name too long"
expect 1 "export with a date that is not one" -- "$hep" --db "$db" export --template lss-starter \
    --date 2026-02-30 -o "$work/d.pdf"
contains "$err" 'hep: --date "2026-02-30" is not a date (YYYY-MM-DD)' "bad --date message"

# Limits: a file over 32 MB is refused at once with its size limit named.
truncate -s 33M "$work/huge.hep"
expect 1 "a program file over 32 MB" -- "$hep" --db "$db" check "$work/huge.hep"
contains "$err" "$work/huge.hep: is too large (more than 32 MB)" "file size limit message"
rm -f "$work/huge.hep"

# Privacy: the patient's name never reaches stderr, whatever the command and whatever goes wrong.
name="Quintessa 李 Marlowe"
private_err=""
private() { expect "$@"; private_err+="$err"; }
sed "s/\"María José Núñez\"/\"$name\"/" "$work/p.hep" >"$work/private.hep"
sed 's/"date": "[^"]*"/"date": "2026-13-45"/' "$work/private.hep" >"$work/private-date.hep"
sed 's/"exercise": "pelvic-tilt"/"exercise": "no-such-exercise"/' "$work/private.hep" >"$work/private-id.hep"
sed "s/\"$name\"/\"$(printf "$name%.0s" $(seq 20))\"/" "$work/private.hep" >"$work/private-long.hep"
private 0 "check a named program" -- "$hep" --db "$db" check "$work/private.hep"
private 1 "check a bad date" -- "$hep" --db "$db" check "$work/private-date.hep"
private 1 "check an unknown exercise" -- "$hep" --db "$db" check "$work/private-id.hep"
private 1 "check a name too long" -- "$hep" --db "$db" check "$work/private-long.hep"
contains "$err" "patient" "a name too long names the field"
private 0 "export a named program (李 cannot print)" -- "$hep" --db "$db" export "$work/private.hep" -o "$work/private.pdf"
contains "$err" "warning: The patient name has 1 kind of character" "the name's warning counts"
private 1 "export into a missing folder" -- "$hep" --db "$db" export "$work/private.hep" -o "$work/nowhere/x.pdf"
private 1 "export a bad date" -- "$hep" --db "$db" export "$work/private-date.hep" -o "$work/x.pdf"
private 0 "new with a patient" -- "$hep" --db "$db" new --template lss-starter --patient "$name" -o "$work/private-new.hep"
private 1 "new from an unknown template" -- "$hep" --db "$db" new --template nope --patient "$name" -o "$work/x.hep"
private 0 "summary of a named program" -- "$hep" --db "$db" summary "$work/private.hep"
contains "$out" "Patient: $name" "the summary (stdout) has the name"
case "$private_err" in
    *Quintessa* | *Marlowe* | *李*) bad "the patient's name reached stderr: $private_err" ;;
    *) ok ;;
esac

# Backups.
expect 0 "backup" -- "$hep" --db "$db" backup
contains "$out" "Backed up the database to $work/backups/hep-" "backup names the copy after its database"
backup=$(ls "$work"/backups/hep-*Z-manual*.db | head -1)
[ "$(stat -c %a "$backup")" = 600 ] && ok || bad "backup mode is $(stat -c %a "$backup")"
expect 1 "restore a file that is not a database" -- "$hep" --db "$db" restore "$work/p.hep"
contains "$err" "cannot be used as a HEP Studio database" "restore refuses junk"
expect 0 "restore" -- "$hep" --db "$db" restore "$backup"
contains "$out" "The database it replaced is kept as $db.before-restore-" "restore keeps the old file"
expect 0 "catalogue after restore" -- "$hep" --db "$db" catalogue --json
contains "$out" '"id": "wall-push"' "restored database has the custom exercise"

# A database that is not one: a clear message, the file untouched.
head -c 5000 /dev/urandom >"$work/junk.db"
sum=$(md5sum <"$work/junk.db")
expect 1 "junk database" -- "$hep" --db "$work/junk.db" catalogue
contains "$err" "$work/junk.db is not a HEP Studio database or is damaged" "junk database message"
[ "$(md5sum <"$work/junk.db")" = "$sum" ] && ok || bad "junk database was modified"

# A key with ESC and a newline in it: the warning is one line without raw control characters.
cat >"$work/ctrl.hep" <<'JSON'
{"format":"hep-program","version":1,"items":[{"exercise":"bridge"}],"bad\u001b[31mkey\nx":1}
JSON
expect 0 "check a file with control characters in a key" -- "$hep" --db "$db" check "$work/ctrl.hep"
contains "$out" 'unknown field "bad\x1b[31mkey\nx"' "control characters are written out"
case "$out" in *$'\033'*) bad "a raw ESC reached the terminal" ;; *) ok ;; esac

# Ten hep exercise add at once: each waits for the write lock instead of failing with
# "database is locked" (issue 13, item 13).
crowd="$work/crowd.db"
"$hep" --db "$crowd" catalogue >/dev/null
pids=()
for i in 0 1 2 3 4 5 6 7 8 9; do
    sed "s/\"id\": \"wall-push\"/\"id\": \"crowd-$i\"/; s/\"name\": \"Wall push\"/\"name\": \"Crowd $i\"/" "$work/ex.json" >"$work/crowd-$i.json"
    "$hep" --db "$crowd" exercise add "$work/crowd-$i.json" >"$work/crowd-$i.out" 2>&1 &
    pids+=($!)
done
crowd_failed=0
for pid in "${pids[@]}"; do wait "$pid" || crowd_failed=$((crowd_failed + 1)); done
[ "$crowd_failed" -eq 0 ] && ok || bad "$crowd_failed of 10 concurrent adds failed: $(cat "$work"/crowd-*.out)"
expect 0 "every concurrent add is there" -- "$hep" --db "$crowd" catalogue --search crowd --json
contains "$out" '"count": 10' "ten custom exercises after ten concurrent adds"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
