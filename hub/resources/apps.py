from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "hub.resources"
    label = "resources"
    verbose_name = "Publications"

    def ready(self):
        from hub.resources import file_access

        file_access.connect()
