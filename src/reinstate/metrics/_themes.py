"""Comment themes: what buyers said about each defect, sorted by keyword data.

The keywords live in data/themes.toml; a comment takes the first theme one of whose
keywords it contains. For a return, the customer's comment decides when it matches a
theme, else the return reason code does.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import Any

from reinstate.kb import load_data
from reinstate.metrics._causes import DEFECT_TYPES, FLAG, ROOT_CAUSE_DAYS
from reinstate.metrics._load import Store

OTHER = "other"
EXAMPLES = 3


@cache
def themes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(theme, keywords) in the order they are tried."""
    themes = load_data("reinstate.metrics", "themes.toml")["themes"]
    return tuple((t["name"], tuple(t["keywords"])) for t in themes)


def pattern(keywords: tuple[str, ...]) -> str:
    """One RE2 pattern; ASCII words match whole words only (`late` not in `plate`)."""
    parts = []
    for keyword in keywords:
        escaped = re.escape(keyword.lower()).replace("\\ ", " ")
        parts.append(rf"\b{escaped}\b" if keyword.isascii() else escaped)
    return "|".join(parts)


def theme_sql(text: str) -> str:
    """SQL giving the theme of `text`, NULL when no theme's keywords occur."""
    folded = f"replace(lower({text}), '_', ' ')"
    whens = " ".join(
        f"WHEN regexp_matches({folded}, '{pattern(words).replace(chr(39), chr(39) * 2)}') "
        f"THEN '{name}'"
        for name, words in themes()
    )
    return f"CASE {whens} END"


# Every comment once, with its order's flags; small, so each theme query is cheap.
COMMENTS_SQL = """
CREATE TABLE comments AS SELECT c.*, f.order_date, f.late_shipment, f.cancellation,
    f.negative_feedback, f.a_to_z_claim, f.returned
FROM (
    SELECT order_id, 'feedback' AS source, rating, comments AS comment, NULL AS reason,
        false AS claim FROM feedback
    UNION ALL SELECT order_id, 'return', NULL, comments, reason, false FROM fba_returns
    UNION ALL SELECT order_id, 'return', NULL, NULL, reason,
        upper(trim(coalesce(a_to_z, ''))) IN ('Y', 'YES') FROM merchant_returns
) c JOIN known f ON f.order_id = c.order_id
"""


def classify(store: Store) -> None:
    """`comments`, `themed` (each distinct text once, with its theme or NULL) and
    `comment_themes` (each comment with its theme)."""
    store.con.execute(COMMENTS_SQL)
    store.con.execute(
        f"CREATE TABLE themed AS SELECT text, {theme_sql('text')} AS theme FROM ("
        "SELECT comment AS text FROM comments UNION SELECT reason FROM comments) "
        "WHERE text IS NOT NULL"
    )
    # each comment's theme and text once, not once per defect type
    store.con.execute(
        f"CREATE TABLE comment_themes AS SELECT c.*, coalesce(tc.theme, tr.theme, '{OTHER}') "
        "AS theme, coalesce(nullif(trim(comment), ''), reason) AS text FROM comments c "
        "LEFT JOIN themed tc ON tc.text = c.comment LEFT JOIN themed tr ON tr.text = c.reason"
    )


def selection(kind: str) -> str:
    """The comments that speak to defect `kind`: feedback on such orders, returns, claims."""
    feedback = f"source = 'feedback' AND {FLAG[kind]}"
    if kind == "negative_feedback":
        return f"{feedback} AND rating <= 2"
    if kind == "return":
        return f"({feedback}) OR source = 'return'"
    if kind == "a_to_z_claim":
        return f"({feedback}) OR claim"
    return feedback


def theme_rows(store: Store, kind: str, start: date, end: date) -> list[tuple[Any, ...]]:
    sql = f"""
    WITH c AS (
        SELECT theme, text FROM comment_themes
        WHERE order_date BETWEEN ? AND ? AND ({selection(kind)})),
    t AS (SELECT theme, text, count(*) AS n FROM c
          WHERE nullif(trim(text), '') IS NOT NULL GROUP BY theme, text),
    r AS (SELECT *, row_number() OVER (PARTITION BY theme ORDER BY n DESC, text) AS rk FROM t)
    SELECT theme, sum(n)::BIGINT, list(text ORDER BY rk) FILTER (rk <= {EXAMPLES})
    FROM r GROUP BY theme
    """
    return store.con.execute(sql, [start, end]).fetchall()


def comment_themes(store: Store, as_of: date) -> dict[str, list[dict[str, Any]]]:
    """Per defect type: themes with their count and up to three example comments."""
    start = as_of - timedelta(days=ROOT_CAUSE_DAYS - 1)
    classify(store)
    found = {}
    for kind in DEFECT_TYPES:
        rows = theme_rows(store, kind, start, as_of)
        entries = [{"theme": t, "count": int(n), "examples": list(ex)} for t, n, ex in rows]
        found[kind] = sorted(entries, key=lambda e: (-e["count"], e["theme"]))
    return found
