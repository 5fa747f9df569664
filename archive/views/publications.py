"""The newspapers in the archive, and each one's pages, newest first."""

from django.db.models import Count, Max, Min
from django.views.generic import DetailView, ListView

from archive.models import Publication

from .base import paginate
from .home import issues_with_counts


class PublicationListView(ListView):
    """`archive/publication_list.html`: `publications` with issue counts and date ranges."""

    template_name = "archive/publication_list.html"
    context_object_name = "publications"
    paginate_by = 50

    def get_queryset(self):
        return Publication.objects.annotate(
            issue_count=Count("issues"), first=Min("issues__date"), last=Max("issues__date")
        ).order_by("name")


class PublicationDetailView(DetailView):
    """`archive/publication_detail.html`: `publication` and a page of its `issues`."""

    model = Publication
    template_name = "archive/publication_detail.html"
    context_object_name = "publication"
    paginate_by = 30

    def get_context_data(self, **kwargs):
        issues = issues_with_counts(self.object.issues.order_by("-date", "page_label", "pk"))
        return super().get_context_data(
            issues=paginate(self.request, issues, self.paginate_by), **kwargs
        )
