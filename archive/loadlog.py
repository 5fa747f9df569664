"""The load-event log: every `ingest` that writes leaves an IngestRun behind.

Staff read it in the admin (导入记录): which files a run was given, how many pages it
added, updated, skipped or could not read, each failed or warned page by name with
the reason, and where the time went. The row is written when the run starts, so a
run that was killed shows as unfinished rather than not at all.
"""

from django.utils import timezone

from .models import IngestRun

STATUS_FIELDS = {
    "added": "pages_added",
    "updated": "pages_updated",
    "unchanged": "pages_unchanged",
    "duplicate": "pages_duplicate",
    "failed": "pages_failed",
}


def start_run(paths, *, force=False):
    return IngestRun.objects.create(sources="\n".join(str(p) for p in paths), forced=force)


def page_entry(page, warnings=()):
    """What the log keeps of one page: only the pages that failed or warned."""
    if not page.failed and not warnings:
        return None
    return {
        "source": page.key or page.path.name,
        "status": page.status,
        "message": page.message,
        "warnings": list(warnings),
    }


def finish_run(run, report):
    for status, name in STATUS_FIELDS.items():
        setattr(run, name, report.statuses.get(status, 0))
    run.counts = report.totals()
    run.warnings = run.counts.get("warnings", 0)
    run.seconds = {stage: round(s, 3) for stage, s in report.seconds.items()}
    run.log = report.log
    run.finished_at = timezone.now()
    run.save()
    return run


def add_seconds(run, stage, seconds):
    """Time spent after the pages were stored (the search index), added by the command."""
    run.seconds = {**run.seconds, stage: round(seconds, 3)}
    run.save(update_fields=["seconds"])
