"""`/robots.txt`: crawlers may read the archive, not the admin or endless search
result pages, and are told where the sitemap is."""

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET


@require_GET
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("archive:sitemap"))
    # "/search" is a prefix: the page and its data out (/search.json, .csv, .atom).
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /search", f"Sitemap: {sitemap}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
