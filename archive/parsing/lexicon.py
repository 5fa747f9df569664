"""The parser's vocabulary: every word list and character class it reads pages with.

The lists are deliberately plain data: when a real page shows a title or a role we do
not know, the fix is one word here, not a new rule. They are grouped by theme in the
order a reader would look for a word (characters, names, titles, bylines, headlines,
departments); the finders sort them longest-first. Nothing here names one paper: a
paper's own columns and zone come from the manifest (`columns`, `zone`).
"""

from __future__ import annotations

import functools
import logging
import re

# ---- Characters -------------------------------------------------------------------

# CJK ideographs (Extension A, the unified block, compatibility ideographs), written
# for use inside a regex character class: rf"[{CJK}]".
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Punctuation that ends a sentence (a paragraph may end after it), and the closing
# quotes and brackets that end one only right after such a mark (“…。” but not “开门红”).
SENTENCE_END = "。！？!?…”」』）)：:；;"
CLOSERS = "”」』）)"
# Marks that open a rubric line (■新年开新局) or a commentary signature (□高亢).
RUBRIC_MARKS = "■□▲△◆●★☆◇◎▍▌▶►▷▸"
# A group photo's numbers, one to each picture's caption (① …。② …。).
PHOTO_NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩"
# Drawn alone across a column (~~~~, ————, ＊＊＊), they rule one article off from the
# next. (An ellipsis alone, …………, stands for text left out inside an article.)
RULE_MARKS = "~～\\-－—─━═=＝_＿*＊"
# The marks of RUBRIC_MARKS that may sign a commentary with the author's name.
SIGNATURE_MARKS = "□■◇◆◎"
# Middle dots between the parts of a transliterated name (阿依古丽·买买提).
NAME_DOTS = "·•・‧"

# ---- People's names ---------------------------------------------------------------

# The ~300 commonest single-character surnames (by population), plus 习 and a few
# others common in government news; 和 is left out, it is far more often "and". A name
# must start with one of these, except inside an enumeration that is mostly names
# (阿志强、道宪奎 pass there).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
    "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁"
    "岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝"
    "路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景"
    "党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖"
    "巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉"
    "伊仝郜海帅习鲜战揭茹宿索权逯禹晋睢洪赖"
)

# Two-character surnames; checked before the single ones.
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 独孤 "
    "南宫 西门 百里 呼延 万俟 闻人 澹台 公冶 宗政 濮阳 太史 申屠 钟离 第五 羊舌 公羊 淳于 "
    "单于 太叔 仲孙 闾丘 东郭 左丘 梁丘 赫连 拓跋 乐正 壤驷 公良 谷梁 段干 漆雕 "
    "宰父 亓官 司寇 巫马 公西 颛孙 子车 微生 归海".split()
)  # (not 东门, 南门, 夹谷: far more often a place's gate or name, 南门菜场, than a family)

# Surnames too rare, or too often a common word (和, 国, 平, 强), to start a name in
# running text, but safe after a role word in a byline (记者 和平, 通讯员 亓飞).
RARE_SURNAMES = frozenset(
    "丰云亓井亢伏但信修公况冶初利勾印危卿呼和哈国奉宣容宾富尉尧居展屠嵇巴干平幸廉强慕戈戎扈"
    "支敬於昝晁普智朴束来杭植檀母浦湛漆狄玉盖相祖练羊芮茅薄衡衣裘计诸豆赫辜那邰门都阙鹿邸雍"
    "银隆阚庹铁言蒯逄郄厍笪隗訾佴锁綦郦暴阴矫琚仉竺贝"
    # 区 (Ōu, a Cantonese surname: 记者 区美玲); in running text it opens 区委, 区长.
    "区"
    # 丘 (a Hakka surname: 通讯员 丘丽芳) opens 丘陵; 代 (记者 代明) opens 代表.
    "丘代"
    # Surnames of the Hundred Family list that open few words (滑, 郗, 桓, 萧 …).
    "滑郗桓濮荀贲钮邴糜宓蓟郏璩殳夔乜钭庾鄂莘宦弘韶羿蔚酆萧谯缑宰"
)
BYLINE_SURNAMES = SURNAMES | RARE_SURNAMES | COMPOUND_SURNAMES

# Tibetan, Mongolian, Uyghur and Kazakh names carry no surname: each is built of one or
# two common elements (次仁旺堆, 央金卓玛, 扎西; 巴特尔, 其其格; 古丽娜尔, 阿不都热合曼,
# 努尔兰). Two of them make a name anywhere; one alone is a name only where a credit
# stands (记者 格桑, a closing （巴图）). A Uyghur name printed with the father's name
# after a middle dot (艾力·买买提) is read by its dot.
NAME_ELEMENTS = frozenset(
    """次仁 扎西 央金 卓玛 格桑 旺堆 顿珠 德吉 普布 达瓦 达娃 尼玛 巴桑 索朗 索南 拉姆 多吉 多杰
    平措 白玛 旦增 丹增 强巴 洛桑 益西 边巴 央宗 仁增 群培 曲珍 措姆 拉巴 次旦 罗布 嘉措 加措
    卓嘎 德庆 央拉 次珍 旺姆 米玛 琼达 贡布 桑珠 欧珠 拉珍 才让 才旦 拉毛 措毛 更登 华旦 桑杰
    仁青 当周 南杰 加央 旺杰 朗杰 次德 晋美 格列 巴珠 顿典 白珍 玉珍 卓拉 尼珍 次央 德央 曲吉
    巴特尔 乌兰 其其格 琪琪格 斯琴 宝音 图雅 额尔敦 苏和 朝鲁 那仁 萨仁 乌云 格日勒 阿拉坦 孟和
    布和 哈斯 高娃 乌力吉 巴图 毕力格 娜仁 图门 巴雅尔 那顺 宝力道 德力格尔 苏日娜 塔娜 其木格
    乌日娜 阿古拉 朝格图 特木尔 白音 乌恩 格根 托娅 赛音 宝力格 满都拉 达来 吉日嘎拉
    孟克 蒙克 呼和 敖敦 额尔德尼 吉雅 巴音 阿拉腾 朝克 青格勒 斯日古楞 哈日查盖
    敖日 格乐 格日乐 乌日 朝乐 那日 萨日 通拉嘎
    古丽 古力 娜尔 阿依 努尔 帕提 帕提曼 迪丽 热依 热依拉 热娜 玛依拉 米拉 祖丽 菲亚
    茹仙 加娜 阿娜尔 巴哈 巴哈尔 再努尔 阿米娜 米娜 孜巴 买买提 麦麦提 艾买提 阿不都 阿布都
    阿卜杜 热合曼 艾力 阿力 阿里木 吐尔逊 吐尔洪 艾尼 瓦尔 艾尼瓦尔 依明 阿迪力 塔依尔
    卡德尔 肉孜 司马义 伊力 亚森 克里木 斯拉木 沙吾提 帕尔哈提 吾斯曼 玉素甫 米吉提 阿不力孜
    艾合买提 艾山 吾甫尔 阿合买提 叶尔兰 努尔兰 叶尔江 达吾提 阿斯哈尔 木拉提 哈那提
    巴合提 加尔肯 阿依达娜 哈力 吐尔贡 夏提 尼加提 拜克""".split()
)

# Given names that are forms of address, not names (市民张女士, 村民李大爷).
ADDRESS_WORDS = frozenset(
    "女士 先生 同志 老师 师傅 大爷 大妈 大娘 阿姨 大姐 大哥 老汉 老人 总".split()
)
# Of those, how a reader who keeps their name back signs a letter (读者 陈先生).
SIGNING_ADDRESSES = frozenset("先生 女士".split())

# Characters that essentially never occur in a Chinese given name: a candidate holding
# one is a phrase, not a name (记者会上, 局 区 村 的 了 ...), and a name ends before
# one. One set for the byline grammar and the people finder. Grammar words that are
# also common in given names are left out: 和 为 可 再 能 应 以 于 会 时 作 理 上 更 图
# (胡和平, 王为民, 周可洋, 李时珍, 张宏图); so is 题, which as a name's end made 解决难
# (题) a name.
NOT_IN_NAMES = frozenset(
    "的了们着过地得所由将已要在是与及等对到从把被让给就都也还又并而或但"
    "其该此这那个些某每各很最不没么什吗呢吧说下里内外今昨分秒亿第次期届号"
    "局区市省县乡村街路部处厅委办组室司院校站队署股府务员任记者席事管主副党工"
    "单位门类项点节证议讯报社台网动态稿摄编辑"
)
# Words of running text no given name is made of alone, even where a role word vouches
# for the name (记者 赵文其, 林从远 are names, 记者 李的 is not).
FUNCTION_CHARS = frozenset(
    "的了们着过地得所将已要在是与及等对到从把被让给就都也还又并而或但"
    "该此这那个些某每么什吗呢吧说今昨第次期届号讯报社台网稿摄编辑记"
)
# Characters that open a clause before a figure (近5年, 约300人, 截至6月), so never the
# last of a name run into the date after it (记者 牛志刚5月28日).
BEFORE_FIGURES = frozenset(
    "近约共达逾超仅自于至截当经据全上同去前初首历逐为有以今昨在从由将已是与对"
)
# Rubric and column words that happen to start with a surname (■时评, ■焦点): a
# byline never names them. Column endings (关注, 观察 …) are not names either.
# An e-paper's field names (metadata.py: 来源：某报　作者：X) and the role each gives the names after it (None: no names, a source
# or a date).
FIELD_ROLES = {
    "作者": "author",
    "文": "author",
    "撰稿": "author",
    "供稿": "author",
    "记者": "reporter",
    "实习生": "reporter",
    "见习记者": "reporter",
    "通讯员": "correspondent",
    "摄影": "photographer",
    "图片": "photographer",
    "图": "photographer",
    "编辑": "editor",
    "责任编辑": "editor",
    "责编": "editor",
    "来源": None,
    "稿源": None,
    "发布时间": None,
    "发布日期": None,
    "时间": None,
    "日期": None,
    # A website's letters to officials (网络问政): the day a citizen wrote, and the
    # day the office answered. The first dates the item (its 昨天 is the writer's).
    "留言时间": None,
    "回复时间": None,
    "答复时间": None,
    # Who checked and signed the item off in an app's field row (审核：X, 终审：Y): the
    # desk's, no credit of the item's.
    "审核": None,
    "终审": None,
    "监制": None,
    "校对": None,
}
# Fields that may name the unit that sent the copy, not a person (供稿：县委宣传部).
SUPPLIER_FIELDS = frozenset("供稿 稿源".split())
# What no name starts with: an interviewer's question after 记者： (在您看来…) is no credit.
NOT_NAME_STARTS = frozenset("在是的了与及对从把被让给就都也还又并而或但这那您你我他她它其该此每各")

NOT_NAMES = frozenset(
    "时评 焦点 文化 文明 文旅 安全 平安 和谐 高新 时政 简讯 万象 金融 卫生 农业 公益 史话 "
    "高质量 新时代".split()
)

# Last characters of village and place names (王庄、李庄、张庄 are places, not people).
PLACE_ENDINGS = frozenset("庄寨屯营堡湾沟坡岗店铺集坊寺庙港楼巷渠塘圩洼峪岭桥湖河山")
# How the name of a public work ends (某某至某某高速公路, 某某水库除险加固工程): a headline's
# subject as a body's name is (…高速公路 / 建成通车时间确定).
WORKS_ENDINGS = tuple("高速公路 公路 铁路 大桥 隧道 机场 码头 水库 电站 项目 工程".split())

# ---- Titles, roles and what surrounds a name -----------------------------------

# Official titles printed right before a name (党工委书记吕沛, 副处长陈芳).
TITLE_WORDS = frozenset(
    """
    书记 副书记 总书记 常务副书记 主任 副主任 常务副主任 主席 副主席 常务副主席 名誉主席
    部长 副部长 局长 副局长 处长 副处长 科长 副科长 股长 厅长 副厅长 司长 副司长
    省长 副省长 市长 副市长 区长 副区长 县长 副县长 镇长 副镇长 乡长 副乡长 村长
    组长 副组长 秘书长 副秘书长 总经理 副总经理 经理 副经理 董事长 副董事长 董事 总裁
    副总裁 监事长 理事长 会长 副会长 院长 副院长 校长 副校长 所长 副所长 站长 副站长
    队长 副队长 大队长 馆长 行长 社长 台长 园长 厂长 庭长 检察长 审判长 总编辑 主编
    总工程师 工程师 总会计师 总经济师 总监 主管 委员 常委 成员 负责人 调研员 巡视员
    政委 教导员 指导员 专职副书记 支书 主任委员 副主任委员 人大代表 政协委员 教授
    研究员 主任医师 副主任医师 医师 护士长 网格员 联络员 讲解员 督学 主持人 代表 助理
    秘书 专员 干事 第一书记 科员 主任科员 一级调研员 二级调研员 总规划师 总建筑师 首席专家
    总理 副总理 国务委员 大使 总领事 发言人 新闻发言人 党组书记 纪检组长 监察专员
    总统 副总统 首相 外长 议长 市委书记
    """.split()
)

# Nouns for a person's role that may stand before the name (职工段保国, 区领导杨有军).
ROLE_NOUNS = frozenset(
    """
    职工 员工 工人 农民 村民 居民 市民 群众 志愿者 民警 辅警 交警 消防员 党员 老党员
    干部 老干部 老师 教师 医生 护士 学生 同学 选手 冠军 企业家 创业者 退役军人 老兵
    英雄 模范 烈士 先进个人 劳动模范 楷模 领导 区领导 市领导 省领导 老人 患者
    保洁员 环卫工人 快递员 外卖员 司机 厨师 律师 法官 检察官 警官 专家 院士
    """.split()
)

# How a name of people who act ends (养殖户, 农技专家, 快递员, 创业者, 检察官): a
# headline line of such a name alone is the subject of the line under it (stacks.py).
AGENT_ENDINGS = (*ROLE_NOUNS, *"户 员 者 官".split())

# Words that credit the article's own staff: a name after them is a byline, not a
# mention (本报讯(记者郭树勋 通讯员李亚芬)).
CREDIT_MARKERS = ("见习记者", "本报记者", "记者", "通讯员", "摄影", "编辑", "特约撰稿")

# Printed right after a name: 段保国同志, 习近平总书记. 一行/等 follow names too, but
# also 考察组一行, so they only end a name, never introduce one.
POSTFIX_HONORIFICS = ("同志", "总书记", "先生", "女士", "烈士", "院士")

# What may follow a name: a 2-character name is read when the 3rd character starts one
# of these (陈芳在授课, 赵毅到区, 申霖获评). Multi-character words are checked first.
AFTER_NAME_WORDS = tuple(
    """
    主持召开 主持 带队 率队 带领 参加 出席 列席 表示 要求 指出 强调 会见 会同 一行 日前
    近日 同志 陪同 介绍 提出 听取 实地 深入 先后 前往 来到 走进 代表 致辞 宣读 传达 主讲
    授课 调研 检查 督导 视察 考察 莅临 现场 亲自 详细 认真 充分 随后 一同 共同 获评 获得
    荣获 当选 讲话 总结 部署 安排 分别 首先 同时 围绕 走访 看望 慰问 召开 参观 察看 查看
    了解 通报 汇报 发言 接受 认为 告诉 因为 作为 作了 作出 担任 任职 负责 等人
    """.split()
) + tuple("在到的等和与及对为说向就也都还又将已从把被给同率是称则并以于由因后时一、，。")

# Verbs a headline's subject does something with, never ending a clause of their own:
# a line ending in one (县检察院开展, 我市全力推进) wants its object on the next line. (Not
# 开幕 or 通知: 某节开幕 is whole, 印发通知 has its object.)
OBJECT_VERBS = frozenset(
    """
    开展 举办 举行 召开 启动 推进 实施 组织 开通 签订 签署 发布 印发 出台 迎来 打造 推出
    开设 设立 建成 部署 走进 来到 助力 筑牢 守护 点亮 加强 提升 推动 打响 吹响 掀起 破解
    """.split()
)
# Verbs a two-line headline wraps after, its object on the next line (孝感发放 /
# 农机购置补贴…): those a headline's subject takes, and more (stacks.py).
WAITING_VERBS = OBJECT_VERBS | frozenset(
    "发放 完成 查获 公布 颁发 表彰 新建 引进 获得 荣获 走访 慰问 看望 参观 新增 参加 入选 获评"
    " 破获 发表 招聘 转移 开进 兴办 投放 领到 收到 建起 办起 恢复".split()
)

# Verbs headlines open on that jieba's dictionary tags as nouns or names (唱响 n, 拓宽
# nr): read as the verbs they are, a line opening on one has no subject of its own.
MISTAGGED_VERBS = frozenset("唱响 奏响 叫响 书写 铺就 架起 拓宽 激活".split())

# jieba tags of words that start a predicate, not continue a name (围绕 v, 分别 d).
PREDICATE_TAGS = ("v", "d", "p", "c", "u", "t", "f", "ad", "vd", "m")  # v covers vn
# Words that end a title phrase read leftwards (在党工委书记 → 党工委书记).
BEFORE_TITLE_WORDS = ("陪同", "带领", "邀请", "会同", "以及", *"在由对向请被把将让给的了是及与和据")
# Leaders' bodies that appear in every title (党工委书记, 管委会副主任): the zone
# itself, not one of its departments.
LEADERSHIP_BODIES = frozenset("党工委 管委会 纪工委 工委 党委 党组 区委 市委 县委 省委".split())

# Party and government bodies that belong to a title, not to the organization.
TITLE_BODIES = LEADERSHIP_BODIES | frozenset(
    "政协 人大 常委会 人大常委会 党支部 党总支 村委会".split()
)
# Units named too generically to be an organization (办事处主任, 该局局长).
GENERIC_UNITS = frozenset("办事处 办公室 街道 社区 公司 集团 中心 部门 单位 本局 该局".split())
# Prepositions that may stand right before a name (向李明同志, 由王芳主持).
PREPOSITIONS = "由在对向请被把将让给和与及同"

# ---- Bylines and lead markers -------------------------------------------------------

# Byline role words, by the role they credit.
BYLINE_ROLE_WORDS = {
    "reporter": "记者 实习生 小记者",  # 小记者: a school paper's pupil reporter
    "correspondent": "通讯员",
    "photographer": "摄影记者 摄影 摄像 拍友",
    "author": "作者 评论员 撰稿人 撰稿 本版整理",  # 本版整理: who put the page's items together
    "editor": "编辑 责任编辑 责编 主编",
    # A reader signs the letter they wrote (（读者 王某）); credited for a photo, as its
    # photographer (网友 X 摄).
    "reader": "网友 读者 市民 居民 村民",
}
# Who a reader says they are where they sign a letter with no role word, after the place
# they live in (宜宾县农民 X, 城关镇退休教师 X): a private person's trade, no office.
LETTER_SIGNERS = tuple(
    "农民 菜农 果农 茶农 养殖户 种植户 职工 工人 教师 老师 医生 护士 学生 家长 党员 老党员 "
    "干部 村干部 个体户 司机 志愿者 退役军人 校友".split()
)
# Where a reader who signs a letter lives, printed before the name as a unit would be
# (县城 王某): no unit, but it vouches for the name as one.
LETTER_PLACES = tuple("县城 市区 城区 城关 乡下 镇上".split())
# Words that may stand before a role word: 特约记者, 首席记者, 融媒体记者.
BYLINE_MODIFIERS = tuple(
    "特派 特约 特邀 首席 见习 实习 融媒体 融媒 全媒体 新媒体 驻站 资深 高级 主任 值班 学生".split()
)
# An expert writing for the paper signs with their unit and title (县中医院耳鼻喉科主任 X,
# 市一中高级教师 X): the title ends the words before the name.
EXPERT_TITLES = tuple(
    """科主任 主任医师 副主任医师 主治医师 医师 药师 护师 护士长 教授 副教授 研究员
    副研究员 高级教师 律师 营养师 心理咨询师 高级工程师 工程师
    农艺师 畜牧师 兽医师 园艺师 林业师 经济师 会计师 审计师 统计师 技师 规划师""".split()
)
# A reporter stationed elsewhere: 驻衢州记者 X, 本报驻京记者 X (驻 and a place).
RESIDENT_MARK = "驻"
# A paper's bureau in another town: 丽水记者站 X is the paper's own reporter there.
BUREAU = "记者站"
# A school paper's team of student reporters (记者团 X, 校报记者团 X).
PRESS_CORPS = "记者团"
# After 本, a paper's own staff or dateline (本报, 本刊, 本台, 本网 …).
OWN_OUTLET_CHARS = "报刊台网版站"
# A paper's kind alone names the paper itself: □晚报记者 X in an evening paper.
OWN_PAPER_KINDS = tuple("都市报 晚报 日报 时报 晨报 商报 校报".split())
# A county's or district's media centre named by its level alone (县融媒体中心记者 X) is
# the paper's own newsroom: another's is named by its place (青岚县融媒体中心).
OWN_NEWSROOMS = tuple("融媒体中心 县融媒体中心 区融媒体中心 市融媒体中心".split())
# How a media centre brands its products (云岫融媒, 长兴融媒体): its staff are its own.
MEDIA_BRANDS = ("融媒体", "融媒")
# Outlets named in full, and how any other outlet's name ends (郑州日报, 高新时报).
OUTLET_NAMES = tuple("新华社 中新社 中新网 央视新闻 央视 央广网 央广 人民网 新华网".split())
# (A county's 广播站 filed items to its paper before media centres: 县广播站讯.)
OUTLET_ENDINGS = tuple(
    "融媒体中心 新闻中心 电视台 广播电台 广播站 电视站 客户端 通讯社 报社 日报 晚报 晨报 时报 周刊 杂志 报 社 台 网".split()
)
# Words ending like an outlet that are not one (合作社, 汇报, 平台).
NOT_OUTLETS = tuple(
    # (公社, 信用联社, 供销社: a commune and co-ops, their writers a paper's correspondents)
    "合作社 旅行社 公社 联社 供销社 信用社 通报 汇报 简报 海报 喜报 电网 平台 舞台".split()
)
# Wire services that may omit the date in a lead: 新华社电.
AGENCIES = ("新华社", "中新社")
# Marks beside names, by their effect: a photo credit, a text credit, or no change.
# The suffix ones only ever follow names (张三 摄); the others may open them (图/张三).
PHOTO_SUFFIX_MARKS = ("摄", "摄影报道", "供图", "摄文")  # 摄文: the photos and the text
# 整理: who wrote an interview down (（本报记者 X采访整理）) keeps the role before it.
KEEP_SUFFIX_MARKS = ("图文", "报道", "整理", "采访整理")
# 视频 X: who shot an item's video (视频：X　剪辑：Y), as 摄影 X shot its photos.
PHOTO_MARKS = ("摄影", "图", "图片", "视频")
# 口述: who told an oral history (口述/ X 整理/ 本报记者 Y) is its author, and so is its
# 讲述人 (讲述人：X　本报记者 Y 整理).
TEXT_MARKS = ("文", "撰文", "文字", "口述", "讲述人", "口述人")
# A page's colophon (报眼 or 报尾): how to reach and buy the paper, never an article.
# What a notice printed among the news is headed (启　事, 遗失声明, 关于…的公告, 公　示):
# an item of its own, its issuer's name and date closing it.
NOTICE_HEADS = (
    *("启事", "公告", "通告", "声明", "讣告", "更正", "致歉", "的通知", "感谢信", "鸣谢"),
    "公示",
)
COLOPHON_LABELS = tuple(
    """
    新闻热线 热线 报料热线 热线电话 电话 传真 投稿邮箱 电子邮箱 邮箱 网址 地址 社址 邮编
    零售价 定价 每份 广告 广告热线 广告许可证 发行 发行热线 印刷 出版 邮发代号 统一刊号
    刊号 国内统一连续出版物号 订阅 总编辑 社长 值班编辑 值班总编 版权所有 技术支持
    """.split()
)
# What a note about the page as a whole says after 本版 (本版刊登的是…, 本版稿件由…提供):
# the page's furniture, of no article.
PAGE_NOTE_WORDS = tuple("刊登 所刊 所登 选登 刊发 所载 稿件 文章 内容 文字".split())
# What an internal paper (a hospital's, a school's) prints beside its date and issue:
# who publishes it (某某医院党委主办) and that it is not for sale.
MASTHEAD_NOTICES = tuple("内部资料 免费交流 内部交流 内部刊物 免费赠阅".split())
# What a subtitle (副题) opens with (——两万余户居民告别“黄汤水”), a dash or two however
# typed.
DECK_DASHES = ("—", "－", "--")
PUBLISHER_ENDING = "(?:主办|合办|联办)"  # (a regular expression: 某某委员会　某某局　合办)
# A website's registration at the foot of its pages (琼ICP备12000000号, 公网安备 …).
WEB_REGISTRATION = ("ICP备", "ICP证", "公网安备")
# An e-paper web page's controls, printed with its text (【字体：大 中 小】 上一篇 下一篇
# 返回目录, 【打印】 【关闭】 分享到：): a line of nothing else is no article's.
WEB_CONTROLS = tuple(
    """上一篇 下一篇 返回目录 返回首页 返回 标题导航 版面导航 打印 关闭 分享到 分享 字体 字号
    放大 缩小 默认 收藏 复制链接 相关阅读 推荐阅读 延伸阅读 打印本页 打印本文 打印此文 关闭窗口
    往期回顾 大 中 小""".split()
)
# (相关链接 is no control: print papers head a box of background inside an article so.)
# A box an article prints inside its text, under a label of its own (延伸阅读 over a
# paragraph of background): part of the article, never an item.
INSIDE_BOXES = ("延伸阅读",)
# How the label of a box set beside an article ends (温馨提示, 消费提示, 相关链接,
# 健康小贴士): the box is an item of its own, headed by its label (the 12th and the
# 22nd held-out sets' gold; itemheads.py).
BOX_LABEL_ENDINGS = ("提示", "链接", "贴士")
# Where its 分享到： sends an item (分享到：微信 微博 QQ空间), and the counters it prints
# under the item's fields (阅读　1.2万, 浏览次数：356): furniture, as its controls are.
SHARE_TARGETS = tuple("微信 微博 QQ空间 QQ好友 朋友圈 新浪微博 腾讯微博 抖音 今日头条 QQ".split())
VIEW_COUNTERS = tuple(
    "阅读量 阅读数 阅读 浏览量 浏览次数 浏览 点击量 点击数 点击 访问量 点赞 在看".split()
)
# How a line that only says when ends (教师节前夕, 春耕期间, 新春佳节来临之际): over a
# headline it is the headline's kicker, never its title.
OCCASION_ENDINGS = tuple("前夕 期间 之际 来临之际 到来之际 之初 伊始".split())
# The verbs a kicker (引题) opens with to name its theme (礼赞劳动者, 喜迎二十大, 聚焦
# 一季度经济运行, 庆祝…丰收节): over a title it is the title's kicker, not its first line.
KICKER_VERBS = tuple("礼赞 致敬 聚焦 喜迎 庆祝 献礼 迎接 牢记 奋进 决胜 奋力 走进 直击".split())
# How the name of a festival or an observance day ends (中国农民丰收节, 国际消费者权益日).
DAY_NAME_ENDINGS = tuple("节 纪念日 权益日 宣传日 活动日 主题日".split())
# Labels a front page prints beside its masthead (天气：多云 23℃, 农历：五月初九).
FRONT_PAGE_LABELS = ("天气", "农历", "天气预报")
# Staff of the page (本版编辑, 版式设计, 美编, 校对): a line naming them with an editor is the
# page's furniture, not an article's credit.
PAGE_STAFF_LABELS = (
    "本版编辑",
    "本版责编",
    "本版主编",
    "美编",
    "美术编辑",
    "版式",
    "版式设计",
    "校对",
    "审读",
    "审校",
    "组版",
    "排版",
    "设计",
    "制图",
)
# A signature that names no one: the paper's commentator or desk (本报评论员, 本报编辑部,
# 新华社评论员). A byline, crediting no person.
UNNAMED_WRITERS = ("评论员", "编辑部", "评论部")
# Where an item comes from (来源：人民网): no credit, unless the outlet's writers follow.
SOURCE_LABEL = "来源"
# Staff we do not credit; their names are dropped, not guessed.
CREDIT_LABELS = frozenset(
    "策划 统筹 监制 总监制 出品 制片 制作 审核 审校 审签 校对 终审 复审 初审 美编 设计 排版 "
    "制图 剪辑 配音 主播 翻译 指导 指导老师 指导教师 执行 协调 来源".split()
)

# ---- Headlines, columns and paragraphs -------------------------------------------

# How a kicker that names an ongoing campaign or a desk's series ends (老旧小区改造进行时,
# “检察护企”在行动, 乡村振兴看变化, 小记者手记): over a headline, the kicker's words.
KICKER_ENDINGS = ("进行时", "在行动", "在路上", "看变化", "手记", "热线", "见闻", "来信", "来稿")
# How section names that any paper prints end: they mark a line as a column (栏目).
# A paper's own column names (高新区视窗) come from its manifest's `columns`.
COLUMN_ENDINGS = tuple(
    """
    快讯 速递 简讯 短讯 观察 聚焦 短波 专栏 传真 纵横 广角 一线 时评 论坛 图片新闻 关注 资讯
    要闻 看点 播报 前沿 直击 之窗 之声 风采 新闻 剪影 掠影 点击 在线 短评 快评 社论 述评
    简报 副刊 周刊 专刊 专版 说法
    """.split()
)
# Days a brief may open with besides its date and 近日/昨天 (本周一，…。 / 前天，…。).
BRIEF_DAYS = re.compile(r"(?:[本上]周[一二三四五六日天]|前天|前日)")
# How the name of a body ends (高新区, 郑州市财政局, 市总工会, 石佛办事处): a title names
# its organization with one, and a headline line ending in one has its predicate on
# the next line (高新区 / 召开…).
ORG_ENDINGS = (
    *"局区县市省镇乡村队所院校部处科室厅委会组办站社司团",
    *"办事处 街道 中心 集团 公司 社区".split(),
)
# How a span of time ends (前7月, 一季度, “十四五”时期, 春运首周): a headline line that
# says only when is no subject of the next (stacks.py).
TIME_SPAN_ENDINGS = tuple("月 周 年 季度 时期 期间 前后 首周 首日 以来 假期".split())
# A unit's publicity office signs its items in short (警宣 for 公安宣传, 法宣, 检宣): the
# ending of that short form.
PUBLICITY_SHORT = "宣"
# How the name of a unit a writer belongs to ends (实验小学, 护理部, 县一中): an
# organisation's, or a school's.
UNIT_ENDINGS = (
    *ORG_ENDINGS,
    *"馆 小学 中学 大学 一中 二中 医院 幼儿园 银行 人行 农行 工行 建行 中行".split(),
    # Where county and trade papers' correspondents work: a works, a farm, a shop or a store, a
    # township government, a railway section, a court, a mine.
    *"厂 店 段 庭 矿 农场 林场 牧场 渔场 茶场 政府 支行".split(),
    # A commune and its brigades, and co-ops (横溪公社, 红星大队, 县信用联社): the 1980s'
    # correspondents' units.
    *"公社 大队 联社 供销社 信用社".split(),
)
# What a unit's, a site's or a place's name ends with besides a body's (满洲里口岸,
# 防城港码头, 社区食堂, 种粮大户, 一师): a headline line of such a name alone is the
# subject of the line under it (stacks.py).
SITE_ENDINGS = (
    *UNIT_ENDINGS,
    *"口岸 码头 港区 园区 产业园 工业园 景区 车间 班组 食堂 大户 线 师".split(),
)
# What a thing has that a headline measures (单月产量, 增加值, 回收率, 订单, 水质): a
# clause that opens on one has its owner on the line over it (stacks.py). Words ending
# in 量 额 率 值 measure whatever they end.
MEASURE_ENDINGS = tuple("量 额 率 值".split())
MEASURE_NOUNS = frozenset("订单 水质 规模 收入 利润 效益 业绩 占比 比重 增速 增幅 成本".split())
# What ought or must be, opening a line (不能“越减越重”, 须防…): a modal needs a subject,
# so the short topic on the line over it is the clause's first words (stacks.py).
MODAL_OPENERS = tuple("不能 不可 不该 不应 不宜 不必 必须 须 才能 亟需 有待 仍需 还需 要".split())
# A university's department (中文系, 物理系) ends so; words that end so and name no
# unit (关系, 体系) do not.
# Units two letters long a writer signs from, whatever surname opens them (（农行 胡美玲）,
# 本报讯（党办 陈静怡）): banks, an institution's offices and its mass bodies.
SHORT_UNITS = frozenset(
    "农行 工行 建行 中行 人行 交行 邮储 党办 院办 校办 政办 厂办 局办 团委 工会 妇联 科协".split()
)
FACULTY_ENDING = "系"
NOT_FACULTIES = tuple(
    "关系 体系 联系 派系 维系 干系 谱系 星系 水系 根系 直系 旁系 嫡系 母系 父系 世系 山系 品系".split()
)
# An office's ending: a three-character word ending so is an office (安监处, 财务室,
# 宣传部) whatever its first character; no one is named 某某处.
OFFICE_ENDINGS = tuple("处室股办局所部")
# A place's level: a three-character name ending so is a place (金河乡, 前进村) whatever
# its first character, where 刘德科 may be a person.
PLACE_LEVELS = tuple("乡镇村县区市省")
# A county or city committee's own news team (县委报道组 X): its writers file as a
# paper's correspondents do.
NEWS_TEAMS = ("报道组", "通讯组")
# jieba tags of a word that cannot begin a headline: verbs, prepositions, adverbs…
CONTINUATION_FLAGS = frozenset("v vd vn p d c u ud uj ul f".split())
# How a notice's heading ends (遗失启事, 寻人启事, 挂牌出让公告): a notices page prints
# one after another, each heading its own text.
NOTICE_ENDINGS = ("启事", "公告", "通告", "声明", "公示", "讣告")
# What opens an editor's note printed over an article's own lead.
EDITOR_NOTES = ("编者按", "编者的话", "开栏的话", "核心阅读")


def opens_with_mark(text: str) -> bool:
    """Does the text open with a rubric mark (●6月5日，…, ■ 简讯)? ("" is in every string.)
    A list's dot opens an item too when a sentence follows it (·3月10日，城区…)."""
    if text[:1] in LIST_DOTS:
        return len(text) > 8 and ("，" in text or text.rstrip().endswith("。"))
    return text[:1] != "" and text[:1] in RUBRIC_MARKS


LIST_DOTS = "·•"


def letters(text: str) -> int:
    """How many letters and figures a line holds: what its width in a column is counted
    in, spaces, marks and quotes left out (“蓝色粮仓”焕新颜: 7)."""
    return len(_LETTER.findall(text))


_LETTER = re.compile(rf"[{CJK}A-Za-z0-9０-９]")


def is_editors_note(text: str) -> bool:
    """编者按：…, 【编者按】…, [编者的话]…: a note over an article, not its lead."""
    return text.lstrip("【[〔（( ").startswith(EDITOR_NOTES)


def is_salutation(text: str) -> bool:
    """各科室：, 全体居民朋友们：: a notice or a letter addressing its readers on a line of
    its own, over its lead. A short phrase, no clause, closed by a colon."""
    text = text.strip()
    return 2 <= len(text) <= 24 and text[-1] in "：:" and not _CLAUSE_MARKS.search(text[:-1])


_CLAUSE_MARKS = re.compile(r"[，。；！？：,.;!?:\s]")


# A letter to the paper opens by addressing the one who reads it (编辑同志：, 尊敬的编辑：,
# 编辑部的同志们：).
LETTER_ADDRESSEE = "编辑"
# A note the paper's reporter adds under a letter, or asks in an interview (本报记者跟进：,
# 记者手记：, 记者：), opens with the reporter: a paragraph of its item, never a lead.
NOTE_WRITERS = ("本报记者", "记者")


# Words that tie a sentence to the one before it; no headline opens with them.
CONNECTIVES = tuple(
    "同时 此外 另外 而且 并且 但是 然而 因此 所以 随后 此前 其中 据悉 据了解 另悉 对此 为此 "
    "总之 首先 其次 最后 一是 二是 三是 四是 五是 该 其 并 而 但".split()
)
# Time words that open a lead and say nothing of its subject (a derived title drops them).
LEADING_TIME_WORDS = tuple(
    "近日 日前 近期 连日来 今年以来 今年年初以来 昨天 昨日 今天 今日".split()
)
TIMES_OF_DAY = tuple("上午 下午 晚上 晚间 早上 一大早 凌晨 中午".split())

# ---- Departments ------------------------------------------------------------------

# (suffix, kind) for the department finder, the kinds of archive.models.DepartmentKind.
# Compounds come first so 文昌社区卫生服务中心 is one body, not 文昌社区 + a centre.
DEPARTMENT_SUFFIXES = (
    ("社区卫生服务中心", "hospital"),
    ("卫生服务中心", "hospital"),
    ("社区党群服务中心", "center"),
    ("社区居民委员会", "committee"),
    ("村民委员会", "committee"),
    ("附属小学", "school"),
    ("附属中学", "school"),
    ("附属医院", "hospital"),
    ("街道办事处", "office"),
    ("办事处", "office"),
    ("街道", "subdistrict"),
    ("股份有限公司", "company"),
    ("有限责任公司", "company"),
    ("有限公司", "company"),
    ("公司", "company"),
    ("集团", "group"),
    ("居委会", "committee"),
    ("村委会", "committee"),
    ("委员会", "committee"),
    ("社区", "community"),
    ("中心", "center"),
    ("分局", "bureau"),
    ("局", "bureau"),
    ("厅", "bureau"),
    ("镇", "town"),
    ("乡", "town"),
    ("村", "village"),
    ("幼儿园", "school"),
    ("小学", "school"),
    ("中学", "school"),
    ("大学", "school"),
    ("学院", "school"),
    ("学校", "school"),
    ("卫生院", "hospital"),
    ("医院", "hospital"),
    ("合作社", "other"),
    ("人民法院", "other"),
    ("法院", "other"),
    ("检察院", "other"),
    ("办公室", "other"),
    ("工作部", "other"),
    ("派出所", "other"),
    ("大队", "other"),
    ("支队", "other"),
    ("文化馆", "other"),
    ("图书馆", "other"),
    ("工会", "other"),
)

# Words ending in a department suffix that name no department (大局, 乡村, 大厅).
NOT_DEPARTMENTS = tuple(
    """
    大局 格局 布局 开局 当局 全局 结局 时局 僵局 变局 残局 骗局 饭局 棋局 赛局
    乡村 农村 城乡 家乡 老乡 下乡 山村 渔村 城镇 乡镇 重镇 小镇 古镇 村镇 集镇 市镇
    大厅 客厅 餐厅 展厅 门厅 前厅 行政村 自然村 子公司 分公司 母公司 总公司 本公司 各社区
    村村 故乡 他乡 异乡 水乡 梦乡 侨乡 返乡 回乡 思乡 还乡
    """.split()
)
# What follows 中心 when it is not a centre's name: 国家中心城市, 中心工作.
NOT_AFTER_CENTER = tuple("城市 工作 任务 环节 位置 地带 思想 组".split())

# An organisation's name reads [place][own name][field] head (orgnames). Heads whose
# own name is a place's (翠竹社区, 向阳办事处), and heads whose own name is a trade
# name or a founder's (腾讯公司, 开封中学): a field alone (燃气公司) names none. The
# other heads are government's, named by their field within a place.
PLACE_NAMED_HEADS = tuple(
    """
    社区 村 街道 街道办事处 办事处 镇 乡 居委会 村委会 社区居民委员会 村民委员会
    社区卫生服务中心
    """.split()
)
TRADE_NAMED_HEADS = tuple(
    """
    公司 有限公司 有限责任公司 股份有限公司 集团 合作社 医院 卫生院 附属医院 卫生服务中心
    学校 小学 中学 大学 学院 幼儿园 附属小学 附属中学
    """.split()
)
# Heads only a province names (省财政厅): a district's paper never means its own by them.
PROVINCIAL_HEADS = ("厅",)
# How the name of a national body begins (中共中央政治局, 国务院办公厅, 国家统计局);
# 国家级 or 全国性 (one word, tagged b or ending 级/性) describe, they name no body.
NATIONAL_PREFIXES = tuple(
    "中共中央 中央 国务院 全国人大 全国政协 全国 国家 中华全国 最高人民 中国".split()
)
# Cities of a province's rank (北京市朝阳区 is a district of one).
MUNICIPALITIES = tuple("北京 天津 上海 重庆".split())
# Administrative units a place's name ends with, by the level of government they are.
PLACE_UNITS = (
    ("特别行政区", "province"),
    ("自治区", "province"),
    ("自治州", "city"),
    ("自治县", "district"),
    ("高新区", "district"),
    ("经开区", "district"),
    ("新区", "district"),
    ("省", "province"),
    ("市", "city"),
    ("县", "district"),
    ("区", "district"),
)
# jieba tags of words that describe or count, never name (三甲 b, 二级 b, 整个 b, 该 r).
DESCRIPTIVE_TAGS = ("b", "m", "q", "r", "d", "f", "t", "p", "c", "u", "y", "e", "o")
# jieba tags of names: people's, places', brands' and bodies' (腾讯 nz, 翠竹 nr).
PROPER_TAGS = ("nr", "nrt", "nrfg", "ns", "nz", "nt")
# A name-tagged word jieba saw this often is a common word it tagged as a name
# (智慧 nr 1581, 城市 ns 25084, 文明 nr 6584); the names of bodies' own are rarer
# (腾讯 nz 98, 翠竹 nr 55, 海尔 nrt 230). Places are known otherwise (开封 → 开封市).
COMMON_NAME_FREQUENCY = 1000
# An ordinal, as regex (第三 of 第三中学, 第七 of 第七次全国人口普查).
ORDINAL = "第[0-9０-９一二三四五六七八九十百零〇]+"
# Joining words an abbreviation drops (文化和旅游局 → 文旅局).
ABBREVIATION_DROPS = "和与及暨、"

# Words before a department name that are not part of it, read leftwards from its
# suffix: 王新亭要求|社会事业局, 来到|梧桐办事处. One-character ones stop the name only
# when they do not start a word with the next character (向阳社区, 和平村 stay whole).
DEPARTMENT_STOP_WORDS = tuple(
    """
    来到 前往 走进 深入 到达 组织 召开 举办 开展 参加 出席 调研 检查 听取 要求 会同 联合
    协调 指导 督导 考察 察看 查看 了解 走访 慰问 看望 以及 同时 发布 获评 获得 荣获 成立
    通报 表扬 下发 带领 陪同 邀请 依托 通过 联系 对接 配合 支持 协助 推动 督促 责令 指出
    强调 表示 认为 介绍 汇报 主办 承办 协办 有关 相关 辖区 所属 下属 全体 所有 其他 其余
    各级 包括 例如 作为 属于 位于 来自 收到 号召 倡议 针对 关于 围绕 按照 根据 经过 签订
    助力 制约 推进 加快 完善 加强 建立 打造 激发 引导 帮助 实现 促进 提升
    """.split()
) + tuple(
    "向对在到由从与及和的了是为将把被据于给让请等各该其此这那本每即并或也都还又就已共赴至自暨兼去来当"
)

# Words jieba tags as verbs or adverbs that still belong inside names (创新发展局,
# 投资控股集团, 统计局, 养殖专业合作社); the nouns among them only make that plain. The
# page's zone (高新 of 郑州高新区) is read from the manifest, see departments.zone_words.
DEPARTMENT_VERBS = frozenset(
    """
    控股 执法 保障 统计 审计 制造 征收 拆迁 安置 登记 创新 检验 检疫 督查 执行
    交流 合作 开发 保护 治理 改革 救援 防控 防治 稽查 调解 仲裁 评估 认证 研究 勘察 测绘
    供应 储备 销售 维修 养护 运输 生产 建筑 施工 服务 管理 发展 建设 监管 监督 投资 咨询
    种植 养殖 加工 培训
    """.split()
)
# Long official forms of zone types that papers abbreviate (a zone's own paper says
# 高新区 for 郑州高新技术产业开发区).
ZONE_ABBREVIATIONS = (("高新技术产业开发区", "高新区"), ("经济技术开发区", "经开区"))
# Numerals and classifiers that count departments (28个村, 5家乡镇卫生院).
NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十两几多数"
CLASSIFIERS = "个家名座所项条批支只位"


@functools.cache
def jieba_dict():
    """jieba's word → (frequency, tag) tables, loaded once (~0.7 s) on first use."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.dt.FREQ, jieba.posseg.dt.word_tag_tab


def words(text: str) -> list[str]:
    """jieba's words for `text`, dictionary only (no HMM guessing: an unknown name
    comes out one character at a time, which the finders read character by character).
    rjieba gives jieba's dictionary words ~10x faster."""
    import rjieba

    return rjieba.cut(text, False)


def dictionary_tag(word: str) -> str | None:
    """jieba's tag for `word` if it is a dictionary word, else None (prefixes have freq 0)."""
    freq, tags = jieba_dict()
    if freq.get(word):
        return tags.get(word, "x")
    return None


def frequency(word: str) -> int:
    """How often jieba's corpus has `word` (0 for non-words; rare ones like 加调 < 100)."""
    return jieba_dict()[0].get(word, 0)


def is_common_word(word: str) -> bool:
    """A dictionary word that jieba does not tag as a person's name (国土, 干部, 高度)."""
    tag = dictionary_tag(word)
    return tag is not None and not tag.startswith("nr")


# A list item's or a numbered section's mark at a line's start: 2. 2、 （二） 二、
_NUMERALS = "一二三四五六七八九十"
_ITEM_RES = (
    re.compile(r"(\d{1,2})[.．、]"),
    re.compile(f"[（(]([{_NUMERALS}]{{1,3}})[)）]"),
    re.compile(f"([{_NUMERALS}]{{1,3}})、"),
)


def item_number(text: str) -> tuple[int, int] | None:
    """(which style, the number) of a list item's mark at the line's start: 2. 2、 （二） 二、"""
    for style, item_re in enumerate(_ITEM_RES):
        if m := item_re.match(text):
            n = m[1]
            if n.isdigit():
                return style, int(n)
            value = 0  # 十二 = 12, 二十 = 20: enough for a list's items
            for c in n:
                d = _NUMERALS.index(c) + 1
                value = value * 10 if d == 10 and value else value + d
            return style, value
    return None
