"""The WSGI application gunicorn serves. Production settings unless told otherwise."""

import os
import sys

from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.production")

try:
    application = get_wsgi_application()
except ImproperlyConfigured as error:
    # One sentence naming the variable at fault, not a traceback from inside Django.
    sys.stderr.write(f"Configuration error: {error}\n")
    raise SystemExit(1) from None
