#!/usr/bin/env bash
# Creates what KAM Planner needs in a running Payara Server 6 domain, with asadmin:
#   - the PostgreSQL JDBC driver as a domain library      (asadmin add-library)
#   - the password alias kam-db-password                  (asadmin create-password-alias / update-password-alias)
#   - the JDBC connection pool kam-pool                   (org.postgresql.ds.PGSimpleDataSource, password=${ALIAS=kam-db-password})
#   - the JDBC resource jdbc/kam on kam-pool              (the application's only datasource)
#   - optionally the mail session mail/kam               (asadmin create-javamail-resource; SMTP password in the
#     alias kam-smtp-password, referenced as mail-smtp-password=${ALIAS=kam-smtp-password}); without
#     --smtp-host e-mail stays off and notifications stay in the application
#   - optionally the first administrator's password: the alias kam-bootstrap-admin-password and the system
#     property kam.bootstrap.admin-password=${ALIAS=kam-bootstrap-admin-password}
# then pings the pool. Idempotent: run it again to change the database settings or a password.
# No domain restart is needed: add-library loads the driver into the running common class loader
# (checked on Payara Server 6.2025.9: the pool pings and the EAR deploys right after add-library).
#
# Usage: config/payara-server/create-resources.sh [options]     (every option has an environment variable)
#   --asadmin PATH              ASADMIN              asadmin command                    (default: asadmin on PATH)
#   --admin-host HOST           ADMIN_HOST           DAS host                           (default: localhost)
#   --admin-port PORT           ADMIN_PORT           DAS admin port                     (default: 4848)
#   --admin-user USER           ADMIN_USER           admin user                         (default: asadmin's default, admin)
#   --admin-password-file FILE  ADMIN_PASSWORD_FILE  asadmin password file with AS_ADMIN_PASSWORD=... (none: --nopassword domain)
#   --secure                    ADMIN_SECURE=true    talk to the DAS over HTTPS (remote secure admin)
#   --driver-jar FILE           POSTGRES_JDBC_JAR    org.postgresql:postgresql:42.7.14 jar; may be left out
#                                                    when the domain already lists a postgresql-*.jar library
#   --db-host HOST              KAM_DB_HOST          PostgreSQL host                    (default: 127.0.0.1)
#   --db-port PORT              KAM_DB_PORT          PostgreSQL port                    (default: 5432)
#   --db-name NAME              KAM_DB_NAME          database                           (default: kam)
#   --db-user USER              KAM_DB_USER          database user                      (default: kam)
#   --db-password-file FILE     KAM_DB_PASSWORD_FILE file whose first line is the database password
#   (environment only)          KAM_DB_PASSWORD      the database password itself (kept out of the process list)
#   --bootstrap-admin-password-file FILE  KAM_BOOTSTRAP_ADMIN_PASSWORD_FILE  file whose first line is the password
#   (environment only)          KAM_BOOTSTRAP_ADMIN_PASSWORD  of the first administrator 'admin' (8+ characters);
#                                                    optional: without it no system property is set
#   --smtp-host HOST            KAM_SMTP_HOST        SMTP server; turns e-mail on       (default: none, e-mail off)
#   --smtp-port PORT            KAM_SMTP_PORT        SMTP port                          (default: 587)
#   --smtp-from ADDRESS         KAM_SMTP_FROM        sender address of every mail       (required with --smtp-host)
#   --smtp-user USER            KAM_SMTP_USER        SMTP login; turns authentication on (default: none)
#   --smtp-password-file FILE   KAM_SMTP_PASSWORD_FILE file whose first line is the SMTP password
#   (environment only)          KAM_SMTP_PASSWORD    the SMTP password itself
#   --smtp-starttls BOOL        KAM_SMTP_STARTTLS    require STARTTLS                   (default: true)
#   --no-ping                   KAM_NO_PING=true     do not ping the pool at the end
#
# Passwords never reach domain.xml or the command line: they go through a temporary asadmin password file
# (mode 600, removed on exit) into the domain's encrypted password-alias store, and domain.xml only holds
# ${ALIAS=...} references. Passwords should be ASCII (asadmin reads password files as ISO-8859-1 properties).
set -euo pipefail

ASADMIN=${ASADMIN:-asadmin}
ADMIN_HOST=${ADMIN_HOST:-localhost}
ADMIN_PORT=${ADMIN_PORT:-4848}
ADMIN_USER=${ADMIN_USER:-}
ADMIN_PASSWORD_FILE=${ADMIN_PASSWORD_FILE:-}
ADMIN_SECURE=${ADMIN_SECURE:-false}
POSTGRES_JDBC_JAR=${POSTGRES_JDBC_JAR:-}
KAM_DB_HOST=${KAM_DB_HOST:-127.0.0.1}
KAM_DB_PORT=${KAM_DB_PORT:-5432}
KAM_DB_NAME=${KAM_DB_NAME:-kam}
KAM_DB_USER=${KAM_DB_USER:-kam}
KAM_DB_PASSWORD=${KAM_DB_PASSWORD:-}
KAM_DB_PASSWORD_FILE=${KAM_DB_PASSWORD_FILE:-}
KAM_BOOTSTRAP_ADMIN_PASSWORD=${KAM_BOOTSTRAP_ADMIN_PASSWORD:-}
KAM_BOOTSTRAP_ADMIN_PASSWORD_FILE=${KAM_BOOTSTRAP_ADMIN_PASSWORD_FILE:-}
KAM_SMTP_HOST=${KAM_SMTP_HOST:-}
KAM_SMTP_PORT=${KAM_SMTP_PORT:-587}
KAM_SMTP_FROM=${KAM_SMTP_FROM:-}
KAM_SMTP_USER=${KAM_SMTP_USER:-}
KAM_SMTP_PASSWORD=${KAM_SMTP_PASSWORD:-}
KAM_SMTP_PASSWORD_FILE=${KAM_SMTP_PASSWORD_FILE:-}
KAM_SMTP_STARTTLS=${KAM_SMTP_STARTTLS:-true}
KAM_NO_PING=${KAM_NO_PING:-false}

POOL=kam-pool
RESOURCE=jdbc/kam
DB_ALIAS=kam-db-password
ADMIN_ALIAS=kam-bootstrap-admin-password
BOOTSTRAP_PROPERTY=kam.bootstrap.admin-password
MAIL_RESOURCE=mail/kam
SMTP_ALIAS=kam-smtp-password

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
die() { echo "create-resources: $*" >&2; exit 2; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        --asadmin) ASADMIN=$2; shift 2 ;;
        --admin-host) ADMIN_HOST=$2; shift 2 ;;
        --admin-port) ADMIN_PORT=$2; shift 2 ;;
        --admin-user) ADMIN_USER=$2; shift 2 ;;
        --admin-password-file) ADMIN_PASSWORD_FILE=$2; shift 2 ;;
        --secure) ADMIN_SECURE=true; shift ;;
        --driver-jar) POSTGRES_JDBC_JAR=$2; shift 2 ;;
        --db-host) KAM_DB_HOST=$2; shift 2 ;;
        --db-port) KAM_DB_PORT=$2; shift 2 ;;
        --db-name) KAM_DB_NAME=$2; shift 2 ;;
        --db-user) KAM_DB_USER=$2; shift 2 ;;
        --db-password-file) KAM_DB_PASSWORD_FILE=$2; shift 2 ;;
        --bootstrap-admin-password-file) KAM_BOOTSTRAP_ADMIN_PASSWORD_FILE=$2; shift 2 ;;
        --smtp-host) KAM_SMTP_HOST=$2; shift 2 ;;
        --smtp-port) KAM_SMTP_PORT=$2; shift 2 ;;
        --smtp-from) KAM_SMTP_FROM=$2; shift 2 ;;
        --smtp-user) KAM_SMTP_USER=$2; shift 2 ;;
        --smtp-password-file) KAM_SMTP_PASSWORD_FILE=$2; shift 2 ;;
        --smtp-starttls) KAM_SMTP_STARTTLS=$2; shift 2 ;;
        --no-ping) KAM_NO_PING=true; shift ;;
        -h|--help) usage; exit 0 ;;
        *) die "unknown option '$1' (see --help)" ;;
    esac
done

first_line() { [[ -r $1 ]] || die "cannot read $1"; local line=""; IFS= read -r line < "$1" || true; printf '%s' "$line"; }
[[ -n $KAM_DB_PASSWORD_FILE ]] && KAM_DB_PASSWORD=$(first_line "$KAM_DB_PASSWORD_FILE")
[[ -n $KAM_BOOTSTRAP_ADMIN_PASSWORD_FILE ]] && KAM_BOOTSTRAP_ADMIN_PASSWORD=$(first_line "$KAM_BOOTSTRAP_ADMIN_PASSWORD_FILE")
[[ -n $KAM_SMTP_PASSWORD_FILE ]] && KAM_SMTP_PASSWORD=$(first_line "$KAM_SMTP_PASSWORD_FILE")
if [[ -n $KAM_SMTP_HOST ]]; then
    [[ -n $KAM_SMTP_FROM ]] || die "--smtp-host needs --smtp-from, the sender address of every mail"
    [[ $KAM_SMTP_PORT =~ ^[0-9]+$ ]] || die "--smtp-port must be a number: '$KAM_SMTP_PORT'"
    [[ $KAM_SMTP_STARTTLS == true || $KAM_SMTP_STARTTLS == false ]] || die "--smtp-starttls is true or false"
    [[ -n $KAM_SMTP_PASSWORD && -z $KAM_SMTP_USER ]] && die "an SMTP password needs --smtp-user"
fi
if [[ -n $KAM_BOOTSTRAP_ADMIN_PASSWORD && ${#KAM_BOOTSTRAP_ADMIN_PASSWORD} -lt 8 ]]; then
    die "the bootstrap administrator password needs at least 8 characters (the application ignores shorter ones)"
fi
[[ -n $ADMIN_PASSWORD_FILE && ! -r $ADMIN_PASSWORD_FILE ]] && die "cannot read $ADMIN_PASSWORD_FILE"
command -v "$ASADMIN" >/dev/null 2>&1 || die "asadmin not found: '$ASADMIN' (use --asadmin PATH)"

TMP_DIR=$(umask 077 && mktemp -d "${TMPDIR:-/tmp}/kam-asadmin.XXXXXX")
trap 'rm -rf "$TMP_DIR"' EXIT

# asadmin's utility options, before every subcommand.
ASADMIN_OPTS=(--interactive=false --host "$ADMIN_HOST" --port "$ADMIN_PORT")
[[ -n $ADMIN_USER ]] && ASADMIN_OPTS+=(--user "$ADMIN_USER")
[[ $ADMIN_SECURE == true ]] && ASADMIN_OPTS+=(--secure)

AUTH_OPTS=()
[[ -n $ADMIN_PASSWORD_FILE ]] && AUTH_OPTS=(--passwordfile "$ADMIN_PASSWORD_FILE")

as() { "$ASADMIN" "${ASADMIN_OPTS[@]}" "${AUTH_OPTS[@]}" "$@"; }
# True when the output of an asadmin list command (read whole, no early-closing pipe) has this exact line.
listed() { local output; output=$(as "$1" 2>/dev/null) || true; grep -qxF -- "$2" <<< "$output"; }

# Escapes a value for an asadmin password file (java.util.Properties syntax): backslash first.
properties_escape() { local v=${1//\\/\\\\}; printf '%s' "$v"; }
# Escapes a value inside an asadmin --property list: backslash, ':' and '='.
property_escape() { local v=${1//\\/\\\\}; v=${v//:/\\:}; v=${v//=/\\=}; printf '%s' "$v"; }

# Creates or updates a password alias. The value goes through a password file (AS_ADMIN_ALIASPASSWORD),
# never through the command line; the admin password file, if any, is copied into the same file.
set_alias() {
    local name=$1 value=$2 file="$TMP_DIR/alias"
    : > "$file"
    [[ -n $ADMIN_PASSWORD_FILE ]] && { grep -v '^AS_ADMIN_ALIASPASSWORD=' "$ADMIN_PASSWORD_FILE" >> "$file" || true; }
    printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$(properties_escape "$value")" >> "$file"
    local verb=create-password-alias
    if listed list-password-aliases "$name"; then verb=update-password-alias; fi
    "$ASADMIN" "${ASADMIN_OPTS[@]}" --passwordfile "$file" "$verb" "$name" >/dev/null
    rm -f "$file"
    echo "Password alias $name: ${verb%%-*}d."
}

echo "Payara domain at $ADMIN_HOST:$ADMIN_PORT; database $KAM_DB_USER@$KAM_DB_HOST:$KAM_DB_PORT/$KAM_DB_NAME"
as version >/dev/null || die "no running DAS answers at $ADMIN_HOST:$ADMIN_PORT"

# 1. The PostgreSQL JDBC driver, in the domain's common class loader (domain-dir/lib).
libraries=$(as list-libraries)
if [[ -n $POSTGRES_JDBC_JAR ]]; then
    [[ -r $POSTGRES_JDBC_JAR ]] || die "cannot read the driver jar $POSTGRES_JDBC_JAR"
    if grep -qxF "$(basename "$POSTGRES_JDBC_JAR")" <<< "$libraries"; then
        echo "Library $(basename "$POSTGRES_JDBC_JAR"): already there."
    else
        as add-library --type common "$POSTGRES_JDBC_JAR" >/dev/null
        echo "Library $(basename "$POSTGRES_JDBC_JAR"): added."
    fi
elif grep -q '^postgresql-.*\.jar$' <<< "$libraries"; then
    echo "Library $(grep '^postgresql-.*\.jar$' <<< "$libraries" | head -n1): already there."
else
    die "the domain has no PostgreSQL driver: give its jar with --driver-jar (org.postgresql:postgresql:42.7.14)"
fi

# 2. The database password, as a password alias.
password_property=""
if [[ -n $KAM_DB_PASSWORD ]]; then
    set_alias "$DB_ALIAS" "$KAM_DB_PASSWORD"
    password_property='${ALIAS='"$DB_ALIAS"'}'
else
    echo "No database password given (KAM_DB_PASSWORD / --db-password-file): the pool has no password property." >&2
fi

# 3. The connection pool: created, or brought up to date when it exists.
if listed list-jdbc-connection-pools "$POOL"; then
    settings=(
        "resources.jdbc-connection-pool.$POOL.property.serverName=$KAM_DB_HOST"
        "resources.jdbc-connection-pool.$POOL.property.portNumber=$KAM_DB_PORT"
        "resources.jdbc-connection-pool.$POOL.property.databaseName=$KAM_DB_NAME"
        "resources.jdbc-connection-pool.$POOL.property.user=$KAM_DB_USER"
    )
    [[ -n $password_property ]] && settings+=("resources.jdbc-connection-pool.$POOL.property.password=$password_property")
    as set "${settings[@]}" >/dev/null
    echo "Connection pool $POOL: existed, database properties updated."
else
    properties="serverName=$(property_escape "$KAM_DB_HOST"):portNumber=$(property_escape "$KAM_DB_PORT")"
    properties+=":databaseName=$(property_escape "$KAM_DB_NAME"):user=$(property_escape "$KAM_DB_USER")"
    [[ -n $password_property ]] && properties+=":password=\${ALIAS\\=$DB_ALIAS}"
    as create-jdbc-connection-pool \
        --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
        --restype javax.sql.DataSource \
        --steadypoolsize 2 --maxpoolsize 32 \
        --isconnectvalidatereq=true --validationmethod custom-validation \
        --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
        --failconnection=true \
        --property "$properties" \
        "$POOL" >/dev/null
    echo "Connection pool $POOL: created."
fi

# 4. The JDBC resource the application looks up.
if listed list-jdbc-resources "$RESOURCE"; then
    echo "JDBC resource $RESOURCE: already there."
else
    as create-jdbc-resource --connectionpoolid "$POOL" "$RESOURCE" >/dev/null
    echo "JDBC resource $RESOURCE: created."
fi

# 5. Optional: the first administrator. The system property holds an alias reference, resolved by Payara,
#    so the password is in neither domain.xml nor the process list. Read once, when no administrator exists.
if [[ -n $KAM_BOOTSTRAP_ADMIN_PASSWORD ]]; then
    set_alias "$ADMIN_ALIAS" "$KAM_BOOTSTRAP_ADMIN_PASSWORD"
    as create-system-properties "$BOOTSTRAP_PROPERTY=\${ALIAS\\=$ADMIN_ALIAS}" >/dev/null
    echo "System property $BOOTSTRAP_PROPERTY: set to \${ALIAS=$ADMIN_ALIAS}."
fi

# 6. Optional: e-mail. The mail session mail/kam, recreated so that a second run applies new settings; the
#    application looks it up when it sends, so no redeployment is needed (restart the application to be sure it
#    sees a session created while it runs). Authentication only with a user; the password as an alias.
if [[ -n $KAM_SMTP_HOST ]]; then
    mail_properties="mail-smtp-port=$(property_escape "$KAM_SMTP_PORT")"
    mail_properties+=":mail-smtp-connectiontimeout=10000:mail-smtp-timeout=20000"
    mail_properties+=":mail-smtp-starttls-enable=$KAM_SMTP_STARTTLS:mail-smtp-starttls-required=$KAM_SMTP_STARTTLS"
    mail_user_opts=()
    if [[ -n $KAM_SMTP_USER ]]; then
        mail_user_opts=(--mailuser "$KAM_SMTP_USER")
        mail_properties+=":mail-smtp-auth=true:mail-smtp-user=$(property_escape "$KAM_SMTP_USER")"
        if [[ -n $KAM_SMTP_PASSWORD ]]; then
            set_alias "$SMTP_ALIAS" "$KAM_SMTP_PASSWORD"
            mail_properties+=":mail-smtp-password=\${ALIAS\\=$SMTP_ALIAS}"
        fi
    else
        mail_user_opts=(--mailuser kam)
    fi
    if listed list-javamail-resources "$MAIL_RESOURCE"; then
        as delete-javamail-resource "$MAIL_RESOURCE" >/dev/null
    fi
    as create-javamail-resource --mailhost "$KAM_SMTP_HOST" "${mail_user_opts[@]}" --fromaddress "$KAM_SMTP_FROM" \
        --property "$mail_properties" "$MAIL_RESOURCE" >/dev/null
    echo "Mail session $MAIL_RESOURCE: $KAM_SMTP_HOST:$KAM_SMTP_PORT, from $KAM_SMTP_FROM (STARTTLS $KAM_SMTP_STARTTLS)."
else
    echo "No SMTP host given (KAM_SMTP_HOST / --smtp-host): e-mail stays off."
fi

# 7. Proof that the pool reaches the database.
if [[ $KAM_NO_PING != true ]]; then
    as ping-connection-pool "$POOL" >/dev/null
    echo "Connection pool $POOL: ping OK."
fi
echo "Done. Deploy with: asadmin --port $ADMIN_PORT deploy kam-ear/target/kam-ear.ear"
