"""Slow down password guessing on the staff login, per username and address.

Each wrong password from one address for one username is counted. After
`BAOKAN_LOGIN_FREE_ATTEMPTS` of them, that pair is refused for `BAOKAN_LOGIN_BASE_DELAY`
seconds, doubling with each further failure up to `BAOKAN_LOGIN_MAX_DELAY`. A right
password clears the count; an hour without failures forgets it.

Counters live in Django's cache. The default cache (LocMemCache) is per process: with
N gunicorn workers a guesser gets up to N times the attempts before the delay. Point
`CACHES` at a shared cache (the database cache, Redis) to make the limit exact.
Behind a reverse proxy every client has the proxy's address, and the limit becomes
per username.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

FORGET_AFTER = 3600


def _setting(name, default):
    return getattr(settings, name, default)


def _key(username, address):
    digest = hashlib.sha256(f"{username.strip().casefold()}\0{address}".encode()).hexdigest()
    return f"baokan:login:{digest}"


def client_address(request):
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


def wait_seconds(username, address, *, now=None):
    """Seconds this username and address must wait before trying again (0: go ahead)."""
    state = cache.get(_key(username, address))
    if not state:
        return 0
    now = time.time() if now is None else now
    return max(0, int(state["until"] - now + 0.999))


def failed(username, address, *, now=None):
    """Count a wrong password; return the wait it earned (0 while attempts are free)."""
    now = time.time() if now is None else now
    key = _key(username, address)
    state = cache.get(key) or {"failures": 0, "until": 0}
    state["failures"] += 1
    over = state["failures"] - _setting("BAOKAN_LOGIN_FREE_ATTEMPTS", 5)
    delay = 0
    if over >= 0:
        delay = min(
            _setting("BAOKAN_LOGIN_BASE_DELAY", 30) * 2**over,
            _setting("BAOKAN_LOGIN_MAX_DELAY", 900),
        )
        state["until"] = now + delay
    cache.set(key, state, timeout=FORGET_AFTER + delay)
    return delay


def succeeded(username, address):
    cache.delete(_key(username, address))
