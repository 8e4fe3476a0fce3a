#!/usr/bin/env bash
# hep on a clinic server, run under pg_virtualenv -t (PGHOST and friends set): a therapist's
# session with a named patient leaves no trace of the patient on the server; backups refuse a
# server; a server that is away is a message and exit 1, never a hang.
# Usage: server_cli_test.sh HEP
set -u
hep=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
bad() { echo "FAIL: $*"; failures=$((failures + 1)); }
db=postgresql://
# The server's rows (pg_dump's random \restrict lines left out).
rows() { pg_dump --data-only | grep -v '^\\\(un\)\?restrict '; }

"$hep" --db "$db" clinic --name "Riverside PT" --phone 555-0100 >/dev/null || bad "clinic set"
"$hep" --db "$db" new --template lss-starter --patient "Zelda Quixote" -o "$work/z.hep" >/dev/null ||
    bad "new from a template"
"$hep" --db "$db" export "$work/z.hep" -o "$work/z.pdf" >/dev/null 2>&1 || bad "export"
pdftotext "$work/z.pdf" - 2>/dev/null | grep -q "555-0100" || bad "the clinic phone from the server is not on the handout"
"$hep" --db "$db" template export lss-starter -o "$work/t.json" >/dev/null || bad "template export"
sed 's/"id": "lss-starter"/"id": "mine"/; s/"name": "[^"]*"/"name": "Mine"/' "$work/t.json" >"$work/mine.json"
"$hep" --db "$db" template import "$work/mine.json" >/dev/null || bad "template import"
"$hep" --db "$db" templates | grep -q "Mine" || bad "the imported template is not listed"
"$hep" --db "$db" show bridge --json |
    sed 's/"id": "bridge"/"id": "wall-push"/; s/"name": "Bridge"/"name": "Wall push"/' >"$work/ex.json"
if pg_dump --data-only | grep -q "Zelda"; then bad "the patient's name is on the server"; fi
pg_dump --data-only | grep -q "Riverside PT" || bad "pg_dump shows no clinic: the check above proves nothing"

# The least privileges README names: the tables exist (made above by the owner), a therapists'
# role may read and write their rows, and its password comes from a pgpass file.
psql -q <<SQL || bad "setting up the therapists' role"
CREATE ROLE hep_therapist LOGIN PASSWORD 'pw-in-pgpass';
GRANT CONNECT ON DATABASE "$PGDATABASE" TO hep_therapist;
GRANT USAGE ON SCHEMA public TO hep_therapist;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO hep_therapist;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO hep_therapist;
SQL
printf '%s:%s:%s:hep_therapist:pw-in-pgpass\n' "$PGHOST" "$PGPORT" "$PGDATABASE" >"$work/pgpass"
chmod 600 "$work/pgpass"
therapist="postgresql://hep_therapist@$PGHOST:$PGPORT/$PGDATABASE"
PGPASSFILE="$work/pgpass" PGPASSWORD= "$hep" --db "$therapist" exercise add "$work/ex.json" >"$work/out" 2>&1 ||
    bad "the therapists' role cannot add an exercise: $(cat "$work/out")"
PGPASSFILE="$work/pgpass" PGPASSWORD= "$hep" --db "$therapist" templates | grep -q "Mine" ||
    bad "the therapists' role cannot read the templates"

# hep copy: a therapist's own file to the server and back, all or nothing.
local="$work/own.db"
sed 's/"id": "wall-push"/"id": "desk-push"/; s/"name": "Wall push"/"name": "Desk push"/' "$work/ex.json" >"$work/desk.json"
"$hep" --db "$local" exercise add "$work/desk.json" >/dev/null || bad "local exercise add"
sed 's/"id": "lss-starter"/"id": "desk"/; s/"name": "[^"]*"/"name": "Desk"/; s/"exercise": "pelvic-tilt"/"exercise": "desk-push"/' \
    "$work/t.json" >"$work/desk-template.json"
"$hep" --db "$local" template import "$work/desk-template.json" >/dev/null || bad "local template import"
"$hep" copy --from "$local" --to "$db" >"$work/out" 2>&1 || bad "copy to the server: $(cat "$work/out")"
grep -q "Copied 1 custom exercise and 1 template" "$work/out" || bad "copy says: $(cat "$work/out")"
"$hep" --db "$db" show desk-push >/dev/null || bad "the copied exercise is not on the server"
"$hep" copy --from "$local" --to "$db" >"$work/out" 2>&1 || bad "copying again: $(cat "$work/out")"
grep -q "2 already there" "$work/out" || bad "copying again says: $(cat "$work/out")"
sed -i 's/"name": "Desk push"/"name": "Desk push, changed"/' "$work/desk.json"
"$hep" --db "$work/other.db" exercise add "$work/desk.json" >/dev/null || bad "other exercise add"
before=$(rows)
"$hep" copy --from "$work/other.db" --to "$db" >"$work/out" 2>&1
[ $? -eq 1 ] || bad "a clash did not exit 1"
grep -q 'exercise "desk-push" (here: "Desk push")' "$work/out" || bad "the clash list: $(cat "$work/out")"
[ "$(rows)" = "$before" ] || bad "a refused copy changed the server"
"$hep" copy --to "$work/back.db" >"$work/out" 2>&1
[ $? -eq 2 ] || bad "copy without --from did not exit 2"
grep -q "copy needs --from and --to" "$work/out" || bad "copy without --from says: $(cat "$work/out")"
"$hep" copy --from "$db" --to "$work/back.db" >"$work/out" 2>&1 || bad "copy back: $(cat "$work/out")"
"$hep" --db "$work/back.db" templates | grep -q "Desk" || bad "the template did not come back"

"$hep" --db "$db" backup >"$work/out" 2>&1 && bad "backup of a server succeeded"
grep -q "clinic server" "$work/out" || bad "backup of a server: $(cat "$work/out")"

# TLS as the URI asks: sslmode=require is refused by a server without TLS, and taken once the
# server has a certificate.
tls="postgresql://$PGHOST:$PGPORT/$PGDATABASE?sslmode=require"
"$hep" --db "$tls" templates >"$work/out" 2>&1 && bad "sslmode=require was ignored by a server without TLS"
grep -q "SSL" "$work/out" || bad "sslmode=require without TLS says: $(cat "$work/out")"
certs=$(mktemp -d)
chmod 755 "$certs"
openssl req -new -x509 -nodes -days 2 -subj /CN=localhost -keyout "$certs/server.key" \
    -out "$certs/server.crt" 2>/dev/null || bad "openssl made no certificate"
chown postgres "$certs/server.key" "$certs/server.crt" 2>/dev/null
chmod 600 "$certs/server.key"
psql -q -c "ALTER SYSTEM SET ssl_cert_file = '$certs/server.crt'" \
    -c "ALTER SYSTEM SET ssl_key_file = '$certs/server.key'" -c "ALTER SYSTEM SET ssl = on" \
    -c "SELECT pg_reload_conf()" >/dev/null || bad "turning TLS on"
sleep 1
"$hep" --db "$tls" templates >"$work/out" 2>&1 || bad "sslmode=require on a TLS server: $(cat "$work/out")"
rm -rf "$certs"

start=$(date +%s)
"$hep" --db "postgresql://ana:secret@127.0.0.1:1/hep" catalogue >"$work/out" 2>&1
status=$?
[ "$status" -eq 1 ] || bad "an unreachable server exits $status, not 1"
grep -q "postgresql://127.0.0.1:1/hep" "$work/out" || bad "the message does not name the server: $(cat "$work/out")"
grep -q "secret" "$work/out" && bad "the message shows the password"
[ $(($(date +%s) - start)) -le 6 ] || bad "an unreachable server took more than 6 s"

if [ "$failures" -ne 0 ]; then
    echo "$failures failed"
    exit 1
fi
echo "server cli tests passed"
