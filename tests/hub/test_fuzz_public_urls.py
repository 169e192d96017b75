"""Every public URL, fuzzed: query strings that mix each URL's own parameter names with
arbitrary ones, and adversarial values (text with control characters and NUL, lone surrogates and
invalid UTF-8 sent as raw percent-encoded bytes, integers of any size, superscript and
Arabic-Indic digits, 10 kB values, nesting a thousand levels deep, repeated parameters), asked
of a small but complete site with DEBUG off. No answer may be a 5xx: each would be an error
e-mail in production.

Bounded to run in well under a minute on SQLite and on PostgreSQL. Hypothesis keeps no example
database in the repository (database=None): a failure names the request, and the
@reproduce_failure line Hypothesis prints replays it."""

from urllib.parse import quote_from_bytes

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.test import Client, override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from hub.resources.models import PublicationDownload
from tests.hub.resources.factories import build_library_tree, translate
from tests.media_on_disk import MediaOnDiskMixin
from tests.search.factories import index_all_publications


def fuzz_settings(examples):
    """One request per example; the whole file sends 640, about 20 s on SQLite."""
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        print_blob=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


FACETS = ("type", "topic", "available_in", "year", "region")
LIBRARY_PARAMETERS = ("q", "scope", *FACETS, "sort", "page")
SEARCH_API_PARAMETERS = ("lang", *LIBRARY_PARAMETERS, "page_size")
READ_API_PARAMETERS = (
    "limit",
    "offset",
    "fields",
    "order",
    "search",
    "search_operator",
    "rich_text_format",
    "format",
    "id",
    "title",
    "_",
)
READ_API_PAGE_PARAMETERS = (
    *READ_API_PARAMETERS,
    "type",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "translation_of",
    "locale",
    "html_path",
    "slug",
    "show_in_menus",
    "seo_title",
    "first_published_at",
    "alias_of",
)
# The filters each publication type adds (its own fields), asked with ?type=.
PUBLICATION_FIELDS = (
    "summary",
    "publication_date",
    "cover_image",
    "body",
    "doi",
    "isbn",
    "key_findings",
    "recommendations",
    "goal",
    "hashtags",
    "campaign_start",
    "campaign_end",
    "partners",
)
# Values that the URLs take, so that a request gets past the first check into what follows it.
MEANINGFUL_VALUES = (
    "1",
    "2",
    "10",
    "all",
    "lang",
    "newest",
    "oldest",
    "relevance",
    "report",
    "paper",
    "toolkit",
    "en",
    "ar",
    "he",
    "PS",
    "2025",
    "platform-censorship",
    "digital-security",
    "الرقابة",
    "רגולציה",
    "surveillance",
    "*",
    "_",
    "title",
    "-title",
    "title,-id",
    "random",
    "body,download_list",
    "cover_image(*)",
    "resources.ResearchReportPage",
    "resources.PolicyPaperPage,resources.CampaignToolkitPage",
    "wagtailcore.Page",
    "html",
    "db_markdown",
    "markdown",
    "json",
    "api",
    "root",
    "2025-03-14",
    "/en/library/",
    "or",
    "and",
    "true",
)


def utf8(text: str) -> bytes:
    """As a browser would send it; lone surrogates as the bytes a careless client sends."""
    return text.encode("utf-8", "surrogatepass")


def number_text(number: int) -> bytes:
    return str(number).encode()


SYNTAX = ('"', "'", "\\", "(", ")", "*", ",", "-", ":", "%", "&", "=", "?", "[", "{", "~", "|")
CONTROLS = (
    "\x00",
    "\n",
    "\r",
    "\t",
    "\x1b",
    "\x7f",
    "\x85",
    "\ud800",
    "\udfff",
    "\u202e",
    "\ufeff",
)


# What parsers trip on, one kind per strategy so that each kind comes up as often as the others.
hostile_values = st.one_of(
    # Digits that str.isdigit() takes and int() refuses, or int() takes and a database does not.
    st.text(alphabet="²³¹⁰٠١٢٣٤٥٦٧٨٩۰۱۲߀０１２", min_size=1, max_size=6).map(utf8),
    # Numbers past 32 and 64 bits, up to more digits than int() reads (4,300).
    st.integers(min_value=2**31 - 2, max_value=2**80).map(number_text),
    st.integers(min_value=19, max_value=10_000).map(lambda digits: b"9" * digits),
    # Other notations of numbers, and nothing at all.
    st.sampled_from(
        ("", "-1", "-0", "0", "+1", " 1", "1 ", "1_0", "1.5", "1e3", "0x10", "NaN", "inf")
    ).map(utf8),
    st.integers().map(number_text),
    # The syntax of query languages and of Wagtail's own parameters, and NUL, other control
    # characters, lone surrogates and direction marks, around a word or on their own.
    st.tuples(
        st.lists(st.sampled_from(SYNTAX + CONTROLS), min_size=1, max_size=3),
        st.sampled_from(("", "x", "title", "تقرير", "דוח")),
    ).map(lambda parts: utf8("".join(parts[0]) + parts[1])),
    st.tuples(
        st.sampled_from(("", "x", "title", "تقرير", "דוח")),
        st.lists(st.sampled_from(CONTROLS), min_size=1, max_size=2),
    ).map(lambda parts: utf8(parts[0] + "".join(parts[1]))),
    st.text(alphabet=st.characters(categories=["Cc", "Cs", "Cf", "Zs"]), max_size=4).map(utf8),
    # Bytes that are no UTF-8.
    st.binary(min_size=1, max_size=12),
    # 10 kB values, of one letter or of a word with a quote and a NUL.
    st.sampled_from(("ر", "ש", "x", '"x\x00', "%", "9")).map(lambda piece: utf8(piece * 10_000)),
    # Nesting as deep as a recursive parser cannot follow (Wagtail's `fields`).
    st.integers(min_value=1, max_value=3_000).map(
        lambda depth: utf8("cover_image(" * depth + "title" + ")" * depth)
    ),
    # Addresses where a path or a URL is expected.
    st.sampled_from(
        ("../../etc/passwd", "//evil.example/", "https://evil.example/", "javascript:alert(1)")
    ).map(utf8),
)
meaningful_values = st.sampled_from(MEANINGFUL_VALUES).map(utf8)
any_values = st.one_of(meaningful_values, hostile_values, st.text(max_size=20).map(utf8))
other_names = st.one_of(st.text(max_size=12).map(utf8), st.binary(max_size=6))


def sometimes(strategy):
    """Nothing three times in four: Wagtail's read API refuses a parameter it does not know
    before it reads any other, so most requests carry only the URL's own."""
    return st.one_of(st.just([]), st.just([]), st.just([]), strategy)


def query_strings(known):
    """Raw query strings, every byte percent-encoded, in any order: one of the URL's own
    parameters with one or two hostile values (two: the name repeated), sometimes another of its
    parameters with a value it takes (so that the request gets past that one's checks), and
    sometimes a parameter the URL does not know."""
    focus = st.tuples(
        st.sampled_from(known).map(utf8), st.lists(hostile_values, min_size=1, max_size=2)
    )
    context = sometimes(
        st.lists(st.tuples(st.sampled_from(known).map(utf8), meaningful_values), max_size=1)
    )
    others = sometimes(st.lists(st.tuples(other_names, any_values), max_size=1))
    return (
        st.tuples(focus, context, others)
        .flatmap(
            lambda parts: st.permutations(
                [(parts[0][0], value) for value in parts[0][1]] + parts[1] + parts[2]
            )
        )
        .map(
            lambda pairs: "&".join(
                f"{quote_from_bytes(name)}={quote_from_bytes(value)}" for name, value in pairs
            )
        )
    )


accept_languages = st.one_of(
    st.sampled_from(("", "ar", "he-IL,he;q=0.9", "en;q=x", "*", "xx-YY", "ar" + ",ar" * 500)),
    st.text(alphabet=st.characters(codec="latin-1"), max_size=40),
)


@override_settings(
    SEARCH_API_RATE="1000000/min",
    SEARCH_SUGGEST_RATE="1000000/min",
    SEARCH_PAGE_RATE="1000000/min",
)
class FuzzPublicURLsTests(MediaOnDiskMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        translate(cls.tree["topics"][0], "he", name="צנזורה בפלטפורמות")
        report = cls.tree["reports"]["en"]
        cls.image = Image.objects.create(
            title="Checkpoint gate at dawn", file=get_test_image_file("checkpoint-gate.png")
        )
        cls.rendition = cls.image.get_rendition("fill-480x252")
        cls.document = Document.objects.create(
            title="Erased: the full report",
            file=ContentFile(b"%PDF-1.4 erased", name="erased-full-report.pdf"),
        )
        report.cover_image = cls.image
        report.save()
        PublicationDownload.objects.create(
            page=report,
            document=cls.document,
            label="Full report",
            language="en",
            locale=report.locale,
        )
        report.save_revision().publish()
        index_all_publications()

    def urls(self, kind):
        """The concrete URLs of one kind (in every language where it has them, some with a
        parameter already set), each with the names of the parameters it reads."""
        report = self.tree["reports"]["en"]
        libraries = [self.tree["libraries"][language] for language in ("en", "ar", "he")]
        publications = [
            *self.tree["reports"].values(),
            *self.tree["papers"].values(),
            self.tree["toolkit"],
        ]
        page_detail = ("fields", "format", "rich_text_format", "type", "search")
        file_detail = ("fields", "format", "search")
        return {
            "home": [(f"/{language}/", ("q", "page", "lang")) for language in ("en", "ar", "he")],
            "library": [(library.url, LIBRARY_PARAMETERS) for library in libraries],
            "topic": [
                (f"{library.url}topics/platform-censorship/", ("page",)) for library in libraries
            ],
            "publication": [(page.url, ("page", "q")) for page in publications],
            "citation": [
                (f"{page.url}cite.{extension}", ("format", "lang"))
                for page in publications
                for extension in ("bib", "ris")
            ],
            "feed": [
                (f"{libraries[1].url}feed/rss/", ("page", "type", "topic")),
                (f"{libraries[2].url}feed/atom/", ("page", "type", "topic")),
                (f"{libraries[0].url}types/report/feed/rss/", ("page", "type", "topic")),
                (f"{libraries[0].url}topics/platform-censorship/feed/atom/", ("page", "topic")),
            ],
            "short link": [(f"/r/{page.pk}/", ("lang",)) for page in publications],
            "site files": [
                (path, ("page", "p", "format"))
                for path in ("/sitemap.xml", "/robots.txt", "/healthz/", "/", "/api/search/schema/")
            ],
            "read API page listing": [
                ("/api/v2/pages/", READ_API_PAGE_PARAMETERS),
                *(
                    (f"/api/v2/pages/?type=resources.{model}", PUBLICATION_FIELDS)
                    for model in ("ResearchReportPage", "PolicyPaperPage", "CampaignToolkitPage")
                ),
            ],
            "read API page detail": [
                (f"/api/v2/pages/{report.pk}/", page_detail),
                (f"/api/v2/pages/{self.tree['papers']['ar'].pk}/", page_detail),
                ("/api/v2/pages/find/", ("id", "html_path", "fields", "type", "locale")),
            ],
            "read API files": [
                (
                    "/api/v2/images/",
                    (*READ_API_PARAMETERS, "width", "height", "tags", "collection"),
                ),
                ("/api/v2/documents/", (*READ_API_PARAMETERS, "tags", "collection")),
                (f"/api/v2/images/{self.image.pk}/", file_detail),
                (f"/api/v2/documents/{self.document.pk}/", file_detail),
                ("/api/v2/images/find/", ("id", "fields")),
                ("/api/v2/documents/find/", ("id", "fields")),
            ],
            "search API": [
                ("/api/search/", SEARCH_API_PARAMETERS),
                ("/api/search/suggest/", ("q", "lang")),
            ],
            "files": [
                (url, ("download", "name"))
                for url in (self.image.file.url, self.rendition.url, self.document.url)
            ],
            "login": [
                (f"/{language}/_util/login/", ("next", "username"))
                for language in ("en", "ar", "he")
            ],
        }[kind]

    def assertNoServerError(self, path, query, accept_language):
        client = Client(raise_request_exception=False)
        url = f"{path}{'&' if '?' in path else '?'}{query}"
        response = client.get(url, headers={"accept-language": accept_language})
        if response.streaming:
            # Read to the end, as a WSGI server would.
            b"".join(response.streaming_content)
        error = response.exc_info[1] if response.exc_info else None
        self.assertLess(
            response.status_code,
            500,
            f"GET {url[:300]} (Accept-Language {accept_language[:40]!r}) answered "
            f"{response.status_code}" + (f": {type(error).__name__}: {error}" if error else ""),
        )

    def fuzz(self, data, kind):
        # The rate limits' and the file gate's counts live in the cache, outside the rollback.
        cache.clear()
        path, known = data.draw(st.sampled_from(self.urls(kind)), label="URL")
        query = data.draw(query_strings(known), label="query")
        accept_language = data.draw(accept_languages, label="Accept-Language")
        self.assertNoServerError(path, query, accept_language)

    @fuzz_settings(15)
    @given(data=st.data())
    def test_home_pages(self, data):
        self.fuzz(data, "home")

    @fuzz_settings(60)
    @given(data=st.data())
    def test_library_search(self, data):
        self.fuzz(data, "library")

    @fuzz_settings(15)
    @given(data=st.data())
    def test_topic_pages(self, data):
        self.fuzz(data, "topic")

    @fuzz_settings(15)
    @given(data=st.data())
    def test_publications(self, data):
        self.fuzz(data, "publication")

    @fuzz_settings(15)
    @given(data=st.data())
    def test_citation_files(self, data):
        self.fuzz(data, "citation")

    @fuzz_settings(20)
    @given(data=st.data())
    def test_feeds(self, data):
        self.fuzz(data, "feed")

    @fuzz_settings(10)
    @given(data=st.data())
    def test_short_links(self, data):
        self.fuzz(data, "short link")

    @fuzz_settings(20)
    @given(data=st.data())
    def test_sitemap_robots_health_and_schema(self, data):
        self.fuzz(data, "site files")

    @fuzz_settings(200)
    @given(data=st.data())
    def test_read_api_page_listing(self, data):
        self.fuzz(data, "read API page listing")

    @fuzz_settings(40)
    @given(data=st.data())
    def test_read_api_page_detail_and_find(self, data):
        self.fuzz(data, "read API page detail")

    @fuzz_settings(120)
    @given(data=st.data())
    def test_read_api_images_and_documents(self, data):
        self.fuzz(data, "read API files")

    @fuzz_settings(80)
    @given(data=st.data())
    def test_search_api_and_suggest(self, data):
        self.fuzz(data, "search API")

    @fuzz_settings(15)
    @given(data=st.data())
    def test_media_and_documents(self, data):
        self.fuzz(data, "files")

    @fuzz_settings(15)
    @given(data=st.data())
    def test_front_end_login(self, data):
        self.fuzz(data, "login")
