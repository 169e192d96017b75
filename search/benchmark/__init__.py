"""`manage.py search_benchmark`: a deterministic corpus of real publication pages in English,
Arabic and Hebrew (`plan`, `words`, `corpus`), indexed as a publish indexes (`indexing`) and
queried with a fixed mix per language (`queries`)."""
