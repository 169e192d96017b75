from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Public search"

    def ready(self):
        from hub.core.health import register_health_check
        from search import receivers
        from search.health import engine_health, outbox_health

        receivers.connect()
        register_health_check("search", engine_health)
        register_health_check("search_outbox", outbox_health, needs_database=True)
