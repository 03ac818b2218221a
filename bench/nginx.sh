#!/usr/bin/env bash
# Starts or stops an nginx that serves a generated site on loopback for the crawl benchmarks.
# Everything it writes (config, pid, logs, temp dirs) stays under the state directory given.
#
#   bench/nginx.sh start STATE_DIR SITE_ROOT PORT    # prints nothing; fails if nginx cannot start
#   bench/nginx.sh stop STATE_DIR
#
# The access log names the client's User-Agent (wrk's requests are not logged: there are millions),
# so that the requests of each crawler can be counted and compared URL by URL.
set -euo pipefail

command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || {
    echo "nginx is needed: apt-get install -y nginx" >&2
    exit 1
}
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

action=${1:?start|stop}
state=$(realpath -m "${2:?state directory}")
mkdir -p "$state"

case $action in
start)
    root=$(realpath "${3:?site root}")
    port=${4:?port}
    mkdir -p "$state/tmp" "$state/logs"
    cat >"$state/nginx.conf" <<EOF
daemon on;
worker_processes 1;
pid $state/nginx.pid;
error_log $state/logs/error.log warn;
events { worker_connections 1024; }
http {
    types {
        text/html html;
        application/pdf pdf;
        application/vnd.openxmlformats-officedocument.spreadsheetml.sheet xlsx;
        text/xml xml;
    }
    default_type text/html;
    charset utf-8;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    keepalive_requests 1000000;
    client_body_temp_path $state/tmp/body;
    proxy_temp_path $state/tmp/proxy;
    fastcgi_temp_path $state/tmp/fastcgi;
    uwsgi_temp_path $state/tmp/uwsgi;
    scgi_temp_path $state/tmp/scgi;
    map \$http_user_agent \$loggable { ~^wrk 0; default 1; }
    log_format crawl '\$http_user_agent\t\$status\t\$request_uri';
    access_log $state/logs/access.log crawl if=\$loggable;
    server {
        listen 127.0.0.1:$port;
        root $root;
        index index.html;
        location / { try_files \$uri \$uri/ =404; }
    }
}
EOF
    "$NGINX" -c "$state/nginx.conf" -e "$state/logs/error.log" -t -q
    "$NGINX" -c "$state/nginx.conf" -e "$state/logs/error.log"
    for _ in $(seq 50); do
        [[ -s $state/nginx.pid ]] && break
        sleep 0.1
    done
    [[ -s $state/nginx.pid ]] || { echo "nginx did not start; see $state/logs/error.log" >&2; exit 1; }
    ;;
stop)
    if [[ -s $state/nginx.pid ]]; then
        pid=$(cat "$state/nginx.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
    fi
    ;;
*)
    echo "usage: bench/nginx.sh start STATE_DIR SITE_ROOT PORT | stop STATE_DIR" >&2
    exit 2
    ;;
esac
