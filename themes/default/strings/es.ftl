# UI strings of the default theme, Spanish (translated from en.ftl).
# Fluent syntax: https://projectfluent.org/ ; plural forms follow CLDR rules
# (Spanish: `one`, `many` for large round numbers such as 1000000, `other`).

language-name = Español
skip-to-content = Ir al contenido
site-navigation = Sitio
course-navigation = Contenido del curso
breadcrumbs = Ruta de navegación
contents = Contenido
home = Inicio
courses = Cursos
course = Curso
chapters = Capítulos
course-catalogue = Cursos
resources = Recursos
case-library = Biblioteca de estudios de caso
glossary = Glosario
built-with = Creado con coursebook. Funciona sin conexión.
enter-site = Entrar en el sitio
not-found-title = Página no encontrada
not-found-text = La página que busca no existe. Es posible que se haya trasladado.
back-home = Ir a la página de inicio

duration = Duración
duration-hours = { $count ->
    [one] { $count } hora
    [many] { $count } de horas
   *[other] { $count } horas
}
duration-minutes = { $count ->
    [one] { $count } minuto
    [many] { $count } de minutos
   *[other] { $count } minutos
}
publisher = Editor
audience = A quién va dirigido este curso
objectives = Objetivos de aprendizaje
objectives-intro = Al finalizar este capítulo, usted podrá:
syllabus = Programa
activities = Actividades
practise = Práctica
editorial-note = Nota editorial
chapter-n = Capítulo { $n }
chapter-count = { $count ->
    [one] { $count } capítulo
    [many] { $count } de capítulos
   *[other] { $count } capítulos
}
section-count = { $count ->
    [one] { $count } sección
    [many] { $count } de secciones
   *[other] { $count } secciones
}
case-count = { $count ->
    [0] ningún estudio de caso
    [one] { $count } estudio de caso
    [many] { $count } de estudios de caso
   *[other] { $count } estudios de caso
}
term-count = { $count ->
    [one] { $count } término
    [many] { $count } de términos
   *[other] { $count } términos
}
in-this-chapter = En este capítulo
key-messages = Mensajes clave
cases-in-chapter = Estudios de caso de este capítulo
chapter-navigation = Capítulo anterior y siguiente
previous = Anterior
next = Siguiente
section = sección

case-study = Estudio de caso
case-library-intro = { $count ->
    [0] Todavía no hay estudios de caso.
    [one] Un estudio de caso de gobiernos de todo el mundo.
    [many] { $count } de estudios de caso de gobiernos de todo el mundo, agrupados por región.
   *[other] { $count } estudios de caso de gobiernos de todo el mundo, agrupados por región.
}
filter-cases = Filtrar estudios de caso
browse-cases = Explorar por país, objetivo y tema
by-country = Por país
by-sdg = Por Objetivo de Desarrollo Sostenible
by-theme = Por tema
all = Todos
cases-shown-label = Estudios de caso mostrados
countries = Países
organisations = Organizaciones
region = Región
level = Nivel
year = Año
sdgs = ODS
sdg-n = ODS { $count }
themes = Temas
source = Fuente
used-in = Utilizado en
see-also = Véase también
list-separator = {", "}

region-africa = África
region-americas = América
region-asia = Asia
region-europe = Europa
region-oceania = Oceanía
region-global = Mundial y multirregional
level-local = Local
level-national = Nacional
level-regional = Regional
level-international = Internacional

callout-note = Nota
callout-tip = Consejo
callout-important = Importante
callout-warning = Advertencia
callout-caution = Precaución
table = Tabla

activity-quiz = Cuestionario
activity-reflections = Reflexión
activity-worksheet = Hoja de trabajo
quiz-pass-mark = Puntuación mínima para aprobar: { $count }%
points-total = { $count ->
    [one] { $count } punto
    [many] { $count } de puntos
   *[other] { $count } puntos
}
points = { $count ->
    [one] { $count } punto
    [many] { $count } de puntos
   *[other] { $count } puntos
}
select-all = Seleccione todas las opciones que correspondan.
true = Verdadero
false = Falso
your-answer = Su respuesta
ordering-hint = Indique la posición de cada elemento en el orden correcto.
show-answer = Mostrar la respuesta
show-guidance = Mostrar orientaciones
correct-answer = Respuesta correcta
check-answers = Comprobar respuestas
save-answers = Guardar mis respuestas
retry = Volver a intentarlo
reset = Borrar respuestas
feedback-correct = Correcto.
feedback-incorrect = No del todo.
feedback-partial = Parcialmente correcto.
feedback-unanswered = Sin responder.
quiz-passed = Aprobado: ha obtenido { $score } de { $total } puntos ({ $percent }%).
quiz-failed = Aún no ha aprobado: ha obtenido { $score } de { $total } puntos ({ $percent }%). La puntuación mínima para aprobar es del { $pass }%.
quiz-score = { $score } de { $total } puntos
answers-saved = Sus respuestas se han guardado en este navegador.

add-row = Añadir una fila
export-csv = Exportar como CSV
export-markdown = Exportar como Markdown
import = Importar una exportación guardada
print = Imprimir
clear = Borrar la hoja de trabajo
worksheet-restored = Se han restaurado las entradas que había guardado en este navegador.
worksheet-not-saved = Este navegador no puede guardar sus entradas. Expórtelas antes de salir de la página.
worksheet-exported = Se ha descargado { $file }.
worksheet-imported = Se ha importado { $file }.
worksheet-import-failed = { $file } no es una exportación de esta hoja de trabajo. No se ha modificado nada.
worksheet-confirm-clear = ¿Desea borrar todas las entradas de esta hoja de trabajo? Si quiere conservar una copia, expórtela primero.
worksheet-cleared = La hoja de trabajo está vacía.

activity-assessment = Autoevaluación
assessment-items = { $count ->
    [one] { $count } afirmación para valorar
    [many] { $count } de afirmaciones para valorar
   *[other] { $count } afirmaciones para valorar
}
assessment-edition = Edición
assessment-scale = Escala de valoración
assessment-show-results = Mostrar mis resultados
assessment-print = Imprimir los resultados
assessment-results = Resultados
assessment-area = Dimensión o subdimensión
assessment-mean = Puntuación media
assessment-answered = Respondidas
assessment-answered-of = { $answered } de { $total }
assessment-chart = Puntuación media por dimensión, en una escala de { $min } a { $max }
assessment-confirm-reset = ¿Desea borrar todas las respuestas de esta evaluación?
export-json = Exportar como JSON

language = Idioma
read-original = Leer el original
notice-fallback = Esta página aún no está traducida. Se muestra en su idioma original ({ $original }).
notice-outdated = El original de esta página ({ $original }) ha cambiado desde que se tradujo, por lo que esta traducción puede estar desactualizada.
translation-status = Estado de las traducciones
status-intro = Qué parte del curso está traducida a cada idioma, contada en archivos y en palabras del texto de origen.
status-none = Este sitio tiene un solo idioma.
status-words-translated = Palabras traducidas y actualizadas
status-files = Archivos
status-words = Palabras
status-current = Traducido
status-outdated = Puede estar desactualizado
status-missing = Aún sin traducir
status-total = Total
status-heading = Estado

module-n = Módulo { $n }
part-n = parte { $n }
day-n = Día { $n }
day-navigation = Día anterior y siguiente
agenda-morning = Sesión de la mañana
agenda-afternoon = Sesión de la tarde
week-at-a-glance = La semana de un vistazo
session = Sesión
events = Eventos
event = Evento
dates = Fechas
venue = Lugar
time-zones = Husos horarios
organisers = Organizadores
programme = Programa
add-to-calendar = Añadir a su calendario (.ics)
date = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
times-in = Los horarios se indican en el huso { $zone }.
your-time = Su hora: { $time }
mode-in-person = Presencial
mode-online = En línea
mode-hybrid = Presencial y en línea
item-welcome = Bienvenida
item-lecture = Exposición
item-plenary = Sesión plenaria
item-group-exercise = Ejercicio en grupo
item-case-study = Estudio de caso
item-wrap-up = Recapitulación
item-evaluation = Evaluación
item-panel = Mesa redonda
item-discussion = Debate
activity-deck = Diapositivas
slide-decks = Presentaciones
handout = Material impreso
slide = diapositiva
slide-n-of = Diapositiva { $n } de { $total }
speaker-notes = Notas del orador
deck-slides = Diapositivas
deck-handout = Material con las notas del orador
deck-print-hint = Para imprimir una diapositiva por página, use la función de impresión del navegador (horizontal).
deck-print-handout-hint = Imprima esta página como material: cada diapositiva con sus notas.
deck-present = Presentar
deck-presenter-view = Vista del presentador
deck-overview = Vista general
deck-print = Imprimir diapositivas
deck-next-slide = Diapositiva siguiente
deck-end = Fin de la presentación
deck-timer = Tiempo transcurrido
deck-exit = Salir de la presentación
deck-notes = Notas
slide-count = { $count ->
    [one] { $count } diapositiva
   *[other] { $count } diapositivas
}

duration-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
duration-hours-minutes = { $hours } y { $minutes }
audience-label = Público
in-this-module = En este módulo
objectives-intro-module = Al final de este módulo, usted podrá:
cases-in-module = Estudios de caso de este módulo
all-chapters = Todos los capítulos…

# Provenance, events and drafted items
written-for-this-edition = Redactado para esta edición: esta página va más allá del conjunto de herramientas original y se basa en las fuentes públicas citadas a continuación.
sources = Fuentes
event-objectives = Objetivos
event-outcomes = Resultados esperados
note-on-sources = Nota sobre las fuentes
drafted-item = (enunciado provisional, no oficial)
teaching-time = Enseñanza
exercise-time = Ejercicios
questions = Preguntas que se abordan
rating-agree-1 = Totalmente en desacuerdo
rating-agree-2 = En desacuerdo
rating-agree-3 = Ni de acuerdo ni en desacuerdo
rating-agree-4 = De acuerdo
rating-agree-5 = Totalmente de acuerdo
rating-statement = Enunciado

# Lesson blocks and the facilitator edition
block-exercise = Ejercicio
block-solution = Solución
block-hint = Pista
block-facilitator = Nota para el facilitador
block-callout = Nota
block-keypoints = Puntos clave
block-objectives = Objetivos
block-prerequisites = Requisitos previos
block-discussion = Debate
block-checklist = Lista de verificación
model-answer = Respuesta modelo
for-facilitators = Para los facilitadores
materials = Materiales
preparation = Preparación
facilitator-guide = Guía del facilitador
facilitator-notes = Notas para el facilitador
facilitator-edition-banner = Edición para facilitadores: incluye notas, soluciones y claves de respuestas. No la comparta con los participantes.
schedule = Programa
chapter = Capítulo
when = Cuándo
task-done = Hecho
task-open = Pendiente
code-output = Resultado

# Libro para imprimir, PDF y copias sin conexión
print-book = Todo el curso en una página
print-book-link = Todo el curso en una sola página, para leer o imprimir
pdf-book = PDF del curso
print-book-hint = Esta página contiene todo el curso: léalo aquí de principio a fin o imprímalo con la orden Imprimir de su navegador, que también permite guardarlo como PDF.
print-back-to-contents = Volver al índice
print-back-to-course = Volver a la página del curso
about-this-course = Acerca de este curso
case-studies = Estudios de caso
answer-key = Respuestas
answer-open = Pregunta abierta: no hay una única respuesta correcta.
matching-hint = Escriba en cada línea la letra del elemento que corresponde.
activity-framework = Marco de referencia
slide-handouts = Diapositivas para repartir
pdf-note = Compuesto a partir de las fuentes del curso con coursebook.
offline-open-course = Abrir el curso
offline-not-included-title = No está en esta copia sin conexión
offline-not-included-text = Esta copia sin conexión contiene un solo curso en un solo idioma. La página que ha seguido pertenece a otro curso o idioma; consúltela en el sitio web del curso.
offline-readme-title = { $course }: copia sin conexión
offline-readme-open = Para leer el curso, descomprima este archivo, abra la carpeta { $folder } y abra index.html en un navegador web. No se necesita conexión a Internet.
offline-readme-saved = Las respuestas de los cuestionarios y lo escrito en las hojas de trabajo se guardan solo en el navegador de este ordenador. Use los botones de exportación de las hojas para conservar una copia.
offline-readme-pdf = El curso completo, listo para imprimir, está en el PDF { $pdf }.

# Numbered figures, tables, equations and exercises, and links to them ("Figure 3.1")
ref-figure = Figura { $number }
ref-table = Tabla { $number }
ref-equation = Ecuación { $number }
ref-exercise = Ejercicio { $number }
# The page that lists a course's figures, linked from the course page
list-of-figures = Índice de figuras
# A number label followed by a caption or title ("Figure 3.1: Spending by sector")
numbered-title = { $label }: { $title }

# Búsqueda
search = Buscar
search-label = Buscar en este sitio
search-placeholder = Buscar (tecla /)
search-results = Resultados de la búsqueda
search-results-count = { $count ->
    [0] Ningún resultado
    [one] { $count } resultado
   *[other] { $count } resultados
}
search-no-results = No hay resultados para «{ $query }». Pruebe con menos palabras u otra ortografía.
search-all-results = Todos los resultados para «{ $query }»
search-failed = No se pudo cargar el índice de búsqueda.
search-filter = Filtrar los resultados
search-type = Tipo
search-no-js = La búsqueda necesita JavaScript. Todas las páginas y todos los términos del glosario aparecen abajo de la A a la Z.
search-az = Índice de la A a la Z
search-az-intro = Todas las páginas y todos los términos del glosario de este sitio, en orden alfabético.
search-az-other = Otros
search-kind-chapter = Capítulo
search-kind-agenda = Programa
search-kind-framework = Marco de referencia
module = Módulo
modules = Módulos

# A course's setup page (courses/<course>/setup.md)
setup = Preparación
setup-intro = Antes de la primera sesión: qué instalar, descargar o preparar.
on-this-page = En esta página

# Learner progress on the course page, kept in this browser only (site.js)
progress-read = Leído
progress-quiz-passed = Cuestionario aprobado: { $score } de { $total }
progress-quiz-tried = Cuestionario intentado: { $score } de { $total }
progress-summary-chapters = Capítulos leídos: { $read } de { $count }.
progress-summary-modules = Módulos leídos: { $read } de { $count }.
progress-summary-quizzes = Cuestionarios aprobados: { $passed } de { $quizzes }.
progress-note = Su progreso se guarda solo en este navegador. En una computadora compartida, bórrelo al terminar.
progress-forget = Borrar mi progreso
progress-continue = Continuar con

# Certificates of participation (coursebook certificates, pdf/certificate.typ)
certificate-heading = Certificado de participación
certificate-certifies = Se certifica que
certificate-took-part = participó en el curso
certificate-signature-facilitator = Facilitador o facilitadora principal
certificate-signature-organiser = Por los organizadores

# Facilitator edition: compiling participants' exported worksheets (activity.js)
compile-title = Compilar las respuestas de los participantes
compile-intro = Elija a la vez los archivos CSV o Markdown que los participantes exportaron desde esta hoja de trabajo. Se leen en este navegador; no se envía nada a ningún sitio.
compile-choose = Elegir archivos
compile-files = Archivos compilados: { $count }.
compile-not-export = { $file } no es una exportación de esta hoja de trabajo y se ha dejado fuera.
compile-answered = Respuestas
compile-share = { $count } de { $total } ({ $percent }%)
compile-no-answers = Sin respuestas.

# Facilitator edition: an event's attendance sheets and certificates
attendance-title = Hoja de asistencia
attendance-intro = Una hoja por día del evento, cada una impresa en su propia página: imprima esta página y haga circular las hojas.
attendance-link = Hojas de asistencia para imprimir (una por día)
attendance-number = N.º
attendance-name = Nombre
attendance-organisation = Organización y cargo
attendance-email = Correo electrónico
attendance-signature = Firma
certificates-how = Certificados de participación, a partir de un archivo con los nombres de los participantes, uno por línea:
