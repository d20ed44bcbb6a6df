"""German, French, Spanish and Italian notices read through the glossary (data/glossary.toml).

The notices below were written for these tests in the wording of each marketplace, with
none of the foreign phrases the other data files list where that could be helped: they
show that the glossary, not a phrase list of the language, reads them.
"""

from __future__ import annotations

import pytest

from reinstate.errors import ConfigError
from reinstate.notice import parse_notice
from reinstate.notice._gloss import GLOSSED, _problem, all_entries, gloss


def _reading(text: str) -> dict[str, object]:
    notice = parse_notice(text)
    return {
        "language": notice.language,
        "type": notice.message_type,
        "violations": sorted(notice.violation_kinds),
        "days": notice.deadline.days if notice.deadline else None,
        "documents": sorted({document.kind for document in notice.documents}),
        "asins": list(notice.asins),
    }


@pytest.mark.parametrize("entry", all_entries(), ids=lambda entry: f"{entry.lang}-{entry.number}")
def test_every_glossary_entry_turns_its_example_into_english_that_reads_as_it_says(entry) -> None:
    assert entry.pattern.search(entry.example), "the example must use the foreign wording"
    english = gloss(entry.example, entry.lang)
    assert english != entry.example
    if not entry.means:
        return
    what, _, value = entry.means.partition(":")
    notice = parse_notice(english)
    if what == "type":
        assert notice.message_type == value, english
    elif what == "violation":
        assert value in notice.violation_kinds, english
    elif what == "document":
        assert value in {document.kind for document in notice.documents}, english
    else:
        assert notice.deadline is not None, english
        assert notice.deadline.days == int(value), english


def test_every_language_of_the_glossary_has_entries_with_a_reason() -> None:
    for lang in GLOSSED:
        entries = [entry for entry in all_entries() if entry.lang == lang]
        assert len(entries) >= 40, lang
        assert all(entry.reason.strip() for entry in entries)


def test_a_glossary_entry_without_a_reason_or_with_an_unknown_language_is_refused() -> None:
    good = {
        "lang": "de",
        "foreign": "x",
        "english": "y",
        "means": "",
        "reason": "r",
        "example": "x",
    }
    assert _problem(good) is None
    assert "reason" in str(_problem({**good, "reason": " "}))
    assert "language" in str(_problem({**good, "lang": "nl"}))
    assert "lacks" in str(_problem({k: v for k, v in good.items() if k != "example"}))
    assert "means" in str(_problem({**good, "means": "colour:red"}))


def test_a_bad_foreign_phrase_is_a_config_error_naming_the_entry() -> None:
    from reinstate.notice._gloss import _compiled

    with pytest.raises(ConfigError, match="entry 7"):
        _compiled({"lang": "de", "foreign": "(unclosed", "english": "x"}, 7)


def test_identifiers_never_change_in_the_english_reading() -> None:
    text = "Wir haben Ihre Angebote entfernt: B0GLOSSDE1, 302-1234567-1234567, SKU: Rechnung-1"
    english = gloss(text, "de")
    for token in ("B0GLOSSDE1", "302-1234567-1234567"):
        assert token in english


def test_english_and_unglossed_languages_are_left_as_they_are() -> None:
    text = "Wir haben Ihr Verkäuferkonto gesperrt."
    assert gloss(text, "en") == text
    assert gloss(text, "nl") == text


# ─────────────────────────────── German ───────────────────────────────

DE_DEACTIVATION = """Hallo,

wir haben Ihr Verkäuferkonto vorübergehend gesperrt, da uns Käufer Fälschungen gemeldet
haben, die sie bei Ihnen gekauft haben.

Betroffene ASINs: B0GLDE0001, B0GLDE0002

Was muss ich tun?
Senden Sie uns innerhalb von 17 Tagen einen Maßnahmenplan und laden Sie Rechnungen Ihres
Großhändlers aus den letzten 365 Tagen hoch.

Amazon.de
"""

DE_LISTING = """Guten Tag,

die folgenden Produktseiten wurden von uns gesperrt, weil der Rechteinhaber eine
Markenrechtsverletzung gemeldet hat.

ASIN: B0GLDE0003

Falls Sie der Meinung sind, dass dies ein Irrtum ist, laden Sie ein Autorisierungsschreiben
des Markeninhabers hoch.
"""

DE_DENIAL = """Guten Tag,

vielen Dank für Ihre Nachricht. Nach Prüfung bleibt Ihr Verkäuferkonto deaktiviert, da der
Maßnahmenplan die Ursache der Auftragsmängelquote nicht erklärt.
"""

DE_WARNING = """Hallo,

Ihre Stornoquote liegt bei 4 %. Wenn sie nicht sinkt, kann dies zu einer Deaktivierung
Ihres Kontos führen. Sie müssen im Moment nichts weiter tun.
"""


def test_a_german_deactivation_for_fakes_reads_its_type_violation_deadline_and_documents() -> None:
    assert _reading(DE_DEACTIVATION) == {
        "language": "de",
        "type": "deactivation",
        "violations": ["inauthentic"],
        "days": 17,
        "documents": ["invoice", "plan-of-action"],
        "asins": ["B0GLDE0001", "B0GLDE0002"],
    }


def test_a_german_listing_removal_for_a_trademark_asks_for_a_letter_of_authorization() -> None:
    reading = _reading(DE_LISTING)
    assert (reading["type"], reading["violations"]) == ("listing-removal", ["ip-trademark"])
    assert reading["documents"] == ["letter-of-authorization"]


def test_a_german_appeal_that_leaves_the_account_deactivated_is_a_denial_for_the_odr() -> None:
    reading = _reading(DE_DENIAL)
    assert (reading["type"], reading["violations"]) == ("appeal-denied", ["order-defect-rate"])


def test_a_german_cancellation_rate_warning_is_a_warning() -> None:
    reading = _reading(DE_WARNING)
    assert (reading["type"], reading["violations"]) == ("warning", ["cancellation-rate"])


# ─────────────────────────────── French ───────────────────────────────

FR_DEACTIVATION = """Bonjour,

Nous avons bloqué votre compte vendeur car il est lié à un autre compte vendeur qui n'est
pas autorisé à vendre sur Amazon.fr.

Pour faire appel, transmettez-nous sous 17 jours un plan d'action ainsi qu'une pièce
d'identité et un relevé bancaire.
"""

FR_LISTING = """Bonjour,

Nous avons masqué votre fiche produit en raison de problèmes de sécurité signalés par des
clients (surchauffe du chargeur).

ASIN : B0GLFR0001

Veuillez fournir un rapport d'essai et une déclaration de conformité.
"""

FR_REINSTATED = """Bonjour,

Merci pour les informations fournies. Votre compte vendeur a été réactivé et vous pouvez
de nouveau vendre sur Amazon.fr.
"""


def test_a_french_deactivation_for_a_related_account_reads_documents_and_deadline() -> None:
    assert _reading(FR_DEACTIVATION) == {
        "language": "fr",
        "type": "deactivation",
        "violations": ["related-account"],
        "days": 17,
        "documents": ["bank-statement", "identity-document", "plan-of-action"],
        "asins": [],
    }


def test_a_french_listing_removal_for_safety_asks_for_test_report_and_conformity() -> None:
    reading = _reading(FR_LISTING)
    assert (reading["type"], reading["violations"]) == ("listing-removal", ["product-safety"])
    assert reading["documents"] == ["certificate-of-compliance", "safety-test-report"]


def test_a_french_reactivation_is_a_reinstatement() -> None:
    assert _reading(FR_REINSTATED)["type"] == "reinstated"


# ─────────────────────────────── Spanish ───────────────────────────────

ES_DEACTIVATION = """Hola:

Hemos desactivado tu cuenta de vendedor porque varios clientes recibieron artículos usados
vendidos como nuevos.

ASIN afectados: B0GLES0001, B0GLES0002

Si no nos envías un plan de acción en un plazo de 17 días, no podrás seguir vendiendo en
Amazon.es. Adjunta también las facturas de tu proveedor.
"""

ES_MORE_INFO = """Hola:

Gracias por tu mensaje. Necesitamos información adicional antes de reactivar tu cuenta:
una explicación de la causa de la tasa de envíos con retraso y las medidas que has tomado.
"""

ES_REVIEW = """Hola:

Estamos revisando tu cuenta de vendedor. Para continuar, necesitamos verificar tu identidad:
sube tu documento de identidad y un extracto bancario de los últimos 180 días.
"""


def test_a_spanish_deactivation_for_used_sold_as_new_reads_deadline_and_invoices() -> None:
    assert _reading(ES_DEACTIVATION) == {
        "language": "es",
        "type": "deactivation",
        "violations": ["condition-used-sold-as-new"],
        "days": 17,
        "documents": ["invoice", "plan-of-action"],
        "asins": ["B0GLES0001", "B0GLES0002"],
    }


def test_a_spanish_request_for_more_information_about_late_shipment() -> None:
    reading = _reading(ES_MORE_INFO)
    assert (reading["type"], reading["violations"]) == ("appeal-more-info", ["late-shipment-rate"])


def test_a_spanish_account_review_asks_for_identity_documents() -> None:
    reading = _reading(ES_REVIEW)
    assert reading["type"] == "account-review"
    assert reading["violations"] == ["verification"]
    assert reading["documents"] == ["bank-statement", "identity-document"]


# ─────────────────────────────── Italian ───────────────────────────────

IT_DEACTIVATION = """Gentile venditore,

abbiamo bloccato il tuo account venditore per una manipolazione delle recensioni dei clienti:
hai offerto buoni sconto in cambio di recensioni positive.

Per riattivare l'account, inviaci un piano d'azione entro 17 giorni.
"""

IT_LISTING = """Gentile venditore,

le tue inserzioni per i seguenti ASIN sono state rimosse per una violazione di brevetto
segnalata dal titolare dei diritti.

ASIN: B0GLIT0001

Fornisci un contratto di licenza oppure una ritrattazione del reclamo.
"""

IT_DENIED = """Gentile venditore,

abbiamo esaminato il tuo ricorso. Il tuo ricorso è stato respinto e non possiamo
riattivare il tuo account, che era stato disattivato per il tasso di ordini difettosi.
"""


def test_an_italian_deactivation_for_review_manipulation_reads_its_deadline() -> None:
    assert _reading(IT_DEACTIVATION) == {
        "language": "it",
        "type": "deactivation",
        "violations": ["review-manipulation"],
        "days": 17,
        "documents": ["plan-of-action"],
        "asins": [],
    }


def test_an_italian_listing_removal_for_a_patent_asks_for_licence_or_retraction() -> None:
    reading = _reading(IT_LISTING)
    assert (reading["type"], reading["violations"]) == ("listing-removal", ["ip-patent"])
    assert reading["documents"] == ["license-agreement", "retraction"]


def test_an_italian_denied_appeal_names_the_order_defect_rate() -> None:
    reading = _reading(IT_DENIED)
    assert (reading["type"], reading["violations"]) == ("appeal-denied", ["order-defect-rate"])
