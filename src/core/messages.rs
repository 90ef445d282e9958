//! The message catalogue: every word of the interface, in each language the
//! exhibit speaks, each text declared once with its words in every language
//! side by side (`messages!`). Components take their text from here, never
//! from literals, so a new language is one more line in each text (and one
//! more content file).
//! Placeholders are `{0}`, `{1}`… filled by [`fill`].

/// A language of the interface and the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    En,
    Ru,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::En, Language::Ru];

    /// The BCP 47 tag: `<html lang>`, `?lang=` and the content file's name.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Ru => "ru",
        }
    }

    /// Reads a tag such as `ru`, `ru-RU` or `en-GB`.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    pub fn messages(self) -> &'static Messages {
        match self {
            Language::En => &EN,
            Language::Ru => &RU,
        }
    }
}

/// Replaces `{0}`, `{1}`… in `template` with `args`, in one pass over the
/// template: an argument is never read again, so one that contains `{1}`
/// (an id typed into an address) is shown as typed.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let arg = after
            .find('}')
            .and_then(|close| Some((after[..close].parse::<usize>().ok()?, close)))
            .and_then(|(i, close)| Some((args.get(i)?, close)));
        match arg {
            Some((arg, close)) => {
                out.push_str(arg);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Declares every interface text once, with its words in each language side
/// by side: the `Messages` struct (a field a text, `&'static str` unless a
/// type is given) and a static catalogue a language, `EN` and `RU`. A text
/// given in one language and not the other does not compile.
macro_rules! messages {
    (
        $(
            $(#[$doc:meta])*
            $field:ident $(: $ty:ty)? {
                en: $en:expr,
                ru: $ru:expr,
            }
        )*
    ) => {
        /// Every interface text. Field names say where the text is used.
        #[derive(Debug, PartialEq, Eq)]
        pub struct Messages {
            $( $(#[$doc])* pub $field: messages!(@type $($ty)?), )*
        }

        pub static EN: Messages = Messages { $( $field: $en, )* };

        pub static RU: Messages = Messages { $( $field: $ru, )* };
    };
    (@type) => { &'static str };
    (@type $ty:ty) => { $ty };
}

messages! {
    /// The language's own name, on the language switch.
    language_name {
        en: "English",
        ru: "Русский",
    }
    language_switch {
        en: "Language",
        ru: "Язык",
    }
    /// Reading as of a moment (`core::moment`): the control's label, each
    /// moment's name on it, and the reader it stands for in a redaction.
    reading_in {
        en: "You are reading in",
        ru: "Вы читаете как читатель",
    }
    moments: [&'static str; 5] {
        en: ["1938", "February 1956", "June 1956 (the West)", "1989 (the USSR)", "today"],
        ru: ["1938 года", "февраля 1956 года", "июня 1956 года (на Западе)", "1989 года (в СССР)", "наших дней"],
    }
    moment_readers: [&'static str; 4] {
        en: [
            "a reader in the USSR in 1938",
            "a reader in the USSR in February 1956",
            "a reader in the West in June 1956",
            "a reader in the USSR in 1989",
        ],
        ru: [
            "читателю в СССР в 1938 году",
            "читателю в СССР в феврале 1956 года",
            "читателю на Западе в июне 1956 года",
            "читателю в СССР в 1989 году",
        ],
    }
    /// Redactions: {0} the reader, {1} what made it known, {2} when.
    not_yet_after {
        en: "Not yet known to {0}. Known from: {1} ({2}).",
        ru: "Ещё не известно {0}. Известно с события «{1}» ({2}).",
    }
    /// {0} the reader, {2} the thing's own date.
    not_yet_dated {
        en: "Not yet known to {0}: it dates from {2}.",
        ru: "Ещё не известно {0}: дата — {2}.",
    }
    /// {0} the reader, {1} the source, {2} its year.
    not_yet_in_print {
        en: "Not yet known to {0}. In print by {2}: {1}.",
        ru: "Ещё не известно {0}. Напечатано не позднее {2} года: {1}.",
    }
    not_yet_undated {
        en: "Not yet known to {0}: made public later, on a date this exhibit’s sources do not give.",
        ru: "Ещё не известно {0}: обнародовано позже; источники выставки не называют дату.",
    }
    /// {1} the hearing, {2} its date, {3} when it was published.
    closed_session {
        en: "Closed session: not published. Heard only by those it was read to, from {2} ({1}); published {3}.",
        ru: "Закрытое заседание: не опубликовано. Слышали только те, кому зачитали доклад, — с {2} ({1}); опубликовано: {3}.",
    }
    /// {0} the reader, {1} what took it out, {2} when.
    withdrawn {
        en: "No longer shown to {0}: taken out after {1} ({2}).",
        ru: "Больше не показывается {0}: убрано после события «{1}» ({2}).",
    }
    /// {0} the reader, {2} when it was taken out.
    withdrawn_dated {
        en: "No longer shown to {0}: taken out after {2}.",
        ru: "Больше не показывается {0}: убрано после {2}.",
    }
    as_of_note {
        en: "Everything a reader at this moment could not know is blacked out, with the date it became known.",
        ru: "Всё, чего читатель в это время не мог знать, закрыто чёрным, с датой, когда это стало известно.",
    }
    back_to_today {
        en: "Back to today",
        ru: "Вернуться в наши дни",
    }
    quiz_as_of {
        en: "The quiz asks what is known today. When you read as of a past moment, the evidence its answers send you back to may be blacked out.",
        ru: "Вопросы теста — о том, что известно сегодня. Пока вы читаете как читатель прошлого, источники, к которым отсылают ответы, могут быть закрыты чёрным.",
    }
    skip_to_content {
        en: "Skip to content",
        ru: "Перейти к содержанию",
    }
    site_title {
        en: "Secret Speech",
        ru: "Секретный доклад",
    }
    nav_label {
        en: "Exhibit",
        ru: "Выставка",
    }
    nav_stations {
        en: "Stations",
        ru: "Залы",
    }
    nav_timeline {
        en: "Timeline",
        ru: "Хронология",
    }
    nav_glossary {
        en: "Glossary",
        ru: "Словарь",
    }
    nav_quiz {
        en: "Quiz",
        ru: "Тест",
    }
    footer_heading {
        en: "Sources and credits",
        ru: "Источники и авторы",
    }
    /// {0}: number of sources.
    all_sources {
        en: "All {0} sources of this exhibit",
        ru: "Все источники выставки: {0}",
    }
    storage_not_kept {
        en: "This browser is not letting the exhibit store anything, so your progress will not be kept after you leave. Everything else works.",
        ru: "Браузер не разрешает выставке ничего сохранять, поэтому ваш прогресс не сохранится после ухода. Всё остальное работает.",
    }
    storage_reset {
        en: "Saved progress could not be read, so the exhibit started afresh.",
        ru: "Сохранённый прогресс не удалось прочитать, поэтому выставка начата заново.",
    }
    storage_full {
        en: "The browser's storage is full, so your latest progress could not be saved. It is kept while this page stays open.",
        ru: "Хранилище браузера заполнено, последний прогресс сохранить не удалось. Он сохраняется, пока открыта эта страница.",
    }
    updated {
        en: "This exhibit was updated since your last visit.",
        ru: "С вашего прошлого посещения выставка обновилась.",
    }
    lms_unreachable {
        en: "The course system did not answer, so your quiz progress is kept in this browser instead.",
        ru: "Система курса не ответила, поэтому ваш прогресс в тесте сохраняется в этом браузере.",
    }
    lms_not_accepted {
        en: "The course system did not accept the quiz result; it is kept in this browser instead.",
        ru: "Система курса не приняла результат теста; он сохранён в этом браузере.",
    }
    crash {
        en: "Something went wrong and the exhibit stopped. Reload the page to start again; your progress is kept.",
        ru: "Что-то пошло не так, и выставка остановилась. Перезагрузите страницу, чтобы начать снова; ваш прогресс сохранён.",
    }
    reload {
        en: "Reload",
        ru: "Перезагрузить",
    }
    // Home.
    start_exhibit {
        en: "Start the exhibit",
        ru: "Начать осмотр",
    }
    first_station {
        en: "Go to the first station",
        ru: "К первому залу",
    }
    test_yourself {
        en: "Test yourself",
        ru: "Проверьте себя",
    }
    the_stations {
        en: "The stations",
        ru: "Залы выставки",
    }
    /// {0}: visited, {1}: total.
    visited_count {
        en: "{0} of {1} stations visited",
        ru: "Осмотрено залов: {0} из {1}",
    }
    visited {
        en: "Visited",
        ru: "Осмотрен",
    }
    /// {0}: stations, {1}: minutes.
    stations_and_time {
        en: "{0} stations · about {1} minutes",
        ru: "Залов: {0} · около {1} минут",
    }
    menu {
        en: "Menu",
        ru: "Меню",
    }
    // Station.
    /// {0}: number, {1}: total.
    station_number {
        en: "Station {0} of {1}",
        ru: "Зал {0} из {1}",
    }
    context {
        en: "Context",
        ru: "Контекст",
    }
    three_accounts {
        en: "Three accounts",
        ru: "Три версии",
    }
    whose_account {
        en: "Whose account?",
        ru: "Чья версия?",
    }
    lens_official {
        en: "Official line",
        ru: "Линия партии",
    }
    lens_speech {
        en: "Khrushchev, 1956",
        ru: "Хрущёв, 1956",
    }
    lens_historians {
        en: "Historians today",
        ru: "Историки сегодня",
    }
    compare_toggle {
        en: "Compare the three accounts",
        ru: "Сравнить три версии",
    }
    /// The same button once the comparison is open.
    compare_close {
        en: "Close comparison",
        ru: "Закрыть сравнение",
    }
    /// Before the name of the account on screen.
    reading_now {
        en: "You are reading",
        ru: "Вы читаете:",
    }
    /// {0}: how many more quotations fold away.
    more_quotations {
        en: "{0} more from the speech",
        ru: "Ещё из доклада: {0}",
    }
    compare_heading {
        en: "The three accounts, reply by reply",
        ru: "Три версии: кто кому отвечает",
    }
    /// {0}: lens name.
    showing {
        en: "Showing: {0}",
        ru: "Показано: {0}",
    }
    showing_compare {
        en: "Showing the three accounts, reply by reply",
        ru: "Показаны три версии: кто кому отвечает",
    }
    /// {0}: the view word asked for, {1}: the lens shown instead.
    unknown_view {
        en: "This exhibit has no view called “{0}”, so the station is shown in “{1}”.",
        ru: "На выставке нет вида «{0}», поэтому зал показан в версии «{1}».",
    }
    translation_mark {
        en: " (translation)",
        ru: " (перевод)",
    }
    /// {0}: sources.
    source_line {
        en: "Source: {0}",
        ru: "Источник: {0}",
    }
    /// Over an official claim: when the state said it ({0}: the year).
    official_when {
        en: "The state, {0}",
        ru: "Государство, {0}",
    }
    /// Over an official claim made after Stalin's death.
    official_after_stalin {
        en: "The Party after Stalin, {0}",
        ru: "Партия после Сталина, {0}",
    }
    /// Over a reply in the compare view's thread. {0}: the account it
    /// answers, {1}: that claim's first words. (A whole sentence, so each
    /// language puts the account's name in its own grammar.)
    replies_to {
        en: "Replies to {0}: “{1}”",
        ru: "Ответ на версию «{0}»: «{1}»",
    }
    sources {
        en: "Sources",
        ru: "Источники",
    }
    /// {0}: station title.
    previous {
        en: "Previous: {0}",
        ru: "Назад: {0}",
    }
    /// {0}: station title.
    next {
        en: "Next: {0}",
        ru: "Дальше: {0}",
    }
    next_quiz {
        en: "Next: test yourself in the quiz",
        ru: "Дальше: проверьте себя в тесте",
    }
    back_to_quiz {
        en: "← Back to your quiz question",
        ru: "← Вернуться к вопросу теста",
    }
    /// {0}: station title.
    station_link {
        en: "Station: {0}",
        ru: "Зал: {0}",
    }
    /// {0}: term.
    definition_of {
        en: "{0}: definition",
        ru: "{0}: определение",
    }
    // Comparisons.
    /// {0}: comparison title.
    how_to_compare {
        en: "How to compare: {0}",
        ru: "Как сравнивать: {0}",
    }
    mode_slider {
        en: "Slider",
        ru: "Шторка",
    }
    mode_side_by_side {
        en: "Side by side",
        ru: "Рядом",
    }
    mode_steps {
        en: "Step by step",
        ru: "По шагам",
    }
    /// {0}: earlier image, {1}: later image.
    divider {
        en: "Divider between {0} and {1}",
        ru: "Граница между «{0}» и «{1}»",
    }
    /// {0}: percent, {1}: earlier image, {2}: rest, {3}: later image.
    divider_value {
        en: "{0}% {1}, {2}% {3}",
        ru: "{0}% — {1}, {2}% — {3}",
    }
    /// {0}: image.
    divider_all {
        en: "all {0}",
        ru: "целиком: {0}",
    }
    earlier {
        en: "Earlier",
        ru: "Раньше",
    }
    later {
        en: "Later",
        ru: "Позже",
    }
    /// {0}: comparison title.
    step_through {
        en: "Step through: {0}",
        ru: "По шагам: {0}",
    }
    /// {0}: step, {1}: steps, {2}: state.
    step_value {
        en: "Step {0} of {1}: {2}",
        ru: "Шаг {0} из {1}: {2}",
    }
    /// {0}: step, {1}: steps.
    step_count {
        en: "Step {0} of {1}",
        ru: "Шаг {0} из {1}",
    }
    describe_images {
        en: "Describe the images in words",
        ru: "Описание изображений словами",
    }
    marks_heading {
        en: "What the marks show",
        ru: "Что показывают метки",
    }
    // Timeline and glossary.
    timeline {
        en: "Timeline",
        ru: "Хронология",
    }
    timeline_intro {
        en: "From Lenin's warning to the speech's first publication in the Soviet Union: the dates behind the stations.",
        ru: "От предостережения Ленина до первой публикации доклада в СССР: даты, стоящие за залами выставки.",
    }
    glossary {
        en: "Glossary",
        ru: "Словарь",
    }
    // Quiz.
    /// {0}: questions, {1}: pass mark.
    quiz_intro {
        en: "{0} questions on what the speech said, what it answered and what it left out. Each answer sends you back to the evidence. You pass with {1}%.",
        ru: "Вопросов: {0}. О том, что сказал доклад, на что он отвечал и о чём умолчал. Каждый ответ отсылает к источникам. Для зачёта нужно {1}%.",
    }
    start_quiz {
        en: "Start the quiz",
        ru: "Начать тест",
    }
    quiz_outdated {
        en: "The quiz has changed since your last attempt, so it starts afresh.",
        ru: "С вашей прошлой попытки тест изменился, поэтому он начат заново.",
    }
    quiz_corrupt {
        en: "Your saved attempt could not be read, so the quiz starts afresh.",
        ru: "Сохранённую попытку не удалось прочитать, поэтому тест начат заново.",
    }
    /// {0}: number, {1}: total.
    question_number {
        en: "Question {0} of {1}",
        ru: "Вопрос {0} из {1}",
    }
    check_answer {
        en: "Check answer",
        ru: "Проверить ответ",
    }
    answers_label {
        en: "Answers",
        ru: "Варианты ответа",
    }
    true_word {
        en: "True",
        ru: "Верно",
    }
    false_word {
        en: "False",
        ru: "Неверно",
    }
    the_right_answer {
        en: " (the right answer)",
        ru: " (правильный ответ)",
    }
    a_right_answer {
        en: " (a right answer)",
        ru: " (один из правильных ответов)",
    }
    right {
        en: "Right.",
        ru: "Правильно.",
    }
    /// {0}: percent.
    partly_right {
        en: "Partly right: {0}% of the marks.",
        ru: "Отчасти правильно: {0}% баллов.",
    }
    not_quite {
        en: "Not quite.",
        ru: "Не совсем.",
    }
    /// {0}: station title.
    see_evidence {
        en: "See the evidence: {0}",
        ru: "Посмотреть источники: {0}",
    }
    previous_question {
        en: "Previous question",
        ru: "Предыдущий вопрос",
    }
    next_question {
        en: "Next question",
        ru: "Следующий вопрос",
    }
    see_results {
        en: "See your results",
        ru: "Посмотреть результат",
    }
    start_over {
        en: "Start over",
        ru: "Начать заново",
    }
    results {
        en: "Your results",
        ru: "Ваш результат",
    }
    /// {0}: marks, {1}: maximum.
    marks {
        en: " ({0} of {1} marks). ",
        ru: " (баллов: {0} из {1}). ",
    }
    /// {0}: pass mark.
    passed {
        en: "You passed: the pass mark is {0}%.",
        ru: "Тест сдан: порог — {0}%.",
    }
    /// {0}: pass mark.
    not_yet {
        en: "Not yet: the pass mark is {0}%.",
        ru: "Пока не сдан: порог — {0}%.",
    }
    all_right {
        en: "Every answer was right.",
        ru: "Все ответы правильные.",
    }
    to_review {
        en: "Questions to review",
        ru: "Вопросы, к которым стоит вернуться",
    }
    /// {0}: number, {1}: prompt.
    review_question {
        en: "Question {0}: {1}",
        ru: "Вопрос {0}: {1}",
    }
    try_again {
        en: "Try again",
        ru: "Пройти ещё раз",
    }
    spot_hint {
        en: "Choose the place on the image, or from this list:",
        ru: "Выберите место на изображении или в этом списке:",
    }
    ordering_help {
        en: "Drag the items into time order, earliest first. By keyboard: Space picks an item up, the arrow keys move it, Space drops it.",
        ru: "Расставьте события по времени, начиная с самого раннего. С клавиатуры: пробел берёт элемент, стрелки перемещают его, пробел отпускает.",
    }
    /// {0}: item, {1}: position, {2}: count.
    picked_up {
        en: "Picked up “{0}”, position {1} of {2}. Use the arrow keys to move it, Space to drop it, Escape to cancel.",
        ru: "Взят элемент «{0}», позиция {1} из {2}. Стрелки перемещают его, пробел отпускает, Escape отменяет.",
    }
    /// {0}: item, {1}: position, {2}: count.
    dropped {
        en: "Dropped “{0}” at position {1} of {2}.",
        ru: "Элемент «{0}» оставлен на позиции {1} из {2}.",
    }
    /// {0}: item, {1}: position, {2}: count.
    moved {
        en: "“{0}” moved to position {1} of {2}.",
        ru: "Элемент «{0}» перемещён на позицию {1} из {2}.",
    }
    /// {0}: item, {1}: position, {2}: count.
    cancelled {
        en: "Cancelled. “{0}” is back at position {1} of {2}.",
        ru: "Отменено. Элемент «{0}» снова на позиции {1} из {2}.",
    }
    // Pages of their own.
    not_found {
        en: "This page is not part of the exhibit",
        ru: "Такой страницы на выставке нет",
    }
    not_found_text {
        en: "The link may be mistyped, or the page may have moved.",
        ru: "Возможно, в ссылке опечатка или страница переехала.",
    }
    go_home {
        en: "Go to the start of the exhibit",
        ru: "К началу выставки",
    }
    content_error {
        en: "The exhibit's content could not be shown",
        ru: "Содержимое выставки не удалось показать",
    }
    /// {0}: number of problems.
    content_error_count {
        en: "Problems found in the content file: {0}. ",
        ru: "Ошибок в файле содержимого: {0}. ",
    }
    content_error_help {
        en: "Each line below names the file, the line and column, and the field; the same check runs with",
        ru: "В каждой строке ниже указаны файл, строка, столбец и поле; та же проверка запускается командой",
    }
    // The accessibility statement.
    accessibility {
        en: "Accessibility",
        ru: "Доступность",
    }
    accessibility_aim {
        en: "This exhibit aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, in English and in Russian.",
        ru: "Выставка стремится соответствовать Руководству по доступности веб-контента (WCAG) 2.1 на уровне AA — на английском и на русском языке.",
    }
    accessibility_tested {
        en: "Every view and state (home, every station in every lens and side by side, every comparison mode with a hotspot open, every kind of quiz question with its feedback, the results, the timeline, the glossary and the error pages) is checked automatically with axe-core against the WCAG 2.1 A and AA rules on every change, in both languages.",
        ru: "Каждый вид и каждое состояние (главная страница, каждый зал в каждой версии и в сравнении, каждый режим сравнения изображений с открытой меткой, каждый тип вопроса теста с пояснением, результаты, хронология, словарь и страницы ошибок) автоматически проверяются инструментом axe-core по правилам WCAG 2.1 уровней A и AA при каждом изменении, на обоих языках.",
    }
    accessibility_keyboard {
        en: "Automated tests also take the whole exhibit and the whole quiz by keyboard alone: a skip link leads to the content, focus moves to the heading of each new page, every control shows a focus ring, and nothing traps focus. Putting events in order works with the keyboard (Space picks an item up, the arrow keys move it) and is announced to screen readers.",
        ru: "Автоматические тесты также проходят всю выставку и весь тест только с клавиатуры: ссылка «Перейти к содержанию» ведёт к основному тексту, при переходе фокус ставится на заголовок новой страницы, у каждого элемента управления виден фокус, и фокус нигде не застревает. Расстановка событий по порядку работает с клавиатуры (пробел берёт элемент, стрелки перемещают его) и озвучивается программами экранного доступа.",
    }
    accessibility_images {
        en: "Every image has a short text alternative and a long description in words, and every marked place on an image is also listed as text. Pages read in one column from 320 pixels wide and at 200% zoom, and animation stops when your system asks for reduced motion.",
        ru: "У каждого изображения есть краткий текстовый заменитель и подробное словесное описание, а каждое отмеченное на изображении место перечислено и текстом. Страницы читаются в одну колонку начиная с ширины 320 пикселей и при увеличении 200%, а анимация отключается, если система просит уменьшить движение.",
    }
    accessibility_limits {
        en: "The illustrations are drawn for this exhibit. The words on them are set by the page in its own language and are small on a phone; each picture's description gives them in full. If something does not work for you, please tell the institution that shows you this exhibit.",
        ru: "Иллюстрации нарисованы для выставки. Надписи на них страница выводит на своём языке; на телефоне они мелкие, но в описании каждой картинки приведены полностью. Если что-то не работает, сообщите, пожалуйста, учреждению, которое показывает вам эту выставку.",
    }
    // Kiosk mode: the attract screen, the idle question, taking a station home.
    attract_begin {
        en: "Touch to begin",
        ru: "Коснитесь, чтобы начать",
    }
    attract_pictures {
        en: "What the official images hid",
        ru: "Что скрывали официальные изображения",
    }
    attract_pause {
        en: "Pause the pictures",
        ru: "Приостановить показ",
    }
    idle_question {
        en: "Are you still there?",
        ru: "Вы ещё здесь?",
    }
    /// {0}: seconds until the reset.
    idle_explain {
        en: "The exhibit starts again for the next visitor in {0} seconds. Touch the screen or press a key to stay.",
        ru: "Через {0} секунд выставка начнётся заново для следующего посетителя. Коснитесь экрана или нажмите любую клавишу, чтобы продолжить.",
    }
    idle_stay {
        en: "I’m still here",
        ru: "Я ещё здесь",
    }
    take_home {
        en: "Take this station home",
        ru: "Этот зал — на вашем телефоне",
    }
    /// {0}: the station's public address.
    take_home_text {
        en: "Point your phone’s camera at the code to open this station on your phone, with its sources: {0}",
        ru: "Наведите камеру телефона на код — этот зал откроется у вас вместе с источниками: {0}",
    }
    /// {0}: the station's public address.
    take_home_code {
        en: "QR code opening {0}",
        ru: "QR-код, открывающий {0}",
    }
    kiosk_sources_note {
        en: "The full references are listed on this station’s take-home page: scan the code below.",
        ru: "Полные ссылки на источники — на странице этого зала: отсканируйте код ниже.",
    }
    // Printing: the page's address on paper, the handout, the worksheet.
    this_page {
        en: "This page:",
        ru: "Адрес страницы:",
    }
    terms_heading {
        en: "Terms in this station",
        ru: "Термины этого зала",
    }
    for_teachers {
        en: "For the classroom",
        ru: "Для занятий",
    }
    handout {
        en: "Handout for a class",
        ru: "Раздаточный материал для класса",
    }
    handout_intro {
        en: "The whole exhibit as a reader: each station in its three accounts with the words of the speech, the pictures and what they hid, the context and the sources; then the timeline and the glossary. Print it from your browser’s menu.",
        ru: "Вся выставка для чтения: каждый зал в трёх версиях, со словами доклада, изображениями и тем, что они скрывали, контекстом и источниками; затем хронология и словарь. Распечатайте через меню браузера.",
    }
    worksheet {
        en: "Quiz worksheet",
        ru: "Бланк теста",
    }
    worksheet_intro {
        en: "The exhibit’s quiz on paper. Answer each question; every answer can be found in the exhibit.",
        ru: "Тест по выставке для печати. Ответьте на все вопросы: все ответы можно найти на выставке.",
    }
    answer_key {
        en: "Quiz answer key",
        ru: "Ответы к тесту",
    }
    answer_key_intro {
        en: "The answers to the worksheet, why, and where in the exhibit the evidence is.",
        ru: "Ответы к тесту с объяснениями и указанием, где на выставке это видно.",
    }
    name_line {
        en: "Name",
        ru: "Фамилия, имя",
    }
    date_line {
        en: "Date",
        ru: "Дата",
    }
    tick_one {
        en: "Tick one.",
        ru: "Отметьте один ответ.",
    }
    tick_all {
        en: "Tick every one that applies.",
        ru: "Отметьте все подходящие ответы.",
    }
    number_in_order {
        en: "Number them in time order, 1 for the earliest.",
        ru: "Пронумеруйте события по времени: 1 — самое раннее.",
    }
    /// {0}: the answer.
    answer_is {
        en: "Answer: {0}",
        ru: "Ответ: {0}",
    }
    /// {0}: the station's title (its address follows).
    evidence_at {
        en: "Evidence: {0},",
        ru: "Где это видно: {0},",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The catalogue as (field, text) pairs, read through Debug so a new
    /// field cannot be forgotten by the tests.
    fn entries(messages: &Messages) -> Vec<(String, String)> {
        let debug = format!("{messages:#?}");
        debug
            .lines()
            .filter_map(|line| {
                let (name, value) = line.trim().split_once(": ")?;
                let value = value.trim_end_matches(',');
                let text: String = serde_json::from_str(value).ok()?;
                Some((name.to_string(), text))
            })
            .collect()
    }

    #[test]
    fn fill_substitutes_each_placeholder_once() {
        // An argument that looks like a placeholder is shown as typed.
        assert_eq!(fill("{0} and {1}", &["x{1}", "y"]), "x{1} and y");
        assert_eq!(fill("{1}, then {0}, {1}", &["a", "b"]), "b, then a, b");
        // Unknown or malformed placeholders stay as they are.
        assert_eq!(fill("{2} {x} {", &["a"]), "{2} {x} {");
        assert_eq!(fill("Вопрос {0} из {1}", &["3", "18"]), "Вопрос 3 из 18");
    }

    fn placeholders(text: &str) -> Vec<usize> {
        (0..6).filter(|i| text.contains(&format!("{{{i}}}"))).collect()
    }

    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        let en = entries(&EN);
        assert!(en.len() > 90, "the catalogue was not read: {} entries", en.len());
        for language in Language::ALL {
            let other = entries(language.messages());
            assert_eq!(other.len(), en.len(), "{language:?}");
            for ((name, english), (same, text)) in en.iter().zip(&other) {
                assert_eq!(name, same);
                assert!(!text.trim().is_empty(), "{language:?}.{name} is empty");
                assert_eq!(placeholders(english), placeholders(text), "{language:?}.{name}");
            }
        }
    }

    #[test]
    fn russian_is_translated() {
        let untranslated: Vec<String> = entries(&EN)
            .into_iter()
            .zip(entries(&RU))
            .filter(|((_, en), (_, ru))| en == ru)
            .map(|((name, _), _)| name)
            .collect();
        assert!(untranslated.is_empty(), "not translated: {untranslated:?}");
    }

    #[test]
    fn a_tag_names_its_language_by_its_primary_subtag() {
        assert_eq!(Language::from_tag("RU_ru"), Some(Language::Ru));
        assert_eq!(Language::from_tag("en-GB"), Some(Language::En));
        assert_eq!(Language::from_tag("de-DE"), None);
    }

    #[test]
    fn placeholders_are_filled_in_order() {
        assert_eq!(fill(EN.station_number, &["2", "9"]), "Station 2 of 9");
        assert_eq!(fill(RU.visited_count, &["1", "9"]), "Осмотрено залов: 1 из 9");
    }
}
