"""The templates' environment: Jinja2 (compiled to Python, several times faster than Django's
own engine on the dashboard's and the case page's loops; benchmarks/bench_web.py), with
Django's URL reversing, static files and the date and number filters the pages use.

Autoescaping is on for every template (Django's Jinja2 backend), and Django's safe strings
(a form field's HTML) keep their markup. An undefined name renders as nothing, as it did
with Django's engine, and so does an attribute of one (`ChainableUndefined`).
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from django.template import defaultfilters
from django.templatetags.static import static
from django.urls import reverse
from jinja2 import ChainableUndefined, Environment

from reinstate.web import filters


@functools.lru_cache(maxsize=4096)
def _date(value: dt.date, format_string: str) -> str:
    return str(defaultfilters.date(value, format_string))


def date(value: Any, format_string: str | None = None) -> str:
    """Django's `date` filter, remembered per date and format: a page of cases shows the
    same few deadlines again and again, and Django's formatting (with its translation
    look-ups) was a third of the dashboard's template time. The time zone is fixed (UTC,
    settings), so a date and a format always give the same text."""
    if isinstance(value, dt.date) and format_string is not None:
        return _date(value, format_string)
    return str(defaultfilters.date(value, format_string))


def url(name: str, *args: Any) -> str:
    """The path of the view named `name` (``{{ url('case', case.pk) }}``)."""
    return reverse(name, args=args)


FILTERS = {
    "date": date,
    "pluralize": defaultfilters.pluralize,
    "floatformat": defaultfilters.floatformat,
    "filesizeformat": defaultfilters.filesizeformat,
    "percent": filters.percent,
    "urgency": filters.urgency,
    "countdown": filters.countdown,
    "state_label": filters.state_label,
    "slug_label": filters.slug_label,
    "metric_items": filters.metric_items,
    "metric_label": filters.metric_label,
    "top": filters.top,
    "get_item": filters.get_item,
    "unbullet": filters.unbullet,
}


def environment(**options: Any) -> Environment:
    options["undefined"] = ChainableUndefined  # Django sets jinja2.Undefined by default
    env = Environment(**options)
    env.globals.update(url=url, static=static)
    env.filters.update(FILTERS)
    return env
