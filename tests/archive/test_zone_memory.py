"""What the ingest holds for each department of a zone it keeps (archive/resolvers.py
`_Zone`): a paper's own zones gather departments as the archive grows, and are kept
for the whole run."""

import random
import tracemalloc

from archive.resolvers import _Zone

HEADS = ["局", "委员会", "办公室", "中心", "医院", "学校", "有限公司", "集团"]
WORDS = "文化广电旅游市场监督管理城乡建设财政金融教育卫生健康应急交通运输科技创新服务投资发展"


def names(n, seed=3):
    rng = random.Random(seed)
    return [
        (pk, "郑州高新区" + "".join(rng.choices(WORDS, k=rng.randint(3, 8))) + rng.choice(HEADS))
        for pk in range(1, n + 1)
    ]


def test_a_zone_holds_under_1200_bytes_a_department():
    rows = names(5000)
    _Zone("郑州高新区", rows[:10])  # the parser's tables loaded
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        zone = _Zone("郑州高新区", rows)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(zone.names) == 5000
    # Its names, their keys and the parser's bounded caches of them, filled here: about
    # 880 bytes; with a set of each name's characters, 2 160.
    assert held / len(rows) < 1200


def test_a_zone_finds_the_bodies_a_name_may_be_either_way_round():
    zone = _Zone("郑州高新区", [(1, "郑州高新区市场监督管理局"), (2, "郑州高新区财政金融局")])
    assert zone.bodies_like("高新区市场监管局") == [1]  # short for the first
    assert zone.bodies_like("郑州高新区财政局") == [2]  # the second's characters hold it
    assert zone.bodies_like("郑州高新区教育局") == []
