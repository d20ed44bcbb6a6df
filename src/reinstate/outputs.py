"""Writing files for the user without ever damaging one.

Every file reinstate writes goes through `OutputSet`: each target is checked before any work
(its folder exists; it is new or a regular file, not a link, device, pipe or folder; it is
none of the inputs, not even through a hard link, and no other output of the same run), then
written to a temporary file in the same folder and renamed over the target only when every
output of the set is complete. A failure leaves no half-written file and no partial set.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType

from reinstate.errors import InputError


def _same_file(one: Path, other: Path) -> bool:
    if one.resolve() == other.resolve():
        return True
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def check_output(out: str | Path, inputs: Iterable[str | Path] = ()) -> Path:
    """`out` as a Path, after refusing anything but a new or regular file in an existing
    folder that is none of `inputs`."""
    target = Path(out)
    folder = target.parent
    if not folder.is_dir():
        raise InputError(f"the folder {folder} does not exist", path=str(target))
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISLNK(mode):
        raise InputError("is a symbolic link; give a new or regular file", path=str(target))
    if mode is not None and not stat.S_ISREG(mode):
        raise InputError(
            "is not a regular file (a folder, device or pipe); give a new file", path=str(target)
        )
    for source in map(Path, inputs):
        if _same_file(target, source):
            raise InputError(f"would overwrite the input {source}", path=str(target))
    return target


class OutputSet:
    """Several outputs written together: all of them, or none.

    with OutputSet(inputs=[original]) as outputs:
        temp = outputs.add(out)          # checked now, before any work
        write(temp)
    # renamed over `out` here, only if the block succeeded
    """

    def __init__(self, inputs: Iterable[str | Path] = ()) -> None:
        self.inputs = [Path(path) for path in inputs]
        self._pending: list[tuple[Path, Path]] = []

    def add(self, out: str | Path) -> Path:
        """Check `out` and return the temporary path to write it to (same suffix)."""
        target = check_output(out, self.inputs)
        for other, _temp in self._pending:
            if _same_file(target, other):
                raise InputError("is named twice as an output", path=str(target))
        handle, name = _temp_beside(target)
        os.close(handle)
        temp = Path(name)
        self._pending.append((target, temp))
        return temp

    def __enter__(self) -> OutputSet:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if kind is None:
            self._commit()
        self._discard()

    def _commit(self) -> None:
        for target, _temp in self._pending:
            check_output(target, self.inputs)  # nothing was put in its place meanwhile
        for target, temp in self._pending:
            os.replace(temp, target)
        self._pending.clear()

    def _discard(self) -> None:
        for _target, temp in self._pending:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
        self._pending.clear()


def _temp_beside(target: Path) -> tuple[int, str]:
    with writing_beside(target):
        return tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.stem}.", suffix=f".partial{target.suffix}"
        )


@contextlib.contextmanager
def writing_beside(target: Path) -> Iterator[None]:
    """Turn a failure to write in `target`'s folder into one sentence naming `target`."""
    try:
        yield
    except PermissionError:
        raise InputError(
            f"cannot write in the folder {target.parent} (permission denied)", path=str(target)
        ) from None
    except OSError as error:
        raise InputError(f"cannot be written ({error.strerror})", path=str(target)) from None


@contextlib.contextmanager
def writing(out: str | Path, inputs: Iterable[str | Path] = ()) -> Iterator[Path]:
    """One output written atomically: yields the temporary path to write to."""
    with OutputSet(inputs) as outputs:
        yield outputs.add(out)


def write_text(out: str | Path, text: str, inputs: Iterable[str | Path] = ()) -> Path:
    """Write `text` (UTF-8) to `out` atomically, refusing unsafe targets."""
    with writing(out, inputs) as temp:
        temp.write_text(text, encoding="utf-8")
    return Path(out)
