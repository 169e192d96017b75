from django.db import DatabaseError, connection

from search.engines.base import SearchEngine


class SqliteSearchEngine(SearchEngine):
    """The embedded default: SQLite's FTS5, in the site's own database file."""

    name = "sqlite-fts5"

    def health(self) -> dict:
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')")
                (fts5_available,) = cursor.fetchone()
        except DatabaseError:
            return {"engine": self.name, "status": "unavailable"}
        if not fts5_available:
            return {"engine": self.name, "status": "unavailable", "reason": "no FTS5"}
        return {"engine": self.name, "status": "ok"}
