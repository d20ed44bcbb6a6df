from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "reinstate.web"
    label = "web"
    verbose_name = "reinstate workbench"

    def ready(self) -> None:
        from reinstate.web import checks  # noqa: F401  (registers the system checks)
