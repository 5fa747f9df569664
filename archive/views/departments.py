"""Departments: an index by how often the papers mention them, and each one's articles."""

from django.db.models import Count
from django.views.generic import DetailView, ListView

from archive.models import Article, Department, DepartmentKind

from .base import paginate


class DepartmentListView(ListView):
    """`archive/department_list.html`: `departments` with `mention_count`, most mentioned first."""

    template_name = "archive/department_list.html"
    context_object_name = "departments"
    paginate_by = 60

    def get_queryset(self):
        departments = Department.objects.with_mention_counts()
        kind = self.request.GET.get("kind")
        if kind in DepartmentKind.values:
            departments = departments.filter(kind=kind)
        return departments.most_mentioned()

    def get_context_data(self, **kwargs):
        kind = self.request.GET.get("kind")
        present = dict(Department.objects.order_by().values_list("kind").annotate(n=Count("pk")))
        return super().get_context_data(
            # Only the kinds the archive has, with how many of each.
            kinds=[
                (key, label, present[key])
                for key, label in DepartmentKind.choices
                if key in present
            ],
            kind=kind if kind in DepartmentKind.values else "",
            **kwargs,
        )


class DepartmentDetailView(DetailView):
    """`archive/department_detail.html`: `department` and a page of the `articles` naming it."""

    model = Department
    template_name = "archive/department_detail.html"
    context_object_name = "department"
    paginate_by = 20

    def get_context_data(self, **kwargs):
        articles = (
            Article.objects.filter(department_mentions__department=self.object)
            .with_issue()
            .with_credits()
            .order_by("-issue__date", "issue", "position")
        )
        return super().get_context_data(
            articles=paginate(self.request, articles, self.paginate_by), **kwargs
        )
