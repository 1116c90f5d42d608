#!/usr/bin/env bash
# CI deployment test: the EAR on a real WildFly (full profile, no MicroProfile) with PostgreSQL.
#
#   bash config/wildfly/deploy-test.sh          (from the repository root, after the build)
#
# Gets WildFly, the PostgreSQL driver and EclipseLink (the application's JPA provider; WildFly ships Hibernate)
# through Maven, unzips WildFly under target/wildfly-it/, configures it offline with jboss-cli
# (config/wildfly/configure.cli: driver module, the datasource java:/jdbc/kam, Jakarta Security on Elytron, the
# bootstrap administrator), starts it on a free block of ports (never 8080/4848/9990), creates a fresh database,
# deploys kam-ear/target/kam-ear.ear, checks it over HTTP (login page, API, a document export, health, metrics),
# restarts WildFly and checks that the data survived. WildFly is always stopped and the database dropped at the
# end. Exits non-zero on any failure.
#
# Environment (all optional):
#   PGHOST / PGPORT / PGSUPERUSER   PostgreSQL to use, with a role allowed to create databases and roles
#                                   (default 127.0.0.1 / 5432 / postgres; the password, if any, via PGPASSWORD)
#   KAM_IT_DB                       database and role created for the test (default kam_wildfly_it)
#   WILDFLY_VERSION                 org.wildfly:wildfly-dist version (default 38.0.1.Final)
#   POSTGRES_JDBC_VERSION           org.postgresql:postgresql version (default 42.7.14)
#   ECLIPSELINK_VERSION             org.eclipse.persistence version (default 4.0.7, the one Payara 6 ships)
#   MVN                             Maven command (default ./mvnw when present, else mvn)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

WILDFLY_VERSION=${WILDFLY_VERSION:-38.0.1.Final}
POSTGRES_JDBC_VERSION=${POSTGRES_JDBC_VERSION:-42.7.14}
ECLIPSELINK_VERSION=${ECLIPSELINK_VERSION:-4.0.7}
ECLIPSELINK_ASM_VERSION=${ECLIPSELINK_ASM_VERSION:-9.8.0}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGSUPERUSER=${PGSUPERUSER:-postgres}
DB=${KAM_IT_DB:-kam_wildfly_it}
WORK=$ROOT/target/wildfly-it
JBOSS_HOME=$WORK/wildfly-$WILDFLY_VERSION
EAR=$ROOT/kam-ear/target/kam-ear.ear
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

if [[ -z ${MVN:-} ]]; then
    if [[ -x ./mvnw ]]; then MVN=./mvnw; else MVN=mvn; fi
fi

START=$SECONDS
STEP="setting up"
CLI=$JBOSS_HOME/bin/jboss-cli.sh
SERVER_LOG=$JBOSS_HOME/standalone/log/server.log
SERVER_PID=""
MANAGEMENT=""
DB_CREATED=false

log() { printf '[wildfly-test %3ds] %s\n' "$((SECONDS - START))" "$*"; }
fail() { echo "[wildfly-test] CHECK FAILED during '$STEP': $*" >&2; exit 1; }
psql_on() { local db=$1; shift; PGOPTIONS='-c client_min_messages=warning' psql -h "$PGHOST" -p "$PGPORT" -U "$PGSUPERUSER" -d "$db" -v ON_ERROR_STOP=1 -qtA "$@"; }
psql_admin() { psql_on postgres "$@"; }

stop_server() {
    [[ -n $SERVER_PID ]] || return 0
    "$CLI" --connect --controller="$MANAGEMENT" --command=':shutdown(timeout=30)' >/dev/null 2>&1 || true
    for _ in $(seq 1 45); do
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 1
    done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
        echo "[wildfly-test] WildFly (pid $SERVER_PID) did not stop: killing it" >&2
        pkill -KILL -P "$SERVER_PID" 2>/dev/null || true
        kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

finish() {
    local status=$?
    set +e
    if [[ $status -ne 0 && -f $SERVER_LOG ]]; then
        echo "----- last 150 lines of $SERVER_LOG -----" >&2
        tail -n 150 "$SERVER_LOG" >&2
        echo "----- end of server.log -----" >&2
    fi
    if [[ -n $SERVER_PID ]]; then
        log "stopping WildFly"
        stop_server
    fi
    if [[ $DB_CREATED == true ]]; then
        log "dropping database $DB"
        psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "DROP ROLE IF EXISTS $DB" \
            || echo "[wildfly-test] could not drop database $DB" >&2
    fi
    if [[ $status -eq 0 ]]; then
        echo "[wildfly-test] PASS: kam-ear deployed on WildFly $WILDFLY_VERSION with PostgreSQL, checked, restarted ($((SECONDS - START)) s)"
    else
        echo "[wildfly-test] FAIL at step '$STEP' (exit $status, $((SECONDS - START)) s); work folder: $WORK" >&2
    fi
    exit "$status"
}
trap finish EXIT

for tool in curl psql unzip java; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is needed"
done

# 0. The EAR.
STEP="build"
if [[ ! -f $EAR ]]; then
    log "no $EAR: building the project with $MVN"
    "$MVN" -B -q -DskipTests -DskipITs package
fi
[[ -f $EAR ]] || fail "$EAR is missing after the build"

# 1. WildFly, the PostgreSQL driver and EclipseLink, through Maven.
STEP="download"
rm -rf "$WORK"
mkdir -p "$WORK/download" "$WORK/eclipselink"
log "getting org.wildfly:wildfly-dist:$WILDFLY_VERSION:zip, the PostgreSQL driver and EclipseLink $ECLIPSELINK_VERSION"
# One Maven run for all of them (each run costs a JVM start): a throw-away POM that lists them.
dependency() { # only the artifact itself, none of what it depends on
    printf '<dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>%s<exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions></dependency>' "$@"
}
cat > "$WORK/download/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>com.kamplanner.it</groupId><artifactId>wildfly-download</artifactId><version>1</version><packaging>pom</packaging>
<dependencies>
$(dependency org.wildfly wildfly-dist "$WILDFLY_VERSION" '<type>zip</type>')
$(dependency org.postgresql postgresql "$POSTGRES_JDBC_VERSION" '')
$(dependency org.eclipse.persistence org.eclipse.persistence.core "$ECLIPSELINK_VERSION" '')
$(dependency org.eclipse.persistence org.eclipse.persistence.jpa "$ECLIPSELINK_VERSION" '')
$(dependency org.eclipse.persistence org.eclipse.persistence.jpa.jpql "$ECLIPSELINK_VERSION" '')
$(dependency org.eclipse.persistence org.eclipse.persistence.asm "$ECLIPSELINK_ASM_VERSION" '')
</dependencies></project>
POM
"$MVN" -B -q -Dstyle.color=never -f "$WORK/download/pom.xml" "$DEPENDENCY_PLUGIN:copy-dependencies" \
    -DexcludeTransitive=true -DoutputDirectory="$WORK/download" > "$WORK/maven-download.log" 2>&1 \
    || { cat "$WORK/maven-download.log" >&2; fail "Maven could not get WildFly, the driver or EclipseLink"; }
mv "$WORK"/download/org.eclipse.persistence.*.jar "$WORK/eclipselink/"
DRIVER_JAR=$WORK/download/postgresql-$POSTGRES_JDBC_VERSION.jar
[[ -f $DRIVER_JAR ]] || fail "no $DRIVER_JAR"

STEP="unzip"
unzip -q "$WORK/download/wildfly-dist-$WILDFLY_VERSION.zip" -d "$WORK"
rm -f "$WORK/download/wildfly-dist-$WILDFLY_VERSION.zip"   # Maven keeps its own copy
[[ -x $CLI ]] || fail "no $CLI in the zip"

# 2. A free block of ports: WildFly's full profile uses 3528..9993 plus the offset.
port_in_use() {
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    [[ -n $LISTENING ]] && grep -qx "$1" <<< "$LISTENING"
}
LISTENING=""
if command -v ss >/dev/null 2>&1; then
    LISTENING=$(ss -Htan 2>/dev/null | awk '{print $4}' | sed 's/.*://' | sort -u || true)
fi
offset_free() {
    local port
    for port in 3528 3529 4712 4713 5445 5455 8009 8080 8443 9990 9993; do
        if port_in_use $((port + $1)); then return 1; fi
    done
}
OFFSET=""
for attempt in $(seq 1 40); do
    candidate=$((12000 + (RANDOM % 100) * 100))   # ports from 15528 to 31893, below the ephemeral range
    if offset_free "$candidate"; then OFFSET=$candidate; break; fi
done
[[ -n $OFFSET ]] || fail "no free port offset found"
HTTP_PORT=$((8080 + OFFSET))
MANAGEMENT=127.0.0.1:$((9990 + OFFSET))
BASE_URL=http://127.0.0.1:$HTTP_PORT

# 3. A fresh database, with its own role and password.
STEP="create database"
rand() { od -An -N9 -tx1 /dev/urandom | tr -d ' \n'; }
export KAM_DB_PASSWORD="db-$(rand)"
export KAM_BOOTSTRAP_ADMIN_PASSWORD="Adm-$(rand)"
ADMIN_PASSWORD=$KAM_BOOTSTRAP_ADMIN_PASSWORD
log "creating database $DB (dropped first if it exists)"
DB_CREATED=true
psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "DROP ROLE IF EXISTS $DB" \
    -c "CREATE ROLE $DB LOGIN PASSWORD '$KAM_DB_PASSWORD'" -c "CREATE DATABASE $DB OWNER $DB"

# 4. Configure WildFly offline: EclipseLink, the driver, the datasource, Jakarta Security, the administrator.
STEP="configure"
log "installing EclipseLink $ECLIPSELINK_VERSION into WildFly's org.eclipse.persistence module"
ECLIPSELINK_MODULE=$JBOSS_HOME/modules/system/layers/base/org/eclipse/persistence/main
[[ -f $ECLIPSELINK_MODULE/module.xml ]] || fail "no org.eclipse.persistence module in WildFly"
cp "$WORK"/eclipselink/*.jar "$ECLIPSELINK_MODULE/"
roots=""
for jar in "$WORK"/eclipselink/*.jar; do roots+="        <resource-root path=\"$(basename "$jar")\"/>\n"; done
# EclipseLink also reaches JDK modules the module does not list (java.rmi for its remote cache coordination).
jdk_modules=""
for jdk in java.rmi java.sql java.xml java.desktop jdk.unsupported; do jdk_modules+="        <module name=\"$jdk\"/>\n"; done
sed -i -e "s|<resources>|<resources>\n$roots|" -e "s|<dependencies>|<dependencies>\n$jdk_modules|" \
    "$ECLIPSELINK_MODULE/module.xml"
log "configuring standalone-full.xml with config/wildfly/configure.cli"
sed -e "s|@DRIVER_JAR@|$DRIVER_JAR|" -e "s|@DB_URL@|jdbc:postgresql://$PGHOST:$PGPORT/$DB|" -e "s|@DB_USER@|$DB|" \
    "$ROOT/config/wildfly/configure.cli" > "$WORK/configure.cli"
"$CLI" --file="$WORK/configure.cli" > "$WORK/configure.log" 2>&1 \
    || { cat "$WORK/configure.log" >&2; fail "jboss-cli configure.cli failed"; }
for secret in "$KAM_DB_PASSWORD" "$ADMIN_PASSWORD"; do
    if grep -qF -- "$secret" "$JBOSS_HOME/standalone/configuration/standalone-full.xml"; then
        fail "a password is in plain text in standalone-full.xml"
    fi
done

# 5. Start WildFly and deploy.
start_server() {
    log "starting WildFly (standalone-full.xml, port offset $OFFSET: http $HTTP_PORT, management $MANAGEMENT)"
    LAUNCH_JBOSS_IN_BACKGROUND=1 "$JBOSS_HOME/bin/standalone.sh" -c standalone-full.xml \
        -Djboss.socket.binding.port-offset="$OFFSET" -b 127.0.0.1 -bmanagement 127.0.0.1 \
        > "$WORK/standalone.out" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 90); do
        if "$CLI" --connect --controller="$MANAGEMENT" --command=':read-attribute(name=server-state)' 2>/dev/null \
            | grep -q '"result" => "running"'; then
            return 0
        fi
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/standalone.out" >&2; fail "WildFly exited"; }
        sleep 2
    done
    fail "WildFly did not reach 'running' in 180 s"
}
wait_for_app() {
    for _ in $(seq 1 60); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/login.xhtml") == 200 ]] && return 0
        sleep 2
    done
}
STEP="start"
start_server
STEP="deploy"
log "deploying $EAR"
"$CLI" --connect --controller="$MANAGEMENT" --command="deploy $EAR --name=kam-ear.ear" > "$WORK/deploy.log" 2>&1 \
    || { cat "$WORK/deploy.log" >&2; fail "deploy failed"; }
wait_for_app
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
grep -qiF "frame-ancestors 'none'" "$WORK/headers" || fail "the CSP does not forbid framing by default"
http 401 "$BASE_URL/api/me"
check_admin
http 401 "$BASE_URL/api/me" -u 'emma.kam:demo1234'   # demo mode is off: no demo users
http 401 "$BASE_URL/api/me" -u 'admin:wrong-password'
# The load balancer's checks and IT's scraper answer without MicroProfile too.
http 200 "$BASE_URL/health/ready"
body_has '"status":"UP"'
body_has '"schema":"migrated"'
http 200 "$BASE_URL/health/live"
body_has '"status":"UP"'
http 200 "$BASE_URL/metrics"
body_has 'kam_logins_total{channel="basic"} '
body_has 'kam_failed_logins_total{channel="basic"} '
body_has 'kam_mails_waiting '

# Data created through the API: a KA Director provisioned by the administrator, read again after the restart.
STEP="create data through the API"
DIRECTOR_PASSWORD="dir-$(rand)"
http 201 "$BASE_URL/api/users" -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    --data "{\"username\":\"it.director\",\"displayName\":\"Director Over The API\",\"password\":\"$DIRECTOR_PASSWORD\",\"roles\":[\"KA_DIRECTOR\"]}"
check_api_data() {
    http 200 "$BASE_URL/api/me" -u "it.director:$DIRECTOR_PASSWORD"
    body_has '"displayName":"Director Over The API"'
    body_has '"roles":["KA_DIRECTOR"]'
}
check_api_data

# A document export: the compliance workbook (KA Director only), a real XLSX (a zip).
STEP="document export"
http 403 "$BASE_URL/api/programme/compliance/xlsx" -u "admin:$ADMIN_PASSWORD"
http 200 "$BASE_URL/api/programme/compliance/xlsx" -u "it.director:$DIRECTOR_PASSWORD"
[[ $(head -c 2 "$BODY") == PK ]] || fail "the compliance export is not an XLSX file"
http 200 "$BASE_URL/metrics"
body_has 'kam_exports_total{format="xlsx"} 1'

# 7. Restart WildFly: the data written before is read again after the restart.
STEP="restart"
log "restarting WildFly"
stop_server
start_server
wait_for_app
STEP="HTTP checks after restart"
grep -q "Schema of jdbc/kam at version .* (0 migration(s) applied at start-up)" "$SERVER_LOG" \
    || fail "after the restart the schema was not found up to date"
check_admin
check_api_data
[[ $(grep -c "Created the first administrator account 'admin'" "$SERVER_LOG") -le 1 ]] \
    || fail "the administrator was created again after the restart"
[[ $(psql_on "$DB" -c "select count(*) from app_user where username = 'admin'") -eq 1 ]] \
    || fail "not exactly one admin row in app_user after the restart"
http 200 "$BASE_URL/health/ready"
body_has '"status":"UP"'

STEP="done"
