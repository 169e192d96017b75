from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "hub.resources"
    label = "resources"
    verbose_name = "Publications"
