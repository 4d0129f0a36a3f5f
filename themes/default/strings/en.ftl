# UI strings of the default theme, English (the source locale).
# Fluent syntax: https://projectfluent.org/ ; plural forms follow CLDR rules.

language-name = English
skip-to-content = Skip to content
site-navigation = Site
course-navigation = Course contents
breadcrumbs = Breadcrumbs
contents = Contents
home = Home
courses = Courses
course = Course
chapters = Chapters
course-catalogue = Courses
resources = Resources
case-library = Case library
glossary = Glossary
built-with = Built with coursebook. Works offline.
enter-site = Enter the site
not-found-title = Page not found
not-found-text = The page you asked for does not exist. It may have moved.
back-home = Go to the home page

duration = Duration
duration-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
duration-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
publisher = Publisher
audience = Who this course is for
objectives = Learning objectives
objectives-intro = By the end of this chapter you will be able to:
syllabus = Syllabus
activities = Activities
practise = Practise
editorial-note = Editorial note
chapter-n = Chapter { $n }
chapter-count = { $count ->
    [one] { $count } chapter
   *[other] { $count } chapters
}
section-count = { $count ->
    [one] { $count } section
   *[other] { $count } sections
}
case-count = { $count ->
    [0] no case studies
    [one] { $count } case study
   *[other] { $count } case studies
}
term-count = { $count ->
    [one] { $count } term
   *[other] { $count } terms
}
in-this-chapter = In this chapter
key-messages = Key messages
cases-in-chapter = Case studies in this chapter
chapter-navigation = Previous and next chapter
previous = Previous
next = Next
section = section

case-study = Case study
case-library-intro = { $count ->
    [one] One case study from governments around the world.
   *[other] { $count } case studies from governments around the world, grouped by region.
}
filter-cases = Filter case studies
browse-cases = Browse by country, goal and theme
by-country = By country
by-sdg = By Sustainable Development Goal
by-theme = By theme
all = All
cases-shown-label = Case studies shown
countries = Countries
organisations = Organisations
region = Region
level = Level
year = Year
sdgs = SDGs
sdg-n = SDG { $count }
themes = Themes
source = Source
used-in = Used in
see-also = See also
# Between the items of a list ("Kenya, Rwanda"); quoted, as Fluent trims spaces.
list-separator = {", "}

region-africa = Africa
region-americas = Americas
region-asia = Asia
region-europe = Europe
region-oceania = Oceania
region-global = Global and multi-region
level-local = Local
level-national = National
level-regional = Regional
level-international = International

callout-note = Note
callout-tip = Tip
callout-important = Important
callout-warning = Warning
callout-caution = Caution
table = Table

activity-quiz = Quiz
activity-reflections = Reflection
activity-worksheet = Worksheet
quiz-pass-mark = Pass mark: { $count }%
points-total = { $count ->
    [one] { $count } point
   *[other] { $count } points
}
points = { $count ->
    [one] { $count } point
   *[other] { $count } points
}
select-all = Select all that apply.
true = True
false = False
your-answer = Your answer
ordering-hint = Give each item its position in the correct order.
show-answer = Show the answer
show-guidance = Show guidance
correct-answer = Correct answer
check-answers = Check answers
save-answers = Save my answers
retry = Try again
reset = Clear answers
feedback-correct = Correct.
feedback-incorrect = Not quite.
feedback-partial = Partly correct.
feedback-unanswered = Not answered.
quiz-passed = Passed: you scored { $score } of { $total } points ({ $percent }%).
quiz-failed = Not yet passed: you scored { $score } of { $total } points ({ $percent }%). The pass mark is { $pass }%.
quiz-score = { $score } of { $total } points
answers-saved = Your answers are saved in this browser.

add-row = Add a row
export-csv = Export as CSV
export-markdown = Export as Markdown
import = Import a saved export
print = Print
clear = Clear the worksheet
worksheet-restored = Your saved entries were restored from this browser.
worksheet-not-saved = This browser cannot save your entries. Export them before you leave the page.
worksheet-exported = Downloaded { $file }.
worksheet-imported = Imported { $file }.
worksheet-import-failed = { $file } is not an export of this worksheet. Nothing was changed.
worksheet-confirm-clear = Clear every entry of this worksheet? Export it first if you want to keep a copy.
worksheet-cleared = The worksheet is empty.

activity-assessment = Self-assessment
assessment-items = { $count ->
    [one] { $count } statement to rate
   *[other] { $count } statements to rate
}
assessment-edition = Edition
assessment-scale = Rating scale
assessment-show-results = Show my results
assessment-print = Print results
assessment-results = Results
assessment-area = Dimension or sub-dimension
assessment-mean = Mean score
assessment-answered = Answered
assessment-answered-of = { $answered } of { $total }
assessment-chart = Mean score per dimension, on a scale from { $min } to { $max }
assessment-confirm-reset = Clear all answers of this assessment?
export-json = Export as JSON

language = Language
read-original = Read the original
notice-fallback = This page is not yet translated. It is shown in its original language ({ $original }).
notice-outdated = The original of this page ({ $original }) has changed since it was translated, so this translation may be out of date.
translation-status = Translation status
status-intro = How much of the course is translated into each language, counted in files and in words of the source text.
status-none = This site has only one language.
status-words-translated = Words translated and up to date
status-files = Files
status-words = Words
status-current = Translated
status-outdated = May be out of date
status-missing = Not yet translated
status-total = Total
status-heading = Status

activity-deck = Slides
slide-decks = Slide decks
handout = Handout
slide = slide
slide-n-of = Slide { $n } of { $total }
slide-count = { $count ->
    [one] { $count } slide
   *[other] { $count } slides
}
speaker-notes = Speaker notes
deck-slides = Slides
deck-handout = Handout with speaker notes
deck-print-hint = To print one slide per page, use your browser's print command (landscape).
deck-print-handout-hint = Print this page for a handout: each slide with its speaker notes.
deck-present = Present
deck-presenter-view = Presenter view
deck-overview = Overview
deck-print = Print slides
deck-next-slide = Next slide
deck-end = End of the presentation
deck-timer = Elapsed time
deck-exit = Exit presentation
deck-notes = Notes

module-n = Module { $n }
part-n = part { $n }
day-n = Day { $n }
day-navigation = Previous and next day
# The sessions of a teaching day in an agenda written by `coursebook new agenda`.
agenda-morning = Morning session
agenda-afternoon = Afternoon session
week-at-a-glance = The week at a glance
session = Session
events = Events
event = Event
dates = Dates
venue = Venue
time-zones = Time zones
organisers = Organisers
programme = Programme
add-to-calendar = Add to your calendar (.ics)
# A calendar date (event dates): $day, $month (the name below, in the form a date uses), $month_number, $year.
date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
times-in = Times are given in { $zone }.
your-time = Your time: { $time }
mode-in-person = In person
mode-online = Online
mode-hybrid = In person and online
item-welcome = Welcome
item-lecture = Lecture
item-plenary = Plenary
item-group-exercise = Group exercise
item-case-study = Case study
item-wrap-up = Wrap-up
item-evaluation = Evaluation
item-panel = Panel
item-discussion = Discussion

duration-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
duration-hours-minutes = { $hours } { $minutes }
audience-label = Audience
in-this-module = In this module
objectives-intro-module = By the end of this module you will be able to:
cases-in-module = Case studies in this module
all-chapters = All chapters …

# Provenance, events and drafted items
written-for-this-edition = Written for this edition: this page goes beyond the source toolkit and draws on the public sources cited below.
sources = Sources
event-objectives = Objectives
event-outcomes = Expected outcomes
note-on-sources = Note on sources
drafted-item = (drafted statement, not official wording)
teaching-time = Teaching
exercise-time = Exercises
questions = Questions this covers
rating-agree-1 = Strongly disagree
rating-agree-2 = Disagree
rating-agree-3 = Neither agree nor disagree
rating-agree-4 = Agree
rating-agree-5 = Strongly agree
rating-statement = Statement

# Lesson blocks and the facilitator edition
block-exercise = Exercise
block-solution = Solution
block-hint = Hint
block-facilitator = Facilitator note
block-callout = Note
block-keypoints = Key points
block-objectives = Objectives
block-prerequisites = Prerequisites
block-discussion = Discussion
block-checklist = Checklist
model-answer = Model answer
for-facilitators = For facilitators
materials = Materials
preparation = Preparation
facilitator-guide = Facilitator guide
facilitator-notes = Facilitator notes
facilitator-edition-banner = Facilitator edition: includes notes, solutions and answer keys. Do not share with learners.
schedule = Schedule
chapter = Chapter
when = When
task-done = Done
task-open = To do
code-output = Output

# Print book, PDF and offline copies
print-book = Whole course on one page
print-book-link = The whole course on one page, to read or print
pdf-book = PDF of the course
print-book-hint = This page holds the whole course: read it here from start to finish, or print it with your browser’s Print command, which can also save it as a PDF.
print-back-to-contents = Back to the contents
print-back-to-course = Back to the course page
about-this-course = About this course
case-studies = Case studies
answer-key = Answer key
answer-open = Open question: there is no single right answer.
matching-hint = Write the letter of the matching item on each line.
activity-framework = Framework
slide-handouts = Slide handouts
pdf-note = Typeset from the course’s sources with coursebook.
offline-open-course = Open the course
offline-not-included-title = Not in this offline copy
offline-not-included-text = This offline copy holds one course in one language. The page you followed belongs to another course or language; read it on the course’s website.
offline-readme-title = { $course }: offline copy
offline-readme-open = To read the course, unzip this file, open the folder { $folder } and open index.html in a web browser. No internet connection is needed.
offline-readme-saved = Quiz answers and worksheet entries are saved only in the browser of this computer. Use the worksheets’ export buttons to keep a copy.
offline-readme-pdf = The whole course, ready to print, is the PDF { $pdf }.

# Numbered figures, tables, equations and exercises, and links to them ("Figure 3.1")
ref-figure = Figure { $number }
ref-table = Table { $number }
ref-equation = Equation { $number }
ref-exercise = Exercise { $number }
# The page that lists a course's figures, linked from the course page
list-of-figures = List of figures
# A number label followed by a caption or title ("Figure 3.1: Spending by sector")
numbered-title = { $label }: { $title }

# Search
search = Search
search-label = Search this site
search-placeholder = Search (press /)
search-results = Search results
search-results-count = { $count ->
    [0] No results
    [one] { $count } result
   *[other] { $count } results
}
search-no-results = No results for “{ $query }”. Try fewer words or another spelling.
search-all-results = All results for “{ $query }”
search-failed = The search index could not be loaded.
search-filter = Narrow the results
search-type = Type
search-no-js = Searching needs JavaScript. Every page and glossary term is listed from A to Z below.
search-az = Index A–Z
search-az-intro = Every page and glossary term of this site, in alphabetical order.
search-az-other = Other
search-kind-chapter = Chapter
search-kind-agenda = Agenda
search-kind-framework = Reference framework
module = Module
modules = Modules

# A course's setup page (courses/<course>/setup.md)
setup = Setup
setup-intro = Before the first session: what to install, download or prepare.
on-this-page = On this page

# Learner progress on the course page, kept in this browser only (site.js)
progress-read = Read
progress-quiz-passed = Quiz passed: { $score } of { $total }
progress-quiz-tried = Quiz tried: { $score } of { $total }
progress-summary-chapters = Chapters read: { $read } of { $count }.
progress-summary-modules = Modules read: { $read } of { $count }.
progress-summary-quizzes = Quizzes passed: { $passed } of { $quizzes }.
progress-note = Your progress is kept in this browser only. On a shared computer, clear it when you finish.
progress-forget = Forget my progress
progress-continue = Continue with

# Certificates of participation (coursebook certificates, pdf/certificate.typ)
certificate-heading = Certificate of participation
certificate-certifies = This is to certify that
certificate-took-part = took part in the course
certificate-signature-facilitator = Lead facilitator
certificate-signature-organiser = For the organisers

# Facilitator edition: compiling participants' exported worksheets (activity.js)
compile-title = Compile participants' answers
compile-intro = Choose the CSV or Markdown files that participants exported from this worksheet, all at once. They are read in this browser; nothing is sent anywhere.
compile-choose = Choose files
compile-files = Files compiled: { $count }.
compile-not-export = { $file } is not an export of this worksheet and was left out.
compile-answered = Answered
compile-share = { $count } of { $total } ({ $percent }%)
compile-no-answers = No answers.

# Facilitator edition: an event's attendance sheets and certificates
attendance-title = Attendance sheet
attendance-intro = One sheet per day of the event, each printed on a page of its own: print this page and pass the sheets round.
attendance-link = Attendance sheets to print (one per day)
attendance-number = No.
attendance-name = Name
attendance-organisation = Organisation and position
attendance-email = Email
attendance-signature = Signature
certificates-how = Certificates of participation, from a file of participants' names, one per line:
