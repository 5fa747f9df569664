"""sitemap.xml and its files, written as their rows are read (`archive/sitemaps.py` says
why not with Django's sitemap views)."""

from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils.html import escape

from archive.sitemaps import SITEMAPS

XMLNS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n'
# As Django's sitemap views: the files are for crawlers, not for search results.
ROBOTS = "noindex, noodp, noarchive"
CHUNK = 1000  # URLs written at a time


def index(request):
    """The sitemap index: every file of every section (`?p=N` from the second on)."""
    origin = f"{request.scheme}://{request.get_host()}"
    lines = [HEADER, f"<sitemapindex {XMLNS}>\n"]
    for name, section in SITEMAPS.items():
        url = origin + reverse("archive:sitemap-section", kwargs={"section": name})
        for number in range(1, section().num_files() + 1):
            located = url if number == 1 else f"{url}?p={number}"
            lines.append(f"<sitemap><loc>{escape(located)}</loc></sitemap>\n")
    lines.append("</sitemapindex>\n")
    response = HttpResponse("".join(lines), content_type="application/xml")
    response["X-Robots-Tag"] = ROBOTS
    return response


def section(request, section):
    """File `?p=N` (1 by default) of a section: at most its `limit` URLs."""
    if section not in SITEMAPS:
        raise Http404(f"没有这个网站地图：{section}")
    sitemap = SITEMAPS[section]()
    number = request.GET.get("p", "1")
    if not number.isdigit() or not 1 <= int(number) <= sitemap.num_files():
        raise Http404(f"网站地图 {section} 没有第 {number} 页")
    origin = f"{request.scheme}://{request.get_host()}"

    def lines():
        chunk = [f"{HEADER}<urlset {XMLNS}>\n"]
        for path, lastmod in sitemap.urls(int(number)):
            modified = f"<lastmod>{lastmod:%Y-%m-%d}</lastmod>" if lastmod else ""
            chunk.append(f"<url><loc>{escape(origin + path)}</loc>{modified}</url>\n")
            if len(chunk) == CHUNK:  # one write per line cost a fifth of the time
                yield "".join(chunk)
                chunk = []
        chunk.append("</urlset>\n")
        yield "".join(chunk)

    response = StreamingHttpResponse(lines(), content_type="application/xml")
    response["X-Robots-Tag"] = ROBOTS
    return response
