"""`package`: read, check, and write every output of an appeal at once, or nothing.

Everything is written into a temporary folder beside OUT and renamed into place at the
end, so OUT is never half-written; an earlier package in OUT is replaced whole. OUT may
not be, hold, or sit inside an input.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from reinstate.errors import InputError, ReinstateError
from reinstate.evidence import highlight
from reinstate.packaging._convert import max_file_bytes
from reinstate.packaging._docx import write_docx
from reinstate.packaging._email import email_bytes
from reinstate.packaging._manifest import build_manifest
from reinstate.packaging._model import Appeal, Packaged
from reinstate.packaging._pdf import write_packet
from reinstate.packaging._plain import seller_central_text
from reinstate.packaging._prepare import Progress, prepare

EXHIBITS_DIR = "exhibits"
MANIFEST = "manifest.json"
HIGHLIGHTED_KINDS = ("invoice", "utility-bill")  # the kinds with fields worth framing
UNFRAMED_KINDS = ("photo",)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_out(out: Path, inputs: list[Path], exhibits: Path | None) -> None:
    """Refuse an output folder that would overwrite or swallow an input."""
    target = out.resolve()
    for given in inputs:
        if _inside(given.resolve(), target):
            raise InputError(f"the output folder would overwrite the input {given}", path=str(out))
    if exhibits is not None and _inside(target, exhibits.resolve()):
        raise InputError("the output folder is inside the exhibits folder", path=str(out))
    if target.is_file():
        raise InputError("is a file, not a folder", path=str(out))
    if target.is_dir() and any(target.iterdir()) and not (target / MANIFEST).is_file():
        raise InputError(
            "is a folder that `reinstate package` did not write",
            path=str(out),
            hint="Give a new or empty folder.",
        )
    if not target.parent.is_dir():
        raise InputError("the folder to write into does not exist", path=str(out.parent))


def _frame(appeal: Appeal, folder: Path, step: Callable[[str], None]) -> None:
    """The sent files, highlighted where there is something to frame, into `folder`."""
    folder.mkdir()
    asins = list(appeal.notice.asins)
    for exhibit in appeal.sent_exhibits:
        assert exhibit.file is not None
        target = folder / exhibit.file.name
        step(f"Highlighting {exhibit.file.name}")
        if exhibit.kind not in UNFRAMED_KINDS:
            try:
                auto = exhibit.kind in HIGHLIGHTED_KINDS
                exhibit.marks = tuple(highlight(exhibit.file, target, auto=auto, asins=asins))
            except ReinstateError:
                exhibit.marks = ()
        if not target.is_file() or target.stat().st_size > max_file_bytes():
            shutil.copyfile(exhibit.file, target)
            exhibit.marks = ()
        exhibit.file = target


def _write(appeal: Appeal, root: Path, forced: bool, step: Callable[[str], None]) -> list[Path]:
    """Every output into `root`; the manifest last."""
    outputs = [root / "seller-central.txt", root / "plan-of-action.eml"]
    outputs[0].write_text(seller_central_text(appeal, forced=forced), encoding="utf-8")
    outputs[1].write_bytes(email_bytes(appeal))
    step("Laying out packet.pdf")
    outputs.append(root / "packet.pdf")
    write_packet(appeal, outputs[-1])
    outputs.append(root / "plan-of-action.docx")
    write_docx(appeal, outputs[-1])
    manifest = build_manifest(appeal, root, outputs, forced)
    (root / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return [*outputs, root / MANIFEST]


def _swap(stage: Path, out: Path) -> None:
    """Put `stage` where `out` is, replacing an earlier package whole."""
    if out.exists():
        old = out.with_name(f".{out.name}.old-{uuid.uuid4().hex[:8]}")
        out.rename(old)
        stage.rename(out)
        shutil.rmtree(old)
    else:
        stage.rename(out)


def package(
    poa: str | Path,
    notice: str | Path,
    out: str | Path,
    exhibits: str | Path | None = None,
    account: str | Path | None = None,
    force: bool = False,
    progress: Progress | None = None,
    metrics: str | Path | None = None,
) -> Packaged:
    """Package the appeal into `out`, unless the gate finds errors and `force` is off
    (then nothing is written and ``Packaged.written`` is False)."""
    out = Path(out)
    step = progress or (lambda _step: None)
    given = (poa, notice, exhibits, account, metrics)
    inputs = [Path(p) for p in given if p is not None and p != "-"]
    check_out(out, inputs, Path(exhibits) if exhibits is not None else None)
    try:
        stage = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.resolve().parent))
    except OSError as error:
        raise InputError(f"cannot be written ({error.strerror})", path=str(out.parent)) from None
    stage.chmod(0o755)  # mkdtemp makes it private; the package is an ordinary folder
    try:
        appeal = prepare(poa, notice, exhibits, account, stage / ".work", step, metrics)
        if appeal.errors and not force:
            return Packaged(appeal, out, written=False, forced=False)
        _frame(appeal, stage / EXHIBITS_DIR, step)
        written = _write(appeal, stage, force, step)
        shutil.rmtree(stage / ".work")
        manifest = json.loads((stage / MANIFEST).read_text(encoding="utf-8"))
        _swap(stage, out)
        for exhibit in appeal.sent_exhibits:
            assert exhibit.file is not None
            exhibit.file = out / EXHIBITS_DIR / exhibit.file.name
        outputs = {path.name: out / path.name for path in written}
        return Packaged(appeal, out, True, force, outputs, manifest)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
