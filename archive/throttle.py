"""Slow down password guessing on the staff login, per username and address.

Each wrong password from one address for one username is counted. After
`BAOKAN_LOGIN_FREE_ATTEMPTS` of them, that pair is refused for `BAOKAN_LOGIN_BASE_DELAY`
seconds, doubling with each further failure up to `BAOKAN_LOGIN_MAX_DELAY`. A right
password clears the count; an hour without failures forgets it.

The counts are rows in the database (`LoginThrottle`), shared by every gunicorn worker
and kept when one is replaced; administrators see them in the admin and may delete one
to let an editor in at once. The address is the client's: behind `BAOKAN_PROXY_COUNT`
proxies (1 in production, nginx as in the README), the one they appended to
X-Forwarded-For, which a client cannot choose; otherwise REMOTE_ADDR. Without it every
reader behind the proxy was 127.0.0.1, and anyone could keep an editor locked out.
"""

import hashlib
import time

from django.conf import settings
from django.db import transaction

from .models import LoginThrottle

FORGET_AFTER = 3600


def _setting(name, default):
    return getattr(settings, name, default)


def _key(username, address):
    return hashlib.sha256(f"{username.strip().casefold()}\0{address}".encode()).hexdigest()


def client_address(request):
    if request is None:
        return ""
    proxies = _setting("BAOKAN_PROXY_COUNT", 0)
    if proxies:
        # Each proxy appends the address it was reached from: the last `proxies` entries
        # are theirs to write, anything before them the client's to invent.
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies][:45]
    return request.META.get("REMOTE_ADDR", "")


def _forgotten(row, now):
    # Forgotten an hour after the last failure, or after the wait it earned if longer.
    return now > max(row.last_failure + FORGET_AFTER, row.until + FORGET_AFTER)


def wait_seconds(username, address, *, now=None):
    """Seconds this username and address must wait before trying again (0: go ahead)."""
    row = LoginThrottle.objects.filter(key=_key(username, address)).first()
    if row is None:
        return 0
    now = time.time() if now is None else now
    return max(0, int(row.until - now + 0.999))


def failed(username, address, *, now=None):
    """Count a wrong password; return the wait it earned (0 while attempts are free)."""
    now = time.time() if now is None else now
    with transaction.atomic():
        row, _created = LoginThrottle.objects.select_for_update().get_or_create(
            key=_key(username, address),
            defaults={"username": username.strip()[:150], "address": address},
        )
        if _forgotten(row, now):
            row.failures, row.until = 0, 0
        row.failures += 1
        row.last_failure = now
        over = row.failures - _setting("BAOKAN_LOGIN_FREE_ATTEMPTS", 5)
        delay = 0
        if over >= 0:
            delay = min(
                _setting("BAOKAN_LOGIN_BASE_DELAY", 30) * 2 ** min(over, 32),
                _setting("BAOKAN_LOGIN_MAX_DELAY", 900),
            )
            row.until = now + delay
        row.save()
    return delay


def succeeded(username, address):
    LoginThrottle.objects.filter(key=_key(username, address)).delete()
