"""What the reader views share: canonical URLs and a second paginator on one page."""

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404, HttpResponsePermanentRedirect


class CanonicalURLMixin:
    """Serve an object only at its canonical URL; redirect any other path to it.

    A page moves when staff correct its date, and dated URLs carry the issue's pk, so
    an old link or a hand-edited date still lands on the right page.
    """

    def canonical_url(self, obj):
        return obj.get_absolute_url()

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        canonical = self.canonical_url(self.object)
        if request.path != canonical:
            query = request.META.get("QUERY_STRING")
            return HttpResponsePermanentRedirect(f"{canonical}?{query}" if query else canonical)
        return self.render_to_response(self.get_context_data(object=self.object))


def paginate(request, queryset, per_page, param="page"):
    """The page of `queryset` named by `?<param>=`; a bad page number is a 404."""
    paginator = Paginator(queryset, per_page)
    number = request.GET.get(param) or 1
    try:
        return paginator.page(number)
    except InvalidPage as exc:
        raise Http404(f"没有这一页：{exc}") from exc
