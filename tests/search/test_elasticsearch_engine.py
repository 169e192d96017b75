"""The Elasticsearch engine: the exact requests it sends and how it reads the answers, through
the real client with only its HTTP node replaced; and, when ELASTICSEARCH_URL names a cluster,
the same engine against it.

Each language's index (settings, analysis and mappings) is compared with a reviewed golden
file, tests/search/data/elasticsearch_index_{en,ar,he}.json. After an intended change to the
index, run `UPDATE_GOLDEN=1 .venv/bin/pytest tests/search/test_elasticsearch_engine.py`, review
the files' diff and commit them with the change (and a new ANALYSIS_VERSION if the analysis
changed)."""

import datetime
import json
import os
import pathlib
import re
import uuid
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

import pytest
from elastic_transport import ApiResponseMeta, BaseNode, HttpHeaders
from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport._node import NodeApiResponse
from elasticsearch import Elasticsearch

from search.analysis import ANALYSIS_VERSION, LANGUAGES, arabic, english, hebrew
from search.analysis.characters import WORD_PATTERN, character_table
from search.engines.base import (
    FACETS,
    FacetCount,
    Highlight,
    Hit,
    SearchDocument,
    SearchEngineError,
    SearchQuery,
)
from search.engines.elasticsearch import (
    ElasticsearchSearchEngine,
    hebrew_prefix_patterns,
)

PREFIX = "hub-test"
TEXT_FIELDS = [
    "title^4",
    "summary^2",
    "authors^2",
    "topic_names^2",
    "body",
    "attachment",
    "title.prefixed^0.2",
    "summary.prefixed^0.2",
    "authors.prefixed^0.2",
    "topic_names.prefixed^0.2",
    "body.prefixed^0.2",
    "attachment.prefixed^0.2",
    "title.variants^0.01",
    "summary.variants^0.01",
    "authors.variants^0.01",
    "topic_names.variants^0.01",
    "body.variants^0.01",
    "attachment.variants^0.01",
]


@dataclass
class Request:
    method: str
    path: str
    params: dict
    body: object
    request_timeout: object


class FakeCluster:
    """Answers the client's HTTP requests from canned responses (per method and path, in
    order), recording each request with its decoded body."""

    def __init__(self):
        self.requests: list[Request] = []
        self.responses: dict[tuple[str, str], list] = {}

    def answer(self, method, path, body, status=200):
        self.responses.setdefault((method, path), []).append((status, body))

    def fail(self, method, path, error):
        self.responses.setdefault((method, path), []).append(error)

    def handle(self, method, target, body, request_timeout, node_config):
        url = urlsplit(target)
        self.requests.append(
            Request(method, url.path, dict(parse_qsl(url.query)), decode(body), request_timeout)
        )
        queued = self.responses.get((method, url.path))
        response = queued.pop(0) if queued else (200, self.default_body(url.path, body))
        if isinstance(response, Exception):
            raise response
        status, response_body = response
        meta = ApiResponseMeta(
            status=status,
            http_version="1.1",
            headers=HttpHeaders(
                {"x-elastic-product": "Elasticsearch", "content-type": "application/json"}
            ),
            duration=0.0,
            node=node_config,
        )
        return NodeApiResponse(meta, json.dumps(response_body).encode())

    @staticmethod
    def default_body(path, body):
        if path.endswith("/_bulk"):
            actions = [line for line in decode(body) if set(line) & {"index", "delete"}]
            return {
                "errors": False,
                "items": [{op: {"status": 200}} for action in actions for op in action],
            }
        return {"acknowledged": True}

    def made(self, method=None, path=None):
        return [
            request
            for request in self.requests
            if (method is None or request.method == method)
            and (path is None or request.path == path)
        ]


def decode(body):
    if not body:
        return None
    text = body.decode()
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def cluster():
    return FakeCluster()


@pytest.fixture
def engine(cluster, settings):
    settings.SEARCH_INDEX_PREFIX = PREFIX
    settings.SEARCH_REFRESH_ON_WRITE = True

    class FakeNode(BaseNode):
        def perform_request(self, method, target, body=None, headers=None, **options):
            return cluster.handle(method, target, body, options.get("request_timeout"), self.config)

    engine = ElasticsearchSearchEngine(Elasticsearch("http://localhost:9200", node_class=FakeNode))
    # As after the process's first check of the indices' analysis version, so that each test
    # sees only its own requests (the check itself: tests/search/test_index_layout.py).
    engine.current_aliases.update(engine.aliases(LANGUAGES))
    return engine


def document(page_id, language, title, body, *, key=None, languages=None, summary=""):
    return SearchDocument(
        page_id=page_id,
        translation_key=key or f"key-{page_id}",
        language=language,
        publication_type="report",
        title=title,
        summary=summary,
        body=body,
        authors=("Lina Haddad",),
        topic_keys=("surveillance",),
        topic_names=({"en": "Surveillance", "ar": "المراقبة", "he": "מעקב"}[language],),
        regions=("mena",),
        date=datetime.date(2024, 3, 5),
        url=f"/{language}/library/{page_id}/",
        image_url="",
        languages=languages or (language,),
        attachment="",
    )


ARABIC_REPORT = document(
    11,
    "ar",
    "الرقابة على المنصات الرقمية",
    "تتابع المنظمة حذف المحتوى الفلسطيني على منصات التواصل الاجتماعي.",
    key="platforms",
    languages=("ar", "he"),
)
HEBREW_REPORT = document(
    12,
    "he",
    "פיקוח על פלטפורמות דיגיטליות",
    "הארגון עוקב אחר הסרת תוכן פלסטיני ברשתות החברתיות ובספרייה הציבורית.",
    key="platforms",
    languages=("ar", "he"),
)


GOLDEN = pathlib.Path(__file__).parent / "data"


def created_index(request) -> tuple[dict, list[str]]:
    """The body of an index-creation request without its aliases, and apart from it the
    character table's mapping rules (a few thousand: checked by count and by example)."""
    body = {name: value for name, value in request.body.items() if name != "aliases"}
    characters = body["settings"]["analysis"]["char_filter"]["hub_characters"]
    return body, characters.pop("mappings")


def assert_matches_golden(body: dict, language: str) -> None:
    """The index as reviewed, in tests/search/data/elasticsearch_index_{language}.json;
    UPDATE_GOLDEN=1 writes what the code builds there instead, for review in the diff."""
    path = GOLDEN / f"elasticsearch_index_{language}.json"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(json.dumps(body, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    assert body == json.loads(path.read_text(encoding="utf-8"))


def search_response(hits, count, facets=None, suggest=None):
    aggregations = {"publications": {"doc_count": count, "count": {"value": count}}}
    for facet, buckets in (facets or {}).items():
        aggregations[f"facet_{facet}"] = {
            "doc_count": count,
            "values": {
                "buckets": [
                    {"key": key, "doc_count": n, "publications": {"value": n}} for key, n in buckets
                ]
            },
        }
    response = {
        "timed_out": False,
        "hits": {"hits": hits},
        "aggregations": aggregations,
    }
    if suggest is not None:
        response["suggest"] = suggest
    return response


def raw_hit(source, score=1.0, highlight=None):
    hit = {"_id": str(source["page_id"]), "_score": score, "_source": source}
    if highlight:
        hit["highlight"] = highlight
    return hit


# Installing and rebuilding


def test_install_creates_a_versioned_index_behind_each_missing_alias(engine, cluster):
    cluster.answer(
        "GET",
        f"/{PREFIX}-publications-*/_alias",
        {f"{PREFIX}-publications-en-v3": {"aliases": {f"{PREFIX}-publications-en": {}}}},
    )

    engine.install()

    creates = cluster.made("PUT")
    assert [request.path for request in creates] == [
        f"/{PREFIX}-publications-ar-v4",
        f"/{PREFIX}-publications-he-v4",
    ]
    for request, language in zip(creates, ("ar", "he"), strict=True):
        assert request.body["aliases"] == {f"{PREFIX}-publications-{language}": {}}
        body, _character_rules = created_index(request)
        assert_matches_golden(body, language)


def test_install_with_every_alias_present_creates_nothing(engine, cluster):
    cluster.answer(
        "GET",
        f"/{PREFIX}-publications-*/_alias",
        {
            f"{PREFIX}-publications-{language}-v1": {
                "aliases": {f"{PREFIX}-publications-{language}": {}}
            }
            for language in ("en", "ar", "he")
        },
    )
    engine.install()
    assert cluster.made("PUT") == []


@pytest.mark.parametrize("language", ["en", "ar", "he"])
def test_each_language_index_has_its_analysis_chain(engine, cluster, language):
    cluster.answer("GET", f"/{PREFIX}-publications-*/_alias", {})
    engine.install()
    (create,) = cluster.made("PUT", f"/{PREFIX}-publications-{language}-v1")
    body, mappings = created_index(create)
    assert_matches_golden(body, language)
    analysis = body["settings"]["analysis"]
    assert analysis["tokenizer"] == {
        "hub_words": {"type": "pattern", "pattern": WORD_PATTERN, "group": 0}
    }
    # The golden file is of the running analysis: changing it means a new version.
    assert body["mappings"]["_meta"] == {"analysis_version": ANALYSIS_VERSION}
    stop_words = {"en": english, "ar": arabic, "he": hebrew}[language].STOP_WORDS
    (stop_filter,) = (f for f in analysis["filter"].values() if f["type"] == "stop")
    assert stop_filter["stopwords"] == sorted(stop_words)
    # The table's folds, one rule a code point, every one in UTF-16 escapes.
    assert len(mappings) == len(character_table().folds)
    assert "\\u0041 => \\u0061" in mappings
    assert "\\ufefb => \\u0644\\u0627" in mappings  # ﻻ → لا
    assert "\\ud835\\udc1b => \\u0062" in mappings  # 𝐛 → b, beyond the BMP
    assert "\\u0640 =>" in mappings  # tatweel: removed


def test_hebrew_prefix_patterns_capture_what_the_python_analysis_adds():
    patterns = [re.compile(pattern) for pattern in hebrew_prefix_patterns()]
    for word in ["לספרייה", "והספרייה", "ספרייה", "שלום", "ומהבית", "בית", "כשהמדינה"]:
        captured = [match.group(1) for p in patterns if (match := p.match(word))]
        expected = hebrew.terms(word)
        # The stop filter after the capture drops variants that are stop words, as Python does.
        assert [word, *(c for c in captured if c not in hebrew.STOP_WORDS)] == list(expected)


def test_rebuild_fills_new_indices_swaps_the_aliases_at_once_and_deletes_old_and_orphans(
    engine, cluster
):
    cluster.answer(
        "GET",
        f"/{PREFIX}-publications-*/_alias",
        {
            f"{PREFIX}-publications-en-v1": {"aliases": {f"{PREFIX}-publications-en": {}}},
            f"{PREFIX}-publications-ar-v1": {"aliases": {f"{PREFIX}-publications-ar": {}}},
            f"{PREFIX}-publications-he-v1": {"aliases": {f"{PREFIX}-publications-he": {}}},
            # Left by an interrupted rebuild (wagtail #5219): behind no alias.
            f"{PREFIX}-publications-ar-v2": {"aliases": {}},
        },
    )
    seen = []

    count = engine.rebuild([ARABIC_REPORT, HEBREW_REPORT], progress=seen.append)

    assert count == 2
    assert seen == [2]
    assert [request.path for request in cluster.made("PUT") if request.path != "/_bulk"] == [
        f"/{PREFIX}-publications-en-v3",
        f"/{PREFIX}-publications-ar-v3",
        f"/{PREFIX}-publications-he-v3",
    ]
    (bulk,) = cluster.made("PUT", "/_bulk") + cluster.made("POST", "/_bulk")
    assert [line for line in bulk.body if "index" in line] == [
        {"index": {"_index": f"{PREFIX}-publications-ar-v3", "_id": 11}},
        {"index": {"_index": f"{PREFIX}-publications-he-v3", "_id": 12}},
    ]
    new_indices = (
        f"{PREFIX}-publications-en-v3,{PREFIX}-publications-ar-v3,{PREFIX}-publications-he-v3"
    )
    assert len(cluster.made("POST", f"/{new_indices}/_refresh")) == 1
    (swap,) = cluster.made("POST", "/_aliases")
    assert swap.body == {
        "actions": [
            {
                "remove": {
                    "index": f"{PREFIX}-publications-en-v1",
                    "alias": f"{PREFIX}-publications-en",
                }
            },
            {
                "add": {
                    "index": f"{PREFIX}-publications-en-v3",
                    "alias": f"{PREFIX}-publications-en",
                }
            },
            {
                "remove": {
                    "index": f"{PREFIX}-publications-ar-v1",
                    "alias": f"{PREFIX}-publications-ar",
                }
            },
            {
                "add": {
                    "index": f"{PREFIX}-publications-ar-v3",
                    "alias": f"{PREFIX}-publications-ar",
                }
            },
            {
                "remove": {
                    "index": f"{PREFIX}-publications-he-v1",
                    "alias": f"{PREFIX}-publications-he",
                }
            },
            {
                "add": {
                    "index": f"{PREFIX}-publications-he-v3",
                    "alias": f"{PREFIX}-publications-he",
                }
            },
        ]
    }
    (delete,) = cluster.made("DELETE")
    assert delete.path == (
        f"/{PREFIX}-publications-ar-v1,{PREFIX}-publications-ar-v2,"
        f"{PREFIX}-publications-en-v1,{PREFIX}-publications-he-v1"
    )
    assert delete.params == {"ignore_unavailable": "true"}


def test_a_failed_rebuild_deletes_its_half_built_indices_and_leaves_the_aliases(engine, cluster):
    cluster.answer(
        "GET",
        f"/{PREFIX}-publications-*/_alias",
        {f"{PREFIX}-publications-en-v1": {"aliases": {f"{PREFIX}-publications-en": {}}}},
    )
    cluster.answer(
        "PUT",
        "/_bulk",
        {"error": {"type": "es_rejected_execution_exception", "reason": "queue full"}},
        status=500,
    )

    with pytest.raises(SearchEngineError, match="rebuild"):
        engine.rebuild([ARABIC_REPORT, HEBREW_REPORT])

    assert cluster.made("POST", "/_aliases") == []
    (delete,) = cluster.made("DELETE")
    assert delete.path == (
        f"/{PREFIX}-publications-en-v2,{PREFIX}-publications-ar-v2,{PREFIX}-publications-he-v2"
    )


# Writing documents


def test_index_sends_one_bulk_request_to_the_language_aliases(engine, cluster):
    engine.index([ARABIC_REPORT, HEBREW_REPORT])

    (bulk,) = cluster.made(path="/_bulk")
    assert bulk.params == {"refresh": "true", "require_alias": "true"}
    assert bulk.request_timeout == 30
    assert bulk.body == [
        {"index": {"_index": f"{PREFIX}-publications-ar", "_id": 11}},
        {
            "page_id": 11,
            "translation_key": "platforms",
            "language": "ar",
            "publication_type": "report",
            "topic_keys": ["surveillance"],
            "regions": ["mena"],
            "available_in": ["ar", "he"],
            "year": "2024",
            "date": "2024-03-05",
            "title": "الرقابة على المنصات الرقمية",
            "summary": "",
            "body": "تتابع المنظمة حذف المحتوى الفلسطيني على منصات التواصل الاجتماعي.",
            "attachment": "",
            "authors": ["Lina Haddad"],
            "topic_names": ["المراقبة"],
            "url": "/ar/library/11/",
            "image_url": "",
        },
        {"index": {"_index": f"{PREFIX}-publications-he", "_id": 12}},
        {
            "page_id": 12,
            "translation_key": "platforms",
            "language": "he",
            "publication_type": "report",
            "topic_keys": ["surveillance"],
            "regions": ["mena"],
            "available_in": ["ar", "he"],
            "year": "2024",
            "date": "2024-03-05",
            "title": "פיקוח על פלטפורמות דיגיטליות",
            "summary": "",
            "body": "הארגון עוקב אחר הסרת תוכן פלסטיני ברשתות החברתיות ובספרייה הציבורית.",
            "attachment": "",
            "authors": ["Lina Haddad"],
            "topic_names": ["מעקב"],
            "url": "/he/library/12/",
            "image_url": "",
        },
    ]


def test_a_refused_document_is_a_search_engine_error(engine, cluster):
    cluster.answer(
        "PUT",
        "/_bulk",
        {
            "errors": True,
            "items": [
                {
                    "index": {
                        "status": 404,
                        "error": {"type": "index_not_found_exception", "reason": "no alias"},
                    }
                }
            ],
        },
    )
    with pytest.raises(SearchEngineError, match="index_not_found_exception"):
        engine.index([ARABIC_REPORT])


def test_delete_removes_the_ids_from_every_language_and_ignores_404s(engine, cluster):
    cluster.answer(
        "PUT",
        "/_bulk",
        {
            "errors": True,
            "items": [
                {"delete": {"status": 404, "result": "not_found"}},
                {"delete": {"status": 200, "result": "deleted"}},
                {"delete": {"status": 404, "result": "not_found"}},
            ],
        },
    )
    engine.delete([11])
    (bulk,) = cluster.made(path="/_bulk")
    assert bulk.body == [
        {"delete": {"_index": f"{PREFIX}-publications-en", "_id": 11}},
        {"delete": {"_index": f"{PREFIX}-publications-ar", "_id": 11}},
        {"delete": {"_index": f"{PREFIX}-publications-he", "_id": 11}},
    ]


# Searching


def base_body(query, *, sort=None, start=0, size=10, aggs_filter=None):
    return {
        "query": query,
        "collapse": {"field": "translation_key"},
        "sort": sort or ["_score", {"date": "desc"}, {"page_id": "asc"}],
        "from": start,
        "size": size,
        "_source": ["page_id", "translation_key", "language", "available_in"],
        "track_total_hits": False,
        "timeout": "1500ms",
        "aggs": {
            "publications": {
                "filter": aggs_filter or {"match_all": {}},
                "aggs": {
                    "count": {
                        "cardinality": {"field": "translation_key", "precision_threshold": 40000}
                    }
                },
            }
        },
    }


HIGHLIGHT = {
    "encoder": "html",
    "pre_tags": ["<mark>"],
    "post_tags": ["</mark>"],
    "fragment_size": 200,
    "number_of_fragments": 1,
    "fields": {"body": {}, "summary": {}, "attachment": {}, "title": {}},
}


def text_query(text, *phrases):
    return {
        "bool": {
            "must": [
                {
                    "multi_match": {
                        "query": text,
                        "type": "cross_fields",
                        "fields": TEXT_FIELDS,
                        "operator": "and",
                    }
                },
                *(
                    {"multi_match": {"query": phrase, "type": "phrase", "fields": TEXT_FIELDS}}
                    for phrase in phrases
                ),
            ]
        }
    }


def test_a_plain_query_searches_the_readers_language_within_two_seconds(engine, cluster):
    cluster.answer("POST", f"/{PREFIX}-publications-ar/_search", search_response([], 3))

    engine.search(SearchQuery(language="ar", text="الرقابة", with_facets=False))

    (request,) = cluster.made()
    assert request.path == f"/{PREFIX}-publications-ar/_search"
    assert request.request_timeout == 2
    assert request.body == {**base_body(text_query("الرقابة")), "highlight": HIGHLIGHT}


def test_a_quoted_phrase_becomes_a_phrase_clause(engine, cluster):
    cluster.answer("POST", f"/{PREFIX}-publications-he/_search", search_response([], 1))

    engine.search(
        SearchQuery(language="he", text='"פיקוח על פלטפורמות" דיגיטליות', with_facets=False)
    )

    (request,) = cluster.made()
    assert request.body["query"] == text_query(
        '"פיקוח על פלטפורמות" דיגיטליות', "פיקוח על פלטפורמות"
    )


def test_all_scope_searches_the_three_aliases(engine, cluster):
    aliases = f"{PREFIX}-publications-en,{PREFIX}-publications-ar,{PREFIX}-publications-he"
    cluster.answer("POST", f"/{aliases}/_search", search_response([], 2))

    engine.search(SearchQuery(language="en", text="surveillance", scope="all", with_facets=False))

    (request,) = cluster.made()
    assert request.path == f"/{aliases}/_search"
    assert request.body == {**base_body(text_query("surveillance")), "highlight": HIGHLIGHT}


def facet_agg(filter_clause, field):
    return {
        "filter": filter_clause,
        "aggs": {
            "values": {
                "terms": {"field": field, "size": 200},
                "aggs": {
                    "publications": {
                        "cardinality": {"field": "translation_key", "precision_threshold": 40000}
                    }
                },
            }
        },
    }


def test_filters_narrow_hits_and_each_facet_counts_under_the_other_filters(engine, cluster):
    no_facets = {facet: [] for facet in FACETS}
    cluster.answer("POST", f"/{PREFIX}-publications-en/_search", search_response([], 0, no_facets))
    query = SearchQuery(
        language="en",
        filters={"type": frozenset({"report", "toolkit"}), "year": frozenset({"2024"})},
        sort="newest",
        page=3,
    )

    engine.search(query)

    (request,) = cluster.made()
    types = {"terms": {"publication_type": ["report", "toolkit"]}}
    years = {"terms": {"year": ["2024"]}}
    both = {"bool": {"filter": [types, years]}}
    expected = base_body(
        {"match_all": {}},
        sort=[{"date": "desc"}, {"page_id": "asc"}],
        start=20,
        aggs_filter=both,
    )
    expected["post_filter"] = both
    expected["aggs"].update(
        {
            "facet_type": facet_agg({"bool": {"filter": [years]}}, "publication_type"),
            "facet_topic": facet_agg(both, "topic_keys"),
            "facet_available_in": facet_agg(both, "available_in"),
            "facet_year": facet_agg({"bool": {"filter": [types]}}, "year"),
            "facet_region": facet_agg(both, "regions"),
        }
    )
    assert request.body == expected


def test_oldest_sorts_by_date_ascending(engine, cluster):
    cluster.answer("POST", f"/{PREFIX}-publications-en/_search", search_response([], 0))
    engine.search(SearchQuery(language="en", sort="oldest", with_facets=False))
    assert cluster.made()[0].body["sort"] == [{"date": "asc"}, {"page_id": "asc"}]


def test_a_page_beyond_the_result_window_is_empty_but_counted(engine, cluster):
    cluster.answer("POST", f"/{PREFIX}-publications-en/_search", search_response([], 12_000))

    results = engine.search(
        SearchQuery(language="en", text="privacy", page=1001, with_facets=False)
    )

    (request,) = cluster.made()
    assert (request.body["from"], request.body["size"]) == (0, 0)
    assert "highlight" not in request.body
    assert (results.count, results.hits) == (12_000, [])


def test_results_are_read_into_hits_highlights_and_facet_counts(engine, cluster):
    source = {
        "page_id": 11,
        "translation_key": "platforms",
        "language": "ar",
        "available_in": ["ar", "he"],
    }
    cluster.answer(
        "POST",
        f"/{PREFIX}-publications-ar/_search",
        search_response(
            [
                raw_hit(
                    source,
                    score=7.5,
                    highlight={
                        "title": ["<mark>الرقابة</mark> على المنصات الرقمية"],
                        "attachment": ["ملحق عن <mark>الرقابة</mark>"],
                        "summary": ["تقرير عن <mark>الرقابة</mark> &amp; الحذف"],
                    },
                )
            ],
            1,
            facets={
                "type": [("report", 1)],
                "topic": [("privacy", 1), ("surveillance", 4), ("censorship", 4)],
                "available_in": [("ar", 1), ("he", 1)],
                "year": [("2024", 1)],
                "region": [],
            },
        ),
    )

    results = engine.search(SearchQuery(language="ar", text="الرقابة"))

    assert results.count == 1
    assert results.suggestion is None
    assert results.hits == [
        Hit(
            translation_key="platforms",
            page_id=11,
            language="ar",
            matched_page_id=11,
            matched_language="ar",
            score=7.5,
            highlight=Highlight("تقرير عن <mark>الرقابة</mark> &amp; الحذف", "summary"),
        )
    ]
    assert results.facets == {
        "type": [FacetCount("report", 1)],
        "topic": [
            FacetCount("censorship", 4),
            FacetCount("surveillance", 4),
            FacetCount("privacy", 1),
        ],
        "available_in": [FacetCount("ar", 1), FacetCount("he", 1)],
        "year": [FacetCount("2024", 1)],
        "region": [],
    }


def test_all_scope_shows_the_readers_language_version_of_a_publication_matched_in_another(
    engine, cluster
):
    aliases = f"{PREFIX}-publications-en,{PREFIX}-publications-ar,{PREFIX}-publications-he"
    hebrew_match = {
        "page_id": 12,
        "translation_key": "platforms",
        "language": "he",
        "available_in": ["ar", "he"],
    }
    english_only = {
        "page_id": 30,
        "translation_key": "spyware",
        "language": "en",
        "available_in": ["en"],
    }
    cluster.answer(
        "POST",
        f"/{aliases}/_search",
        search_response(
            [
                raw_hit(hebrew_match, 9.0, {"body": ["<mark>פלסטיני</mark> ברשתות"]}),
                raw_hit(english_only, 4.0),
            ],
            2,
        ),
    )
    cluster.answer(
        "POST",
        f"/{PREFIX}-publications-ar/_search",
        {"hits": {"hits": [raw_hit({"page_id": 11, "translation_key": "platforms"})]}},
    )

    results = engine.search(
        SearchQuery(language="ar", text="פלסטיני", scope="all", with_facets=False)
    )

    lookup = cluster.made(path=f"/{PREFIX}-publications-ar/_search")[0]
    assert lookup.request_timeout == 2
    assert lookup.body == {
        "query": {"bool": {"filter": [{"terms": {"translation_key": ["platforms"]}}]}},
        "_source": ["page_id", "translation_key"],
        "size": 1,
        "timeout": "1500ms",
    }
    assert results.hits == [
        Hit("platforms", 11, "ar", 12, "he", 9.0, Highlight("<mark>פלסטיני</mark> ברשתות", "body")),
        Hit("spyware", 30, "en", 30, "en", 4.0, None),
    ]


def test_a_query_finding_nothing_gets_a_respelling_from_the_index(engine, cluster):
    index = f"/{PREFIX}-publications-en/_search"
    cluster.answer("POST", index, search_response([], 0))
    cluster.answer(
        "POST",
        index,
        {
            "hits": {"hits": []},
            "suggest": {
                "spelling": [
                    {
                        "text": "survelance",
                        "offset": 0,
                        "length": 10,
                        "options": [{"text": "surveillance", "score": 0.8, "freq": 12}],
                    },
                    {"text": "cameras", "offset": 11, "length": 7, "options": []},
                ]
            },
        },
    )

    results = engine.search(
        SearchQuery(language="en", text="survelance cameras", with_facets=False)
    )

    assert results.suggestion == "surveillance cameras"
    spelling = cluster.made()[1]
    assert spelling.request_timeout == 2
    assert spelling.body == {
        "size": 0,
        "timeout": "1500ms",
        "suggest": {
            "text": "survelance cameras",
            "spelling": {"term": {"field": "spelling", "suggest_mode": "missing", "size": 1}},
        },
    }


def test_no_respelling_when_no_word_has_a_correction(engine, cluster):
    index = f"/{PREFIX}-publications-he/_search"
    cluster.answer("POST", index, search_response([], 0))
    cluster.answer(
        "POST",
        index,
        {"suggest": {"spelling": [{"text": "ספרייה", "offset": 0, "length": 6, "options": []}]}},
    )
    results = engine.search(SearchQuery(language="he", text="ספרייה", with_facets=False))
    assert results.suggestion is None


def test_an_unreachable_cluster_is_a_search_engine_error(engine, cluster):
    for _ in range(4):  # the first try and the client's retries
        cluster.fail(
            "POST", f"/{PREFIX}-publications-en/_search", TransportConnectionError("refused")
        )
    with pytest.raises(SearchEngineError, match="could not search"):
        engine.search(SearchQuery(language="en", text="privacy"))


# Suggestions


def test_suggest_completes_the_last_word_from_highlighted_words(engine, cluster):
    fields = ["title.autocomplete", "summary.autocomplete", "topic_names.autocomplete"]
    cluster.answer(
        "POST",
        f"/{PREFIX}-publications-ar/_search",
        {
            "hits": {
                "hits": [
                    {
                        "_id": "11",
                        "_score": 3.0,
                        "highlight": {
                            "title.autocomplete": ["<mark>الرَّقابة</mark> على <mark>الرقمية</mark>"],
                        },
                    },
                    {
                        "_id": "14",
                        "_score": 2.0,
                        "highlight": {
                            "summary.autocomplete": ["<mark>الرقمية</mark> و<mark>الرقابة</mark>"],
                            "topic_names.autocomplete": ["<mark>الرقابة</mark>"],
                        },
                    },
                    {
                        "_id": "15",
                        "_score": 1.0,
                        "highlight": {
                            "title.autocomplete": ["<mark>الرقمية</mark>"],
                        },
                    },
                ]
            }
        },
    )

    suggestions = engine.suggest("حقوق الر", "ar", limit=5)

    assert suggestions == ["حقوق الرقمية", "حقوق الرقابة"]
    (request,) = cluster.made()
    assert request.request_timeout == 2
    assert request.body == {
        "query": {"multi_match": {"query": "الر", "fields": fields}},
        "size": 100,
        "_source": False,
        "timeout": "1500ms",
        "highlight": {
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "number_of_fragments": 0,
            "fields": {field: {} for field in fields},
        },
    }


def test_suggest_without_a_word_asks_nothing(engine, cluster):
    assert engine.suggest("  ", "en") == []
    assert cluster.requests == []


# Status


def test_document_counts_and_indexed_page_ids(engine, cluster):
    for language, count in (("en", 5), ("ar", 3), ("he", 2)):
        cluster.answer("POST", f"/{PREFIX}-publications-{language}/_count", {"count": count})
    aliases = f"{PREFIX}-publications-en,{PREFIX}-publications-ar,{PREFIX}-publications-he"
    cluster.answer(
        "POST",
        f"/{aliases}/_search",
        {
            "_scroll_id": "scroll-1",
            "_shards": {"total": 3, "successful": 3},
            "hits": {"hits": [{"_id": "11"}, {"_id": "12"}]},
        },
    )
    cluster.answer(
        "POST",
        "/_search/scroll",
        {"_scroll_id": "scroll-1", "_shards": {"total": 3, "successful": 3}, "hits": {"hits": []}},
    )

    assert engine.document_counts() == {"en": 5, "ar": 3, "he": 2}
    assert engine.indexed_page_ids() == {11, 12}


# Against a real cluster


@pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="needs a cluster: set ELASTICSEARCH_URL to run against one",
)
class TestAgainstACluster:
    @pytest.fixture
    def live_engine(self, settings):
        settings.SEARCH_INDEX_PREFIX = f"hub-test-{uuid.uuid4().hex[:8]}"
        settings.SEARCH_REFRESH_ON_WRITE = True
        engine = ElasticsearchSearchEngine(Elasticsearch(os.environ["ELASTICSEARCH_URL"]))
        engine.install()
        yield engine
        # Wildcard deletes are refused by default (action.destructive_requires_name).
        created = engine.client.indices.get_alias(
            index=f"{settings.SEARCH_INDEX_PREFIX}-publications-*"
        )
        engine.client.indices.delete(index=",".join(created.body))

    documents = [
        document(
            1,
            "en",
            "Surveilled at the border",
            "Activists were surveilled and their phones searched.",
        ),
        document(2, "ar", "الرقابة على المنصات", "تتابع المنظمة حذف المحتوى على المنصات."),
        document(3, "he", "זכויות דיגיטליות לספרייה", "מדריך קצר לספרייה הציבורית."),
    ]

    def found(self, engine, language, text):
        results = engine.search(SearchQuery(language=language, text=text))
        return [hit.page_id for hit in results.hits]

    def test_each_language_finds_its_forms(self, live_engine):
        live_engine.index(self.documents)
        assert self.found(live_engine, "ar", "الرَّقَابَة") == [2]
        assert self.found(live_engine, "he", "ספרייה") == [3]
        assert self.found(live_engine, "en", "surveillance") == [1]
        assert live_engine.document_counts() == {"en": 1, "ar": 1, "he": 1}

    def test_rebuild_leaves_exactly_one_index_per_language(self, live_engine, settings):
        live_engine.rebuild(self.documents)
        live_engine.rebuild(self.documents)
        indices = live_engine.client.indices.get_alias(
            index=f"{settings.SEARCH_INDEX_PREFIX}-publications-*"
        )
        assert sorted(indices.body) == [
            f"{settings.SEARCH_INDEX_PREFIX}-publications-{language}-v3"
            for language in ("ar", "en", "he")
        ]
        assert live_engine.indexed_page_ids() == {1, 2, 3}
