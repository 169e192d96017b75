"""The benchmarks, a dev-only app (installed by the dev and test settings, like the demo): it
builds a site of its own and measures the whole hub, so it may import every part of it.

`manage.py search_benchmark`: a deterministic corpus of real publication pages in English,
Arabic and Hebrew (`plan`, `words`, `corpus`), indexed as a publish indexes (`indexing`) and
queried with a fixed mix per language (`queries`). `manage.py serve_benchmark`: requests per
second a running server answers (`serving`)."""
