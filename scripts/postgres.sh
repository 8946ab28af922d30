#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and trials (issue 12): loopback only, a free port, trust authentication,
# fsync off. Never for real data.
#
#   scripts/postgres.sh start DIR   # install PostgreSQL (Debian packages) if missing, create or reuse a cluster in DIR,
#                                   # start it, print its URL and write it to DIR/url
#   scripts/postgres.sh url DIR     # print postgres://tributary@127.0.0.1:PORT/tributary
#   scripts/postgres.sh status DIR  # exit 0 when it runs and answers
#   scripts/postgres.sh stop DIR    # stop it (fast shutdown); safe to call twice or on a folder that never started
#
# The cluster: data in DIR/data, log in DIR/postgres.log, unix socket in DIR, TCP on 127.0.0.1 only. Role `tributary`
# is a superuser (tests may CREATE DATABASE, drop schemas, …) and owns database `tributary`; pg_hba trusts local
# sockets and 127.0.0.1 only. PostgreSQL refuses to run as root: as root the server runs as the system user
# $POSTGRES_USER (default tributary-pg, created with useradd --system when missing) and DIR is chowned to it, so DIR's
# parent folders must let that user through (a folder from `mktemp -d` under /tmp, chmod 755, does). Not root: it runs
# as you.
#
# Environment: POSTGRES_USER (the system user when root), POSTGRES_PORT (a fixed port instead of a free one),
# POSTGRES_WAIT (seconds to wait for start-up and shutdown, default 60).
set -euo pipefail

PG_USER="${POSTGRES_USER:-tributary-pg}"
WAIT="${POSTGRES_WAIT:-60}"
ROLE=tributary
DATABASE=tributary

die() { echo "postgres.sh: $*" >&2; exit 1; }
say() { echo "postgres.sh: $*" >&2; }
usage() { sed -n '5,10p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# Runs a command as the cluster's owner (from /, so a private working folder such as /root does not get in the way).
as_owner() {
    if is_root; then
        (cd / && runuser -u "$PG_USER" -- "$@")
    else
        (cd / && "$@")
    fi
}

# The folder holding initdb, pg_ctl, postgres, psql and pg_isready of one PostgreSQL version: initdb on PATH (resolved
# through symlinks such as /usr/local/bin/initdb -> /usr/lib/postgresql/15/bin/initdb), else Debian's
# /usr/lib/postgresql/<newest version>/bin.
find_bindir() {
    local initdb dir
    if initdb="$(command -v initdb 2>/dev/null)" && [ -n "$initdb" ]; then
        dir="$(dirname "$(readlink -f "$initdb")")"
        if [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then echo "$dir"; return 0; fi
    fi
    # shellcheck disable=SC2012
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then echo "$dir"; return 0; fi
    done
    return 1
}

install_postgres() {
    local sudo=""
    if ! is_root; then
        command -v sudo >/dev/null || die "PostgreSQL is not installed and you are not root (no sudo): apt-get install postgresql"
        sudo="sudo -n"
    fi
    command -v apt-get >/dev/null || die "PostgreSQL is not installed and there is no apt-get: install PostgreSQL (initdb, pg_ctl) yourself"
    say "PostgreSQL is not installed: apt-get install -y postgresql"
    $sudo apt-get update -qq || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null || die "apt-get install postgresql failed"
}

bindir() {
    local dir
    if ! dir="$(find_bindir)"; then
        install_postgres
        dir="$(find_bindir)" || die "PostgreSQL was installed but no initdb/pg_ctl/postgres was found on PATH or under /usr/lib/postgresql/*/bin"
    fi
    for tool in psql pg_isready; do
        [ -x "$dir/$tool" ] || die "$dir has initdb but not $tool (install postgresql-client)"
    done
    echo "$dir"
}

ensure_user() {
    is_root || return 0
    id -u "$PG_USER" >/dev/null 2>&1 && return 0
    command -v runuser >/dev/null || die "runuser (util-linux) is needed to run PostgreSQL as $PG_USER"
    say "creating system user $PG_USER (PostgreSQL refuses to run as root)"
    # Two starts at once may race to create it: the loser's useradd fails, and the user exists all the same.
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$PG_USER" 2>/dev/null \
        || id -u "$PG_USER" >/dev/null 2>&1 || die "could not create system user $PG_USER (useradd --system)"
}

# A port nothing listens on now: the kernel's choice for 127.0.0.1:0, else the first of random probes that refuses a
# connection. start() retries with another port when PostgreSQL loses the race for it.
free_port() {
    if [ -n "${POSTGRES_PORT:-}" ]; then echo "$POSTGRES_PORT"; return 0; fi
    local port
    if port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null)" \
        && [ -n "$port" ]; then
        echo "$port"; return 0
    fi
    for _ in $(seq 1 100); do
        port=$(( 20000 + RANDOM % 40000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
    done
    die "found no free port on 127.0.0.1"
}

running() { # DIR — the postmaster of DIR/data is alive
    local bin="$1" dir="$2"
    [ -f "$dir/data/postmaster.pid" ] || return 1
    as_owner "$bin/pg_ctl" status -D "$dir/data" >/dev/null 2>&1
}

url_of() { echo "postgres://$ROLE@127.0.0.1:$1/$DATABASE"; }

port_of() { # the port in DIR/data/postmaster.pid (line 4) of the running server
    sed -n 4p "$1/data/postmaster.pid" 2>/dev/null
}

wait_ready() { # BIN PORT
    local bin="$1" port="$2" deadline=$(( SECONDS + WAIT ))
    while [ $SECONDS -lt $deadline ]; do
        "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2 && return 0
        sleep 0.2
    done
    return 1
}

cmd_start() {
    local dir="$1" bin port attempt logged
    bin="$(bindir)"
    ensure_user
    mkdir -p "$dir" || die "cannot create $dir"
    dir="$(cd "$dir" && pwd -P)"
    # The socket path must fit in sun_path (107 bytes): DIR/.s.PGSQL.NNNNN.
    [ ${#dir} -le 90 ] || die "$dir is too long for a unix socket path; use a shorter folder (mktemp -d /tmp/pg.XXXXXX)"
    if is_root; then
        chown "$PG_USER" "$dir" || die "cannot chown $dir to $PG_USER"
        [ ! -d "$dir/data" ] || chown -R "$PG_USER" "$dir/data"
    fi
    chmod 755 "$dir"
    if ! as_owner test -w "$dir" || ! as_owner test -x "$dir"; then
        die "$PG_USER cannot write $dir: a parent folder does not let other users through (use a folder from mktemp -d under /tmp)"
    fi

    if running "$bin" "$dir"; then
        port="$(port_of "$dir")"
        [ -n "$port" ] || die "a server runs in $dir but its port is unknown"
        say "already running in $dir on port $port"
        url_of "$port" > "$dir/url"
        cat "$dir/url"
        return 0
    fi

    if [ ! -f "$dir/data/PG_VERSION" ]; then
        [ ! -e "$dir/data" ] || [ -z "$(ls -A "$dir/data")" ] || die "$dir/data exists but is not a PostgreSQL cluster; use an empty folder"
        say "initdb in $dir/data ($("$bin/initdb" --version))"
        # UTF8 for the Chinese text; locale C so that text sorts by bytes (as SQLite does) and no OS locale is needed.
        as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C --no-instructions \
            > "$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed (log: $dir/initdb.log)"; }
        as_owner sh -c "cat > '$dir/data/pg_hba.conf'" <<'EOF'
# Throwaway test cluster: trust on the local socket and on loopback only.
local   all   all                 trust
host    all   all   127.0.0.1/32  trust
EOF
        as_owner sh -c "cat >> '$dir/data/postgresql.conf'" <<EOF

# scripts/postgres.sh: a throwaway test cluster.
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
log_min_messages = warning
EOF
    fi

    for attempt in 1 2 3 4 5; do
        port="$(free_port)"
        # The port goes in postgresql.auto.conf (read last), so a restart of this folder keeps to one setting.
        as_owner sh -c "echo \"port = $port\" > '$dir/data/postgresql.auto.conf'"
        rm -f "$dir/url"
        logged=0
        if [ -f "$dir/postgres.log" ]; then logged=$(wc -l < "$dir/postgres.log"); fi
        if as_owner "$bin/pg_ctl" start -D "$dir/data" -l "$dir/postgres.log" -w -t "$WAIT" >/dev/null 2>&1; then
            break
        fi
        if running "$bin" "$dir"; then
            as_owner "$bin/pg_ctl" stop -D "$dir/data" -m immediate -w -t "$WAIT" >/dev/null 2>&1 || true
            die "PostgreSQL did not become ready within ${WAIT}s (log: $dir/postgres.log)"
        fi
        if tail -n +"$((logged + 1))" "$dir/postgres.log" 2>/dev/null | grep -q "could not bind\|Address already in use" \
            && [ -z "${POSTGRES_PORT:-}" ] && [ "$attempt" -lt 5 ]; then
            say "port $port was taken meanwhile; trying another"
            continue
        fi
        tail -n 20 "$dir/postgres.log" >&2 2>/dev/null || true
        die "PostgreSQL did not start (log: $dir/postgres.log)"
    done

    wait_ready "$bin" "$port" || die "PostgreSQL on 127.0.0.1:$port did not answer within ${WAIT}s (log: $dir/postgres.log)"
    # The role and database the tests use; idempotent, so a restarted folder keeps its data.
    "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres >/dev/null <<EOF \
        || die "could not create role $ROLE and database $DATABASE"
SELECT 'CREATE ROLE $ROLE LOGIN SUPERUSER'
    WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') \gexec
SELECT 'CREATE DATABASE $DATABASE OWNER $ROLE'
    WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DATABASE') \gexec
EOF
    url_of "$port" > "$dir/url"
    say "PostgreSQL $("$bin/postgres" --version | sed "s/^postgres (PostgreSQL) //") runs in $dir as $(is_root && echo "$PG_USER" || id -un), port $port"
    cat "$dir/url"
}

cmd_stop() {
    local dir="$1" bin
    if [ -d "$dir/data" ] && ! is_root && [ "$(stat -c %u "$dir/data")" != "$(id -u)" ]; then
        die "the cluster in $dir belongs to $(stat -c %U "$dir/data"): stop it as root (or as that user)"
    fi
    if [ ! -f "$dir/data/postmaster.pid" ]; then
        say "nothing runs in $dir"
        return 0
    fi
    bin="$(find_bindir)" || die "no pg_ctl found (on PATH or under /usr/lib/postgresql/*/bin) to stop $dir"
    if ! running "$bin" "$dir"; then
        say "nothing runs in $dir (a stale postmaster.pid)"
        return 0
    fi
    if ! as_owner "$bin/pg_ctl" stop -D "$dir/data" -m fast -w -t "$WAIT" >/dev/null 2>&1; then
        say "fast shutdown did not finish within ${WAIT}s; immediate shutdown"
        as_owner "$bin/pg_ctl" stop -D "$dir/data" -m immediate -w -t "$WAIT" >/dev/null 2>&1 \
            || die "could not stop PostgreSQL in $dir (log: $dir/postgres.log)"
    fi
    rm -f "$dir/url"
    say "stopped PostgreSQL in $dir"
}

cmd_url() {
    [ -s "$1/url" ] || die "no cluster runs in $1 (no $1/url): scripts/postgres.sh start $1"
    cat "$1/url"
}

cmd_status() {
    local bin port
    bin="$(find_bindir)" || die "PostgreSQL is not installed"
    running "$bin" "$1" || { say "nothing runs in $1"; return 1; }
    port="$(port_of "$1")"
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 5 || { say "the server in $1 (port $port) does not answer"; return 1; }
    say "runs in $1 on port $port"
    url_of "$port"
}

[ $# -eq 2 ] || usage
case "$1" in
    start) cmd_start "$2" ;;
    stop) cmd_stop "$2" ;;
    url) cmd_url "$2" ;;
    status) cmd_status "$2" ;;
    *) usage ;;
esac
