from django.conf import settings
from django.http import HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.static import serve


def server_error(request):
    """The 500 page in the language of the URL. It renders from the template alone (no context
    processors, no database), because the error may be that the database is down."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        body = loader.get_template("500.html").render({})
    return HttpResponseServerError(body)


@cache_control(public=True, max_age=60 * 60 * 24 * 30)
def image_file(request, path):
    """Image files and renditions from MEDIA_ROOT, in production too (whitenoise serves only
    static files). Documents are not served here: Wagtail's document view checks privacy."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)
