# UI strings of the default theme, Arabic (translated from en.ftl).
# Fluent syntax: https://projectfluent.org/ ; plural forms follow CLDR rules
# (Arabic: `zero` 0, `one` 1, `two` 2, `few` 3–10, `many` 11–99, `other` 100–102, … and fractions;
# `few` and `many` use n % 100, so 103 is `few` and 111 is `many`).

language-name = العربية
skip-to-content = الانتقال إلى المحتوى
site-navigation = الموقع
course-navigation = محتويات الدورة
breadcrumbs = مسار التنقل
contents = المحتويات
home = الصفحة الرئيسية
courses = الدورات
course = دورة
chapters = الفصول
course-catalogue = الدورات
resources = الموارد
case-library = مكتبة دراسات الحالة
glossary = مسرد المصطلحات
built-with = أُنشئ باستخدام coursebook. يعمل دون اتصال بالإنترنت.
enter-site = الدخول إلى الموقع
not-found-title = الصفحة غير موجودة
not-found-text = الصفحة المطلوبة غير موجودة. ربما نُقلت إلى مكان آخر.
back-home = الذهاب إلى الصفحة الرئيسية

duration = المدة
duration-hours = { $count ->
    [zero] لا ساعات
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
duration-minutes = { $count ->
    [zero] لا دقائق
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
publisher = الناشر
audience = الفئة المستهدفة
objectives = أهداف التعلّم
objectives-intro = بنهاية هذا الفصل، ستتمكن من:
syllabus = المنهج الدراسي
activities = الأنشطة
practise = تمارين
editorial-note = ملاحظة تحريرية
chapter-n = الفصل { $n }
chapter-count = { $count ->
    [zero] لا فصول
    [one] فصل واحد
    [two] فصلان
    [few] { $count } فصول
    [many] { $count } فصلًا
   *[other] { $count } فصل
}
section-count = { $count ->
    [zero] لا أقسام
    [one] قسم واحد
    [two] قسمان
    [few] { $count } أقسام
    [many] { $count } قسمًا
   *[other] { $count } قسم
}
case-count = { $count ->
    [zero] لا توجد دراسات حالة
    [one] دراسة حالة واحدة
    [two] دراستا حالة
    [few] { $count } دراسات حالة
    [many] { $count } دراسة حالة
   *[other] { $count } دراسة حالة
}
term-count = { $count ->
    [zero] لا مصطلحات
    [one] مصطلح واحد
    [two] مصطلحان
    [few] { $count } مصطلحات
    [many] { $count } مصطلحًا
   *[other] { $count } مصطلح
}
in-this-chapter = في هذا الفصل
key-messages = الرسائل الرئيسية
cases-in-chapter = دراسات الحالة في هذا الفصل
chapter-navigation = الفصل السابق والفصل التالي
previous = السابق
next = التالي
section = القسم

case-study = دراسة حالة
case-library-intro = { $count ->
    [zero] لا توجد دراسات حالة بعد.
    [one] دراسة حالة واحدة من حكومات في مختلف أنحاء العالم.
    [two] دراستا حالة من حكومات في مختلف أنحاء العالم، مصنّفتان حسب المنطقة.
    [few] { $count } دراسات حالة من حكومات في مختلف أنحاء العالم، مصنّفة حسب المنطقة.
    [many] { $count } دراسة حالة من حكومات في مختلف أنحاء العالم، مصنّفة حسب المنطقة.
   *[other] { $count } دراسة حالة من حكومات في مختلف أنحاء العالم، مصنّفة حسب المنطقة.
}
filter-cases = تصفية دراسات الحالة
browse-cases = التصفح حسب البلد والهدف والموضوع
by-country = حسب البلد
by-sdg = حسب هدف التنمية المستدامة
by-theme = حسب الموضوع
all = الكل
cases-shown-label = دراسات الحالة المعروضة
countries = البلدان
organisations = المنظمات
region = المنطقة
level = المستوى
year = السنة
sdgs = أهداف التنمية المستدامة
sdg-n = الهدف { $count }
themes = المواضيع
source = المصدر
used-in = تُستخدم في
see-also = انظر أيضًا
list-separator = {"، "}

region-africa = أفريقيا
region-americas = الأمريكتان
region-asia = آسيا
region-europe = أوروبا
region-oceania = أوقيانوسيا
region-global = عالمي ومتعدد المناطق
level-local = محلي
level-national = وطني
level-regional = إقليمي
level-international = دولي

callout-note = ملاحظة
callout-tip = نصيحة
callout-important = مهم
callout-warning = تحذير
callout-caution = تنبيه
table = جدول

activity-quiz = اختبار قصير
activity-reflections = أسئلة للتأمل
activity-worksheet = ورقة عمل
quiz-pass-mark = درجة النجاح: { $count }%
points-total = { $count ->
    [zero] لا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $count } نقاط
    [many] { $count } نقطة
   *[other] { $count } نقطة
}
points = { $count ->
    [zero] لا نقاط
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $count } نقاط
    [many] { $count } نقطة
   *[other] { $count } نقطة
}
select-all = يُرجى اختيار جميع الإجابات المنطبقة.
true = صحيح
false = خطأ
your-answer = إجابتك
ordering-hint = يُرجى تحديد موضع كل عنصر في الترتيب الصحيح.
show-answer = إظهار الإجابة
show-guidance = إظهار الإرشادات
correct-answer = الإجابة الصحيحة
check-answers = التحقق من الإجابات
save-answers = حفظ إجاباتي
retry = إعادة المحاولة
reset = مسح الإجابات
feedback-correct = إجابة صحيحة.
feedback-incorrect = ليست صحيحة تمامًا.
feedback-partial = صحيحة جزئيًا.
feedback-unanswered = لم تتم الإجابة.
quiz-passed = تم اجتياز الاختبار: حصلت على { $score } من أصل { $total } ({ $percent }%).
quiz-failed = لم يتم اجتياز الاختبار بعد: حصلت على { $score } من أصل { $total } ({ $percent }%). درجة النجاح هي { $pass }%.
quiz-score = النقاط: { $score } من أصل { $total }
answers-saved = إجاباتك محفوظة في هذا المتصفح.

add-row = إضافة صف
export-csv = تصدير بتنسيق CSV
export-markdown = تصدير بتنسيق Markdown
import = استيراد ملف مُصدَّر محفوظ
print = طباعة
clear = مسح ورقة العمل
worksheet-restored = تمت استعادة مدخلاتك المحفوظة من هذا المتصفح.
worksheet-not-saved = لا يمكن لهذا المتصفح حفظ مدخلاتك. يُرجى تصديرها قبل مغادرة الصفحة.
worksheet-exported = تم تنزيل { $file }.
worksheet-imported = تم استيراد { $file }.
worksheet-import-failed = الملف { $file } ليس ملفًا مُصدَّرًا من ورقة العمل هذه. لم يتم تغيير أي شيء.
worksheet-confirm-clear = هل تريد مسح جميع مدخلات ورقة العمل هذه؟ يُرجى تصديرها أولًا إذا أردت الاحتفاظ بنسخة منها.
worksheet-cleared = ورقة العمل فارغة.

activity-assessment = تقييم ذاتي
assessment-items = { $count ->
    [zero] لا عبارات للتقييم
    [one] عبارة واحدة للتقييم
    [two] عبارتان للتقييم
    [few] { $count } عبارات للتقييم
    [many] { $count } عبارة للتقييم
   *[other] { $count } عبارة للتقييم
}
assessment-edition = الإصدار
assessment-scale = مقياس التقييم
assessment-show-results = عرض نتائجي
assessment-print = طباعة النتائج
assessment-results = النتائج
assessment-area = البُعد أو البُعد الفرعي
assessment-mean = متوسط الدرجات
assessment-answered = الإجابات
assessment-answered-of = { $answered } من { $total }
assessment-chart = متوسط الدرجات لكل بُعد، على مقياس من { $min } إلى { $max }
assessment-confirm-reset = هل تريد مسح جميع إجابات هذا التقييم؟
export-json = تصدير بتنسيق JSON

language = اللغة
read-original = اقرأ النص الأصلي
notice-fallback = لم تُترجم هذه الصفحة بعد، وهي معروضة بلغتها الأصلية ({ $original }).
notice-outdated = تغيّر النص الأصلي لهذه الصفحة ({ $original }) منذ ترجمتها، لذا قد لا تكون هذه الترجمة محدَّثة.
translation-status = حالة الترجمة
status-intro = مقدار ما تُرجم من الدورة إلى كل لغة، محسوبًا بعدد الملفات وعدد كلمات النص المصدر.
status-none = لهذا الموقع لغة واحدة فقط.
status-words-translated = الكلمات المترجمة والمحدَّثة
status-files = الملفات
status-words = الكلمات
status-current = مترجَم
status-outdated = قد لا يكون محدَّثًا
status-missing = لم يُترجم بعد
status-total = المجموع
status-heading = الحالة

module-n = الوحدة { $n }
part-n = الجزء { $n }
day-n = اليوم { $n }
day-navigation = اليوم السابق واليوم التالي
agenda-morning = الجلسة الصباحية
agenda-afternoon = الجلسة المسائية
week-at-a-glance = الأسبوع في لمحة
session = الجلسة
events = الفعاليات
event = فعالية
dates = التواريخ
venue = المكان
time-zones = المناطق الزمنية
organisers = الجهات المنظِّمة
programme = البرنامج
add-to-calendar = أضف إلى التقويم (.ics)
date = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
times-in = المواعيد مذكورة بتوقيت { $zone }.
your-time = بتوقيتك: { $time }
mode-in-person = حضوريًا
mode-online = عبر الإنترنت
mode-hybrid = حضوريًا وعبر الإنترنت
item-welcome = ترحيب
item-lecture = محاضرة
item-plenary = جلسة عامة
item-group-exercise = تمرين جماعي
item-case-study = دراسة حالة
item-wrap-up = خلاصة
item-evaluation = تقييم
item-panel = حلقة نقاش
item-discussion = مناقشة
activity-deck = الشرائح
slide-decks = العروض التقديمية
handout = نشرة مطبوعة
slide = شريحة
slide-n-of = الشريحة { $n } من { $total }
speaker-notes = ملاحظات المتحدث
deck-slides = الشرائح
deck-handout = نشرة مع ملاحظات المتحدث
deck-print-hint = لطباعة شريحة واحدة في كل صفحة، استخدم أمر الطباعة في المتصفح (بالوضع الأفقي).
deck-print-handout-hint = اطبع هذه الصفحة نشرةً: كل شريحة مع ملاحظاتها.
deck-present = عرض
deck-presenter-view = عرض المقدِّم
deck-overview = نظرة عامة
deck-print = طباعة الشرائح
deck-next-slide = الشريحة التالية
deck-end = نهاية العرض
deck-timer = الوقت المنقضي
deck-exit = الخروج من العرض
deck-notes = ملاحظات
slide-count = { $count ->
    [zero] لا شرائح
    [one] شريحة واحدة
    [two] شريحتان
    [few] { $count } شرائح
    [many] { $count } شريحة
   *[other] { $count } شريحة
}

duration-days = { $count ->
    [zero] لا أيام
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
duration-hours-minutes = { $hours } و{ $minutes }
audience-label = الفئة المستهدفة
in-this-module = في هذه الوحدة
objectives-intro-module = بنهاية هذه الوحدة، ستتمكن من:
cases-in-module = دراسات الحالة في هذه الوحدة
all-chapters = جميع الفصول…

# Provenance, events and drafted items
written-for-this-edition = كُتبت لهذه الطبعة: تتجاوز هذه الصفحة مجموعة الأدوات الأصلية وتستند إلى المصادر العامة المذكورة أدناه.
sources = المصادر
event-objectives = الأهداف
event-outcomes = النتائج المتوقعة
note-on-sources = ملاحظة حول المصادر
drafted-item = (عبارة مقترحة، ليست الصياغة الرسمية)
teaching-time = التدريس
exercise-time = التمارين
questions = الأسئلة التي يتناولها
rating-agree-1 = لا أوافق بشدة
rating-agree-2 = لا أوافق
rating-agree-3 = محايد
rating-agree-4 = أوافق
rating-agree-5 = أوافق بشدة
rating-statement = العبارة

# Lesson blocks and the facilitator edition
block-exercise = تمرين
block-solution = الحل
block-hint = تلميح
block-facilitator = ملاحظة للميسّر
block-callout = ملاحظة
block-keypoints = النقاط الرئيسية
block-objectives = الأهداف
block-prerequisites = المتطلبات المسبقة
block-discussion = نقاش
block-checklist = قائمة تحقق
model-answer = إجابة نموذجية
for-facilitators = للميسّرين
materials = المواد
preparation = التحضير
facilitator-guide = دليل الميسّر
facilitator-notes = ملاحظات للميسّر
facilitator-edition-banner = طبعة الميسّرين: تتضمن الملاحظات والحلول ومفاتيح الإجابات. لا تشاركها مع المتعلمين.
schedule = الجدول
chapter = الفصل
when = الموعد
task-done = تم
task-open = لم يُنجز بعد
code-output = المُخرَجات

# الكتاب المطبوع وملف PDF والنسخ غير المتصلة
print-book = الدورة كاملة في صفحة واحدة
print-book-link = الدورة كاملة في صفحة واحدة، للقراءة أو الطباعة
pdf-book = ملف PDF للدورة
print-book-hint = تضم هذه الصفحة الدورة كاملة: اقرأها هنا من أولها إلى آخرها، أو اطبعها بأمر الطباعة في متصفحك، ويمكنك منه أيضًا حفظها بصيغة PDF.
print-back-to-contents = العودة إلى المحتويات
print-back-to-course = العودة إلى صفحة الدورة
about-this-course = عن هذه الدورة
case-studies = دراسات الحالة
answer-key = مفتاح الإجابات
answer-open = سؤال مفتوح: لا توجد إجابة صحيحة واحدة.
matching-hint = اكتب على كل سطر حرف العنصر المطابق.
activity-framework = إطار مرجعي
slide-handouts = مطبوعات الشرائح
pdf-note = أُعدّ من مصادر الدورة باستخدام coursebook.
offline-open-course = فتح الدورة
offline-not-included-title = غير موجود في هذه النسخة غير المتصلة
offline-not-included-text = تضم هذه النسخة غير المتصلة دورة واحدة بلغة واحدة. الصفحة التي اتبعتها تنتمي إلى دورة أخرى أو لغة أخرى؛ اقرأها على الموقع الإلكتروني للدورة.
offline-readme-title = { $course }: نسخة غير متصلة
offline-readme-open = لقراءة الدورة، فُكّ ضغط هذا الملف، وافتح المجلد { $folder }، ثم افتح الملف index.html في متصفح الويب. لا حاجة إلى الاتصال بالإنترنت.
offline-readme-saved = تُحفظ إجابات الاختبارات وما يُكتب في أوراق العمل في متصفح هذا الحاسوب فقط. استخدم أزرار التصدير في أوراق العمل للاحتفاظ بنسخة.
offline-readme-pdf = الدورة كاملة جاهزة للطباعة في ملف PDF ‏{ $pdf }.

# Numbered figures, tables, equations and exercises, and links to them ("Figure 3.1")
ref-figure = الشكل { $number }
ref-table = الجدول { $number }
ref-equation = المعادلة { $number }
ref-exercise = التمرين { $number }
# The page that lists a course's figures, linked from the course page
list-of-figures = قائمة الأشكال
# A number label followed by a caption or title ("Figure 3.1: Spending by sector")
numbered-title = { $label }: { $title }

# البحث
search = بحث
search-label = البحث في هذا الموقع
search-placeholder = بحث (اضغط /)
search-results = نتائج البحث
search-results-count = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
search-no-results = لا توجد نتائج لـ «{ $query }». جرّب كلمات أقل أو تهجئة أخرى.
search-all-results = كل النتائج لـ «{ $query }»
search-failed = تعذّر تحميل فهرس البحث.
search-filter = تضييق النتائج
search-type = النوع
search-no-js = يحتاج البحث إلى JavaScript. جميع الصفحات ومصطلحات المسرد مدرجة أدناه بالترتيب الأبجدي.
search-az = الفهرس الأبجدي
search-az-intro = جميع صفحات هذا الموقع ومصطلحات المسرد، مرتبة أبجديًا.
search-az-other = أخرى
search-kind-chapter = فصل
search-kind-agenda = البرنامج
search-kind-framework = إطار مرجعي
module = الوحدة
modules = الوحدات

# A course's setup page (courses/<course>/setup.md)
setup = الإعداد
setup-intro = قبل الجلسة الأولى: ما يجب تثبيته أو تنزيله أو تحضيره.
on-this-page = في هذه الصفحة

# Learner progress on the course page, kept in this browser only (site.js)
progress-read = تمت قراءته
progress-quiz-passed = تم اجتياز الاختبار: { $score } من أصل { $total }
progress-quiz-tried = محاولة الاختبار: { $score } من أصل { $total }
progress-summary-chapters = الفصول المقروءة: { $read } من أصل { $count }.
progress-summary-modules = الوحدات المقروءة: { $read } من أصل { $count }.
progress-summary-quizzes = الاختبارات المجتازة: { $passed } من أصل { $quizzes }.
progress-note = يُحفظ تقدّمك في هذا المتصفح فقط. إذا كنت تستخدم حاسوبًا مشتركًا، فامسحه عند الانتهاء.
progress-forget = مسح تقدّمي
progress-continue = تابع القراءة:

# Certificates of participation (coursebook certificates, pdf/certificate.typ)
certificate-heading = شهادة مشاركة
certificate-certifies = نشهد بأن
certificate-took-part = قد شارك في الدورة
certificate-signature-facilitator = الميسّر الرئيسي
certificate-signature-organiser = عن الجهات المنظِّمة

# Facilitator edition: compiling participants' exported worksheets (activity.js)
compile-title = تجميع إجابات المشاركين
compile-intro = اختر دفعة واحدة ملفات CSV أو Markdown التي صدّرها المشاركون من ورقة العمل هذه. تُقرأ الملفات في هذا المتصفح ولا يُرسل أي شيء إلى أي جهة.
compile-choose = اختيار الملفات
compile-files = الملفات المجمّعة: { $count }.
compile-not-export = الملف { $file } ليس ملفًا مصدَّرًا من ورقة العمل هذه، ولذلك استُبعد.
compile-answered = عدد الإجابات
compile-share = { $count } من أصل { $total } ({ $percent }%)
compile-no-answers = لا توجد إجابات.

# Facilitator edition: an event's attendance sheets and certificates
attendance-title = كشف الحضور
attendance-intro = كشف لكل يوم من أيام الفعالية، يُطبع كل منها في صفحة مستقلة: اطبع هذه الصفحة ومرّر الكشوف على المشاركين.
attendance-link = كشوف الحضور للطباعة (كشف لكل يوم)
attendance-number = الرقم
attendance-name = الاسم
attendance-organisation = الجهة والمنصب
attendance-email = البريد الإلكتروني
attendance-signature = التوقيع
certificates-how = شهادات المشاركة، انطلاقًا من ملف بأسماء المشاركين، اسم في كل سطر:
