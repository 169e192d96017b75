#!/bin/sh
# The container's entrypoint.
#   web (default)   migrate (unless MIGRATE_ON_START=false; it also creates the locales and
#                   role groups), then serve with gunicorn
#   scheduler       publish and unpublish scheduled pages every SCHEDULER_INTERVAL seconds (60)
#   search-worker   bring the public search index in line with the changes recorded in its
#                   outbox, retrying while the engine is down; stops on SIGTERM
#   <command ...>   run that command instead, e.g. `python manage.py createsuperuser`
set -eu

cd "$(dirname "$0")/.."

if [ "$#" -eq 0 ] || [ "$1" = "web" ]; then
    if [ "${MIGRATE_ON_START:-true}" = "true" ]; then
        python manage.py migrate --noinput
    fi
    exec gunicorn --config deploy/gunicorn.conf.py hub.wsgi:application
fi

if [ "$1" = "scheduler" ]; then
    while true; do
        python manage.py publish_scheduled
        sleep "${SCHEDULER_INTERVAL:-60}"
    done
fi

if [ "$1" = "search-worker" ]; then
    exec python manage.py search_worker
fi

exec "$@"
