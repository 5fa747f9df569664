import pytest

from archive.parsing.normalise import heading_level, join_cjk, normalise_line


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("ＡＢＣ１２３", "ABC123"),
        ("记者　孙庆辉", "记者 孙庆辉"),  # ideographic space folds, and is kept in a byline
        ("本报讯 6月1日上午,经开区党工委", "本报讯 6月1日上午，经开区党工委"),
        ("高新区(示范区)党工委", "高新区（示范区）党工委"),
        ("尽职责,严分工,  ", "尽职责，严分工，"),
        ("PM2.5专家组", "PM2.5专家组"),
        ("50890.58平方米", "50890.58平方米"),
        ("\ufeff本报讯", "本报讯"),
        # A speck OCR read as a ditto mark, alone between a sentence and its credit.
        ("种子。　〃　　（兰　建　华）", "种子。 （兰 建 华）"),
        ("〃", ""),
        ("同上〃号", "同上〃号"),  # not alone: left as printed
        # A half-width full stop after Chinese text ends a sentence; after a digit it
        # may be a decimal point the column cut (增长7. / 3%), and stays.
        ("发布年度报告.去年全市受理", "发布年度报告。去年全市受理"),
        ("挽回损失4100余万元.", "挽回损失4100余万元。"),
        ("占总量的62%.", "占总量的62%。"),
        ("同比增长7.", "同比增长7."),
        ("等等...", "等等..."),
    ],
)
def test_normalise_line(raw, expected):
    assert normalise_line(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("介 绍 了 郑 州 高 新 区", "介绍了郑州高新区"),
        ("自 2017年启动", "自2017年启动"),
        ("2月 11日上午", "2月11日上午"),
        ("covid 19 疫情", "covid 19疫情"),
    ],
)
def test_join_cjk_removes_ocr_gaps_only_inside_chinese(raw, expected):
    assert join_cjk(raw) == expected


def test_markdown_headings_keep_their_level():
    assert heading_level("## 高新区召开环境污染防治工作会议") == (
        2,
        "高新区召开环境污染防治工作会议",
    )
    assert heading_level("# 标题 #") == (1, "标题")
    assert heading_level("#话题") == (0, "#话题")


def test_a_line_ocr_spaced_letter_by_letter_is_closed():
    from archive.parsing.normalise import unspaced

    assert unspaced("2 0 2 4 年 5 月 9 日 星 期 四") == "2024年5月9日星期四"
    assert unspaced("绿 色 发 展 见 成 效") == "绿色发展见成效"
    # Words apart stay apart: paired phrases, a byline, a line with a few lone letters.
    assert unspaced("您上班 我带娃") == "您上班 我带娃"
    assert unspaced("本报记者 杨文明 通讯员 李 华") == "本报记者 杨文明 通讯员 李 华"
    assert unspaced("本 报 讯 5月8日，县里") == "本 报 讯 5月8日，县里"
