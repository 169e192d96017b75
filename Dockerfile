# syntax=docker/dockerfile:1
# Production image: gunicorn serves the site, whitenoise its static files, and the project
# itself serves uploaded images (see README, "Uploaded media").

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY pyproject.toml README.md ./
RUN pip install .
COPY . .
# Static files and the compiled catalogues are part of the image. The secret below exists only
# for this build step; production settings refuse to start without the real one.
RUN pybabel --quiet compile --domain django --directory locale \
 && DJANGO_SETTINGS_MODULE=hub.settings.production \
    SECRET_KEY=collectstatic-only-not-a-secret \
    ALLOWED_HOSTS=build.invalid \
    STATIC_ROOT=/app/var/static \
    python manage.py collectstatic --noinput --verbosity 0

FROM python:3.11-slim-bookworm
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=hub.settings.production \
    STATIC_ROOT=/app/var/static \
    MEDIA_ROOT=/app/var/media \
    PORT=8000 \
    GUNICORN_WORKERS=3
RUN groupadd --system hub && useradd --system --gid hub --home-dir /app --no-create-home hub
COPY --from=build /opt/venv /opt/venv
COPY --from=build --chown=hub:hub /app /app
WORKDIR /app
RUN mkdir -p /app/var/media && chown -R hub:hub /app/var
USER hub
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
    CMD ["python", "deploy/healthcheck.py"]
ENTRYPOINT ["deploy/entrypoint.sh"]
CMD ["web"]
