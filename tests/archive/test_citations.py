"""Citations that last (archive.citations): each format against a reference string,
the article page's permanent link, copy buttons and Zotero tags, the RIS download."""

import datetime

import pytest
from django.utils import timezone

from archive.citations import Citation, apa, bibtex, gbt7714, meta_tags, ris
from archive.models import CreditRole

from .factories import make_article, make_credit, make_issue, make_person, make_publication

ACCESSED = datetime.date(2026, 12, 4)
URL = "https://baokan.example/articles/12/"


def cite(**changes):
    fields = {
        "pk": 12,
        "title": "高新区财政金融局开展预算绩效管理培训",
        "authors": ("孙庆辉", "黄梦玮"),
        "paper": "高新时报",
        "date": datetime.date(2021, 7, 9),
        "page_number": 4,
        "page_label": "第4版 要闻",
        "url": URL,
    }
    return Citation(**{**fields, **changes})


def test_gbt7714():
    assert gbt7714(cite(), ACCESSED) == (
        "孙庆辉, 黄梦玮. 高新区财政金融局开展预算绩效管理培训[N/OL]. 高新时报, "
        "2021-07-09(4)[2026-12-04]. https://baokan.example/articles/12/."
    )
    many = cite(authors=("甲", "乙", "丙", "丁"), page_number=None, page_label="A3版")
    assert gbt7714(many, ACCESSED).startswith("甲, 乙, 丙, 等. ")
    assert "高新时报, 2021-07-09(A3版)[2026-12-04]" in gbt7714(many, ACCESSED)
    anonymous = cite(authors=(), date=None, page_number=None, page_label="")
    assert gbt7714(anonymous, ACCESSED) == (
        "高新区财政金融局开展预算绩效管理培训[N/OL]. 高新时报, 出版日期不详[2026-12-04]. "
        "https://baokan.example/articles/12/."
    )


def test_apa():
    assert apa(cite()) == (
        "孙庆辉, & 黄梦玮. (2021, July 9). 高新区财政金融局开展预算绩效管理培训. "
        "高新时报, p. 4. https://baokan.example/articles/12/"
    )
    assert apa(cite(authors=("孙庆辉",))).startswith("孙庆辉. (2021, July 9). ")
    assert apa(cite(authors=("甲", "乙", "丙"))).startswith("甲, 乙, & 丙. (")
    assert apa(cite(authors=(), date=None)) == (
        "高新区财政金融局开展预算绩效管理培训. (n.d.). 高新时报, p. 4. "
        "https://baokan.example/articles/12/"
    )


def test_bibtex():
    assert bibtex(cite(title="50%的企业_达标"), ACCESSED) == (
        "@article{baokan12,\n"
        "  author = {{孙庆辉} and {黄梦玮}},\n"
        "  title = {50\\%的企业\\_达标},\n"
        "  journal = {高新时报},\n"
        "  date = {2021-07-09},\n"
        "  year = {2021},\n"
        "  month = {7},\n"
        "  pages = {4},\n"
        "  note = {第4版 要闻},\n"
        "  url = {https://baokan.example/articles/12/},\n"
        "  urldate = {2026-12-04}\n"
        "}"
    )


def test_ris():
    assert ris(cite(), ACCESSED) == (
        "TY  - NEWS\r\nAU  - 孙庆辉\r\nAU  - 黄梦玮\r\n"
        "TI  - 高新区财政金融局开展预算绩效管理培训\r\nT2  - 高新时报\r\n"
        "PY  - 2021\r\nDA  - 2021/07/09\r\nSP  - 4\r\n"
        "UR  - https://baokan.example/articles/12/\r\nY2  - 2026/12/04\r\nLA  - zh\r\nER  - \r\n"
    )


def test_meta_tags():
    assert meta_tags(cite()) == [
        ("citation_title", "高新区财政金融局开展预算绩效管理培训"),
        ("citation_author", "孙庆辉"),
        ("citation_author", "黄梦玮"),
        ("citation_journal_title", "高新时报"),
        ("citation_publication_date", "2021/07/09"),
        ("citation_date", "2021/07/09"),
        ("citation_firstpage", "4"),
        ("citation_public_url", URL),
        ("citation_language", "zh"),
    ]


@pytest.fixture
def article(db):
    paper = make_publication(name="高新时报", zone="郑州高新区", slug="gxsb")
    page = make_issue(paper, datetime.date(2021, 7, 9), "第4版 要闻")
    story = make_article(page, 1, title="高新区财政金融局开展预算绩效管理培训")
    make_credit(story, make_person("孙庆辉"), CreditRole.REPORTER)
    make_credit(story, make_person("刘金元"), CreditRole.PHOTOGRAPHER)  # not an author
    make_credit(story, make_person("黄梦玮"), CreditRole.CORRESPONDENT)
    return story


@pytest.mark.usefixtures("similar_articles")
def test_the_article_page_cites_by_its_permanent_url(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    permalink = f"http://testserver/articles/{article.pk}/"
    today = timezone.localdate().isoformat()
    assert f'<a href="{permalink}" id="cite-permalink">{permalink}</a>' in html
    assert (
        "孙庆辉, 黄梦玮. 高新区财政金融局开展预算绩效管理培训[N/OL]. 高新时报, "
        f"2021-07-09(4)[{today}]. {permalink}."
    ) in html
    assert (
        f"孙庆辉, &amp; 黄梦玮. (2021, July 9). 高新区财政金融局开展预算绩效管理培训. 高新时报, p. 4. {permalink}"
        in html
    )
    assert f"@article{{baokan{article.pk}," in html
    assert html.count('data-copy="cite-') == 4  # the link and three formats
    assert '<meta name="citation_author" content="孙庆辉">' in html
    assert '<meta name="citation_author" content="刘金元">' not in html
    assert '<meta name="citation_firstpage" content="4">' in html
    assert f'<link rel="canonical" href="http://testserver{article.get_absolute_url()}">' in html
    assert f'href="/articles/{article.pk}.ris"' in html
    # The permanent URL leads to the article wherever it now is.
    assert client.get(f"/articles/{article.pk}/")["Location"] == article.get_absolute_url()


def test_ris_download(client, article):
    response = client.get(f"/articles/{article.pk}.ris")
    assert response["Content-Type"] == "application/x-research-info-systems"
    assert f'filename="baokan-{article.pk}.ris"' in response["Content-Disposition"]
    body = response.content.decode()
    assert body.startswith("TY  - NEWS\r\nAU  - 孙庆辉\r\nAU  - 黄梦玮\r\n")
    assert f"UR  - http://testserver/articles/{article.pk}/\r\n" in body
    assert client.get("/articles/999999.ris").status_code == 404
