"""Test classes whose uploaded files live on disk, as in production: image files are served from
MEDIA_ROOT, and the storage asks the file system about a name (the suite's default storage is
in memory)."""

import shutil
import tempfile

from django.conf import settings
from django.test import override_settings


class MediaOnDiskMixin:
    """Put before TestCase: a temporary MEDIA_ROOT on disk for the class, removed after it."""

    @classmethod
    def setUpClass(cls):
        media_root = tempfile.mkdtemp(prefix=f"{cls.__name__}-")
        cls.addClassCleanup(shutil.rmtree, media_root)
        cls.enterClassContext(
            override_settings(
                MEDIA_ROOT=media_root,
                STORAGES={
                    **settings.STORAGES,
                    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
                },
            )
        )
        super().setUpClass()
