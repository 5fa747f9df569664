"""Departments: an index by how often the papers mention them, and each one's articles."""

from django.db.models import Count
from django.views.generic import DetailView, ListView

from archive.models import Department, DepartmentKind, DepartmentMention, MergedDepartment

from .base import FollowMergesMixin, listed_articles, paginate_keys


class DepartmentListView(ListView):
    """`archive/department_list.html`: `departments`, most mentioned first (kept counts)."""

    template_name = "archive/department_list.html"
    context_object_name = "departments"
    paginate_by = 60

    def get_queryset(self):
        departments = Department.objects.all()
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


class DepartmentDetailView(FollowMergesMixin, DetailView):
    """`archive/department_detail.html`: `department` and a page of the `articles` naming it,
    paginated on their keys first (`paginate_keys`)."""

    model = Department
    merged_model = MergedDepartment
    template_name = "archive/department_detail.html"
    context_object_name = "department"
    paginate_by = 20

    def get_context_data(self, **kwargs):
        # One mention an article, newest first in the order of the index on
        # (department, page_date): a page of the list sorts only its own rows.
        mentions = DepartmentMention.objects.filter(department=self.object)
        articles = mentions.newest_first()
        return super().get_context_data(
            articles=paginate_keys(
                self.request,
                articles.values_list("article", flat=True),
                listed_articles,
                self.paginate_by,
                count=self.object.mention_count,  # one mention an article, kept on the row
                dated=True,
            ),
            **kwargs,
        )
