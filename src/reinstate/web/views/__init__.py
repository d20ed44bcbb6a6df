"""Flat function views, grouped by page: cases (dashboard, new case, case page, audit log,
seller accounts), files (reports and metrics, evidence), plan (editor, live review, attempts)."""
