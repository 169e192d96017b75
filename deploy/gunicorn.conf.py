"""gunicorn settings, all from the environment. The access log keeps no client address and no
query string (%(U)s is the path alone): search terms are personal data for readers at risk. The
error log keeps no client address either (deploy/gunicorn_logging.py)."""

import os

bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
# Threads keep a worker free while a slow phone downloads an image or a PDF.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
# Behind docker-compose's proxy or the host's; X-Forwarded-Proto tells Django about HTTPS.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
# gunicorn's error log names the client of every malformed request ("Invalid request from ip=…").
logger_class = "deploy.gunicorn_logging.ErrorLogWithoutAddresses"
