"""The commands that index, run as an operator runs them (manage.py in a process of its
own) with BAOKAN_SEARCH_URL on a loopback port where nothing listens: each ends with a
sentence naming the engine, exit status 1, and never a traceback."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.search.test_seed_queries import SEEDS

ROOT = Path(__file__).resolve().parents[3]
DOWN = "does not answer (ConnectionError"


def closed_port():
    """A loopback port nothing listens on: bound once, then closed."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def archive_without_engine(tmp_path_factory):
    """The seed pages stored in an SQLite archive of their own, every article queued,
    and the environment pointing its search at a closed port."""
    data = tmp_path_factory.mktemp("engine-down")
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        BAOKAN_DATA_DIR=str(data),
        BAOKAN_SEARCH_URL=f"elasticsearch://127.0.0.1:{closed_port()}/baokan",
        DJANGO_SETTINGS_MODULE="archive.settings",
    )
    manage(env, "migrate", "--noinput", check=True)
    manage(env, "ingest", "--no-index", str(SEEDS), check=True)
    return env


def manage(env, *args, check=False, **kwargs):
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=check,
        **kwargs,
    )


def said_in_a_sentence(done, sentence):
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("CommandError: "), done.stderr
    assert sentence in last
    return last


@pytest.mark.parametrize(
    "command", [["rebuild_index", "--noinput"], ["update_index"], ["clear_index", "--noinput"]]
)
def test_haystacks_commands_say_the_engine_is_down(archive_without_engine, command):
    started = time.monotonic()
    done = manage(archive_without_engine, *command)
    last = said_in_a_sentence(done, DOWN)
    assert "index 'baokan' at http://127.0.0.1:" in last
    assert last.endswith("nothing was done: run the command again when it answers")
    # Asked once before any work: not haystack's five retries a batch (half a minute).
    assert time.monotonic() - started < 20


def test_the_queue_and_its_follower_say_the_engine_is_down(archive_without_engine):
    done = manage(archive_without_engine, "process_index_queue")
    said_in_a_sentence(done, "the search engine did not take the updates (ConnectionError")
    # The follower an ingest of 100 pages or more starts: its input closes at once.
    done = manage(archive_without_engine, "process_index_queue", "--follow", input="")
    said_in_a_sentence(done, "stay queued: run manage.py process_index_queue when it answers")


def test_the_queue_service_logs_a_line_a_try(archive_without_engine, tmp_path):
    log = tmp_path / "stderr"
    with log.open("w") as stderr:
        service = subprocess.Popen(
            [sys.executable, str(ROOT / "manage.py"), "process_index_queue", "--serve"],
            cwd=ROOT,
            env=dict(archive_without_engine, BAOKAN_LOG_LEVEL="ERROR"),
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        # It tries every second once started; starting (Django, jieba) took over 4 s
        # on a loaded 2-core machine, so wait for two tries rather than a fixed time.
        deadline = time.monotonic() + 60
        while log.read_text().count("queue failed; retrying: ") < 2:
            assert time.monotonic() < deadline and service.poll() is None, log.read_text()
            time.sleep(0.2)
        service.send_signal(signal.SIGTERM)
        out, _err = service.communicate(timeout=30)
    err = log.read_text()
    assert "Traceback" not in out + err
    tries = [line for line in err.splitlines() if "queue failed; retrying: " in line]
    assert len(tries) >= 2 and all("ConnectionError" in line for line in tries)


def test_check_index_says_the_engine_is_down(archive_without_engine):
    said_in_a_sentence(
        manage(archive_without_engine, "check_index", "--fix"), "the search engine " + DOWN
    )


def test_a_restore_says_the_database_is_back_and_the_index_is_not(archive_without_engine, tmp_path):
    backup = tmp_path / "baokan.sqlite3"
    manage(archive_without_engine, "backup", str(backup), check=True)
    done = manage(archive_without_engine, "restore", "--noinput", str(backup))
    last = said_in_a_sentence(done, "the database is restored, the search index is not: ")
    assert last.endswith("run manage.py check_index --rebuild")
