"""The settings and mappings of each language's Elasticsearch index, and the document each
publication becomes in it."""

from elasticsearch.dsl import Date, Index, Integer, Keyword, Mapping, Text

from search.analysis import ANALYSIS_VERSION
from search.engines.base import SearchDocument
from search.engines.elasticsearch.analysis import language_analyzers

# Elasticsearch refuses `from + size` beyond the index's max_result_window; the indices set it
# explicitly so that this constant and the cluster agree.
MAX_RESULT_WINDOW = 10_000


def index_definition(language: str) -> dict:
    """The settings and mappings of one language's index."""
    analyzers = language_analyzers(language)

    def text(*, copy_to=None, offsets=False, **extra):
        # Every text field has the variants sub-fields (see search.analysis): `prefixed`
        # matches a query word's own term against every form of the field's words, `variants`
        # every form of the query word against every form; and an autocomplete sub-field.
        # Long fields keep offsets in their postings so highlighting does not re-analyse the
        # whole text.
        options = {"copy_to": copy_to} if copy_to else {}
        if offsets:
            options["index_options"] = "offsets"
        return Text(
            analyzer=analyzers["text"],
            fields={
                "prefixed": Text(analyzer=analyzers["variants"], search_analyzer=analyzers["text"]),
                "variants": Text(analyzer=analyzers["variants"]),
                "autocomplete": Text(
                    analyzer=analyzers["autocomplete"], search_analyzer=analyzers["prefix"]
                ),
                **extra,
            },
            **options,
        )

    mapping = Mapping()
    mapping.meta("dynamic", "strict")
    # What the engine checks before it searches or writes (search.engines.layout).
    mapping.meta("_meta", {"analysis_version": ANALYSIS_VERSION})
    mapping.field("page_id", Integer())
    for name in (
        "translation_key",
        "language",
        "publication_type",
        "topic_keys",
        "regions",
        "available_in",
        "year",
    ):
        mapping.field(name, Keyword())
    mapping.field("date", Date())
    mapping.field("title", text(copy_to="spelling", keyword=Keyword(ignore_above=512)))
    mapping.field("summary", text(copy_to="spelling"))
    mapping.field("body", text(copy_to="spelling", offsets=True))
    mapping.field("attachment", text(offsets=True))
    mapping.field("authors", text())
    mapping.field("topic_names", text())
    # The vocabulary "did you mean" corrects from: the page's own words, unstemmed.
    mapping.field("spelling", Text(analyzer=analyzers["words"]))
    mapping.field("url", Keyword(index=False, doc_values=False))
    mapping.field("image_url", Keyword(index=False, doc_values=False))

    index = Index("definition")
    # A few thousand publications fit one shard, which also keeps scores and collapsing exact.
    index.settings(number_of_shards=1, max_result_window=MAX_RESULT_WINDOW)
    index.mapping(mapping)
    return index.to_dict()


def document_source(document: SearchDocument) -> dict:
    return {
        "page_id": document.page_id,
        "translation_key": document.translation_key,
        "language": document.language,
        "publication_type": document.publication_type,
        "topic_keys": list(document.topic_keys),
        "regions": list(document.regions),
        "available_in": list(document.languages),
        "year": str(document.year),
        "date": document.date.isoformat(),
        "title": document.title,
        "summary": document.summary,
        "body": document.body,
        "attachment": document.attachment,
        "authors": list(document.authors),
        "topic_names": list(document.topic_names),
        "url": document.url,
        "image_url": document.image_url,
    }
