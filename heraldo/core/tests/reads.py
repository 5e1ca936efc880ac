"""Test helper for the test plan's S5 (a GET changes nothing): which tables a block of requests wrote to."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection
from django.test.utils import CaptureQueriesContext

_WRITE = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?([a-z0-9_]+)"?', re.IGNORECASE)


@contextmanager
def tables_written() -> Iterator[set[str]]:
    """`with tables_written() as written: client.get(url)`; afterwards `written` names every table changed."""
    written: set[str] = set()
    with CaptureQueriesContext(connection) as queries:
        yield written
    written.update(found.group(1).lower() for query in queries if (found := _WRITE.match(query["sql"])))
