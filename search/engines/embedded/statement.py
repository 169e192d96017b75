"""The one statement a search of the embedded engines runs, and the reading of its rows: the
matching documents are scored once (a MATERIALIZED CTE) and the page of hits, the count and
the facet counts are read from them together."""

import json

from search.analysis import AnalysedQuery
from search.engines.base import FACETS, FacetCount, Highlight, Hit, SearchQuery
from search.engines.embedded.tables import HIGHLIGHT_SOURCES, MatchedSql, Tables, marks
from search.highlight import passage_from_offsets

ORDERS = {
    "relevance": "score DESC, date DESC, page_id",
    "newest": "date DESC, score DESC, page_id",
    "oldest": "date ASC, score DESC, page_id",
}


def effective_sort(query: SearchQuery, queries: dict[str, AnalysedQuery]) -> str:
    """Browsing (no words to score) sorts by date, whatever was asked."""
    if queries:
        return query.sort
    return "oldest" if query.sort == "oldest" else "newest"


def facet_pass(tables: Tables, codes: dict[tuple[str, str], int], query, facet) -> str:
    """Whether an entry passes the facet's filter, as an SQL expression."""
    chosen = [codes.get((facet, value)) for value in sorted(query.filter_values(facet))]
    chosen = [code for code in chosen if code is not None]
    if query.filter_values(facet) and not chosen:
        return "0"
    if not chosen:
        return "1"
    # Codes are integers from the database, not user text.
    return (
        f"CASE WHEN e.page_id IN (SELECT page_id FROM {tables.facet} "
        f"WHERE code IN ({', '.join(str(code) for code in chosen)})) "
        "THEN 1 ELSE 0 END"
    )


def codes_sql(facet_values, facet) -> str:
    codes = [str(code) for code, (name, _value) in facet_values.items() if name == facet]
    return ", ".join(codes) or "NULL"


def page_rows_sql(query: SearchQuery, order: str, all_pass: str) -> tuple[str, list]:
    if query.scope == "all":
        # The best-scoring version of each group stands for it (the reader's own on a tie).
        sql = (
            "SELECT page_id, translation_key, language, score, date FROM (SELECT m.page_id, "
            "m.translation_key, m.language, m.score, m.date, ROW_NUMBER() OVER "
            "(PARTITION BY m.group_id ORDER BY m.score DESC, CASE WHEN m.language = %s "
            f"THEN 0 ELSE 1 END, m.page_id) AS rank FROM matched m WHERE {all_pass}) ranked "
            f"WHERE rank = 1 ORDER BY {order} LIMIT %s OFFSET %s"
        )
        return sql, [query.language, query.page_size, query.offset]
    sql = (
        "SELECT page_id, translation_key, language, score, date FROM matched m "
        f"WHERE {all_pass} ORDER BY {order} LIMIT %s OFFSET %s"
    )
    return sql, [query.page_size, query.offset]


def search_statement(
    tables: Tables, matched_sql: MatchedSql, query: SearchQuery, facet_values, sort: str
) -> tuple[str, list]:
    """The statement and its parameters: rows of kind 0 are the page of hits, the one row of
    kind 1 the count, rows of kind 2 a facet code's count."""
    codes = {pair: code for code, pair in facet_values.items()}
    pass_columns = "".join(
        f", {facet_pass(tables, codes, query, facet)} AS pass_{facet}" for facet in FACETS
    )
    matched = (
        f"WITH matched AS MATERIALIZED (SELECT e.page_id, e.group_id, e.translation_key, "
        f"e.language, e.date, {matched_sql.score} AS score{pass_columns} "
        f"FROM {matched_sql.source})"
    )
    params = [*matched_sql.score_params, *matched_sql.source_params]
    all_pass = " AND ".join(f"m.pass_{facet} = 1" for facet in FACETS)
    # One version per group in the reader's language scope: plain counts will do.
    counted = "COUNT(DISTINCT m.group_id)" if query.scope == "all" else "COUNT(*)"
    page_rows, page_params = page_rows_sql(query, ORDERS[sort], all_pass)
    params += page_params
    parts = [
        "SELECT 0 AS kind, page_id, translation_key, language, score, date, 0 AS n "
        f"FROM ({page_rows}) page_rows",
        f"SELECT 1, 0, NULL, NULL, NULL, NULL, {counted} FROM matched m WHERE {all_pass}",
    ]
    if query.with_facets:
        other_pass = " AND ".join(
            f"(m.pass_{facet} = 1 OR f.code IN ({codes_sql(facet_values, facet)}))"
            for facet in FACETS
        )
        # CROSS JOIN keeps SQLite from scanning every facet row and probing the matches:
        # the matches drive, each looks up its few codes (PostgreSQL plans it as a join).
        parts.append(
            f"SELECT 2, f.code, NULL, NULL, NULL, NULL, {counted} FROM matched m "
            f"CROSS JOIN {tables.facet} f WHERE f.page_id = m.page_id AND {other_pass} "
            "GROUP BY f.code"
        )
    return f"{matched} " + " UNION ALL ".join(parts), params


def read_statement_rows(statement_rows, facet_values, sort: str):
    """The page's rows (page_id, key, language, score, date) in order, the count, and each
    facet's counts."""
    rows, count, facets = [], 0, {facet: [] for facet in FACETS}
    for kind, page_id, key, language, score, date, number in statement_rows:
        if kind == 0:
            rows.append((page_id, key, language, score, str(date)))
        elif kind == 1:
            count = number
        elif page_id in facet_values:
            facet, value = facet_values[page_id]
            facets[facet].append(FacetCount(value, number))
    for facet, counts in facets.items():
        if facet == "year":
            counts.sort(key=lambda item: item.value, reverse=True)
        else:
            counts.sort(key=lambda item: (-item.count, item.value))
    # UNION ALL does not promise to keep the page's order: sort it again, by the same keys.
    rows.sort(key=lambda row: row[0])
    rows.sort(key=lambda row: row[4], reverse=sort != "oldest")
    if sort == "relevance":
        rows.sort(key=lambda row: -(row[3] or 0))
    return rows, count, facets


def hits(cursor, tables, query, queries, rows) -> list[Hit]:
    if not rows:
        return []
    keys = [row[1] for row in rows]
    cursor.execute(
        f"SELECT translation_key, page_id FROM {tables.entry} "
        f"WHERE language = %s AND translation_key IN ({marks(keys)})",
        [query.language, *keys],
    )
    shown = dict(cursor.fetchall())
    found = {}
    if query.with_highlights and queries:
        found = highlights(cursor, tables, queries, rows)
    return [
        Hit(
            translation_key=key,
            page_id=shown.get(key, page_id),
            language=query.language if key in shown else language,
            matched_page_id=page_id,
            matched_language=language,
            score=float(score or 0),
            highlight=found.get(page_id),
        )
        for page_id, key, language, score, _date in rows
    ]


def highlights(cursor, tables, queries, rows) -> dict[int, Highlight]:
    """Passages from the matched version's fields, in HIGHLIGHT_SOURCES order. Where each
    term first occurs was recorded at indexing, so only the passage itself is analysed; the
    long attachment is read only for pages whose match is there."""
    languages = {row[0]: row[2] for row in rows}
    cursor.execute(
        f"SELECT page_id, offsets FROM {tables.stored} WHERE page_id IN ({marks(languages)})",
        list(languages),
    )
    sources = {}
    for page_id, offsets in cursor.fetchall():
        terms = queries[languages[page_id]].terms
        offsets = json.loads(offsets)
        for source in HIGHLIGHT_SOURCES:
            first_offsets = offsets.get(source, {})
            if not terms.isdisjoint(first_offsets):
                sources[page_id] = (source, first_offsets)
                break
    found = {}
    for source in HIGHLIGHT_SOURCES:
        wanted = [page_id for page_id, (name, _offsets) in sources.items() if name == source]
        if not wanted:
            continue
        cursor.execute(
            f"SELECT page_id, {source} FROM {tables.stored} WHERE page_id IN ({marks(wanted)})",
            wanted,
        )
        for page_id, text in cursor.fetchall():
            language = languages[page_id]
            html = passage_from_offsets(
                text, language, queries[language].terms, sources[page_id][1]
            )
            if html:
                found[page_id] = Highlight(html, source)
    return found
