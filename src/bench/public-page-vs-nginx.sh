#!/usr/bin/env bash
# The public fact-check page against nginx serving the same page saved as a file: wrk, loopback, same connections,
# threads and duration for both. Needs wrk and nginx (Debian: apt-get install wrk nginx-light) and the jar
# (./mvnw -DskipTests package). Prints one line per server; the ratio is the figure in docs/benchmarks.md.
#   src/bench/public-page-vs-nginx.sh [connections] [seconds]
# APP_ARGS adds options to the application (APP_ARGS=--claimboard.site.cache-size=0B: without its own copies).
set -euo pipefail
cd "$(dirname "$0")/../.."
connections=${1:-64}
seconds=${2:-20}
app_port=18080
nginx_port=18081
work=$(mktemp -d /tmp/claimboard-bench.XXXXXX)
chmod 755 "$work"  # nginx's workers read the page as another user
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
"$java" -version 2>&1 | head -1

cleanup() {
    [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# The application on its embedded defaults with the demo article and its published fact-check, in a fresh H2 file.
(cd "$work" && exec "$java" -Xmx1g -jar "$OLDPWD/target/claimboard.jar" --server.port=$app_port \
    --spring.profiles.active=demo --spring.datasource.url="jdbc:h2:file:$work/db;WRITE_DELAY=0" ${APP_ARGS:-} \
    >"$work/app.log" 2>&1) &
app_pid=$!
# Up, and the demo's fact-check published (the demo data is written just after the start).
path=""
for _ in $(seq 1 120); do
    path=$( (curl -sf "http://127.0.0.1:$app_port/sitemap.xml" 2>/dev/null || true) | grep -o '/checks/[^<]*' | head -1 || true)
    [ -n "$path" ] && break
    sleep 1
done
[ -n "$path" ] || { echo "no published fact-check in the demo data"; tail -20 "$work/app.log"; exit 1; }

# The same page, as the app serves it, saved for nginx.
mkdir -p "$work/www/checks"
curl -sf "http://127.0.0.1:$app_port$path" -o "$work/www$path.html"
cat >"$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
        location / { try_files \$uri.html =404; }
    }
}
CONF
nginx -c "$work/nginx.conf"
sleep 1
curl -sf "http://127.0.0.1:$nginx_port$path" >/dev/null

echo "page $path, $(wc -c <"$work/www$path.html") bytes; wrk -t2 -c$connections -d${seconds}s"
# Warm-up: the JIT (it takes a few tens of seconds to reach its pace), and the app's own copy of the page.
wrk -t2 -c"$connections" -d30s "http://127.0.0.1:$app_port$path" >/dev/null
wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$nginx_port$path" >/dev/null
app=$(wrk -t2 -c"$connections" -d"${seconds}s" "http://127.0.0.1:$app_port$path" | awk '/Requests\/sec/ {print $2}')
ngx=$(wrk -t2 -c"$connections" -d"${seconds}s" "http://127.0.0.1:$nginx_port$path" | awk '/Requests\/sec/ {print $2}')
echo "claimboard $app requests/s"
echo "nginx      $ngx requests/s"
awk -v a="$app" -v n="$ngx" 'BEGIN { printf "ratio      %.3f (app / nginx)\n", a / n }'
