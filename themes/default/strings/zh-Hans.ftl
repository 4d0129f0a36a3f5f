# UI strings of the default theme, Simplified Chinese (translated from en.ftl).
# Fluent syntax: https://projectfluent.org/ ; Chinese has only the CLDR plural category `other`.

language-name = 简体中文
skip-to-content = 跳到主要内容
site-navigation = 网站
course-navigation = 课程目录
breadcrumbs = 导航路径
contents = 目录
home = 首页
courses = 课程
course = 课程
chapters = 章节
course-catalogue = 课程
resources = 资源
case-library = 案例库
glossary = 术语表
built-with = 使用 coursebook 构建。支持离线使用。
enter-site = 进入网站
not-found-title = 未找到页面
not-found-text = 您请求的页面不存在，可能已被移动。
back-home = 前往首页

duration = 时长
duration-hours = { $count }小时
duration-minutes = { $count }分钟
publisher = 发布方
audience = 适用对象
objectives = 学习目标
objectives-intro = 学完本章后，您将能够：
syllabus = 课程大纲
activities = 学习活动
practise = 练习
editorial-note = 编者按
chapter-n = 第{ $n }章
chapter-count = 共{ $count }章
section-count = { $count }个小节
case-count = { $count ->
    [0] 暂无案例研究
   *[other] { $count }个案例研究
}
term-count = { $count }个术语
in-this-chapter = 本章内容
key-messages = 关键信息
cases-in-chapter = 本章案例研究
chapter-navigation = 上一章和下一章
previous = 上一章
next = 下一章
section = 小节

case-study = 案例研究
case-library-intro = { $count ->
    [0] 暂无案例研究。
    [1] 一个来自世界各国政府的案例研究。
   *[other] 来自世界各国政府的{ $count }个案例研究，按区域分组。
}
filter-cases = 筛选案例研究
browse-cases = 按国家、目标和主题浏览
by-country = 按国家
by-sdg = 按可持续发展目标
by-theme = 按主题
all = 全部
cases-shown-label = 显示的案例研究
countries = 国家
organisations = 组织
region = 区域
level = 层级
year = 年份
sdgs = 可持续发展目标
sdg-n = 可持续发展目标{ $count }
themes = 主题
source = 来源
used-in = 用于
see-also = 另见
list-separator = {"、"}

region-africa = 非洲
region-americas = 美洲
region-asia = 亚洲
region-europe = 欧洲
region-oceania = 大洋洲
region-global = 全球和跨区域
level-local = 地方
level-national = 国家
level-regional = 区域
level-international = 国际

callout-note = 说明
callout-tip = 提示
callout-important = 重要
callout-warning = 警告
callout-caution = 注意
table = 表格

activity-quiz = 测验
activity-reflections = 思考题
activity-worksheet = 工作表
quiz-pass-mark = 及格线：{ $count }%
points-total = 满分{ $count }分
points = { $count }分
select-all = 请选择所有适用的选项。
true = 正确
false = 错误
your-answer = 您的答案
ordering-hint = 请为每一项标出其在正确顺序中的位置。
show-answer = 显示答案
show-guidance = 显示参考提示
correct-answer = 正确答案
check-answers = 核对答案
save-answers = 保存我的答案
retry = 重试
reset = 清除答案
feedback-correct = 正确。
feedback-incorrect = 不太对。
feedback-partial = 部分正确。
feedback-unanswered = 未作答。
quiz-passed = 已通过：您的得分为{ $score }分，满分{ $total }分（{ $percent }%）。
quiz-failed = 尚未通过：您的得分为{ $score }分，满分{ $total }分（{ $percent }%）。及格线为{ $pass }%。
quiz-score = { $score }分（满分{ $total }分）
answers-saved = 您的答案已保存在此浏览器中。

add-row = 添加一行
export-csv = 导出为 CSV
export-markdown = 导出为 Markdown
import = 导入已保存的导出文件
print = 打印
clear = 清空工作表
worksheet-restored = 已从此浏览器恢复您保存的内容。
worksheet-not-saved = 此浏览器无法保存您填写的内容。请在离开本页前将其导出。
worksheet-exported = 已下载 { $file }。
worksheet-imported = 已导入 { $file }。
worksheet-import-failed = { $file } 不是此工作表的导出文件，未作任何更改。
worksheet-confirm-clear = 确定要清空此工作表中的所有内容吗？如需保留副本，请先导出。
worksheet-cleared = 工作表已清空。

activity-assessment = 自我评估
assessment-items = { $count }条待评分的陈述
assessment-edition = 版本
assessment-scale = 评分量表
assessment-show-results = 显示我的结果
assessment-print = 打印结果
assessment-results = 结果
assessment-area = 维度或子维度
assessment-mean = 平均分
assessment-answered = 已作答
assessment-answered-of = { $answered }/{ $total }
assessment-chart = 各维度平均分，评分范围为{ $min }至{ $max }
assessment-confirm-reset = 确定要清除此评估的所有答案吗？
export-json = 导出为 JSON

language = 语言
read-original = 阅读原文
notice-fallback = 本页尚未翻译，现以原文语言（{ $original }）显示。
notice-outdated = 本页原文（{ $original }）在翻译后已有改动，此译文可能已过时。
translation-status = 翻译进度
status-intro = 课程译成各语言的比例，按文件数和源文本字数统计。
status-none = 本网站只有一种语言。
status-words-translated = 已翻译且为最新的字数
status-files = 文件
status-words = 字数
status-current = 已翻译
status-outdated = 可能已过时
status-missing = 尚未翻译
status-total = 合计
status-heading = 状态

module-n = 模块 { $n }
part-n = 第 { $n } 部分
day-n = 第 { $n } 天
day-navigation = 前一天和后一天
agenda-morning = 上午
agenda-afternoon = 下午
week-at-a-glance = 一周概览
session = 时段
events = 活动
event = 活动
dates = 日期
venue = 地点
time-zones = 时区
organisers = 主办方
programme = 日程
add-to-calendar = 添加到日历 (.ics)
date = { $year }年{ $month_number }月{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
times-in = 时间以 { $zone } 为准。
your-time = 您的当地时间：{ $time }
mode-in-person = 线下
mode-online = 线上
mode-hybrid = 线上线下结合
item-welcome = 欢迎
item-lecture = 讲授
item-plenary = 全体会议
item-group-exercise = 小组练习
item-case-study = 案例研究
item-wrap-up = 总结
item-evaluation = 评估
item-panel = 小组讨论会
item-discussion = 讨论
activity-deck = 幻灯片
slide-decks = 演示文稿
handout = 讲义
slide = 幻灯片
slide-n-of = 第 { $n } 张，共 { $total } 张
speaker-notes = 演讲者备注
deck-slides = 幻灯片
deck-handout = 含演讲者备注的讲义
deck-print-hint = 如需每页打印一张幻灯片，请使用浏览器的打印功能（横向）。
deck-print-handout-hint = 打印本页即可得到讲义：每张幻灯片附其备注。
deck-present = 放映
deck-presenter-view = 演讲者视图
deck-overview = 概览
deck-print = 打印幻灯片
deck-next-slide = 下一张
deck-end = 演示结束
deck-timer = 已用时间
deck-exit = 退出放映
deck-notes = 备注
slide-count = { $count } 张幻灯片

duration-days = { $count } 天
duration-hours-minutes = { $hours } { $minutes }
audience-label = 对象
in-this-module = 本模块内容
objectives-intro-module = 学完本模块后，你将能够：
cases-in-module = 本模块的案例研究
all-chapters = 全部章节…

# Provenance, events and drafted items
written-for-this-edition = 为本版编写：本页内容超出原工具包范围，依据下列公开资料撰写。
sources = 资料来源
event-objectives = 目标
event-outcomes = 预期成果
note-on-sources = 资料来源说明
drafted-item = （草拟条目，非官方措辞）
teaching-time = 讲授
exercise-time = 练习
questions = 本节解答的问题
rating-agree-1 = 非常不同意
rating-agree-2 = 不同意
rating-agree-3 = 中立
rating-agree-4 = 同意
rating-agree-5 = 非常同意
rating-statement = 陈述

# Lesson blocks and the facilitator edition
block-exercise = 练习
block-solution = 答案
block-hint = 提示
block-facilitator = 主持人说明
block-callout = 注
block-keypoints = 要点
block-objectives = 目标
block-prerequisites = 预备知识
block-discussion = 讨论
block-checklist = 检查清单
model-answer = 参考答案
for-facilitators = 供主持人使用
materials = 材料
preparation = 准备工作
facilitator-guide = 主持人指南
facilitator-notes = 主持人说明
facilitator-edition-banner = 主持人版：包含说明、答案和答案要点。请勿分发给学员。
schedule = 日程
chapter = 章节
when = 时间
task-done = 已完成
task-open = 待完成
code-output = 输出

# 打印版、PDF 与离线副本
print-book = 课程全文单页版
print-book-link = 在一页中阅读或打印整个课程
pdf-book = 课程 PDF
print-book-hint = 本页包含整个课程：可在此从头到尾阅读，也可使用浏览器的“打印”命令打印，或在其中另存为 PDF。
print-back-to-contents = 返回目录
print-back-to-course = 返回课程页面
about-this-course = 关于本课程
case-studies = 案例研究
answer-key = 答案
answer-open = 开放性问题：没有唯一的正确答案。
matching-hint = 请在每一行写出相匹配项目的字母。
activity-framework = 参考框架
slide-handouts = 幻灯片讲义
pdf-note = 由 coursebook 根据课程源文件排版。
offline-open-course = 打开课程
offline-not-included-title = 不在此离线副本中
offline-not-included-text = 此离线副本只包含一门课程的一种语言版本。您打开的页面属于其他课程或其他语言，请在课程网站上阅读。
offline-readme-title = { $course }：离线副本
offline-readme-open = 阅读课程：解压此文件，打开文件夹 { $folder }，然后用网页浏览器打开 index.html。无需连接互联网。
offline-readme-saved = 测验答案和工作表中填写的内容只保存在这台电脑的浏览器中。请使用工作表的导出按钮保存副本。
offline-readme-pdf = 可直接打印的完整课程见 PDF 文件 { $pdf }。

# Numbered figures, tables, equations and exercises, and links to them ("Figure 3.1")
ref-figure = 图 { $number }
ref-table = 表 { $number }
ref-equation = 公式 { $number }
ref-exercise = 练习 { $number }
# The page that lists a course's figures, linked from the course page
list-of-figures = 插图目录
# A number label followed by a caption or title ("Figure 3.1: Spending by sector")
numbered-title = { $label } { $title }

# 搜索
search = 搜索
search-label = 搜索本站
search-placeholder = 搜索（按 / 键）
search-results = 搜索结果
search-results-count = { $count ->
    [0] 没有结果
   *[other] { $count } 条结果
}
search-no-results = 没有找到“{ $query }”的结果。请减少关键词或换一种写法。
search-all-results = “{ $query }”的全部结果
search-failed = 无法加载搜索索引。
search-filter = 筛选结果
search-type = 类型
search-no-js = 搜索需要 JavaScript。下方按字母顺序列出了所有页面和术语。
search-az = 索引
search-az-intro = 本站所有页面和术语表词条，按字母顺序排列。
search-az-other = 其他
search-kind-chapter = 章节
search-kind-agenda = 日程
search-kind-framework = 参考框架
module = 模块
modules = 模块

# A course's setup page (courses/<course>/setup.md)
setup = 课前准备
setup-intro = 第一次课前：需要安装、下载或准备的内容。
on-this-page = 本页内容

# Learner progress on the course page, kept in this browser only (site.js)
progress-read = 已读
progress-quiz-passed = 测验已通过：{ $score }/{ $total }
progress-quiz-tried = 测验已作答：{ $score }/{ $total }
progress-summary-chapters = 已读章节：{ $read }/{ $count }。
progress-summary-modules = 已读模块：{ $read }/{ $count }。
progress-summary-quizzes = 已通过测验：{ $passed }/{ $quizzes }。
progress-note = 您的学习进度仅保存在此浏览器中。如使用共用电脑，请在结束时清除。
progress-forget = 清除我的学习进度
progress-continue = 继续学习：

# Certificates of participation (coursebook certificates, pdf/certificate.typ)
certificate-heading = 参训证书
certificate-certifies = 兹证明
certificate-took-part = 参加了以下课程
certificate-signature-facilitator = 主讲人
certificate-signature-organiser = 主办方代表

# Facilitator edition: compiling participants' exported worksheets (activity.js)
compile-title = 汇总学员答卷
compile-intro = 请一次性选择学员从本工作表导出的全部 CSV 或 Markdown 文件。文件仅在此浏览器中读取，不会发送到任何地方。
compile-choose = 选择文件
compile-files = 已汇总文件：{ $count } 个。
compile-not-export = { $file } 不是本工作表的导出文件，已略去。
compile-answered = 作答人数
compile-share = { $total } 人中 { $count } 人（{ $percent }%）
compile-no-answers = 无作答。

# Facilitator edition: an event's attendance sheets and certificates
attendance-title = 签到表
attendance-intro = 活动每天一张签到表，各自单独成页：打印本页后将签到表传给学员填写。
attendance-link = 可打印的签到表（每天一张）
attendance-number = 序号
attendance-name = 姓名
attendance-organisation = 单位及职务
attendance-email = 电子邮箱
attendance-signature = 签名
certificates-how = 参训证书可根据学员姓名文件（每行一个姓名）生成：
