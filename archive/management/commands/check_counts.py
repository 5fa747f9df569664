"""`manage.py check_counts`: do the counts kept on the rows match the rows? `--fix` recounts.

People's credits and mentions, departments' mentions and pages' articles are kept on
their rows (archive.tallies) and recounted by every change. This finds any that differ,
for cron beside `check_index`, and exits non-zero while one does.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from archive import tallies


class Command(BaseCommand):
    help = (
        "Check that the counts kept on people, departments and pages match their credits, "
        "mentions and articles; with --fix count them all again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--fix", action="store_true", help="count every row again")

    def handle(self, *args, fix=False, **options):
        started = time.monotonic()
        wrong = tallies.recount_all() if fix else tallies.miscounted()
        if any(wrong.values()):
            self.stderr.write(f"miscounted: {tallies.describe(wrong)}")
            if not fix:
                raise CommandError("counts differ from the rows; run with --fix to recount")
        if options["verbosity"] >= 1:
            done = "recounted" if fix else "counts ok"
            self.stdout.write(f"{done} ({time.monotonic() - started:.1f}s)")
