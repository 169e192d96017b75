from django.db import DatabaseError, connection

from search.engines.base import SearchEngine


class PostgresSearchEngine(SearchEngine):
    """PostgreSQL full-text search in the site's own database."""

    name = "postgres-fts"

    def health(self) -> dict:
        try:
            with connection.cursor() as cursor:
                # Arabic analysis relies on PostgreSQL's own `arabic` configuration.
                cursor.execute("SELECT count(*) FROM pg_ts_config WHERE cfgname = 'arabic'")
                (arabic_configurations,) = cursor.fetchone()
        except DatabaseError:
            return {"engine": self.name, "status": "unavailable"}
        if not arabic_configurations:
            return {"engine": self.name, "status": "unavailable", "reason": "no arabic config"}
        return {"engine": self.name, "status": "ok"}
