"""Loading a delimited report into DuckDB: columns by header name, checked values.

Every value is read as text and parsed in SQL, so that a value that does not parse is
found and named (file, line, column) instead of becoming a silent NULL or a wrong
number. The file is read once by DuckDB's parallel CSV reader; nothing is looped over
in Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from reinstate.dates import COLUMN_FORMATS, FIRST_YEAR, LAST_YEAR
from reinstate.errors import FormatError
from reinstate.metrics._source import Source, transcode

# Order of date formats tried for `date` columns; the first under which every value of
# the file parses wins. They are the formats of the one date reader, `reinstate.dates`
# (kb/data/dates.toml): month-first before day-first for slashes, as for a single date
# whose marketplace is not known. ⚠ A US file (M/D/YY) and a UK file (D/M/YY) whose days
# are all 12 or less cannot be told apart; such dates are only checked, never used in a
# number.
DATE_FORMATS = COLUMN_FORMATS
CSV_LINE = re.compile(r"Line: (\d+)")


def normalise(name: str) -> str:
    """A header name compared case- and separator-insensitively: `Order ID` = `order-id`."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


@dataclass(frozen=True)
class Column:
    """One column a reader takes: its name in the loaded table and how it is found."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "text"  # a key of VALUE_SQL: text | integer | rating | timestamp | date | …
    required: bool = True
    position: int | None = None  # read by position instead of by name

    def find(self, header: tuple[str, ...]) -> int | None:
        if self.position is not None:
            return self.position if self.position < len(header) else None
        names = [normalise(h) for h in header]
        wanted = [normalise(a) for a in self.aliases or (self.name,)]
        return next((names.index(w) for w in wanted if w in names), None)


@dataclass
class FileSummary:
    """What was read from one file, for the report's `files` list."""

    path: str
    kind: str
    rows: int
    encoding: str
    unmatched: int = 0
    table: str | None = None  # where its rows were loaded, to count the unmatched


@dataclass
class Store:
    """The DuckDB connection and what has been loaded into it so far."""

    con: duckdb.DuckDBPyConnection
    folder: Path
    tables: dict[str, list[str]] = field(default_factory=dict)
    files: list[FileSummary] = field(default_factory=list)
    account_health: list[dict[str, Any]] = field(default_factory=list)
    # file path -> defect type, for lists with no type column (--defects TYPE=FILE)
    named_defects: dict[str, str] = field(default_factory=dict)
    # the all-orders files, loaded last (`_tables.load_items`), and their summaries
    orders: list[tuple[Source, FileSummary]] = field(default_factory=list)
    # whether SKU and ASIN groups must be counted over distinct (order, key) pairs
    exact_pairs: bool = False

    created: int = 0

    def new_table(self, kind: str) -> str:
        """A fresh table name; call `register` once the table exists."""
        self.created += 1
        return f"{kind}_{self.created}"

    def register(self, kind: str, table: str) -> str:
        self.tables.setdefault(kind, []).append(table)
        return table


def csv_scan(source: Source, width: int) -> str:
    """The `read_csv(...)` call for `source`, every column as text named c0, c1, ..."""
    quote = "'\"'" if source.delimiter == "," else "''"
    path = str(source.readable_path).replace("'", "''")
    compression = "gzip" if source.readable_gzipped else "none"
    delimiter = "\\t" if source.delimiter == "\t" else ","
    return (
        f"read_csv('{path}', delim=E'{delimiter}', header=true, all_varchar=true, "
        f"quote={quote}, escape={quote}, null_padding=true, "
        f"compression='{compression}', auto_detect=false, columns={{{column_types(width)}}})"
    )


def column_types(width: int) -> str:
    return ", ".join(f"'c{i}': 'VARCHAR'" for i in range(width))


# Column kind -> the SQL parsing its raw text `{raw}` (`{text}` is it with '' as NULL).
# No trim(): Amazon's flat files do not pad values, and trimming 5 million rows of every
# column costs more than reading them. (Numbers and dates are cast, and a cast ignores
# surrounding spaces.)
# Dates and times outside FIRST_YEAR-LAST_YEAR (reinstate.dates, kb/data/limits.toml) are
# refused by line and column: damage, not data.
IN_YEARS = (
    f"CASE WHEN {{v}} >= TIMESTAMPTZ '{FIRST_YEAR}-01-01' "
    f"AND {{v}} < TIMESTAMPTZ '{LAST_YEAR + 1}-01-01' THEN {{v}} END"
)
VALUE_SQL = {
    "text": "{text}",
    "date": "{text}",  # checked as a whole column by `check_dates`
    # counts and quantities: a negative one is damage (NULL, so refused by line and column)
    "integer": "TRY_CAST(TRY_CAST({text} AS UINTEGER) AS INTEGER)",
    # NULL (so unusable) outside 1-5
    "rating": "CASE WHEN TRY_CAST({text} AS INTEGER) BETWEEN 1 AND 5 "
    "THEN TRY_CAST({text} AS INTEGER) END",
    # a status, kept as one boolean (lower() only if need be)
    "cancelled": "coalesce(CASE {raw} WHEN 'Shipped' THEN false WHEN 'Cancelled' THEN true "
    "ELSE lower({text}) IN ('cancelled', 'canceled') END, false)",
    "timestamp": IN_YEARS.format(v="TRY_CAST({text} AS TIMESTAMPTZ)"),
    # the calendar date in UTC (the session time zone)
    "utc_date": f"({IN_YEARS.format(v='TRY_CAST({text} AS TIMESTAMPTZ)')})::DATE",
    # a one-byte ENUM (created by the engine)
    "channel": "(CASE {raw} WHEN 'Merchant' THEN 'MFN' WHEN 'Amazon' THEN 'AFN' "
    "ELSE CASE lower({text}) WHEN 'merchant' THEN 'MFN' WHEN 'amazon' THEN 'AFN' END "
    "END)::channel",
}


def value_sql(column: Column, raw: str) -> str:
    """The SQL expression parsing the raw text `raw` into the column's value."""
    return VALUE_SQL[column.kind].format(raw=raw, text=f"nullif({raw}, '')")


def problem_sql(column: Column, raw: str, value: str) -> str:
    """The SQL condition true on a row whose value for `column` is unusable."""
    text = f"nullif({raw}, '')"
    empty = f"{text} IS NULL" if column.required else "false"
    if column.kind in ("text", "date", "cancelled"):
        return empty
    bad = f"({text} IS NOT NULL AND {value} IS NULL)"
    if column.kind == "rating":
        bad = f"({bad} OR {value} NOT BETWEEN 1 AND 5)"
    return f"({empty} OR {bad})"


WHEN = (
    f"is not a date and time from {FIRST_YEAR} to {LAST_YEAR} (expected ISO 8601, e.g."
    " 2025-09-24T12:02:50+00:00)"
)
PROBLEMS = {
    "integer": "is not a whole number of 0 or more",
    "rating": "is not a rating from 1 to 5",
    "timestamp": WHEN,
    "utc_date": WHEN,
    "channel": 'is neither "Amazon" nor "Merchant"',
}


def locate(source: Source, columns: tuple[Column, ...]) -> dict[str, int]:
    """Column name -> field index in the file; a missing required column is an error."""
    found = {c.name: c.find(source.header) for c in columns}
    missing = [c for c in columns if c.required and found[c.name] is None]
    if missing:
        wanted = missing[0].aliases[0] if missing[0].aliases else missing[0].name
        raise FormatError(
            f'has no column "{wanted}"; the columns found are: ' + ", ".join(source.header),
            path=source.name,
            line=1,
            hint="Check that this is the right report and that its header row is intact.",
        )
    return {name: index for name, index in found.items() if index is not None}


def load_table(
    store: Store, source: Source, kind: str, columns: tuple[Column, ...], *, ordered: bool = True
) -> tuple[str, str]:
    """Load `source` into a new table of the given columns, checked.

    Returns the table's name and the encoding the file was read in. With `ordered`
    false, rows may be stored out of file order (faster): give it only for tables whose
    `rowid` names no line (a bad value's line is found by loading again, in order).
    """
    where = locate(source, columns)
    table, used = readable(
        store, source, lambda s: create_table(store, s, kind, columns, where, ordered)
    )
    return table, used.encoding


def readable[T](store: Store, source: Source, read: Callable[[Source], T]) -> tuple[T, Source]:
    """`read(source)`, or `read` of a UTF-8 copy if DuckDB finds a byte that is not UTF-8.

    Returns what `read` returned and the source it read (the copy, if one was made).
    """
    if source.encoding == "utf-8":
        try:
            return read(source), source
        except duckdb.InvalidInputException as error:
            if "unicode" not in str(error).lower():
                raise csv_error(source, error) from None
    utf8 = transcode(source, store.folder)
    try:
        return read(utf8), utf8
    except duckdb.InvalidInputException as error:
        raise csv_error(source, error) from None


def csv_error(source: Source, error: duckdb.Error) -> FormatError:
    """DuckDB's CSV error as a sentence naming the file and line."""
    match = CSV_LINE.search(str(error))
    return FormatError(
        f"cannot be read as a {'tab' if source.delimiter == chr(9) else 'comma'}-separated "
        f"report ({csv_reason(str(error))})",
        path=source.name,
        line=int(match.group(1)) if match else None,
    )


def csv_reason(message: str) -> str:
    """The line of DuckDB's CSV error that says what is wrong (never its list of fixes)."""
    lines = [line.strip() for line in message.split("\n")]
    if "invalid state" in lines[0]:
        return "its lines or quotes are malformed: mixed line endings or stray quotes"
    if len(lines) > 2 and lines[2] and not lines[2].startswith("Possible fixes"):
        return lines[2]
    return lines[0].removeprefix("Invalid Input Error: ")


def create_table(
    store: Store,
    source: Source,
    kind: str,
    columns: tuple[Column, ...],
    where: dict[str, int],
    ordered: bool = True,
) -> str:
    """CREATE TABLE from the file with one value per column and one bad-row marker."""
    table = store.new_table(kind)
    selects, checks = [], []
    for column in columns:
        raw = f"c{where[column.name]}" if column.name in where else "NULL::VARCHAR"
        value = value_sql(column, raw)
        selects.append(f"{value} AS {column.name}")
        if column.name in where and column.kind == "date":
            selects.append(f"{raw} AS {column.name}__raw")
        if column.required or column.kind in ("text", "date", "cancelled"):
            # unusable exactly when the value is NULL: checked on the table, no second parse
            checks.append(f"{column.name} IS NULL" if column.required else "false")
        else:
            checks.append(f"bad_{column.name}__")
            selects.append(f"{problem_sql(column, raw, value)} AS bad_{column.name}__")
    scan = csv_scan(source, len(source.header))
    create = f"CREATE TABLE {table} AS SELECT {', '.join(selects)} FROM {scan}"
    unusable = " OR ".join(checks) or "false"
    bad = f"CREATE TEMP VIEW {table}__bad AS SELECT rowid FROM {table} WHERE {unusable}"
    # Rows in file order cost the parallel reader a fifth of its time; they are needed to
    # name the line of a bad value, sample the first rows of a date column, and by readers
    # that keep `rowid` as a line number (defect lists).
    ordered = ordered or any(column.kind == "date" for column in columns)
    run_load(store, create, bad, ordered)
    if not ordered and has_bad_rows(store, table):  # load again in order, to name the line
        store.con.execute(f"DROP VIEW {table}__bad; DROP TABLE {table}")
        run_load(store, create, bad, True)
    check_rows(store, source, table, columns, where)
    if source.text_path is not None:
        source.text_path.unlink(missing_ok=True)
    return store.register(kind, table)


def run_load(store: Store, create: str, bad: str, ordered: bool) -> None:
    """Run `create` (CREATE TABLE) and `bad` (its bad-row view), rows in file order or not."""
    if not ordered:
        store.con.execute("SET preserve_insertion_order = false")
    try:
        store.con.execute(create)
    finally:
        store.con.execute("RESET preserve_insertion_order")
    store.con.execute(bad)


def has_bad_rows(store: Store, table: str) -> bool:
    return store.con.execute(f"SELECT EXISTS (SELECT 1 FROM {table}__bad)").fetchone() == (True,)


def check_rows(
    store: Store, source: Source, table: str, columns: tuple[Column, ...], where: dict[str, int]
) -> None:
    """Raise on the first row with an unusable value, naming its line and column."""
    row = store.con.execute(f"SELECT min(rowid) FROM {table}__bad").fetchone()
    row = None if row is None or row[0] is None else row
    if row is None:
        check_dates(store, source, table, columns, where)
        return
    line = int(row[0]) + 2
    # Read that one line again, to quote the value (no raw text is kept for good rows).
    scan = csv_scan(source, len(source.header))
    for column in columns:
        if column.name not in where:
            continue
        raw = f"c{where[column.name]}"
        cond = problem_sql(column, raw, value_sql(column, raw))
        hit = store.con.execute(
            f"SELECT {raw} FROM (SELECT * FROM {scan} LIMIT 1 OFFSET {int(row[0])}) WHERE {cond}"
        ).fetchone()
        if hit is not None:
            raise bad_value(source, column, where, line, hit[0])


def bad_value(
    source: Source, column: Column, where: dict[str, int], line: int, raw: object
) -> FormatError:
    index = where[column.name]
    if raw is None or not str(raw).strip():
        message = "is empty, but every row needs a value here"
    else:
        message = f'"{raw}" {PROBLEMS[column.kind]}'
    return FormatError(
        message,
        path=source.name,
        line=line,
        column=index + 1,
        field=source.header[index],
    )


def check_dates(
    store: Store, source: Source, table: str, columns: tuple[Column, ...], where: dict[str, int]
) -> None:
    """Each `date` column must parse, all its rows under one format."""
    for column in columns:
        if column.kind == "date" and column.name in where:
            check_date_column(store, source, table, column, where)


def check_date_column(
    store: Store, source: Source, table: str, column: Column, where: dict[str, int]
) -> None:
    raw = f"nullif(trim({column.name}__raw), '')"
    parses = [f"TRY_CAST({raw} AS TIMESTAMPTZ)"] + [
        f"try_strptime({raw}, '{fmt}')" for fmt in DATE_FORMATS
    ]
    failures = ", ".join(f"count(*) FILTER ({raw} IS NOT NULL AND {p} IS NULL)" for p in parses)
    # the formats that read the first 1,000 rows, then only the first of them on all rows
    sample = store.con.execute(
        f"SELECT {failures} FROM (SELECT * FROM {table} ORDER BY rowid LIMIT 1000)"
    ).fetchone()
    assert sample is not None
    best = parses[sample.index(min(sample))]
    if min(sample) == 0:
        check = f"SELECT count(*) FILTER ({raw} IS NOT NULL AND {best} IS NULL) FROM {table}"
        if store.con.execute(check).fetchone() == (0,):
            return
    row = store.con.execute(
        f"SELECT rowid, {column.name}__raw FROM {table} "
        f"WHERE {raw} IS NOT NULL AND {best} IS NULL ORDER BY rowid LIMIT 1"
    ).fetchone()
    assert row is not None
    index = where[column.name]
    raise FormatError(
        f'"{row[1]}" is not a date reinstate can read (or the file mixes date formats)',
        path=source.name,
        line=int(row[0]) + 2,
        column=index + 1,
        field=source.header[index],
    )


def row_count(store: Store, table: str) -> int:
    result = store.con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(result[0]) if result else 0
