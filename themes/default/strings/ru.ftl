# UI strings of the default theme, Russian (translated from en.ftl).
# Fluent syntax: https://projectfluent.org/ ; plural forms follow CLDR rules
# (Russian: `one` 1, 21, 31…; `few` 2–4, 22–24…; `many` 0, 5–20, 25–30…; `other` fractions).

language-name = Русский
skip-to-content = Перейти к основному содержанию
site-navigation = Сайт
course-navigation = Содержание курса
breadcrumbs = Навигационная цепочка
contents = Содержание
home = Главная
courses = Курсы
course = Курс
chapters = Главы
course-catalogue = Курсы
resources = Материалы
case-library = Библиотека кейсов
glossary = Глоссарий
built-with = Создано с помощью coursebook. Работает без подключения к интернету.
enter-site = Перейти на сайт
not-found-title = Страница не найдена
not-found-text = Запрошенная страница не существует. Возможно, она была перемещена.
back-home = Перейти на главную страницу

duration = Продолжительность
duration-hours = { $count ->
    [one] { $count } час
    [few] { $count } часа
    [many] { $count } часов
   *[other] { $count } часа
}
duration-minutes = { $count ->
    [one] { $count } минута
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}
publisher = Издатель
audience = Для кого этот курс
objectives = Учебные цели
objectives-intro = После изучения этой главы вы сможете:
syllabus = Программа курса
activities = Задания
practise = Практика
editorial-note = Примечание редакции
chapter-n = Глава { $n }
chapter-count = { $count ->
    [one] { $count } глава
    [few] { $count } главы
    [many] { $count } глав
   *[other] { $count } главы
}
section-count = { $count ->
    [one] { $count } раздел
    [few] { $count } раздела
    [many] { $count } разделов
   *[other] { $count } раздела
}
case-count = { $count ->
    [0] нет кейсов
    [one] { $count } кейс
    [few] { $count } кейса
    [many] { $count } кейсов
   *[other] { $count } кейса
}
term-count = { $count ->
    [one] { $count } термин
    [few] { $count } термина
    [many] { $count } терминов
   *[other] { $count } термина
}
in-this-chapter = В этой главе
key-messages = Ключевые идеи
cases-in-chapter = Кейсы в этой главе
chapter-navigation = Предыдущая и следующая главы
previous = Предыдущая
next = Следующая
section = раздел

case-study = Кейс
case-library-intro = { $count ->
    [0] Кейсов пока нет.
    [1] Один кейс из практики правительств разных стран мира.
    [one] { $count } кейс из практики правительств разных стран мира, с группировкой по регионам.
    [few] { $count } кейса из практики правительств разных стран мира, с группировкой по регионам.
    [many] { $count } кейсов из практики правительств разных стран мира, с группировкой по регионам.
   *[other] { $count } кейса из практики правительств разных стран мира, с группировкой по регионам.
}
filter-cases = Фильтрация кейсов
browse-cases = Обзор по странам, целям и темам
by-country = По странам
by-sdg = По целям в области устойчивого развития
by-theme = По темам
all = Все
cases-shown-label = Показано кейсов
countries = Страны
organisations = Организации
region = Регион
level = Уровень
year = Год
sdgs = ЦУР
sdg-n = ЦУР { $count }
themes = Темы
source = Источник
used-in = Используется в
see-also = См. также
list-separator = {", "}

region-africa = Африка
region-americas = Америка
region-asia = Азия
region-europe = Европа
region-oceania = Океания
region-global = Глобальный и межрегиональный
level-local = Местный
level-national = Национальный
level-regional = Региональный
level-international = Международный

callout-note = Примечание
callout-tip = Совет
callout-important = Важно
callout-warning = Предупреждение
callout-caution = Осторожно
table = Таблица

activity-quiz = Тест
activity-reflections = Вопросы для размышления
activity-worksheet = Рабочий лист
quiz-pass-mark = Проходной балл: { $count }%
points-total = { $count ->
    [one] { $count } балл
    [few] { $count } балла
    [many] { $count } баллов
   *[other] { $count } балла
}
points = { $count ->
    [one] { $count } балл
    [few] { $count } балла
    [many] { $count } баллов
   *[other] { $count } балла
}
select-all = Выберите все подходящие варианты.
true = Верно
false = Неверно
your-answer = Ваш ответ
ordering-hint = Укажите для каждого элемента его место в правильной последовательности.
show-answer = Показать ответ
show-guidance = Показать рекомендации
correct-answer = Правильный ответ
check-answers = Проверить ответы
save-answers = Сохранить мои ответы
retry = Попробовать ещё раз
reset = Очистить ответы
feedback-correct = Верно.
feedback-incorrect = Не совсем.
feedback-partial = Частично верно.
feedback-unanswered = Нет ответа.
quiz-passed = Тест пройден: вы набрали { $score } из { $total } ({ $percent }%).
quiz-failed = Тест пока не пройден: вы набрали { $score } из { $total } ({ $percent }%). Проходной балл — { $pass }%.
quiz-score = Баллы: { $score } из { $total }
answers-saved = Ваши ответы сохранены в этом браузере.

add-row = Добавить строку
export-csv = Экспортировать в CSV
export-markdown = Экспортировать в Markdown
import = Импортировать сохранённый файл экспорта
print = Распечатать
clear = Очистить рабочий лист
worksheet-restored = Ваши сохранённые записи восстановлены из этого браузера.
worksheet-not-saved = Этот браузер не может сохранить ваши записи. Экспортируйте их, прежде чем покинуть страницу.
worksheet-exported = Файл { $file } скачан.
worksheet-imported = Файл { $file } импортирован.
worksheet-import-failed = Файл { $file } не является экспортом этого рабочего листа. Ничего не изменено.
worksheet-confirm-clear = Удалить все записи этого рабочего листа? Если хотите сохранить копию, сначала экспортируйте его.
worksheet-cleared = Рабочий лист пуст.

activity-assessment = Самооценка
assessment-items = { $count ->
    [one] { $count } утверждение для оценки
    [few] { $count } утверждения для оценки
    [many] { $count } утверждений для оценки
   *[other] { $count } утверждения для оценки
}
assessment-edition = Редакция
assessment-scale = Шкала оценки
assessment-show-results = Показать мои результаты
assessment-print = Распечатать результаты
assessment-results = Результаты
assessment-area = Измерение или подызмерение
assessment-mean = Средний балл
assessment-answered = Отвечено
assessment-answered-of = { $answered } из { $total }
assessment-chart = Средний балл по каждому измерению по шкале от { $min } до { $max }
assessment-confirm-reset = Очистить все ответы этой самооценки?
export-json = Экспортировать в JSON

language = Язык
read-original = Читать оригинал
notice-fallback = Эта страница ещё не переведена и показана на языке оригинала ({ $original }).
notice-outdated = Оригинал этой страницы ({ $original }) изменился после перевода, поэтому перевод может быть устаревшим.
translation-status = Состояние переводов
status-intro = Какая часть курса переведена на каждый язык — в файлах и в словах исходного текста.
status-none = У этого сайта только один язык.
status-words-translated = Переведённые и актуальные слова
status-files = Файлы
status-words = Слова
status-current = Переведено
status-outdated = Возможно, устарело
status-missing = Ещё не переведено
status-total = Всего
status-heading = Статус

module-n = Модуль { $n }
part-n = часть { $n }
day-n = День { $n }
day-navigation = Предыдущий и следующий день
agenda-morning = Утреннее заседание
agenda-afternoon = Дневное заседание
week-at-a-glance = Неделя в обзоре
session = Сессия
events = Мероприятия
event = Мероприятие
dates = Даты
venue = Место проведения
time-zones = Часовые пояса
organisers = Организаторы
programme = Программа
add-to-calendar = Добавить в календарь (.ics)
date = { $day } { $month } { $year } г.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
times-in = Время указано по часовому поясу { $zone }.
your-time = Ваше время: { $time }
mode-in-person = Очно
mode-online = Онлайн
mode-hybrid = Очно и онлайн
item-welcome = Приветствие
item-lecture = Лекция
item-plenary = Пленарное заседание
item-group-exercise = Групповое упражнение
item-case-study = Разбор кейса
item-wrap-up = Подведение итогов
item-evaluation = Оценка
item-panel = Панельная дискуссия
item-discussion = Обсуждение
activity-deck = Слайды
slide-decks = Презентации
handout = Раздаточный материал
slide = слайд
slide-n-of = Слайд { $n } из { $total }
speaker-notes = Заметки докладчика
deck-slides = Слайды
deck-handout = Раздаточный материал с заметками докладчика
deck-print-hint = Чтобы напечатать по одному слайду на страницу, используйте печать в браузере (альбомная ориентация).
deck-print-handout-hint = Напечатайте эту страницу как раздаточный материал: каждый слайд с заметками.
deck-present = Показ
deck-presenter-view = Режим докладчика
deck-overview = Обзор
deck-print = Печать слайдов
deck-next-slide = Следующий слайд
deck-end = Конец презентации
deck-timer = Прошло времени
deck-exit = Выйти из показа
deck-notes = Заметки
slide-count = { $count ->
    [one] { $count } слайд
    [few] { $count } слайда
    [many] { $count } слайдов
   *[other] { $count } слайда
}

duration-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дня
}
duration-hours-minutes = { $hours } { $minutes }
audience-label = Аудитория
in-this-module = В этом модуле
objectives-intro-module = По завершении этого модуля вы сможете:
cases-in-module = Кейсы этого модуля
all-chapters = Все главы…

# Provenance, events and drafted items
written-for-this-edition = Написано для этого издания: эта страница выходит за рамки исходного пособия и опирается на публичные источники, перечисленные ниже.
sources = Источники
event-objectives = Цели
event-outcomes = Ожидаемые результаты
note-on-sources = Примечание об источниках
drafted-item = (предварительная формулировка, не официальная)
teaching-time = Теория
exercise-time = Упражнения
questions = Рассматриваемые вопросы
rating-agree-1 = Совершенно не согласен
rating-agree-2 = Скорее не согласен
rating-agree-3 = Ни да, ни нет
rating-agree-4 = Скорее согласен
rating-agree-5 = Полностью согласен
rating-statement = Утверждение

# Lesson blocks and the facilitator edition
block-exercise = Упражнение
block-solution = Решение
block-hint = Подсказка
block-facilitator = Заметка для ведущего
block-callout = Примечание
block-keypoints = Ключевые моменты
block-objectives = Цели
block-prerequisites = Что нужно знать заранее
block-discussion = Обсуждение
block-checklist = Контрольный список
model-answer = Образец ответа
for-facilitators = Для ведущих
materials = Материалы
preparation = Подготовка
facilitator-guide = Руководство для ведущего
facilitator-notes = Заметки для ведущего
facilitator-edition-banner = Издание для ведущих: содержит заметки, решения и ответы. Не передавайте его слушателям.
schedule = Расписание
chapter = Глава
when = Когда
task-done = Выполнено
task-open = Не выполнено
code-output = Вывод

# Версия для печати, PDF и офлайн-копии
print-book = Весь курс на одной странице
print-book-link = Весь курс на одной странице — для чтения или печати
pdf-book = PDF курса
print-book-hint = На этой странице собран весь курс: прочитайте его здесь от начала до конца или распечатайте командой «Печать» в браузере — там же его можно сохранить в PDF.
print-back-to-contents = К оглавлению
print-back-to-course = Вернуться на страницу курса
about-this-course = О курсе
case-studies = Кейсы
answer-key = Ответы
answer-open = Открытый вопрос: единственно правильного ответа нет.
matching-hint = Впишите в каждую строку букву соответствующего элемента.
activity-framework = Рамочная модель
slide-handouts = Раздаточные материалы со слайдами
pdf-note = Свёрстано из исходных файлов курса с помощью coursebook.
offline-open-course = Открыть курс
offline-not-included-title = Нет в этой офлайн-копии
offline-not-included-text = Эта офлайн-копия содержит один курс на одном языке. Страница, на которую вы перешли, относится к другому курсу или языку; откройте её на сайте курса.
offline-readme-title = { $course }: офлайн-копия
offline-readme-open = Чтобы читать курс, распакуйте этот файл, откройте папку { $folder } и откройте файл index.html в браузере. Подключение к интернету не требуется.
offline-readme-saved = Ответы на тесты и записи в рабочих листах сохраняются только в браузере этого компьютера. Чтобы сохранить копию, используйте кнопки экспорта рабочих листов.
offline-readme-pdf = Весь курс, готовый к печати, находится в PDF-файле { $pdf }.

# Numbered figures, tables, equations and exercises, and links to them ("Figure 3.1")
ref-figure = Рисунок { $number }
ref-table = Таблица { $number }
ref-equation = Формула { $number }
ref-exercise = Упражнение { $number }
# The page that lists a course's figures, linked from the course page
list-of-figures = Список рисунков
# A number label followed by a caption or title ("Figure 3.1: Spending by sector")
numbered-title = { $label } — { $title }

# Поиск
search = Найти
search-label = Поиск по сайту
search-placeholder = Поиск (клавиша /)
search-results = Результаты поиска
search-results-count = { $count ->
    [0] Ничего не найдено
    [one] { $count } результат
    [few] { $count } результата
   *[many] { $count } результатов
}
search-no-results = По запросу «{ $query }» ничего не найдено. Попробуйте меньше слов или другое написание.
search-all-results = Все результаты по запросу «{ $query }»
search-failed = Не удалось загрузить поисковый индекс.
search-filter = Уточнить результаты
search-type = Тип
search-no-js = Для поиска нужен JavaScript. Ниже перечислены все страницы и термины глоссария в алфавитном порядке.
search-az = Указатель от А до Я
search-az-intro = Все страницы и термины глоссария этого сайта в алфавитном порядке.
search-az-other = Другое
search-kind-chapter = Глава
search-kind-agenda = Программа
search-kind-framework = Справочная рамка
module = Модуль
modules = Модули

# A course's setup page (courses/<course>/setup.md)
setup = Подготовка
setup-intro = Перед первым занятием: что установить, загрузить или подготовить.
on-this-page = На этой странице

# Learner progress on the course page, kept in this browser only (site.js)
progress-read = Прочитано
progress-quiz-passed = Тест пройден: { $score } из { $total }
progress-quiz-tried = Попытка теста: { $score } из { $total }
progress-summary-chapters = Прочитано глав: { $read } из { $count }.
progress-summary-modules = Прочитано модулей: { $read } из { $count }.
progress-summary-quizzes = Пройдено тестов: { $passed } из { $quizzes }.
progress-note = Ваш прогресс сохраняется только в этом браузере. На общем компьютере удалите его, когда закончите.
progress-forget = Удалить мой прогресс
progress-continue = Продолжить:

# Certificates of participation (coursebook certificates, pdf/certificate.typ)
certificate-heading = Сертификат участника
certificate-certifies = Настоящим удостоверяется, что
certificate-took-part = принял(а) участие в курсе
certificate-signature-facilitator = Ведущий курса
certificate-signature-organiser = От организаторов

# Facilitator edition: compiling participants' exported worksheets (activity.js)
compile-title = Свести ответы участников
compile-intro = Выберите сразу все файлы CSV или Markdown, которые участники экспортировали из этого рабочего листа. Они читаются в этом браузере; никуда ничего не отправляется.
compile-choose = Выбрать файлы
compile-files = Сведено файлов: { $count }.
compile-not-export = Файл { $file } не является экспортом этого рабочего листа и не учтён.
compile-answered = Ответов
compile-share = { $count } из { $total } ({ $percent }%)
compile-no-answers = Ответов нет.

# Facilitator edition: an event's attendance sheets and certificates
attendance-title = Лист регистрации участников
attendance-intro = Один лист на каждый день мероприятия, каждый печатается на отдельной странице: распечатайте эту страницу и передайте листы участникам.
attendance-link = Листы регистрации для печати (по одному на день)
attendance-number = №
attendance-name = Имя и фамилия
attendance-organisation = Организация и должность
attendance-email = Электронная почта
attendance-signature = Подпись
certificates-how = Сертификаты участников по файлу с именами участников, по одному в строке:
