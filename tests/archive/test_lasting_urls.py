"""Addresses that last: merged people and departments answer 301 to the one kept; every
page names its canonical URL; robots.txt names the sitemap."""

import pytest

from archive.merge import merge_departments, merge_people

from .factories import make_article, make_credit, make_department, make_person

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("similar_articles")]


def test_a_merged_person_answers_301_to_the_one_kept(client):
    keep, first, second = make_person("孙庆辉"), make_person("孙庆晖"), make_person("孙庆灰")
    make_credit(make_article(), first)
    first_pk, keep_pk = first.pk, keep.pk  # delete() clears the merged one's pk
    merge_people(keep, [first])
    for suffix in ("/", ".json", ".csv"):
        response = client.get(f"/people/{first_pk}{suffix}?page=1")
        assert response.status_code == 301, suffix
        assert response["Location"] == f"/people/{keep.pk}{suffix}?page=1"
    # Merged again, into someone else: the first name's URL follows to the last one kept.
    merge_people(second, [keep])
    assert client.get(f"/people/{first_pk}/")["Location"] == f"/people/{second.pk}/"
    assert client.get(f"/people/{keep_pk}/")["Location"] == f"/people/{second.pk}/"
    assert client.get(f"/people/{second.pk}/").status_code == 200
    assert client.get("/people/999999/").status_code == 404


def test_a_merged_department_answers_301_to_the_one_kept(client):
    keep, other = make_department("高新区文化和旅游局"), make_department("高新区文旅局")
    other_pk = other.pk
    merge_departments(keep, [other])
    response = client.get(f"/departments/{other_pk}/")
    assert (response.status_code, response["Location"]) == (301, f"/departments/{keep.pk}/")


@pytest.mark.parametrize(
    "path, canonical",
    [
        ("/", "http://testserver/"),
        ("/people/?page=1&utm_source=weixin", "http://testserver/people/?page=1"),
        (
            "/people/?show=reporter&page=1&fbclid=x",
            "http://testserver/people/?page=1&amp;show=reporter",
        ),
        ("/dates/", "http://testserver/dates/"),
        ("/search/?q=培训&utm_medium=x", "http://testserver/search/?q=%E5%9F%B9%E8%AE%AD"),
    ],
)
def test_every_page_names_its_canonical_url(client, small_archive, path, canonical):
    html = client.get(path).content.decode()
    assert html.count('rel="canonical"') == 1
    assert f'<link rel="canonical" href="{canonical}">' in html


def test_a_missing_page_names_no_canonical_url(client, db):
    response = client.get("/people/999999/")
    assert response.status_code == 404 and 'rel="canonical"' not in response.content.decode()


def test_robots_txt_names_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /search" in lines  # the search page and its .json, .csv and .atom
    assert client.get("/sitemap.xml").status_code == 200
