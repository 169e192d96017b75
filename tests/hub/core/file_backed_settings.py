"""The test settings for a project served from another process: uploads on disk under
MEDIA_ROOT and the database of DATABASE_URL (a file), both from the environment, so that the
process that builds the site and the server that serves it see the same files."""

from hub.settings.test import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
}
