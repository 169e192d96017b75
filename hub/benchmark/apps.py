from django.apps import AppConfig


class BenchmarkConfig(AppConfig):
    name = "hub.benchmark"
    label = "benchmark"
    verbose_name = "Benchmarks"
