"""Exhibits: how a POA cites its evidence, and which file in the evidence folder answers.

A citation is a label ("Exhibit 3", "Attachment B", "Annex 2", "Exhibits 1-3") or a full
file name ("invoice_2024.pdf"). A file answers a label when its name begins with the label,
case and separators aside ("Exhibit 3 - supplier invoice.pdf", "exhibit_3.pdf",
"Exhibit3.pdf" answer "Exhibit 3"); when its full name is cited; or when the folder's
``index.txt`` maps the label to it, one ``Label: file name`` per line (``#`` comments).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from reinstate.errors import InputError
from reinstate.textio import folder_files

INDEX_FILE = "index.txt"
_KEYWORDS = "exhibit|attachment|annex|appendix|enclosure"
_PLURALS = "exhibits|attachments|annexes|appendices|appendixes|enclosures"
_LABEL = r"(?:\d{1,3}[a-z]?|[A-Z]{1,2})(?!\w)"
_SEPARATOR = r"\s*(?:,\s*(?:and\s+)?|\s(?i:and|&|to|through)\s|[-–])\s*"
CITATION = re.compile(
    rf"\b(?P<keyword>(?i:{_PLURALS}|{_KEYWORDS}))\s+(?:(?i:no\.?)\s*|#\s*)?"
    rf"(?P<labels>{_LABEL}(?:{_SEPARATOR}{_LABEL})*)"
)
FILE_NAME = re.compile(
    r"(?<![\w/\\.-])[\w][\w.-]*\.(?i:pdf|png|jpe?g|gif|tiff?|webp|heic|csv|xlsx?|docx?|txt)\b"
)
_TOKEN = re.compile(r"[a-z]+|\d+")


def tokens(text: str) -> tuple[str, ...]:
    """Lower-case words and numbers of a label or file name: separators and case aside."""
    return tuple(_TOKEN.findall(text.lower()))


@dataclass(frozen=True)
class Citation:
    """One exhibit a POA cites: its label tokens or file name, and where."""

    start: int
    end: int
    text: str
    label: tuple[str, ...] = ()
    file_name: str | None = None


# Where a citation or a file name can begin, found by plain search in the lower-case text
# (much faster than trying the patterns at every position; the matches are the same).
_KEYWORD_STEMS = ("exhibit", "attachment", "annex", "append", "enclosure")
_EXTENSION = re.compile(r"\.(?:pdf|png|jpe?g|gif|tiff?|webp|heic|csv|xlsx?|docx?|txt)\b")
_WORD_BEFORE = re.compile(r"\w")


def _citation_matches(text: str) -> list[re.Match[str]]:
    """What ``CITATION.finditer(text)`` yields, trying only where a keyword begins."""
    if not text.isascii():
        return list(CITATION.finditer(text))  # case folding beyond ASCII: scan it all
    lowered = text.lower()
    starts: set[int] = set()
    for stem in _KEYWORD_STEMS:
        at = lowered.find(stem)
        while at >= 0:
            starts.add(at)
            at = lowered.find(stem, at + 1)
    found, end = [], 0
    for start in sorted(starts):
        if start < end or (start and _WORD_BEFORE.match(text, start - 1)):
            continue  # inside the last citation, or not at the start of a word
        match = CITATION.match(text, start)
        if match:
            found.append(match)
            end = match.end()
    return found


def _file_name_matches(text: str) -> list[re.Match[str]]:
    """What ``FILE_NAME.finditer(text)`` yields: nothing without a known extension."""
    if text.isascii() and not _EXTENSION.search(text.lower()):
        return []
    return list(FILE_NAME.finditer(text))


def find_citations(text: str) -> list[Citation]:
    """Every exhibit cited in `text`, ranges expanded ("Exhibits 1-3" cites 1, 2 and 3)."""
    found: list[Citation] = []
    for match in _citation_matches(text):
        keyword = _singular(match.group("keyword").lower())
        for label in _expand(match.group("labels")):
            label_tokens = tokens(f"{keyword} {label}")
            found.append(Citation(match.start(), match.end(), match.group(0), label_tokens))
    for match in _file_name_matches(text):
        found.append(Citation(match.start(), match.end(), match.group(0), file_name=match.group(0)))
    return found


_SINGULAR = {
    "exhibits": "exhibit",
    "attachments": "attachment",
    "annexes": "annex",
    "appendices": "appendix",
    "appendixes": "appendix",
    "enclosures": "enclosure",
}


def _singular(keyword: str) -> str:
    return _SINGULAR.get(keyword, keyword)


def _expand(labels: str) -> list[str]:
    parts = re.split(_SEPARATOR, labels)
    result: list[str] = []
    ranges = re.findall(rf"({_LABEL})\s*(?:[-–]|\s(?i:to|through)\s)\s*({_LABEL})", labels)
    for first, last in ranges:
        if first.isdigit() and last.isdigit() and 0 < int(last) - int(first) <= 50:
            result += [str(n) for n in range(int(first), int(last) + 1)]
    result += [part.strip().lower() for part in parts if part.strip()]
    return list(dict.fromkeys(result))


@dataclass
class ExhibitFolder:
    """The seller's evidence folder: its files and its optional index."""

    path: Path
    files: list[str] = field(default_factory=list)
    index: dict[tuple[str, ...], str] = field(default_factory=dict)
    index_lines: dict[tuple[str, ...], int] = field(default_factory=dict)
    _stem_cache: list[tuple[str, tuple[str, ...]]] = field(default_factory=list, repr=False)

    @classmethod
    def scan(cls, path: str | Path) -> ExhibitFolder:
        folder = Path(path)
        if not folder.is_dir():
            raise InputError("is not a folder of exhibits", path=str(path))
        files = [
            entry.name
            for entry in folder_files(folder)
            if not entry.name.startswith(".") and entry.name != INDEX_FILE
        ]
        result = cls(folder, files)
        if (folder / INDEX_FILE).is_file():
            result._read_index(folder / INDEX_FILE)
        return result

    @classmethod
    def of_names(cls, names: list[str], index: dict[str, str] | None = None) -> ExhibitFolder:
        """A folder known only by its file names (for tests and the web app)."""
        result = cls(Path("."), sorted(names))
        for label, name in (index or {}).items():
            result.index[tokens(label)] = name
        return result

    def _read_index(self, index_path: Path) -> None:
        text = index_path.read_text(encoding="utf-8-sig", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            content = line.split("#", 1)[0].strip()
            if not content:
                continue
            pieces = re.split(r"\s*[:=]\s*", content, maxsplit=1)
            if len(pieces) != 2 or not pieces[1].strip():
                raise InputError(
                    "an index line must read 'Label: file name'", path=str(index_path), line=number
                )
            label, name = pieces
            self.index[tokens(label)] = name.strip()
            self.index_lines[tokens(label)] = number

    def answer(self, citation: Citation) -> list[str]:
        """The files that answer `citation` (empty when the folder lacks it)."""
        if citation.file_name is not None:
            wanted = citation.file_name.lower()
            return [name for name in self.files if name.lower() == wanted]
        mapped = self.index.get(citation.label)
        if mapped is not None:
            return [name for name in self.files if name == mapped]
        size = len(citation.label)
        return [name for name, stem in self._stems() if stem[:size] == citation.label]

    def _stems(self) -> list[tuple[str, tuple[str, ...]]]:
        if len(self._stem_cache) != len(self.files):
            self._stem_cache = [(name, tokens(Path(name).stem)) for name in self.files]
        return self._stem_cache
