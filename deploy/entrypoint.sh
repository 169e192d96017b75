#!/bin/sh
# The container's entrypoint.
#   web (default)   migrate (unless MIGRATE_ON_START=false; it also creates the locales and
#                   role groups), then serve with gunicorn
#   <command ...>   run that command instead, e.g. `python manage.py createsuperuser`
set -eu

cd "$(dirname "$0")/.."

if [ "$#" -eq 0 ] || [ "$1" = "web" ]; then
    if [ "${MIGRATE_ON_START:-true}" = "true" ]; then
        python manage.py migrate --noinput
    fi
    exec gunicorn --config deploy/gunicorn.conf.py hub.wsgi:application
fi

exec "$@"
