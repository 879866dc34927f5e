#!/usr/bin/env bash
# Runs an Orleans cluster of N silos on this machine against the local PostgreSQL (scripts/ensure-postgres.sh):
#   scripts/cluster.sh 3      starts silos 1..3 and prints one line per silo with its URL
#   scripts/cluster.sh stop   stops exactly the processes the last start recorded
#   scripts/cluster.sh token PERSON ROLE   prints a 1-hour access token signed with the cluster's key (no demo
#                             sign-in on PostgreSQL), e.g. `scripts/cluster.sh token ines admin`
# Silo i serves HTTP on 127.0.0.1:(5080+i), talks to the other silos on 11111+i and takes Orleans clients on 30000+i.
# Membership, grain state and deadlines share one schema (ASIVADO_CLUSTER_SCHEMA, default asivado_cluster) of the
# test database; the silos share one JWT signing key and one integration key, generated once and kept in the state
# folder (ASIVADO_CLUSTER_STATE, default ${XDG_RUNTIME_DIR:-/tmp}/asivado-cluster) with each silo's log and PID.
# ASIVADO_CLUSTER_POSTGRES, when set, is the connection string the silos use instead of ensure-postgres.sh's (the load
# tester's --launch --silos N gives a scratch database of its own); ASIVADO_CLUSTER_SKIP_BUILD=1 starts the gateway as
# built (src/Asivado.Gateway/bin/Release) instead of building it first.
set -euo pipefail
cd "$(dirname "$0")/.."

state=${ASIVADO_CLUSTER_STATE:-${XDG_RUNTIME_DIR:-/tmp}/asivado-cluster}
pids="$state/pids"
gateway_dll=src/Asivado.Gateway/bin/Release/net10.0/Asivado.Gateway.dll

# True when PID still runs the gateway (a PID the kernel reused for something else is left alone).
is_our_silo() { [[ -r "/proc/$1/cmdline" ]] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -q 'Asivado.Gateway.dll'; }

stop_cluster() {
  [[ -f "$pids" ]] || { echo "No cluster recorded in $pids." >&2; return 0; }
  local pid
  while read -r _ pid; do
    if is_our_silo "$pid"; then kill -TERM "$pid"; fi
  done <"$pids"
  # Graceful: each silo leaves membership and hands its grains over; 30 s, then SIGKILL.
  for _ in $(seq 1 60); do
    local running=0
    while read -r _ pid; do if is_our_silo "$pid"; then running=1; fi; done <"$pids"
    [[ $running -eq 0 ]] && break
    sleep 0.5
  done
  while read -r silo pid; do
    if is_our_silo "$pid"; then kill -KILL "$pid"; echo "silo $silo (pid $pid) did not stop in 30 s: killed" >&2; fi
  done <"$pids"
  rm -f "$pids"
  echo "Cluster stopped."
}

b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }

# The gateway's JWT (HS256, issuer asivado, audience asivado-console), as an identity provider would mint it.
mint_token() {
  [[ -f "$state/signing-key" ]] || { echo "No signing key in $state: start a cluster first." >&2; exit 1; }
  local now header payload key signature
  now=$(date +%s)
  header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"iss":"asivado","aud":"asivado-console","sub":"%s","name":"%s","role":"%s","iat":%d,"nbf":%d,"exp":%d}' \
    "$1" "$1" "$2" "$now" "$now" $((now + 3600)) | b64url)
  key=$(base64 -d <"$state/signing-key" | od -An -tx1 | tr -d ' \n')
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key" -binary | b64url)
  echo "$header.$payload.$signature"
}

if [[ "${1:-}" == "token" ]]; then
  [[ $# -eq 3 ]] || { echo "usage: scripts/cluster.sh token PERSON ROLE (agent, lead, manager, admin)" >&2; exit 2; }
  mint_token "$2" "$3"
  exit 0
fi

if [[ "${1:-}" == "stop" ]]; then
  stop_cluster
  exit 0
fi

count=${1:-}
if ! [[ "$count" =~ ^[1-9]$ ]]; then
  echo "usage: scripts/cluster.sh N (1-9 silos) | scripts/cluster.sh stop" >&2
  exit 2
fi
if [[ -f "$pids" ]]; then
  echo "A cluster is recorded in $pids: run scripts/cluster.sh stop first." >&2
  exit 1
fi

mkdir -p "$state"
chmod 700 "$state"
[[ -f "$state/signing-key" ]] || head -c 32 /dev/urandom | base64 >"$state/signing-key"
[[ -f "$state/integration-key" ]] || head -c 24 /dev/urandom | base64 | tr '+/' '-_' >"$state/integration-key"
connection=${ASIVADO_CLUSTER_POSTGRES:-$(scripts/ensure-postgres.sh)}
schema=${ASIVADO_CLUSTER_SCHEMA:-asivado_cluster}

if [[ "${ASIVADO_CLUSTER_SKIP_BUILD:-}" != 1 ]]; then
  echo "Building the gateway..." >&2
  dotnet build src/Asivado.Gateway -c Release --nologo -v quiet >&2
fi
[[ -f "$gateway_dll" ]] || { echo "No gateway at $gateway_dll: build it (dotnet build src/Asivado.Gateway -c Release)." >&2; exit 1; }

: >"$pids"
for i in $(seq 1 "$count"); do
  ASPNETCORE_URLS="http://127.0.0.1:$((5080 + i))" \
  ConnectionStrings__Asivado="$connection" \
  Grains__PostgreSql__Schema="$schema" \
  Orleans__Membership__Provider=PostgreSql \
  Orleans__AdvertisedIPAddress=127.0.0.1 \
  Orleans__SiloPort=$((11111 + i)) \
  Orleans__GatewayPort=$((30000 + i)) \
  Orleans__SiloName="silo-$i" \
  Authentication__SigningKey="$(cat "$state/signing-key")" \
  Authentication__IntegrationKeys__0__Name=cluster-script \
  Authentication__IntegrationKeys__0__Key="$(cat "$state/integration-key")" \
    nohup dotnet "$gateway_dll" >"$state/silo-$i.log" 2>&1 &
  echo "$i $!" >>"$pids"
done

# Ready = /readyz 200: the silo is an active member and PostgreSQL answers. Up to 90 s each on a busy machine.
while read -r i pid; do
  url="http://127.0.0.1:$((5080 + i))"
  for attempt in $(seq 1 180); do
    if curl -fsS -o /dev/null "$url/readyz" 2>/dev/null; then break; fi
    if ! is_our_silo "$pid"; then
      echo "silo $i exited; its log: $state/silo-$i.log" >&2
      tail -n 20 "$state/silo-$i.log" >&2
      stop_cluster
      exit 1
    fi
    [[ $attempt -eq 180 ]] && { echo "silo $i was not ready in 90 s; its log: $state/silo-$i.log" >&2; stop_cluster; exit 1; }
    sleep 0.5
  done
  echo "silo $i: $url (pid $pid, log $state/silo-$i.log)"
done <"$pids"
echo "Integration key (X-Api-Key): $(cat "$state/integration-key"); an access token: scripts/cluster.sh token ines admin"
