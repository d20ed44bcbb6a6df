"""`reinstate notice`: the command line over read_notice."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from reinstate.cli import cli

from ._paths import CORPUS

NOTICE = CORPUS / "01-deactivation-inauthentic.txt"


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["notice", *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_the_json_output_is_the_golden_shape() -> None:
    code, out, _ = run(str(NOTICE), "--format", "json")
    assert code == 0
    assert json.loads(out) == json.loads(NOTICE.with_suffix(".json").read_text("utf-8"))


def test_the_text_output_tells_a_person_what_to_answer_and_by_when() -> None:
    code, out, _ = run(str(NOTICE), "--received", "2026-11-03")
    assert code == 0
    assert "Message type: deactivation" in out
    assert "Deadline: 90 days, due 2027-02-01" in out
    assert "I1 inauthentic [B07QWERTY1, B08ZXCVBN2]" in out
    assert "invoice (last 365 days)" in out


def test_the_text_output_asks_for_the_received_date_when_it_is_unknown() -> None:
    _, out, _ = run(str(NOTICE))
    assert "give --received to get the due date" in out


def test_a_notice_in_an_unsupported_language_is_flagged_clearly() -> None:
    dutch = (
        "Hallo,\n\nWij hebben uw verkopersaccount gedeactiveerd omdat het niet voldoet aan "
        "het beleid. Stuur ons een plan en de facturen van uw leverancier. Wij hebben het "
        "account van uw bedrijf met de gegevens van uw leverancier vergeleken.\n"
    )
    _, out, _ = run("-", stdin=dutch)
    assert "Language: Dutch" in out
    assert "likely incomplete" in out


def test_a_portuguese_notice_is_read_through_the_glossary() -> None:
    _, out, _ = run(str(CORPUS / "53-portuguese-unsupported.txt"))
    assert "Language: Portuguese" in out
    assert "likely incomplete" not in out


def test_standard_input_is_read_with_a_dash() -> None:
    code, out, _ = run(
        "-", "--format", "json", stdin="We have deactivated your Amazon selling account."
    )
    assert code == 0
    assert json.loads(out)["message_type"] == "deactivation"


def test_a_missing_file_exits_2_with_a_sentence(tmp_path: Path) -> None:
    code, _, err = run(str(tmp_path / "missing.txt"))
    assert code == 2
    assert "missing.txt: no such file." in err


def test_an_empty_file_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("")
    code, _, err = run(str(path))
    assert code == 2
    assert "is empty" in err


def test_a_bad_received_date_exits_2_naming_the_option() -> None:
    code, _, err = run(str(NOTICE), "--received", "3/11/2026")
    assert code == 2
    assert 'field "--received"' in err
    assert "YYYY-MM-DD" in err


def test_the_help_shows_an_example() -> None:
    code, out, _ = run("--help")
    assert code == 0
    assert "reinstate notice notice.txt" in out


def test_reinstate_rules_lists_every_notice_rule_without_a_severity() -> None:
    from reinstate.notice import notice_rules

    result = CliRunner().invoke(cli, ["rules", "--format", "json"])
    rows = {row["id"]: row for row in json.loads(result.stdout) if row["checker"] == "notice"}
    assert set(rows) == {rule.id for rule in notice_rules()}
    assert rows["notice.violation.inauthentic"]["severity"] is None
    assert rows["notice.document.invoice"]["match"]
    text = CliRunner().invoke(cli, ["rules"]).stdout
    assert "notice.deadline" in text
