"""gunicorn settings for Baokan: `gunicorn -c gunicorn.conf.py` (see README, Running in
production). Every value can be changed from the environment without editing this file.
"""

import os

wsgi_app = "archive.wsgi"
bind = os.environ.get("BAOKAN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", 2))

# Load Django in the master before forking: jieba's dictionary (~0.7 s, ~80 MB, loaded
# when the search app is ready) is then read once and shared by every worker, and a
# broken configuration stops start-up instead of looping through dying workers.
preload_app = True

# A search or a page takes well under a second; a worker stuck for longer is killed
# and replaced. On shutdown, requests in flight get graceful_timeout to finish.
timeout = int(os.environ.get("BAOKAN_TIMEOUT", 30))
graceful_timeout = 30
keepalive = 5

# Replace each worker after about this many requests, so that a slow leak (in Django,
# Whoosh or jieba) cannot grow for ever; the jitter keeps workers from restarting at once.
# A worker replaced while its thread applies the index queue loses nothing: queue rows
# are deleted only after the index commit, and another worker applies them.
max_requests = int(os.environ.get("BAOKAN_MAX_REQUESTS", 5000))
max_requests_jitter = max_requests // 10

# Access and error logs go to stdout/stderr for systemd, Docker or the proxy's collector.
# The first field is the reader's address as the TLS proxy reports it (X-Forwarded-For),
# the last the time the request took in milliseconds.
accesslog = "-"
errorlog = "-"
access_log_format = '%({x-forwarded-for}i)s %(h)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms'

# No post_fork hook is needed: each worker starts its own search-queue thread on its
# first request (search/queue.py checks the pid), and no database connection is opened
# in the master before the fork.
