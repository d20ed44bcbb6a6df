"""Test-wide settings: caches go to a temporary folder, never the user's home."""

from __future__ import annotations

import os
import tempfile

os.environ["REINSTATE_CACHE_DIR"] = tempfile.mkdtemp(prefix="reinstate-test-cache-")
