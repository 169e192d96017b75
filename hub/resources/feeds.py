"""RSS 2.0 and Atom feeds of a library's publications, in the library's language."""

from django.http import Http404, HttpResponse
from django.utils import feedgenerator, translation
from django.utils.translation import gettext as _

from hub.resources.models.base import prefetch_localized_people_and_topics

FEED_FORMATS = {"rss": feedgenerator.Rss201rev2Feed, "atom": feedgenerator.Atom1Feed}
FEED_LENGTH = 30


def feed_response(request, library, publications, title, fmt):
    if fmt not in FEED_FORMATS:
        raise Http404(_("Feeds come as rss or atom."))
    library_url = request.build_absolute_uri(library.get_url(request))
    feed = FEED_FORMATS[fmt](
        title=title,
        link=library_url,
        description=library.intro or title,
        language=translation.get_language(),
        feed_url=request.build_absolute_uri(request.path),
    )
    for publication in prefetch_localized_people_and_topics(publications[:FEED_LENGTH]):
        url = request.build_absolute_uri(publication.get_url(request))
        feed.add_item(
            title=publication.title,
            link=url,
            unique_id=url,
            description=publication.summary,
            pubdate=publication.first_published_at,
            updateddate=publication.last_published_at,
            author_name=", ".join(person.name for person in publication.localized_authors),
            categories=[topic.name for topic in publication.localized_topics],
        )
    response = HttpResponse(content_type=f"{feed.content_type}")
    feed.write(response, "utf-8")
    return response
