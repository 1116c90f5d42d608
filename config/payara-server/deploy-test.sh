#!/usr/bin/env bash
# CI deployment test: the EAR on a real Payara Server 6 with PostgreSQL.
#
#   bash config/payara-server/deploy-test.sh          (from the repository root, after the build)
#
# Gets Payara Server and the PostgreSQL driver from Maven Central through Maven, unzips Payara under
# target/payara-server-it/, creates a fresh domain on a free block of ports (never 8080/4848), creates a fresh
# database, runs config/payara-server/create-resources.sh with a bootstrap administrator password, deploys
# kam-ear/target/kam-ear.ear, checks it over HTTP, redeploys it and checks that the data survived.
# The domain is always stopped and the database dropped at the end. Exits non-zero on any failure.
#
# Environment (all optional):
#   PGHOST / PGPORT / PGSUPERUSER   PostgreSQL to use, with a role allowed to create databases and roles
#                                   (default 127.0.0.1 / 5432 / postgres; the password, if any, via PGPASSWORD)
#   KAM_IT_DB                       database and role created for the test (default kam_deploy_it)
#   PAYARA_VERSION                  fish.payara.distributions:payara version (default 6.2025.9)
#   POSTGRES_JDBC_VERSION           org.postgresql:postgresql version (default 42.7.14)
#   MVN                             Maven command (default ./mvnw when present, else mvn)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

PAYARA_VERSION=${PAYARA_VERSION:-6.2025.9}
POSTGRES_JDBC_VERSION=${POSTGRES_JDBC_VERSION:-42.7.14}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGSUPERUSER=${PGSUPERUSER:-postgres}
DB=${KAM_IT_DB:-kam_deploy_it}
WORK=$ROOT/target/payara-server-it
DOMAIN=kam-it
EAR=$ROOT/kam-ear/target/kam-ear.ear
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

if [[ -z ${MVN:-} ]]; then
    if [[ -x ./mvnw ]]; then MVN=./mvnw; else MVN=mvn; fi
fi

START=$SECONDS
STEP="setting up"
ASADMIN=$WORK/payara6/bin/asadmin
DOMAIN_DIR=$WORK/payara6/glassfish/domains/$DOMAIN
SERVER_LOG=$DOMAIN_DIR/logs/server.log
DOMAIN_STARTED=false
DB_CREATED=false

log() { printf '[deploy-test %3ds] %s\n' "$((SECONDS - START))" "$*"; }
fail() { echo "[deploy-test] CHECK FAILED during '$STEP': $*" >&2; exit 1; }
psql_on() { local db=$1; shift; PGOPTIONS='-c client_min_messages=warning' psql -h "$PGHOST" -p "$PGPORT" -U "$PGSUPERUSER" -d "$db" -v ON_ERROR_STOP=1 -qtA "$@"; }
psql_admin() { psql_on postgres "$@"; }

finish() {
    local status=$?
    set +e
    if [[ $status -ne 0 && -f $SERVER_LOG ]]; then
        echo "----- last 150 lines of $SERVER_LOG -----" >&2
        tail -n 150 "$SERVER_LOG" >&2
        echo "----- end of server.log -----" >&2
    fi
    if [[ $DOMAIN_STARTED == true ]]; then
        log "stopping the domain"
        "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || echo "[deploy-test] could not stop domain $DOMAIN" >&2
    fi
    if [[ $DB_CREATED == true ]]; then
        log "dropping database $DB"
        psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "DROP ROLE IF EXISTS $DB" \
            || echo "[deploy-test] could not drop database $DB" >&2
    fi
    rm -rf "$WORK/secrets"
    if [[ $status -eq 0 ]]; then
        echo "[deploy-test] PASS: kam-ear deployed on Payara Server $PAYARA_VERSION with PostgreSQL, checked, redeployed, restarted, restored ($((SECONDS - START)) s)"
    else
        echo "[deploy-test] FAIL at step '$STEP' (exit $status, $((SECONDS - START)) s); work folder: $WORK" >&2
    fi
    exit "$status"
}
trap finish EXIT

for tool in curl psql unzip; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is needed"
done

# 0. The EAR.
STEP="build"
if [[ ! -f $EAR ]]; then
    log "no $EAR: building the project with $MVN"
    "$MVN" -B -q -DskipTests -DskipITs package
fi
[[ -f $EAR ]] || fail "$EAR is missing after the build"

# 1. Payara Server and the PostgreSQL driver, through Maven.
STEP="download"
# A domain left running by an interrupted earlier run of this test would hold its ports and files.
if [[ -x $ASADMIN && -d $DOMAIN_DIR ]]; then
    "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
fi
rm -rf "$WORK"
mkdir -p "$WORK/download"
log "getting fish.payara.distributions:payara:$PAYARA_VERSION:zip and org.postgresql:postgresql:$POSTGRES_JDBC_VERSION"
for artifact in "fish.payara.distributions:payara:$PAYARA_VERSION:zip" "org.postgresql:postgresql:$POSTGRES_JDBC_VERSION"; do
    "$MVN" -B -q -N -Dstyle.color=never "$DEPENDENCY_PLUGIN:copy" -Dartifact="$artifact" \
        -DoutputDirectory="$WORK/download" > "$WORK/maven-download.log" 2>&1 \
        || { cat "$WORK/maven-download.log" >&2; fail "Maven could not get $artifact"; }
done
DRIVER_JAR=$WORK/download/postgresql-$POSTGRES_JDBC_VERSION.jar
[[ -f $DRIVER_JAR ]] || fail "no $DRIVER_JAR"

# 2. Unzip, and a fresh domain on a free block of 100 ports.
STEP="create domain"
unzip -q "$WORK/download/payara-$PAYARA_VERSION.zip" -d "$WORK"
[[ -x $ASADMIN ]] || fail "no $ASADMIN in the zip"
rm -f "$WORK/download/payara-$PAYARA_VERSION.zip"   # 170 MB; Maven keeps its own copy

port_in_use() {
    # Anything that accepts a connection on localhost is in use; so is any listener ss(8) knows of.
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    [[ -n $LISTENING ]] && grep -qx "$1" <<< "$LISTENING"
}
block_free() {
    local port
    for ((port = $1; port < $1 + 100; port++)); do
        if port_in_use "$port"; then return 1; fi
    done
}
LISTENING=""
if command -v ss >/dev/null 2>&1; then
    LISTENING=$(ss -Htan 2>/dev/null | awk '{print $4}' | sed 's/.*://' | sort -u || true)
fi
# Bases from 20000 to 31900: below the usual ephemeral range (32768+), far from 4848 and 8000-8199.
PORTBASE=""
for attempt in $(seq 1 40); do
    candidate=$((20000 + (RANDOM % 120) * 100))
    if block_free "$candidate"; then PORTBASE=$candidate; break; fi
done
[[ -n $PORTBASE ]] || fail "no free block of 100 ports found between 20000 and 31999"
ADMIN_PORT=$((PORTBASE + 48))
HTTP_PORT=$((PORTBASE + 80))
BASE_URL=http://127.0.0.1:$HTTP_PORT
log "creating domain $DOMAIN with --portbase $PORTBASE (admin $ADMIN_PORT, http $HTTP_PORT)"
"$ASADMIN" --interactive=false create-domain --nopassword --portbase "$PORTBASE" "$DOMAIN" > "$WORK/create-domain.log" 2>&1 \
    || { cat "$WORK/create-domain.log" >&2; fail "create-domain failed"; }

# 3. A fresh database, with its own role and password.
STEP="create database"
rand() { od -An -N9 -tx1 /dev/urandom | tr -d ' \n'; }
DB_PASSWORD="db-$(rand)"
# ':' '=' '\' and '$' in the administrator's password check the escaping all the way to HTTP Basic.
ADMIN_PASSWORD="Adm:n=\\\$-$(rand)"
log "creating database $DB (dropped first if it exists)"
DB_CREATED=true
psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "DROP ROLE IF EXISTS $DB" \
    -c "CREATE ROLE $DB LOGIN PASSWORD '$DB_PASSWORD'" -c "CREATE DATABASE $DB OWNER $DB"

# 4. Start the domain and create the resources.
STEP="start domain"
log "starting the domain"
DOMAIN_STARTED=true
"$ASADMIN" start-domain "$DOMAIN" > "$WORK/start-domain.log" 2>&1 \
    || { cat "$WORK/start-domain.log" >&2; fail "start-domain failed"; }

STEP="create resources"
log "running the install commands of docs/operations.md (guide:install): resources, then deploy"
mkdir -p "$WORK/secrets" && chmod 700 "$WORK/secrets"
printf '%s\n' "$DB_PASSWORD" > "$WORK/secrets/db-password"
printf '%s\n' "$ADMIN_PASSWORD" > "$WORK/secrets/admin-password"
# The variables the guide's commands use.
export ASADMIN ADMIN_PORT DRIVER_JAR DOMAIN
export KAM_DB_HOST="$PGHOST" KAM_DB_PORT="$PGPORT" KAM_DB_NAME="$DB" KAM_DB_USER="$DB"
export DB_PASSWORD_FILE="$WORK/secrets/db-password" ADMIN_PASSWORD_FILE="$WORK/secrets/admin-password"
export BACKUP_FILE="$WORK/kam-backup.dump"
guide() { # the commands of one guide: block of docs/operations.md, exactly as written there
    awk -v start="<!-- guide:$1 -->" -v end="<!-- /guide:$1 -->" \
        '$0 == start {inside = 1; next} $0 == end {inside = 0} inside && !/^```/' "$ROOT/docs/operations.md"
}
run_guide() {
    local block
    block=$(guide "$1")
    [[ -n $block ]] || fail "docs/operations.md has no guide:$1 block"
    (cd "$ROOT" && bash -euo pipefail -c "$block") > "$WORK/guide-$1.log" 2>&1 \
        || { cat "$WORK/guide-$1.log" >&2; fail "the guide's $1 commands failed"; }
}
run_guide install
log "running it again: it must be idempotent"
bash "$ROOT/config/payara-server/create-resources.sh" \
    --asadmin "$ASADMIN" --admin-port "$ADMIN_PORT" \
    --driver-jar "$DRIVER_JAR" \
    --db-host "$PGHOST" --db-port "$PGPORT" --db-name "$DB" --db-user "$DB" \
    --db-password-file "$WORK/secrets/db-password" \
    --bootstrap-admin-password-file "$WORK/secrets/admin-password" > "$WORK/create-resources-again.log"
for secret in "$DB_PASSWORD" "$ADMIN_PASSWORD"; do
    if grep -qF -- "$secret" "$DOMAIN_DIR/config/domain.xml"; then fail "a password is in plain text in domain.xml"; fi
done

# 5. Deployed by the guide's install block above.
STEP="deploy"
grep -q "Schema of jdbc/kam at version" "$SERVER_LOG" || fail "no 'Schema of jdbc/kam at version' in server.log"
[[ $(grep -c "Created the first administrator account 'admin'" "$SERVER_LOG") -eq 1 ]] \
    || fail "the first administrator was not created exactly once"
[[ $(psql_on "$DB" -c "select count(*) from flyway_schema_history where success") -ge 2 ]] \
    || fail "the Flyway migrations did not run against PostgreSQL database $DB"

# 6. HTTP checks.
BODY=$WORK/body
http() { # http EXPECTED_STATUS URL [curl options...]: the status must match; the body is left in $BODY
    local expected=$1 url=$2 status
    shift 2
    status=$(curl -sS -o "$BODY" -w '%{http_code}' --max-time 60 "$@" "$url") || fail "curl $url failed"
    [[ $status == "$expected" ]] || { head -c 2000 "$BODY" >&2 2>/dev/null; echo >&2; fail "GET $url gave $status, expected $expected"; }
}
body_has() { grep -qF -- "$1" "$BODY" || { head -c 2000 "$BODY" >&2; echo >&2; fail "the response does not contain '$1'"; }; }
check_admin() {
    http 200 "$BASE_URL/api/me" -u "admin:$ADMIN_PASSWORD"
    body_has '"username":"admin"'
    body_has 'ADMIN'
}

STEP="HTTP checks"
log "checking $BASE_URL"
http 200 "$BASE_URL/login.xhtml" -D "$WORK/headers"
body_has 'KAM Planner'
# Out of the box nobody may frame the pages, and a plain-HTTP server sends no HSTS (config/README.md).
grep -qiF "frame-ancestors 'none'" "$WORK/headers" || fail "the CSP does not forbid framing by default"
grep -qi '^X-Frame-Options: DENY' "$WORK/headers" || fail "X-Frame-Options is not DENY by default"
! grep -qi '^Strict-Transport-Security' "$WORK/headers" || fail "HSTS sent without kam.https"
http 401 "$BASE_URL/api/me"
check_admin
http 401 "$BASE_URL/api/me" -u 'emma.kam:demo1234'   # demo mode is off: no demo users
http 401 "$BASE_URL/api/me" -u 'admin:wrong-password'

# Data created through the API: a user provisioned by the administrator, read again after each step below.
STEP="create data through the API"
API_USER_PASSWORD="api-$(rand)"
http 201 "$BASE_URL/api/users" -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    --data "{\"username\":\"it.provisioned\",\"displayName\":\"Provisioned Over The API\",\"password\":\"$API_USER_PASSWORD\",\"roles\":[\"KAM\"]}"
check_api_data() {
    http 200 "$BASE_URL/api/me" -u "it.provisioned:$API_USER_PASSWORD"
    body_has '"displayName":"Provisioned Over The API"'
    body_has '"roles":["KAM"]'
}
check_api_data

# 7. Redeploy: the data (the administrator) stays.
STEP="redeploy"
log "redeploying (deploy --force=true)"
run_guide upgrade
grep -q "Schema of jdbc/kam at version .* (0 migration(s) applied at start-up)" "$SERVER_LOG" \
    || fail "after the redeploy the schema was not found up to date"
STEP="HTTP checks after redeploy"
check_admin
check_api_data
[[ $(grep -c "Created the first administrator account 'admin'" "$SERVER_LOG") -eq 1 ]] \
    || fail "the administrator was created again after the redeploy"
[[ $(psql_on "$DB" -c "select count(*) from app_user where username = 'admin'") -eq 1 ]] \
    || fail "not exactly one admin row in app_user"

# 8. Restart the server: the data written before is read again after the restart.
STEP="restart"
log "turning kam.https on (the server IT runs behind HTTPS), framed by a portal on another site, and restarting the domain"
"$ASADMIN" --port "$ADMIN_PORT" create-system-properties kam.https=true > /dev/null || fail "create-system-properties kam.https failed"
# A portal on another site: SameSite=None, which browsers only accept on a Secure cookie (hence kam.https above).
# asadmin splits properties on ':', so the origin's colon is escaped.
PORTAL=https://portal.example.com
"$ASADMIN" --port "$ADMIN_PORT" create-system-properties \
    "kam.session-cookie.same-site=None:kam.frame-ancestors=${PORTAL/:/\\:}" > /dev/null \
    || fail "create-system-properties kam.session-cookie.same-site / kam.frame-ancestors failed"
# Payara Server ignores an application's SameSite setting (its log says "Unsupported deployment descriptors element
# attribute-name value SameSite") and adds its own X-Frame-Options: SAMEORIGIN unless told not to. Both belong to the
# HTTP listener, as docs/operations.md tells IT for the framed case.
LISTENER=configs.config.server-config.network-config.protocols.protocol.http-listener-1.http
"$ASADMIN" --port "$ADMIN_PORT" set "$LISTENER.cookie-same-site-enabled=true" "$LISTENER.cookie-same-site-value=None" \
    "$LISTENER.xframe-options=false" > /dev/null || fail "setting the HTTP listener's SameSite and X-Frame-Options failed"
"$ASADMIN" restart-domain "$DOMAIN" > "$WORK/restart-domain.log" 2>&1 \
    || { cat "$WORK/restart-domain.log" >&2; fail "restart-domain failed"; }
STEP="HTTP checks after restart"
for _ in $(seq 1 60); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/login.xhtml") == 200 ]] && break
    sleep 2
done
check_admin
check_api_data
[[ $(psql_on "$DB" -c "select count(*) from app_user where username = 'admin'") -eq 1 ]] \
    || fail "not exactly one admin row in app_user after the restart"
http 200 "$BASE_URL/login.xhtml" -D "$WORK/headers"
grep -qi '^Strict-Transport-Security: max-age=31536000' "$WORK/headers" || fail "kam.https=true sends no HSTS"
grep -qiE '^Set-Cookie: JSESSIONID=.*; *Secure' "$WORK/headers" || fail "kam.https=true: the session cookie is not Secure"
grep -qiE '^Set-Cookie: JSESSIONID=.*; *SameSite=None' "$WORK/headers" \
    || fail "SameSite=None with kam.https=true: the session cookie is not SameSite=None"
# Payara writes SameSite more than once (its own default, then the listener's value; payara/Payara#7254). Browsers
# take the last one (RFC 6265bis, 5.6: "the last attribute ... wins"), so that one must be None.
[[ $(grep -iE '^Set-Cookie: JSESSIONID=' "$WORK/headers" | grep -oiE 'SameSite=[a-z]+' | tail -n 1) =~ ^SameSite=None$ ]] \
    || fail "the session cookie's last SameSite attribute, the one browsers use, is not None"
grep -qiF "frame-ancestors $PORTAL" "$WORK/headers" || fail "kam.frame-ancestors: the CSP does not name the portal"
! grep -qi '^X-Frame-Options' "$WORK/headers" || fail "X-Frame-Options sent although a portal may frame the pages"

# 9. Backup and restore, with the guide's commands: rows deleted after the backup come back.
STEP="backup and restore"
log "backing up, deleting the audit trail, restoring (guide:backup, guide:restore)"
run_guide backup
AUDIT_ROWS=$(psql_on "$DB" -c "select count(*) from audit_entry")
psql_on "$DB" -c "delete from audit_entry" > /dev/null
run_guide restore
[[ $(psql_on "$DB" -c "select count(*) from audit_entry") -eq $AUDIT_ROWS ]] \
    || fail "the restore did not bring back the $AUDIT_ROWS audit rows"
for _ in $(seq 1 60); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/login.xhtml") == 200 ]] && break
    sleep 2
done
check_admin
check_api_data
http 200 "$BASE_URL/health/ready"
body_has '"status":"UP"'

STEP="done"
