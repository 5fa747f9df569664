"""Credit forms of other papers' pages (archive.parsing.credits): leads and closing
credits the byline grammar reads as a careful reader does. Plain pytest: no database."""

from archive.parsing import PageMeta, parse_page
from archive.parsing.credits import (
    byline_credits,
    looks_like_name,
    parse_byline,
    parse_lead,
    photo_set_apart,
    split_closing_credit,
)
from archive.parsing.result import Credit


def credits(*triples):
    return [Credit(*t) for t in triples]


def test_a_marker_and_its_byline_on_a_line_of_their_own_credit_every_name():
    # The text goes on under it (报道：…); the marker is no word of the byline.
    assert byline_credits("本报讯 记者林海波 通讯员赵一鸣") == credits(
        ("林海波", "reporter"), ("赵一鸣", "correspondent")
    )


def test_an_unbracketed_credit_after_the_marker_may_open_with_a_rubric_mark():
    lead = parse_lead("本报讯 ■记者 石海川 通讯员 阿依努尔·吐尔逊 8月3日，团场的棉花开始采收。")
    assert lead.credits == credits(("石海川", "reporter"), ("阿依努尔·吐尔逊", "correspondent"))
    assert lead.rest == "8月3日，团场的棉花开始采收。"


def test_a_marker_and_its_unbracketed_credit_ending_their_line_credit_the_text_under():
    # the column ends right after the name; run on, the name would take the text's letters
    page = parse_page(
        "古村修缮留乡愁\n本报讯 通讯员 柯一鸣\n南坪村现存明清古民居四十余\n座，去年以来陆续修缮。\n".encode(),
        PageMeta(source="p.txt"),
    )
    (article,) = page.articles
    assert [(c.name, c.role) for c in article.credits] == [("柯一鸣", "correspondent")]
    assert "南坪村现存" in article.body
    page = parse_page(  # the text begun on the marker's line runs on as ever
        "古村修缮留乡愁\n本报讯 通讯员 柯一鸣 3月1\n8日，南坪村古民居修缮完工。\n".encode(),
        PageMeta(source="p.txt"),
    )
    assert "3月18日" in page.articles[0].body


def test_credit_parts_set_apart_by_commas_up_to_reported():
    lead = parse_lead("本报佛山3月8日讯  记者陈嘉文、何子健，通讯员罗敏报道：3月8日，新馆开放。")
    assert lead.credits == credits(
        ("陈嘉文", "reporter"), ("何子健", "reporter"), ("罗敏", "correspondent")
    )
    assert lead.rest == "3月8日，新馆开放。"


def test_a_comma_inside_prose_before_reported_is_no_credit():
    lead = parse_lead("本报讯 记者从市教育局获悉，据媒体报道：今年秋季新增学位三千个。")
    assert lead.credits == []


def test_names_a_wrap_ran_together_are_cut_where_every_name_has_a_common_surname():
    # （记者 李晓云 / 郑华）joined across the wrap: not 李晓 云郑华, 云 a rare surname.
    lead = parse_lead("新华社广州5月2日电（记者 李晓云郑华）记者2日从港口获悉，航线开通。")
    assert [c.name for c in lead.credits] == ["李晓云", "郑华"]


def test_uyghur_and_kazakh_names_of_four_to_six_characters_are_names():
    assert byline_credits("（记者 帕提古丽 摄影 阿布都艾力）") == credits(
        ("帕提古丽", "reporter"), ("阿布都艾力", "photographer")
    )


def test_a_dash_signs_the_text_above_as_a_byline():
    assert parse_byline("——融媒体记者 韩晓东") == credits(("韩晓东", "reporter"))
    assert parse_byline("——访老党员韩晓东") is None


def test_the_page_number_stuck_to_the_closing_credit_is_no_text():
    assert split_closing_credit("…以旧换新活动持续到月底。（宋佳）7", news=False) == (
        "…以旧换新活动持续到月底。",
        credits(("宋佳", "author")),
    )


def test_one_person_named_for_text_and_photos_is_one_credit():
    assert parse_byline("陆远/文  陆远/图") == credits(("陆远", "author"))
    assert parse_byline("陆远/文 孟佳/图") == credits(("陆远", "author"), ("孟佳", "photographer"))


def test_a_writers_unit_then_name_in_closing_brackets():
    assert byline_credits("（作者单位：县人民医院 宋志刚）") == credits(
        ("宋志刚", "author", "县人民医院")
    )


def test_a_reprinted_pieces_outlet_then_its_writer_in_closing_brackets():
    assert byline_credits("（据《山河日报》 作者 宋志刚）") == credits(
        ("宋志刚", "author", "山河日报")
    )
    assert split_closing_credit("一段话。（摘自《山河日报》 作者 宋志刚）")[1] == credits(
        ("宋志刚", "author", "山河日报")
    )
    assert byline_credits("（据《山河日报》）") is None  # an outlet alone credits no one


def test_a_papers_own_name_before_its_xun_and_a_bylines_bracket_marks_a_lead():
    lead = parse_lead("南湾潮讯（记者 冯一鸣）5月26日，里水镇荔枝节开幕。")
    assert lead.marker == "南湾潮讯" and lead.credits == credits(("冯一鸣", "reporter"))
    # With no role word in the bracket, a sentence's words before 讯 mark nothing.
    assert parse_lead("南湾潮讯（五月）将出版").marker is None


def test_photos_and_text_a_page_put_together_and_a_credit_after_text_with_no_stop():
    assert parse_byline("朱一鸣 摄文") == credits(("朱一鸣", "photographer"))
    assert byline_credits("（本版整理 白云峰）") == credits(("白云峰", "author"))
    # OCR lost every stop: a bracket after a gap, a role word in it, closes the text.
    assert split_closing_credit("研究部署春季造林工作 (记者 陈 丹)") == (
        "研究部署春季造林工作",
        credits(("陈丹", "reporter")),
    )
    assert split_closing_credit("研究部署春季造林工作 (王明 李强)")[1] == []


def test_a_headline_spaced_letter_by_letter_is_no_padded_names():
    assert byline_credits("金 秋 旅 游 旺 季") is None  # words: 金秋 旅游 旺季
    assert byline_credits("谢 桥 矿") is None  # a mine's name
    assert byline_credits("廖 春 燕") == credits(("廖春燕", "reporter"))
    assert byline_credits("扎 西 顿 珠") == credits(("扎西顿珠", "reporter"))


def test_a_writers_byline_then_where_they_study_in_brackets():
    assert byline_credits("文/黄一凡（城南一中高二（3）班）") == credits(
        ("黄一凡", "author", "城南一中高二（3）班")
    )
    assert byline_credits("文/黄一凡（县人民医院）") == credits(("黄一凡", "author", "县人民医院"))
    assert byline_credits("文/黄一凡（图）") is None  # no place of work or study


def test_a_name_then_where_the_writer_lives_closing_a_letter():
    assert byline_credits("（沈磊 南湖区居民）") == credits(("沈磊", "author"))


def test_a_reader_may_sign_as_mr_or_ms_surname():
    assert byline_credits("（读者 邓女士）") == credits(("邓女士", "author"))
    assert byline_credits("（读者 邓大爷）") is None


def test_a_section_line_place_dot_topic_is_no_name():
    assert byline_credits("宜昌·民生") is None
    assert byline_credits("（通讯员 扎西·次仁）") == credits(("扎西·次仁", "correspondent"))


def test_a_section_line_of_two_topics_is_no_name():
    assert byline_credits("城事·民生") is None
    assert byline_credits("经济·观察") is None
    assert byline_credits("记者 艾力·买买提") == credits(("艾力·买买提", "reporter"))


def test_a_teacher_signs_with_the_school_and_the_subject_taught():
    assert parse_byline("县第二中学语文教师 邓雨桐") == credits(("邓雨桐", "author", "县第二中学"))


def test_a_primary_pupil_signs_with_the_school_and_class():
    assert parse_byline("城关小学五（3）班 邹一航") == credits(
        ("邹一航", "author", "城关小学五(3)班")
    )


def test_a_notices_letter_spaced_heading_is_no_name():
    assert byline_credits("公  告") is None
    assert byline_credits("高  峰") == credits(("高峰", "reporter"))


def test_a_transliterated_name_may_open_with_a_places_name():
    assert byline_credits("瑞安·阿博特") == credits(("瑞安·阿博特", "reporter"))


def test_a_photo_credit_set_apart_by_a_wide_gap_is_its_own():
    assert photo_set_apart("通讯员 韩冰   卢月 摄") == credits(
        ("韩冰", "correspondent"), ("卢月", "photographer")
    )
    assert photo_set_apart("通讯员 韩冰\u3000\u3000卢月 摄") == credits(
        ("韩冰", "correspondent"), ("卢月", "photographer")
    )
    assert photo_set_apart("陆远/文   陆远/图") == credits(("陆远", "author"))
    # A full-width space alone is how many papers set any two names apart.
    assert photo_set_apart("通讯员　韩冰　卢月　摄") is None
    # One run of names closed by 摄, a padded name's gap, two role words: as before.
    assert photo_set_apart("通讯员 韩冰 卢月 摄") is None
    assert photo_set_apart("新华社记者  赵  川摄") is None
    assert photo_set_apart("记者 韩冰   通讯员 卢月") is None


PHOTO_ITEM = """2023年10月18日 星期三 第2版

谷子收获忙
金秋时节，县里十万亩谷子进入收获期，田间处处是忙碌的身影。
通讯员 韩冰   卢月 摄
"""


def test_the_page_keeps_the_gap_a_byline_is_printed_with():
    page = parse_page(PHOTO_ITEM.encode("utf-8"), PageMeta(source="page.txt"))
    (item,) = page.articles
    assert [(c.name, c.role) for c in item.credits] == [
        ("韩冰", "correspondent"),
        ("卢月", "photographer"),
    ]


def test_a_mongolian_name_of_two_long_elements_is_a_name():
    # Six characters, no surname: two elements of two and four, not the 2-4 of a Han name.
    assert byline_credits("（通讯员 孟克吉日嘎拉 记者 巴特尔）") == credits(
        ("孟克吉日嘎拉", "correspondent"), ("巴特尔", "reporter")
    )
    assert looks_like_name("阿斯哈尔古丽")  # the first element of four characters


def test_two_name_elements_with_a_sentence_after_them_are_no_name():
    assert not looks_like_name("巴特尔说")


def test_unevenly_spaced_names_are_cut_where_a_common_surname_opens_the_next():
    # OCR spaced the first name and the second's surname, not the second's given name.
    assert byline_credits("通讯员 卢 静 谢 雨桐") == credits(
        ("卢静", "correspondent"), ("谢雨桐", "correspondent")
    )
    # A name that follows the padded one whole is its own.
    assert byline_credits("记者 宋 磊 冯佳") == credits(("宋磊", "reporter"), ("冯佳", "reporter"))


def test_an_unbracketed_credits_last_name_run_into_the_date_after_it():
    lead = parse_lead("本报讯 通讯员 叶青 记者 邵一帆4月1日，东湖区食堂开业。")
    assert lead.credits == credits(("叶青", "correspondent"), ("邵一帆", "reporter"))
    assert lead.rest == "4月1日，东湖区食堂开业。"


def test_a_marker_in_its_own_brackets_opens_the_lead_and_its_byline():
    # Hong Kong papers print 【本報訊】, in traditional characters.
    lead = parse_lead("【本報訊】記者 陳嘉欣 報道：康體設施下月啟用。")
    assert (lead.marker, lead.credits) == ("【本報訊】", credits(("陳嘉欣", "reporter")))
    assert lead.rest == "康體設施下月啟用。"
    assert parse_lead("【本报讯】运输署9月4日公布").marker == "【本报讯】"


def test_a_bracket_opened_before_a_marker_and_left_open_is_no_marker():
    assert parse_lead("【本报讯 今年的灯会以月为题").marker is None


def test_a_pupil_signs_with_the_school_and_class_set_apart_and_a_padded_name():
    assert parse_byline("西湖中学 初二（4）班 喻 思 远") == credits(
        ("喻思远", "author", "西湖中学初二(4)班")
    )
    # 文/图 before the class: the pupil wrote and took the photos; the class vouches
    # for a rarer surname.
    assert parse_byline("文/图 新华中学 高一（1）班 丘 文 博") == credits(
        ("丘文博", "author", "新华中学高一(1)班")
    )
    assert parse_byline("初一（5）班 学习") is None


def test_a_school_papers_pupil_reporter_is_a_reporter():
    lead = parse_lead("本报讯（小记者 贺 一 鸣）5月12日，科技节开幕。")
    assert lead.credits == credits(("贺一鸣", "reporter"))


def test_a_unit_that_supplied_the_copy_is_no_person_but_its_editor_is():
    assert byline_credits("（供稿：外国语学院 编辑：严可馨）") == credits(("严可馨", "editor"))
    assert byline_credits("（供稿：外国语学院）") == []


def test_an_authors_note_names_the_writer_with_no_role_word():
    # 作者系/作者为/作者单位 says who wrote it: the name beside the note is its author,
    # inside the brackets, after them, or before them.
    assert byline_credits("（作者系青石县北湖镇第三中心小学退休教师　柯一舟）") == credits(
        ("柯一舟", "author", "青石县北湖镇第三中心小学")  # where they taught
    )
    assert byline_credits("（作者为市中心医院儿科副主任医师　冉二）") == credits(("冉二", "author"))
    assert byline_credits("（作者单位：北湖区人民法院）　柯一舟") == credits(
        ("柯一舟", "author", "北湖区人民法院")
    )
    assert byline_credits("柯一舟（作者单位：北湖区税务局）") == credits(
        ("柯一舟", "author", "北湖区税务局")
    )
    # A note that names nobody, or words that are no name, credit no one.
    assert byline_credits("（作者系某大学教授）") is None
    assert byline_credits("（作者为本报特约评论员）") is None
    assert byline_credits("（作者单位：北湖区税务局）工作") is None


def test_an_authors_note_as_its_own_last_paragraph_closes_the_text():
    # No sentence ends before it: the whole paragraph is the signature, as a bracketed
    # credit alone on its line is.
    assert split_closing_credit("柯一舟（作者系北湖区纺织厂退休职工）") == (
        "",
        credits(("柯一舟", "author")),
    )
    assert split_closing_credit("柯一舟（北湖区纺织厂退休职工）") == (
        "柯一舟（北湖区纺织厂退休职工）",
        [],
    )


def test_a_reporters_byline_closed_by_where_it_was_filed_and_reported():
    # 本报记者 X 某地报道: the place is no part of the name, glued to it or not.
    expected = credits(("柯一舟", "reporter"))
    assert parse_byline("本报记者柯一舟兰州报道") == expected
    assert parse_byline("本报记者 柯一舟 兰州报道") == expected
    assert parse_byline("本报记者 柯一舟 通讯员 冉二 兰州报道") == credits(
        ("柯一舟", "reporter"), ("冉二", "correspondent")
    )
    assert parse_byline("记者现场报道") is None


def test_a_slash_glues_a_photo_mark_to_the_one_name_before_it():
    # 本报记者 X Y/图: Y took the photos; X is the role word's reporter, not a photographer.
    assert parse_byline("本报记者 柯一舟 冉二/图") == credits(
        ("柯一舟", "reporter"), ("冉二", "photographer")
    )
    assert parse_byline("记者 柯一舟 冉二/摄") == credits(
        ("柯一舟", "reporter"), ("冉二", "photographer")
    )
    assert parse_byline("记者 柯一舟 通讯员 冉二/摄") == credits(
        ("柯一舟", "reporter"), ("冉二", "photographer")
    )
    # A closing mark set apart by a space is every name's, as before.
    assert parse_byline("记者 柯一舟 冉二 摄") == credits(
        ("柯一舟", "photographer"), ("冉二", "photographer")
    )


def test_photos_credited_to_a_team_name_no_one():
    # 文/X Y 图/学生记者团: the writers are credited; the team that took the photos is no person.
    expected = credits(("柯一舟", "author"), ("冉二", "author"))
    assert parse_byline("文/柯一舟 冉二  图/学生记者团") == expected
    assert parse_byline("文/柯一舟 冉二 图/县委报道组") == expected
    # A team alone, or a team as the writer's role word with no name, is no byline.
    assert parse_byline("图/学生记者团") is None
    assert parse_byline("文/学生记者团") is None


def test_photos_a_byline_credits_to_no_one_leave_its_names_credited():
    assert parse_byline("◎文/记者 周云  图/受访者供图") == credits(("周云", "reporter"))
    assert parse_byline("本报记者 周云 图片由主办方提供") == credits(("周云", "reporter"))
    assert parse_byline("通讯员 贺兰（资料图片）") == credits(("贺兰", "correspondent"))
    assert parse_byline("图/受访者供图") == []  # a line of its own: no one credited
    assert parse_byline("文/记者 周云 图/读者 提供") == credits(("周云", "reporter"))
    assert parse_byline("全县已建成受访者服务站") is None


def test_a_papers_contributing_writer_signs_as_author():
    assert parse_byline("本报特约撰稿人　蔺远舟") == credits(("蔺远舟", "author"))
    assert parse_byline("撰稿人：蔺远舟") == credits(("蔺远舟", "author"))


def test_a_signature_says_who_the_writer_is_for_a_role_word():
    assert parse_byline("□ 南屏县柳桥乡中心学校 教师 詹晓梅") == [
        Credit("詹晓梅", "author", "南屏县柳桥乡中心学校")
    ]
    assert parse_byline("□ 宁远纺织董事长 孟文博") == [Credit("孟文博", "author", "宁远纺织")]
    assert parse_byline("◇ 文学院2022级 钟晓禾") == [Credit("钟晓禾", "author", "文学院")]
    assert parse_byline("省植保植检站 柏云飞") == [Credit("柏云飞", "author", "省植保植检站")]
    # A news team's writer keeps the team's role; a town, or a sentence cut by OCR's gap
    # before a surname-like word, signs nothing.
    assert parse_byline("县委报道组 柏云飞") == credits(("柏云飞", "correspondent"))
    assert parse_byline("江苏南通市  柏云飞") is None
    assert parse_byline("希望物业和相关部 门加强") is None


def test_an_alumnus_signs_with_the_class_and_major():
    assert byline_credits("2003届土木工程专业校友 宁若溪") == credits(("宁若溪", "author"))
    assert byline_credits("机械工程学院校友 宁若溪") == credits(
        ("宁若溪", "author", "机械工程学院")
    )


def test_a_rare_surname_after_its_role_word_ends_an_unbracketed_credit():
    # 丘 and 代 open 丘陵 and 代表 in running text, never right after a role word
    lead = parse_lead("本报讯 记者温建明 通讯员丘丽芬 初夏时节，走进河田镇，满眼是马尾松。")
    assert lead.credits == credits(("温建明", "reporter"), ("丘丽芬", "correspondent"))
    assert lead.rest.startswith("初夏时节")
    assert parse_byline("记者 代明辉") == credits(("代明辉", "reporter"))


def test_a_bare_name_closing_an_item_takes_the_role_the_page_gives_it_elsewhere():
    page = parse_page(
        (
            "电网负荷创新高\n本报讯（记者 龚海明 通讯员 黎小静）7月17日，电网用电负荷创新高。\n\n"
            "电费回收座谈会召开\n本报讯 近日，营销部召开电费回收工作座谈会，部署下半年工作。（黎小静）\n\n"
            "抢修队连夜奋战\n本报讯 近日，抢修队连夜修复受损线路，恢复供电。（韩立群）\n"
        ).encode(),
        PageMeta(source="p.txt"),
    )
    roles = [[(c.name, c.role) for c in a.credits] for a in page.articles]
    assert roles == [
        [("龚海明", "reporter"), ("黎小静", "correspondent")],
        [("黎小静", "correspondent")],
        [("韩立群", "reporter")],  # named nowhere else: the guess stands
    ]


def test_a_media_centres_brand_before_the_role_word_signs_its_own_staff():
    assert byline_credits("云岫融媒记者 谭宏亮 通讯员 杭建") == credits(
        ("谭宏亮", "reporter"), ("杭建", "correspondent")
    )
    assert byline_credits("长兴融媒体记者 向佳怡") == credits(("向佳怡", "reporter"))
    # the institution named in full is an outlet of its own, crediting its writer
    assert byline_credits("青岚县融媒体中心记者 王晓") == [
        Credit("王晓", "author", "青岚县融媒体中心")
    ]


def test_a_line_of_fields_is_read_field_by_field_its_source_naming_no_writers_outlet():
    row = byline_credits("来源：禾阳县融媒体中心 | 记者：柴文博 苏晓敏 | 编辑：翟佳 | 审核：梁冬")
    assert [(c.name, c.role) for c in row] == [
        ("柴文博", "reporter"),
        ("苏晓敏", "reporter"),
        ("翟佳", "editor"),
    ]


def test_a_works_unit_between_the_role_word_and_its_names_is_their_organization():
    # a works' short name may open on a verb (热轧厂); a role word before the unit vouches
    # for a name no surname opens (乌兰)
    assert byline_credits("（通讯员 热轧厂 缪思源）") == [
        Credit("缪思源", "correspondent", "热轧厂")
    ]
    assert byline_credits("通讯员 炼钢厂 乌兰 龚磊") == [
        Credit("乌兰", "correspondent", "炼钢厂"),
        Credit("龚磊", "correspondent", "炼钢厂"),
    ]


def test_the_papers_own_compiled_item_opens_with_its_marker():
    lead = parse_lead("本报综合 12月3日，轨道交通11号线二期正式开通运营。")
    assert (lead.marker, lead.credits, lead.rest) == (
        "本报综合",
        [],
        "12月3日，轨道交通11号线二期正式开通运营。",
    )
    assert parse_lead("新华社综合").marker is None  # another's compilation names no marker
    page = parse_page(
        "全国首条全自动驾驶跨江轨道线开通\n本报综合\n12月3日，江城轨道交\n通11号线二期正式开通\n运营，这是全国首条采用\n全自动运行系统的线路。\n".encode(),
        PageMeta(source="p.txt"),
    )
    assert page.articles[0].title == "全国首条全自动驾驶跨江轨道线开通"


def test_a_name_run_into_a_day_in_chinese_numerals_ends_before_it():
    lead = parse_lead("本报讯 通讯员 黎勇 实习生 邓佳佳十月十五日，县公安局破获一起盗窃案。")
    assert lead.credits == credits(("黎勇", "correspondent"), ("邓佳佳", "reporter"))
    assert lead.rest.startswith("十月十五日")


def test_communes_and_co_ops_are_correspondents_units_not_outlets():
    assert byline_credits("（通讯员　横溪公社　倪宝林）") == [
        Credit("倪宝林", "correspondent", "横溪公社")
    ]
    assert byline_credits("（通讯员　县信用联社　盛玉华）") == [
        Credit("盛玉华", "correspondent", "县信用联社")
    ]
    # a clause that opens on a verb is no unit (回到社区，居民…)
    assert byline_credits("回到社区，居民刘大") is None


def test_a_tibetan_name_opening_on_a_known_element_follows_its_role_word():
    assert byline_credits("（记者 旦增曲扎）") == credits(("旦增曲扎", "reporter"))
    assert byline_credits("（记者 旦增表示）") is None  # a name and the verb after it


def test_a_short_units_writer_signs_with_the_units_name_first():
    assert byline_credits("（农行　胡美玲）") == [Credit("胡美玲", "author", "农行")]
    assert parse_lead("本报讯（党办 陈静怡）5月9日，医院召开会议。").credits == [
        Credit("陈静怡", "author", "党办")
    ]


def test_a_reporters_name_and_baodao_open_a_lead_with_no_marker():
    from archive.parsing.leads import is_lead

    assert is_lead("记者马俊杰报道：10月14日，记者从区住建局获悉，今年改造老旧小区27个。")
    assert is_lead("记者马俊杰、通讯员陈泽宏报道：10月14日，区里召开会议。")
    assert not is_lead("记者从区住建局获悉，据《某某日报》报道的小区今年改造。")
