#!/usr/bin/env bash
# Starts KAM Planner as a cluster on this machine, on 127.0.0.1 only:
#   N Payara Micro nodes (default 2) joined through Payara's Data Grid (Hazelcast) and sharing the PostgreSQL
#   database kam_cluster, then HAProxy in front of them with a sticky cookie, health checks and redispatch.
#
#   config/cluster/start.sh [N]        # from anywhere; paths are relative to the repository root
#   config/cluster/stop.sh             # stops exactly the processes this script started
#
# Environment:
#   KAM_KEEP_DATA=true    keep the database (default: drop and create it afresh)
#   KAM_CLUSTER_DB        the PostgreSQL database the nodes share (kam_cluster), for example the load test's kam_load
#   KAM_CLUSTER_NAME      the Data Grid's cluster name (kam-cluster): two clusters on one machine need two names
#   KAM_DEMO=true         seed the demo company (-Dkam.demo=true)
#   KAM_TOGETHER=true     start the nodes all at once instead of one after the other (the start-up seeding test)
#   KAM_BOOTSTRAP_ADMIN_PASSWORD   passed on to the nodes: each creates the first administrator when none exists
#   KAM_PG_HOST / KAM_PG_PORT / KAM_PG_USER / KAM_PG_PASSWORD   PostgreSQL (127.0.0.1 / 5432 / postgres / none)
#   KAM_NODE_HEAP         each node's -Xmx (512m)
#   KAM_NODE_JAVA_OPTS    each node's JVM tuning (-XX:+UseSerialGC -XX:TieredStopAtLevel=1, a fast boot on a small
#                         machine); the benchmarks set the JVM's defaults, e.g. KAM_NODE_JAVA_OPTS=-XX:+UseG1GC.
#                         Each node logs its garbage collections to target/cluster/nodeI/gc.log.
#   KAM_CLUSTER_TIMEOUT   seconds before giving up (600)
#
# Exit codes: 0 when every node is ready and HAProxy runs (the last line is KAM_URL=http://127.0.0.1:PORT);
# 1 when that takes longer than the timeout (or a step fails): what was started is stopped;
# 2 when a cluster started by this script is still running (stop it with stop.sh first).
set -euo pipefail
# The whole script is one function, read before it runs: editing this file while it runs cannot break it.
main() {
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"

N="${1:-2}"
if ! [[ "$N" =~ ^[1-9][0-9]?$ ]]; then
  echo "usage: $0 [N]   (N nodes, 1 to 99, default 2)" >&2
  exit 1
fi
STATE="$ROOT/target/cluster"
WEB="$ROOT/kam-web/target"
TIMEOUT="${KAM_CLUSTER_TIMEOUT:-600}"
HEAP="${KAM_NODE_HEAP:-512m}"
PG_HOST="${KAM_PG_HOST:-127.0.0.1}"
PG_PORT="${KAM_PG_PORT:-5432}"
PG_USER="${KAM_PG_USER:-postgres}"
DB="${KAM_CLUSTER_DB:-kam_cluster}"
if ! [[ "$DB" =~ ^[a-z_][a-z0-9_]{0,62}$ ]]; then
  echo "[cluster] KAM_CLUSTER_DB must be a plain PostgreSQL name (lower case, digits, _): $DB" >&2
  exit 1
fi
CLUSTER_NAME="${KAM_CLUSTER_NAME:-kam-cluster}"
START=$SECONDS

# Every step is also written to target/cluster/start.log (the tests read how the nodes were started).
log() { echo "[cluster] $*" | tee -a "$STATE/start.log"; }

# 1. A cluster this script started and that still runs: refuse, the caller must stop it first.
if compgen -G "$STATE/*.pid" >/dev/null; then
  for pidfile in "$STATE"/*.pid; do
    pid="$(cat "$pidfile" 2>/dev/null || true)"
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
      echo "[cluster] a cluster started by this script is still running ($(basename "$pidfile" .pid), pid $pid)." >&2
      echo "[cluster] stop it first: config/cluster/stop.sh" >&2
      exit 2
    fi
  done
fi
rm -rf "$STATE"
mkdir -p "$STATE"

# From here on, a failure or the timeout stops everything this run started.
cleanup_on_failure() {
  local rc=$?
  if [[ $rc -ne 0 ]]; then
    log "failed (exit $rc): stopping what was started"
    bash "$ROOT/config/cluster/stop.sh" >/dev/null 2>&1 || true
  fi
}
trap cleanup_on_failure EXIT

over_time() { (( SECONDS - START >= TIMEOUT )); }
give_up() {
  log "not ready after ${TIMEOUT} s: $*" >&2
  for f in "$STATE"/node*/server.log; do
    [[ -f "$f" ]] && { echo "--- tail of $f" >&2; tail -n 20 "$f" >&2; }
  done
  exit 1
}

# 2. HAProxy from Debian's package.
if ! command -v haproxy >/dev/null 2>&1; then
  log "installing Debian's haproxy"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
fi

# 3. The WAR and the Payara Micro jar (with the PostgreSQL driver beside it).
if [[ ! -f "$WEB/kam.war" ]]; then
  log "building kam-web/target/kam.war"
  ./mvnw -q ${KAM_MVN_ARGS:-} -pl kam-ejb,kam-web package -DskipTests
fi
if [[ ! -f "$WEB/payara-micro.jar" || ! -f "$WEB/postgresql.jar" ]]; then
  log "copying the Payara Micro jar and the PostgreSQL driver to kam-web/target"
  ./mvnw -q ${KAM_MVN_ARGS:-} -pl kam-web dependency:copy@payara-micro
fi

# 4. PostgreSQL, and the database (kam_cluster unless KAM_CLUSTER_DB says otherwise).
if ! pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
  log "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && break; sleep 1; done
fi
# The pool needs a password even where PostgreSQL trusts local users; the nodes read it from the environment.
export KAM_PG_PASSWORD="${KAM_PG_PASSWORD:-kam}"
export PGPASSWORD="$KAM_PG_PASSWORD"
PSQL=(psql -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres)
if [[ "${KAM_KEEP_DATA:-false}" == "true" ]]; then
  if [[ -z "$("${PSQL[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]]; then
    "${PSQL[@]}" -c "CREATE DATABASE $DB"
  fi
  log "keeping the database $DB"
else
  "${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  log "created the database $DB afresh"
fi

# 5. Free loopback ports: one HTTP and one Data Grid port per node, one for HAProxy and one for its statistics.
taken=" "
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p
  while :; do
    p=$(( 20000 + RANDOM % 30000 ))
    [[ "$taken" == *" $p "* ]] && continue
    # Hazelcast may move to the next port when one is busy: keep a gap around the chosen ones.
    if port_free "$p" && port_free $((p + 1)); then
      taken+="$p $((p + 1)) "
      echo "$p"
      return
    fi
  done
}
declare -a HTTP HZ
members=""
for i in $(seq 1 "$N"); do
  HTTP[$i]=$(free_port); taken+="${HTTP[$i]} "
  HZ[$i]=$(free_port); taken+="${HZ[$i]} "
  members+="${members:+,}127.0.0.1:${HZ[$i]}"
done
LB_PORT=$(free_port); taken+="$LB_PORT "
STATS_PORT=$(free_port)

# 6. The HTTP listener on 127.0.0.1 only (Payara Micro binds every interface by default and has no option for it),
# then the datasource: jdbc/kam on PostgreSQL.
cat > "$STATE/pre-boot.asadmin" <<EOF
set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1
EOF
cat > "$STATE/post-boot.asadmin" <<EOF
create-jdbc-connection-pool --datasourceclassname=org.postgresql.ds.PGSimpleDataSource --restype=javax.sql.DataSource --steadypoolsize=2 --maxpoolsize=32 --isconnectvalidatereq=true --validationmethod=auto-commit --property serverName=${PG_HOST}:portNumber=${PG_PORT}:databaseName=${DB}:user=${PG_USER}:password=\${ENV=KAM_PG_PASSWORD} kam-pool
create-jdbc-resource --connectionpoolid=kam-pool jdbc/kam
EOF

# Payara Micro's own logging settings, plus the scheduler's runs of frequent jobs (FINE): each node's log then says
# which node ran which slot of every job (ClusterIT checks that no slot ran twice).
unzip -p "$WEB/payara-micro.jar" MICRO-INF/domain/logging.properties > "$STATE/logging.properties"
printf '\ncom.kamplanner.platform.schedule.JobScheduler.level=FINE\n' >> "$STATE/logging.properties"   # the jar's file has no final newline

# The nodes run a copy of the WAR: a rebuild while the cluster runs changes neither it nor a node's restart.
cp "$WEB/kam.war" "$STATE/kam.war"

# 7. The nodes, one after the other, or all at once with KAM_TOGETHER=true (two nodes seeding an empty database
# together must not seed twice). Each has a run.sh that starts it again the same way (the failover test restarts a
# killed node with it) and writes its pid to target/cluster/nodeI.pid.
# The client compiler alone and the serial collector boot a node about a third faster on a small machine (as for
# the in-container tests); a node restarted by the failover test boots the same way.
# Hazelcast binds its port on every interface even with --interfaces, unless told not to.
# KAM_NODE_JAVA_OPTS replaces that tuning: the load and soak benchmarks run the nodes with the JVM's defaults.
read -r -a TUNING <<< "${KAM_NODE_JAVA_OPTS--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
JVM_OPTS=(-Xmx"$HEAP" "${TUNING[@]}" -Dhazelcast.socket.bind.any=false)
[[ "${KAM_DEMO:-false}" == "true" ]] && JVM_OPTS+=(-Dkam.demo=true)
start_node() {
  local i=$1 dir="$STATE/node$1"
  mkdir -p "$dir/tmp"
  {
    echo '#!/usr/bin/env bash'
    echo "# Starts node$i of the cluster again, in the background, and records its pid (written by start.sh)."
    echo "cd $(printf %q "$ROOT")"
    echo ': "${KAM_PG_PASSWORD:=kam}"; export KAM_PG_PASSWORD   # read by the pool (post-boot.asadmin)'
    printf 'nohup java'
    printf ' %q' "${JVM_OPTS[@]}" "-Djava.io.tmpdir=$dir/tmp" "-Xlog:gc:file=$dir/gc.log:time,uptime" -jar "$WEB/payara-micro.jar" \
      --deploy "$STATE/kam.war" --contextroot / --port "${HTTP[$i]}"
    printf ' \\\n'
    printf '  %q' --name "node$i" --clustername "$CLUSTER_NAME" --clustermode "tcpip:$members" \
      --startport "${HZ[$i]}" --hzpublicaddress 127.0.0.1 --interfaces 127.0.0.1 --nohostaware \
      --rootdir "$dir/root" --addlibs "$WEB/postgresql.jar" --logproperties "$STATE/logging.properties" \
      --prebootcommandfile "$STATE/pre-boot.asadmin" --postbootcommandfile "$STATE/post-boot.asadmin"
    printf ' \\\n  >> %q 2>&1 < /dev/null &\n' "$dir/server.log"
    printf 'echo $! > %q\n' "$STATE/node$i.pid"
  } > "$dir/run.sh"
  chmod +x "$dir/run.sh"
  echo "${HTTP[$i]}" > "$dir/http.port"
  echo "${HZ[$i]}" > "$dir/grid.port"
  log "starting node$i: http ${HTTP[$i]}, data grid ${HZ[$i]}"
  bash "$dir/run.sh"
}
wait_node() {
  local i=$1 dir="$STATE/node$1"
  until curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:${HTTP[$i]}/health/ready" 2>/dev/null; do
    over_time && give_up "node$i (http ${HTTP[$i]})"
    # Booted, but the application did not deploy: no point waiting for the timeout.
    if grep -A1 '"Deployed": \[' "$dir/server.log" | grep -qx ' *\]'; then
      log "node$i started without the application" >&2
      grep -m 5 -A 3 "SEVERE" "$dir/server.log" >&2
      exit 1
    fi
    if ! kill -0 "$(cat "$STATE/node$i.pid")" 2>/dev/null; then
      log "node$i exited while starting" >&2
      tail -n 40 "$dir/server.log" >&2
      exit 1
    fi
    sleep 2
  done
  log "node$i ready after $(( SECONDS - START )) s"
}
if [[ "${KAM_TOGETHER:-false}" == "true" ]]; then
  log "starting the nodes together"
  for i in $(seq 1 "$N"); do start_node "$i"; done
  for i in $(seq 1 "$N"); do wait_node "$i"; done
else
  for i in $(seq 1 "$N"); do start_node "$i"; wait_node "$i"; done
fi

# 8. HAProxy: a sticky cookie names the node, /health/ready decides who gets traffic, and a request whose node
# is gone (refused connection, empty answer) is retried on another node.
{
  cat <<EOF
global
    maxconn 512
    log stdout format raw local0 notice

defaults
    mode http
    log global
    option httplog
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    timeout check 3s
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response
    option http-server-close

frontend kam
    bind 127.0.0.1:${LB_PORT}
    default_backend nodes

backend nodes
    balance roundrobin
    cookie KAMNODE insert indirect nocache httponly
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 2s fastinter 1s downinter 2s fall 2 rise 2
EOF
  for i in $(seq 1 "$N"); do
    echo "    server node$i 127.0.0.1:${HTTP[$i]} check cookie node$i"
  done
  cat <<EOF

listen stats
    bind 127.0.0.1:${STATS_PORT}
    stats enable
    stats uri /stats
    stats refresh 5s
EOF
} > "$STATE/haproxy.cfg"
haproxy -c -q -f "$STATE/haproxy.cfg"
nohup haproxy -db -f "$STATE/haproxy.cfg" > "$STATE/haproxy.log" 2>&1 < /dev/null &
echo $! > "$STATE/haproxy.pid"
echo "$LB_PORT" > "$STATE/haproxy.port"
echo "$STATS_PORT" > "$STATE/stats.port"
until curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:${LB_PORT}/health/ready" 2>/dev/null; do
  over_time && give_up "HAProxy on ${LB_PORT}"
  kill -0 "$(cat "$STATE/haproxy.pid")" 2>/dev/null || { cat "$STATE/haproxy.log" >&2; exit 1; }
  sleep 1
done

echo "http://127.0.0.1:${LB_PORT}" > "$STATE/kam.url"
trap - EXIT
log "ready in $(( SECONDS - START )) s: $N node(s), HAProxy statistics at http://127.0.0.1:${STATS_PORT}/stats"
echo "KAM_URL=http://127.0.0.1:${LB_PORT}"
}

main "$@"
