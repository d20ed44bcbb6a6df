"""Packaging the appeal: the files a seller sends Amazon, made from a checked plan.

    >>> from reinstate.packaging import package
    >>> result = package("poa.md", "notice.txt", "appeal/", exhibits="evidence/")  # doctest: +SKIP
    >>> result.written, result.appeal.verdict  # doctest: +SKIP
    (True, 'ready')

``package`` reviews the plan (``reinstate.review``) and checks every exhibit as it will be
sent (``reinstate.evidence``); while either finds errors it writes nothing unless forced.
It writes ``seller-central.txt``, ``plan-of-action.eml``, ``packet.pdf``,
``plan-of-action.docx``, ``manifest.json`` and the highlighted ``exhibits/``, all at once.
Pure: no CLI, no Django. See docs/packaging.md.
"""

from reinstate.packaging._email import build_email
from reinstate.packaging._manifest import VERSION, build_manifest, file_facts
from reinstate.packaging._markdown import Block, Span, parse
from reinstate.packaging._model import MIME_TYPES, Appeal, Exhibit, GateFinding, Packaged
from reinstate.packaging._package import EXHIBITS_DIR, MANIFEST, package
from reinstate.packaging._plain import (
    Form,
    appeal_text,
    choose_form,
    plain_text,
    seller_central_text,
)
from reinstate.packaging._prepare import prepare

__all__ = [
    "EXHIBITS_DIR",
    "MANIFEST",
    "MIME_TYPES",
    "VERSION",
    "Appeal",
    "Block",
    "Exhibit",
    "Form",
    "GateFinding",
    "Packaged",
    "Span",
    "appeal_text",
    "build_email",
    "build_manifest",
    "choose_form",
    "file_facts",
    "package",
    "parse",
    "plain_text",
    "prepare",
    "seller_central_text",
]
