"""Counting uses per caller in the cache, for public forms that send mail.

The cache is per process unless HERALDO_CACHE_URL names a shared one (Redis): with several web processes each
counts alone, so the limit is multiplied by their number.
"""

from __future__ import annotations

import time

from axes.helpers import get_client_ip_address
from django.core.cache import cache


def client_ip(request) -> str:
    """The caller's address as the login lockout sees it (HERALDO_TRUSTED_PROXY_COUNT proxies in front)."""
    return get_client_ip_address(request) or ""


def rate_limit_exceeded(*, scope: str, key: str, limit: int, period_seconds: int) -> bool:
    """Count one use of `scope` by `key` in the current window; True once the window holds more than `limit`."""
    window = int(time.time() // period_seconds)
    counter = f"heraldo:rate:{scope}:{key}:{window}"
    cache.add(counter, 0, timeout=period_seconds)
    try:
        used = cache.incr(counter)
    except ValueError:  # the window ended between add and incr
        cache.add(counter, 1, timeout=period_seconds)
        used = 1
    return used > limit
