"""The WSGI application `reinstate serve` runs (with waitress)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reinstate.web.settings")
application = get_wsgi_application()
