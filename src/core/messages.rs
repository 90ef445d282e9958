//! The message catalogue: every word of the interface, in each language the
//! exhibit speaks. Components take their text from here, never from literals,
//! so a new language is one more catalogue (and one more content file).
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

/// Every interface text. Field names say where the text is used.
#[derive(Debug, PartialEq, Eq)]
pub struct Messages {
    /// The language's own name, on the language switch.
    pub language_name: &'static str,
    pub language_switch: &'static str,
    /// Reading as of a moment (`core::moment`): the control's label, each
    /// moment's name on it, and the reader it stands for in a redaction.
    pub reading_in: &'static str,
    pub moments: [&'static str; 5],
    pub moment_readers: [&'static str; 4],
    /// Redactions: {0} the reader, {1} what made it known, {2} when.
    pub not_yet_after: &'static str,
    /// {0} the reader, {2} the thing's own date.
    pub not_yet_dated: &'static str,
    /// {0} the reader, {1} the source, {2} its year.
    pub not_yet_in_print: &'static str,
    pub not_yet_undated: &'static str,
    /// {1} the hearing, {2} its date, {3} when it was published.
    pub closed_session: &'static str,
    /// {0} the reader, {1} what took it out, {2} when.
    pub withdrawn: &'static str,
    /// {0} the reader, {2} when it was taken out.
    pub withdrawn_dated: &'static str,
    pub as_of_note: &'static str,
    pub back_to_today: &'static str,
    pub quiz_as_of: &'static str,
    pub skip_to_content: &'static str,
    pub site_title: &'static str,
    pub nav_label: &'static str,
    pub nav_stations: &'static str,
    pub nav_timeline: &'static str,
    pub nav_glossary: &'static str,
    pub nav_quiz: &'static str,
    pub footer_heading: &'static str,
    /// {0}: number of sources.
    pub all_sources: &'static str,
    pub storage_not_kept: &'static str,
    pub storage_reset: &'static str,
    pub storage_full: &'static str,
    pub updated: &'static str,
    pub lms_unreachable: &'static str,
    pub lms_not_accepted: &'static str,
    pub crash: &'static str,
    pub reload: &'static str,
    // Home.
    pub start_exhibit: &'static str,
    pub first_station: &'static str,
    pub test_yourself: &'static str,
    pub the_stations: &'static str,
    /// {0}: visited, {1}: total.
    pub visited_count: &'static str,
    pub visited: &'static str,
    /// {0}: stations, {1}: minutes.
    pub stations_and_time: &'static str,
    pub menu: &'static str,
    // Station.
    /// {0}: number, {1}: total.
    pub station_number: &'static str,
    pub context: &'static str,
    pub three_accounts: &'static str,
    pub whose_account: &'static str,
    pub lens_official: &'static str,
    pub lens_speech: &'static str,
    pub lens_historians: &'static str,
    pub compare_toggle: &'static str,
    /// The same button once the comparison is open.
    pub compare_close: &'static str,
    /// Before the name of the account on screen.
    pub reading_now: &'static str,
    /// {0}: how many more quotations fold away.
    pub more_quotations: &'static str,
    pub compare_heading: &'static str,
    /// {0}: lens name.
    pub showing: &'static str,
    pub showing_compare: &'static str,
    /// {0}: the view word asked for, {1}: the lens shown instead.
    pub unknown_view: &'static str,
    pub translation_mark: &'static str,
    /// {0}: sources.
    pub source_line: &'static str,
    /// Over an official claim: when the state said it ({0}: the year).
    pub official_when: &'static str,
    /// Over an official claim made after Stalin's death.
    pub official_after_stalin: &'static str,
    /// Over a reply in the compare view's thread. {0}: the account it
    /// answers, {1}: that claim's first words. (A whole sentence, so each
    /// language puts the account's name in its own grammar.)
    pub replies_to: &'static str,
    pub sources: &'static str,
    /// {0}: station title.
    pub previous: &'static str,
    /// {0}: station title.
    pub next: &'static str,
    pub next_quiz: &'static str,
    pub back_to_quiz: &'static str,
    /// {0}: station title.
    pub station_link: &'static str,
    /// {0}: term.
    pub definition_of: &'static str,
    // Comparisons.
    /// {0}: comparison title.
    pub how_to_compare: &'static str,
    pub mode_slider: &'static str,
    pub mode_side_by_side: &'static str,
    pub mode_steps: &'static str,
    /// {0}: earlier image, {1}: later image.
    pub divider: &'static str,
    /// {0}: percent, {1}: earlier image, {2}: rest, {3}: later image.
    pub divider_value: &'static str,
    /// {0}: image.
    pub divider_all: &'static str,
    pub earlier: &'static str,
    pub later: &'static str,
    /// {0}: comparison title.
    pub step_through: &'static str,
    /// {0}: step, {1}: steps, {2}: state.
    pub step_value: &'static str,
    /// {0}: step, {1}: steps.
    pub step_count: &'static str,
    pub describe_images: &'static str,
    pub marks_heading: &'static str,
    // Timeline and glossary.
    pub timeline: &'static str,
    pub timeline_intro: &'static str,
    pub glossary: &'static str,
    // Quiz.
    /// {0}: questions, {1}: pass mark.
    pub quiz_intro: &'static str,
    pub start_quiz: &'static str,
    pub quiz_outdated: &'static str,
    pub quiz_corrupt: &'static str,
    /// {0}: number, {1}: total.
    pub question_number: &'static str,
    pub check_answer: &'static str,
    pub answers_label: &'static str,
    pub true_word: &'static str,
    pub false_word: &'static str,
    pub the_right_answer: &'static str,
    pub a_right_answer: &'static str,
    pub right: &'static str,
    /// {0}: percent.
    pub partly_right: &'static str,
    pub not_quite: &'static str,
    /// {0}: station title.
    pub see_evidence: &'static str,
    pub previous_question: &'static str,
    pub next_question: &'static str,
    pub see_results: &'static str,
    pub start_over: &'static str,
    pub results: &'static str,
    /// {0}: marks, {1}: maximum.
    pub marks: &'static str,
    /// {0}: pass mark.
    pub passed: &'static str,
    /// {0}: pass mark.
    pub not_yet: &'static str,
    pub all_right: &'static str,
    pub to_review: &'static str,
    /// {0}: number, {1}: prompt.
    pub review_question: &'static str,
    pub try_again: &'static str,
    pub spot_hint: &'static str,
    pub ordering_help: &'static str,
    /// {0}: item, {1}: position, {2}: count.
    pub picked_up: &'static str,
    /// {0}: item, {1}: position, {2}: count.
    pub dropped: &'static str,
    /// {0}: item, {1}: position, {2}: count.
    pub moved: &'static str,
    /// {0}: item, {1}: position, {2}: count.
    pub cancelled: &'static str,
    // Pages of their own.
    pub not_found: &'static str,
    pub not_found_text: &'static str,
    pub go_home: &'static str,
    pub content_error: &'static str,
    /// {0}: number of problems.
    pub content_error_count: &'static str,
    pub content_error_help: &'static str,
    // The accessibility statement.
    pub accessibility: &'static str,
    pub accessibility_aim: &'static str,
    pub accessibility_tested: &'static str,
    pub accessibility_keyboard: &'static str,
    pub accessibility_images: &'static str,
    pub accessibility_limits: &'static str,
    // Kiosk mode: the attract screen, the idle question, taking a station home.
    pub attract_begin: &'static str,
    pub attract_pictures: &'static str,
    pub attract_pause: &'static str,
    pub idle_question: &'static str,
    /// {0}: seconds until the reset.
    pub idle_explain: &'static str,
    pub idle_stay: &'static str,
    pub take_home: &'static str,
    /// {0}: the station's public address.
    pub take_home_text: &'static str,
    /// {0}: the station's public address.
    pub take_home_code: &'static str,
    pub kiosk_sources_note: &'static str,
    // Printing: the page's address on paper, the handout, the worksheet.
    pub this_page: &'static str,
    pub terms_heading: &'static str,
    pub for_teachers: &'static str,
    pub handout: &'static str,
    pub handout_intro: &'static str,
    pub worksheet: &'static str,
    pub worksheet_intro: &'static str,
    pub answer_key: &'static str,
    pub answer_key_intro: &'static str,
    pub name_line: &'static str,
    pub date_line: &'static str,
    pub tick_one: &'static str,
    pub tick_all: &'static str,
    pub number_in_order: &'static str,
    /// {0}: the answer.
    pub answer_is: &'static str,
    /// {0}: the station's title (its address follows).
    pub evidence_at: &'static str,
}

pub static EN: Messages = Messages {
    language_name: "English",
    language_switch: "Language",
    reading_in: "You are reading in",
    moments: ["1938", "February 1956", "June 1956 (the West)", "1989 (the USSR)", "today"],
    moment_readers: [
        "a reader in the USSR in 1938",
        "a reader in the USSR in February 1956",
        "a reader in the West in June 1956",
        "a reader in the USSR in 1989",
    ],
    not_yet_after: "Not yet known to {0}. Known from: {1} ({2}).",
    not_yet_dated: "Not yet known to {0}: it dates from {2}.",
    not_yet_in_print: "Not yet known to {0}. In print by {2}: {1}.",
    not_yet_undated: "Not yet known to {0}: made public later, on a date this exhibit’s sources do not give.",
    closed_session: "Closed session: not published. Heard only by those it was read to, from {2} ({1}); published {3}.",
    withdrawn: "No longer shown to {0}: taken out after {1} ({2}).",
    withdrawn_dated: "No longer shown to {0}: taken out after {2}.",
    as_of_note: "Everything a reader at this moment could not know is blacked out, with the date it became known.",
    back_to_today: "Back to today",
    quiz_as_of: "The quiz asks what is known today. When you read as of a past moment, the evidence its answers send you back to may be blacked out.",
    skip_to_content: "Skip to content",
    site_title: "Secret Speech",
    nav_label: "Exhibit",
    nav_stations: "Stations",
    nav_timeline: "Timeline",
    nav_glossary: "Glossary",
    nav_quiz: "Quiz",
    footer_heading: "Sources and credits",
    all_sources: "All {0} sources of this exhibit",
    storage_not_kept: "This browser is not letting the exhibit store anything, so your progress will not be kept after you leave. Everything else works.",
    storage_reset: "Saved progress could not be read, so the exhibit started afresh.",
    storage_full: "The browser's storage is full, so your latest progress could not be saved. It is kept while this page stays open.",
    updated: "This exhibit was updated since your last visit.",
    lms_unreachable: "The course system did not answer, so your quiz progress is kept in this browser instead.",
    lms_not_accepted: "The course system did not accept the quiz result; it is kept in this browser instead.",
    crash: "Something went wrong and the exhibit stopped. Reload the page to start again; your progress is kept.",
    reload: "Reload",
    start_exhibit: "Start the exhibit",
    first_station: "Go to the first station",
    test_yourself: "Test yourself",
    the_stations: "The stations",
    visited_count: "{0} of {1} stations visited",
    visited: "Visited",
    stations_and_time: "{0} stations · about {1} minutes",
    menu: "Menu",
    station_number: "Station {0} of {1}",
    context: "Context",
    three_accounts: "Three accounts",
    whose_account: "Whose account?",
    lens_official: "Official line",
    lens_speech: "Khrushchev, 1956",
    lens_historians: "Historians today",
    compare_toggle: "Compare the three accounts",
    compare_close: "Close comparison",
    reading_now: "You are reading",
    more_quotations: "{0} more from the speech",
    compare_heading: "The three accounts, reply by reply",
    showing: "Showing: {0}",
    showing_compare: "Showing the three accounts, reply by reply",
    unknown_view: "This exhibit has no view called “{0}”, so the station is shown in “{1}”.",
    translation_mark: " (translation)",
    source_line: "Source: {0}",
    official_when: "The state, {0}",
    official_after_stalin: "The Party after Stalin, {0}",
    replies_to: "Replies to {0}: “{1}”",
    sources: "Sources",
    previous: "Previous: {0}",
    next: "Next: {0}",
    next_quiz: "Next: test yourself in the quiz",
    back_to_quiz: "← Back to your quiz question",
    station_link: "Station: {0}",
    definition_of: "{0}: definition",
    how_to_compare: "How to compare: {0}",
    mode_slider: "Slider",
    mode_side_by_side: "Side by side",
    mode_steps: "Step by step",
    divider: "Divider between {0} and {1}",
    divider_value: "{0}% {1}, {2}% {3}",
    divider_all: "all {0}",
    earlier: "Earlier",
    later: "Later",
    step_through: "Step through: {0}",
    step_value: "Step {0} of {1}: {2}",
    step_count: "Step {0} of {1}",
    describe_images: "Describe the images in words",
    marks_heading: "What the marks show",
    timeline: "Timeline",
    timeline_intro: "From Lenin's warning to the speech's first publication in the Soviet Union: the dates behind the stations.",
    glossary: "Glossary",
    quiz_intro: "{0} questions on what the speech said, what it answered and what it left out. Each answer sends you back to the evidence. You pass with {1}%.",
    start_quiz: "Start the quiz",
    quiz_outdated: "The quiz has changed since your last attempt, so it starts afresh.",
    quiz_corrupt: "Your saved attempt could not be read, so the quiz starts afresh.",
    question_number: "Question {0} of {1}",
    check_answer: "Check answer",
    answers_label: "Answers",
    true_word: "True",
    false_word: "False",
    the_right_answer: " (the right answer)",
    a_right_answer: " (a right answer)",
    right: "Right.",
    partly_right: "Partly right: {0}% of the marks.",
    not_quite: "Not quite.",
    see_evidence: "See the evidence: {0}",
    previous_question: "Previous question",
    next_question: "Next question",
    see_results: "See your results",
    start_over: "Start over",
    results: "Your results",
    marks: " ({0} of {1} marks). ",
    passed: "You passed: the pass mark is {0}%.",
    not_yet: "Not yet: the pass mark is {0}%.",
    all_right: "Every answer was right.",
    to_review: "Questions to review",
    review_question: "Question {0}: {1}",
    try_again: "Try again",
    spot_hint: "Choose the place on the image, or from this list:",
    ordering_help: "Drag the items into time order, earliest first. By keyboard: Space picks an item up, the arrow keys move it, Space drops it.",
    picked_up: "Picked up “{0}”, position {1} of {2}. Use the arrow keys to move it, Space to drop it, Escape to cancel.",
    dropped: "Dropped “{0}” at position {1} of {2}.",
    moved: "“{0}” moved to position {1} of {2}.",
    cancelled: "Cancelled. “{0}” is back at position {1} of {2}.",
    not_found: "This page is not part of the exhibit",
    not_found_text: "The link may be mistyped, or the page may have moved.",
    go_home: "Go to the start of the exhibit",
    content_error: "The exhibit's content could not be shown",
    content_error_count: "Problems found in the content file: {0}. ",
    content_error_help: "Each line below names the file, the line and column, and the field; the same check runs with",
    accessibility: "Accessibility",
    accessibility_aim: "This exhibit aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, in English and in Russian.",
    accessibility_tested: "Every view and state (home, every station in every lens and side by side, every comparison mode with a hotspot open, every kind of quiz question with its feedback, the results, the timeline, the glossary and the error pages) is checked automatically with axe-core against the WCAG 2.1 A and AA rules on every change, in both languages.",
    accessibility_keyboard: "Automated tests also take the whole exhibit and the whole quiz by keyboard alone: a skip link leads to the content, focus moves to the heading of each new page, every control shows a focus ring, and nothing traps focus. Putting events in order works with the keyboard (Space picks an item up, the arrow keys move it) and is announced to screen readers.",
    accessibility_images: "Every image has a short text alternative and a long description in words, and every marked place on an image is also listed as text. Pages read in one column from 320 pixels wide and at 200% zoom, and animation stops when your system asks for reduced motion.",
    accessibility_limits: "The illustrations are drawn for this exhibit. The words on them are set by the page in its own language and are small on a phone; each picture's description gives them in full. If something does not work for you, please tell the institution that shows you this exhibit.",
    attract_begin: "Touch to begin",
    attract_pictures: "What the official images hid",
    attract_pause: "Pause the pictures",
    idle_question: "Are you still there?",
    idle_explain: "The exhibit starts again for the next visitor in {0} seconds. Touch the screen or press a key to stay.",
    idle_stay: "I’m still here",
    take_home: "Take this station home",
    take_home_text: "Point your phone’s camera at the code to open this station on your phone, with its sources: {0}",
    take_home_code: "QR code opening {0}",
    kiosk_sources_note: "The full references are listed on this station’s take-home page: scan the code below.",
    this_page: "This page:",
    terms_heading: "Terms in this station",
    for_teachers: "For the classroom",
    handout: "Handout for a class",
    handout_intro: "The whole exhibit as a reader: each station in its three accounts with the words of the speech, the pictures and what they hid, the context and the sources; then the timeline and the glossary. Print it from your browser’s menu.",
    worksheet: "Quiz worksheet",
    worksheet_intro: "The exhibit’s quiz on paper. Answer each question; every answer can be found in the exhibit.",
    answer_key: "Quiz answer key",
    answer_key_intro: "The answers to the worksheet, why, and where in the exhibit the evidence is.",
    name_line: "Name",
    date_line: "Date",
    tick_one: "Tick one.",
    tick_all: "Tick every one that applies.",
    number_in_order: "Number them in time order, 1 for the earliest.",
    answer_is: "Answer: {0}",
    evidence_at: "Evidence: {0},",
};

pub static RU: Messages = Messages {
    language_name: "Русский",
    language_switch: "Язык",
    reading_in: "Вы читаете как читатель",
    moments: ["1938 года", "февраля 1956 года", "июня 1956 года (на Западе)", "1989 года (в СССР)", "наших дней"],
    moment_readers: [
        "читателю в СССР в 1938 году",
        "читателю в СССР в феврале 1956 года",
        "читателю на Западе в июне 1956 года",
        "читателю в СССР в 1989 году",
    ],
    not_yet_after: "Ещё не известно {0}. Известно с события «{1}» ({2}).",
    not_yet_dated: "Ещё не известно {0}: дата — {2}.",
    not_yet_in_print: "Ещё не известно {0}. Напечатано не позднее {2} года: {1}.",
    not_yet_undated: "Ещё не известно {0}: обнародовано позже; источники выставки не называют дату.",
    closed_session: "Закрытое заседание: не опубликовано. Слышали только те, кому зачитали доклад, — с {2} ({1}); опубликовано: {3}.",
    withdrawn: "Больше не показывается {0}: убрано после события «{1}» ({2}).",
    withdrawn_dated: "Больше не показывается {0}: убрано после {2}.",
    as_of_note: "Всё, чего читатель в это время не мог знать, закрыто чёрным, с датой, когда это стало известно.",
    back_to_today: "Вернуться в наши дни",
    quiz_as_of: "Вопросы теста — о том, что известно сегодня. Пока вы читаете как читатель прошлого, источники, к которым отсылают ответы, могут быть закрыты чёрным.",
    skip_to_content: "Перейти к содержанию",
    site_title: "Секретный доклад",
    nav_label: "Выставка",
    nav_stations: "Залы",
    nav_timeline: "Хронология",
    nav_glossary: "Словарь",
    nav_quiz: "Тест",
    footer_heading: "Источники и авторы",
    all_sources: "Все источники выставки: {0}",
    storage_not_kept: "Браузер не разрешает выставке ничего сохранять, поэтому ваш прогресс не сохранится после ухода. Всё остальное работает.",
    storage_reset: "Сохранённый прогресс не удалось прочитать, поэтому выставка начата заново.",
    storage_full: "Хранилище браузера заполнено, последний прогресс сохранить не удалось. Он сохраняется, пока открыта эта страница.",
    updated: "С вашего прошлого посещения выставка обновилась.",
    lms_unreachable: "Система курса не ответила, поэтому ваш прогресс в тесте сохраняется в этом браузере.",
    lms_not_accepted: "Система курса не приняла результат теста; он сохранён в этом браузере.",
    crash: "Что-то пошло не так, и выставка остановилась. Перезагрузите страницу, чтобы начать снова; ваш прогресс сохранён.",
    reload: "Перезагрузить",
    start_exhibit: "Начать осмотр",
    first_station: "К первому залу",
    test_yourself: "Проверьте себя",
    the_stations: "Залы выставки",
    visited_count: "Осмотрено залов: {0} из {1}",
    visited: "Осмотрен",
    stations_and_time: "Залов: {0} · около {1} минут",
    menu: "Меню",
    station_number: "Зал {0} из {1}",
    context: "Контекст",
    three_accounts: "Три версии",
    whose_account: "Чья версия?",
    lens_official: "Линия партии",
    lens_speech: "Хрущёв, 1956",
    lens_historians: "Историки сегодня",
    compare_toggle: "Сравнить три версии",
    compare_close: "Закрыть сравнение",
    reading_now: "Вы читаете:",
    more_quotations: "Ещё из доклада: {0}",
    compare_heading: "Три версии: кто кому отвечает",
    showing: "Показано: {0}",
    showing_compare: "Показаны три версии: кто кому отвечает",
    unknown_view: "На выставке нет вида «{0}», поэтому зал показан в версии «{1}».",
    translation_mark: " (перевод)",
    source_line: "Источник: {0}",
    official_when: "Государство, {0}",
    official_after_stalin: "Партия после Сталина, {0}",
    replies_to: "Ответ на версию «{0}»: «{1}»",
    sources: "Источники",
    previous: "Назад: {0}",
    next: "Дальше: {0}",
    next_quiz: "Дальше: проверьте себя в тесте",
    back_to_quiz: "← Вернуться к вопросу теста",
    station_link: "Зал: {0}",
    definition_of: "{0}: определение",
    how_to_compare: "Как сравнивать: {0}",
    mode_slider: "Шторка",
    mode_side_by_side: "Рядом",
    mode_steps: "По шагам",
    divider: "Граница между «{0}» и «{1}»",
    divider_value: "{0}% — {1}, {2}% — {3}",
    divider_all: "целиком: {0}",
    earlier: "Раньше",
    later: "Позже",
    step_through: "По шагам: {0}",
    step_value: "Шаг {0} из {1}: {2}",
    step_count: "Шаг {0} из {1}",
    describe_images: "Описание изображений словами",
    marks_heading: "Что показывают метки",
    timeline: "Хронология",
    timeline_intro: "От предостережения Ленина до первой публикации доклада в СССР: даты, стоящие за залами выставки.",
    glossary: "Словарь",
    quiz_intro: "Вопросов: {0}. О том, что сказал доклад, на что он отвечал и о чём умолчал. Каждый ответ отсылает к источникам. Для зачёта нужно {1}%.",
    start_quiz: "Начать тест",
    quiz_outdated: "С вашей прошлой попытки тест изменился, поэтому он начат заново.",
    quiz_corrupt: "Сохранённую попытку не удалось прочитать, поэтому тест начат заново.",
    question_number: "Вопрос {0} из {1}",
    check_answer: "Проверить ответ",
    answers_label: "Варианты ответа",
    true_word: "Верно",
    false_word: "Неверно",
    the_right_answer: " (правильный ответ)",
    a_right_answer: " (один из правильных ответов)",
    right: "Правильно.",
    partly_right: "Отчасти правильно: {0}% баллов.",
    not_quite: "Не совсем.",
    see_evidence: "Посмотреть источники: {0}",
    previous_question: "Предыдущий вопрос",
    next_question: "Следующий вопрос",
    see_results: "Посмотреть результат",
    start_over: "Начать заново",
    results: "Ваш результат",
    marks: " (баллов: {0} из {1}). ",
    passed: "Тест сдан: порог — {0}%.",
    not_yet: "Пока не сдан: порог — {0}%.",
    all_right: "Все ответы правильные.",
    to_review: "Вопросы, к которым стоит вернуться",
    review_question: "Вопрос {0}: {1}",
    try_again: "Пройти ещё раз",
    spot_hint: "Выберите место на изображении или в этом списке:",
    ordering_help: "Расставьте события по времени, начиная с самого раннего. С клавиатуры: пробел берёт элемент, стрелки перемещают его, пробел отпускает.",
    picked_up: "Взят элемент «{0}», позиция {1} из {2}. Стрелки перемещают его, пробел отпускает, Escape отменяет.",
    dropped: "Элемент «{0}» оставлен на позиции {1} из {2}.",
    moved: "Элемент «{0}» перемещён на позицию {1} из {2}.",
    cancelled: "Отменено. Элемент «{0}» снова на позиции {1} из {2}.",
    not_found: "Такой страницы на выставке нет",
    not_found_text: "Возможно, в ссылке опечатка или страница переехала.",
    go_home: "К началу выставки",
    content_error: "Содержимое выставки не удалось показать",
    content_error_count: "Ошибок в файле содержимого: {0}. ",
    content_error_help: "В каждой строке ниже указаны файл, строка, столбец и поле; та же проверка запускается командой",
    accessibility: "Доступность",
    accessibility_aim: "Выставка стремится соответствовать Руководству по доступности веб-контента (WCAG) 2.1 на уровне AA — на английском и на русском языке.",
    accessibility_tested: "Каждый вид и каждое состояние (главная страница, каждый зал в каждой версии и в сравнении, каждый режим сравнения изображений с открытой меткой, каждый тип вопроса теста с пояснением, результаты, хронология, словарь и страницы ошибок) автоматически проверяются инструментом axe-core по правилам WCAG 2.1 уровней A и AA при каждом изменении, на обоих языках.",
    accessibility_keyboard: "Автоматические тесты также проходят всю выставку и весь тест только с клавиатуры: ссылка «Перейти к содержанию» ведёт к основному тексту, при переходе фокус ставится на заголовок новой страницы, у каждого элемента управления виден фокус, и фокус нигде не застревает. Расстановка событий по порядку работает с клавиатуры (пробел берёт элемент, стрелки перемещают его) и озвучивается программами экранного доступа.",
    accessibility_images: "У каждого изображения есть краткий текстовый заменитель и подробное словесное описание, а каждое отмеченное на изображении место перечислено и текстом. Страницы читаются в одну колонку начиная с ширины 320 пикселей и при увеличении 200%, а анимация отключается, если система просит уменьшить движение.",
    accessibility_limits: "Иллюстрации нарисованы для выставки. Надписи на них страница выводит на своём языке; на телефоне они мелкие, но в описании каждой картинки приведены полностью. Если что-то не работает, сообщите, пожалуйста, учреждению, которое показывает вам эту выставку.",
    attract_begin: "Коснитесь, чтобы начать",
    attract_pictures: "Что скрывали официальные изображения",
    attract_pause: "Приостановить показ",
    idle_question: "Вы ещё здесь?",
    idle_explain: "Через {0} секунд выставка начнётся заново для следующего посетителя. Коснитесь экрана или нажмите любую клавишу, чтобы продолжить.",
    idle_stay: "Я ещё здесь",
    take_home: "Этот зал — на вашем телефоне",
    take_home_text: "Наведите камеру телефона на код — этот зал откроется у вас вместе с источниками: {0}",
    take_home_code: "QR-код, открывающий {0}",
    kiosk_sources_note: "Полные ссылки на источники — на странице этого зала: отсканируйте код ниже.",
    this_page: "Адрес страницы:",
    terms_heading: "Термины этого зала",
    for_teachers: "Для занятий",
    handout: "Раздаточный материал для класса",
    handout_intro: "Вся выставка для чтения: каждый зал в трёх версиях, со словами доклада, изображениями и тем, что они скрывали, контекстом и источниками; затем хронология и словарь. Распечатайте через меню браузера.",
    worksheet: "Бланк теста",
    worksheet_intro: "Тест по выставке для печати. Ответьте на все вопросы: все ответы можно найти на выставке.",
    answer_key: "Ответы к тесту",
    answer_key_intro: "Ответы к тесту с объяснениями и указанием, где на выставке это видно.",
    name_line: "Фамилия, имя",
    date_line: "Дата",
    tick_one: "Отметьте один ответ.",
    tick_all: "Отметьте все подходящие ответы.",
    number_in_order: "Пронумеруйте события по времени: 1 — самое раннее.",
    answer_is: "Ответ: {0}",
    evidence_at: "Где это видно: {0},",
};

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
