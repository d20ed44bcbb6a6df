"""Bad input: a sentence naming the file and what is wrong, exit 2, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reinstate.cli import cli
from tests.packaging.helpers import args, make_case


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_case(tmp_path_factory.mktemp("bad"))


def run(arguments: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(cli, arguments)
    return result.exit_code, result.stderr


def with_option(arguments: list[str], option: str, value: str) -> list[str]:
    copy = list(arguments)
    copy[copy.index(option) + 1] = value
    return copy


def test_a_missing_plan_is_named(case: dict[str, Path], tmp_path: Path) -> None:
    code, err = run(with_option(args(case, tmp_path / "out"), "--poa", str(tmp_path / "no.md")))
    assert code == 2
    assert f"Error: {tmp_path / 'no.md'}: no such file." in err
    assert not (tmp_path / "out").exists()


def test_an_unreadable_notice_is_named(case: dict[str, Path], tmp_path: Path) -> None:
    notice = tmp_path / "notice.json"
    notice.write_text('{"version": 1, "message_type": ')
    code, err = run(with_option(args(case, tmp_path / "out"), "--notice", str(notice)))
    assert code == 2
    assert f"{notice}, line 1, column 32: looks like JSON but is not valid" in err


def test_a_broken_account_file_is_named(case: dict[str, Path], tmp_path: Path) -> None:
    account = tmp_path / "account.toml"
    account.write_text("name = ")
    code, err = run(with_option(args(case, tmp_path / "out"), "--account", str(account)))
    assert code == 2
    assert f"{account}: is not valid TOML" in err


def test_an_exhibits_path_that_is_not_a_folder_is_named(
    case: dict[str, Path], tmp_path: Path
) -> None:
    code, err = run(with_option(args(case, tmp_path / "out"), "--exhibits", str(case["poa"])))
    assert code == 2
    assert "is not a folder of exhibits" in err


@pytest.mark.parametrize("target", ["case", "exhibits", "poa"])
def test_the_output_may_not_overwrite_or_sit_inside_an_input(
    case: dict[str, Path], target: str
) -> None:
    out = {
        "case": case["poa"].parent,
        "exhibits": case["exhibits"] / "appeal",
        "poa": case["poa"],
    }[target]
    code, err = run(args(case, out))
    assert code == 2
    assert "Error:" in err
    assert case["poa"].is_file()


def test_a_folder_that_package_did_not_write_is_not_replaced(
    case: dict[str, Path], tmp_path: Path
) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep")
    code, err = run(args(case, tmp_path / "mine"))
    assert code == 2
    assert "is a folder that `reinstate package` did not write" in err
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep"


def test_an_empty_plan_is_refused(case: dict[str, Path], tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("\n\n")
    code, err = run(with_option(args(case, tmp_path / "out"), "--poa", str(empty)))
    assert code == 2
    assert f"{empty}: has no text in it." in err
