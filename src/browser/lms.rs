//! The LMS bridge. When the page was launched as a SCO (`?scorm=12` or
//! `?scorm=2004`), finds that version's run-time API the ADL way (up the
//! parent frames, then `top.opener` and its parents), opens one session per
//! page, keeps the quiz attempt in `cmi.suspend_data`, and reports status,
//! score, interactions and time as `core::scorm` works them out.
//!
//! An LMS is someone else's code: it may answer "false", set an error code,
//! or throw. Each call is tried twice; when the learner's result (status,
//! score, attempt, time) is refused, the exhibit goes on with the attempt
//! kept in the browser, warns on the console (not an error: nothing in the
//! exhibit broke) and shows a quiet notice. Interactions are optional: an
//! LMS that refuses them is not sent any more of them this session, and
//! nothing is lost.

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use gloo::events::EventListener;
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::record::{AttemptRecord, LocalRecord};
use super::storage::Store;
use crate::core::content::{Exhibit, Quiz};
use crate::core::quiz::Attempt;
use crate::core::scorm::{self, Journal, Resume, Setting, Standing, Version};

/// How many parent frames to climb: the ADL discovery algorithm's limit
/// (an LMS rarely nests content deeper than a few frames).
const MAX_PARENTS: usize = 7;

/// After this many refused elements in one save the API is taken to be
/// broken, and the rest are not tried (they are sent again on the next save).
const MAX_REFUSALS: usize = 3;

/// What the visitor is told when the LMS lets the exhibit down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LmsNotice {
    /// The LMS's API is there but would not start a session.
    Unreachable,
    /// The LMS refused (or threw on) a value or a commit.
    NotAccepted,
}

impl LmsNotice {
    pub fn text(self, messages: &'static crate::core::messages::Messages) -> &'static str {
        match self {
            LmsNotice::Unreachable => messages.lms_unreachable,
            LmsNotice::NotAccepted => messages.lms_not_accepted,
        }
    }
}

/// Told of each notice raised: the app's notice state (`ui::lms_notice`),
/// handed to the record when it opens.
pub type NoticeListener = Rc<dyn Fn(LmsNotice)>;

thread_local! {
    // One LMS session per page, shared by every record opened on it: the
    // exhibit root is rebuilt when the language changes, and a second
    // `Initialize` would be refused.
    static SESSION: OnceCell<Option<Rc<Session>>> = const { OnceCell::new() };
}

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("secret-speech: {message}")));
}

/// The run-time API object of one SCORM version.
struct Api {
    version: Version,
    object: JsValue,
}

#[derive(Clone, Copy)]
enum Method {
    Initialize,
    Terminate,
    GetValue,
    SetValue,
    Commit,
    GetLastError,
}

impl Method {
    fn name(self, version: Version) -> &'static str {
        match (version, self) {
            (Version::Scorm12, Method::Initialize) => "LMSInitialize",
            (Version::Scorm12, Method::Terminate) => "LMSFinish",
            (Version::Scorm12, Method::GetValue) => "LMSGetValue",
            (Version::Scorm12, Method::SetValue) => "LMSSetValue",
            (Version::Scorm12, Method::Commit) => "LMSCommit",
            (Version::Scorm12, Method::GetLastError) => "LMSGetLastError",
            (Version::Scorm2004, Method::Initialize) => "Initialize",
            (Version::Scorm2004, Method::Terminate) => "Terminate",
            (Version::Scorm2004, Method::GetValue) => "GetValue",
            (Version::Scorm2004, Method::SetValue) => "SetValue",
            (Version::Scorm2004, Method::Commit) => "Commit",
            (Version::Scorm2004, Method::GetLastError) => "GetLastError",
        }
    }
}

impl Api {
    /// The API of the version named in the launch address, and no other: a
    /// page opened without `?scorm=` (a plain embed) looks for none.
    fn find() -> Option<Api> {
        let window = web_sys::window()?;
        let version = Version::from_launch(&window.location().search().ok()?)?;
        let window: JsValue = window.into();
        let object = search(&window, version.api_name(), Method::Initialize.name(version))?;
        Some(Api { version, object })
    }

    /// One call. A throw, or a method that is not there, is an error message.
    fn invoke(&self, method: Method, args: &[&str]) -> Result<JsValue, String> {
        let name = method.name(self.version);
        let function = Reflect::get(&self.object, &JsValue::from_str(name))
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .ok_or_else(|| format!("{name} is missing"))?;
        let args: Array = args.iter().map(|a| JsValue::from_str(a)).collect();
        function
            .apply(&self.object, &args)
            .map_err(|thrown| format!("{name} threw {}", describe(&thrown)))
    }

    /// The LMS's last error code; "0" is none. A failing GetLastError is an error too.
    fn last_error(&self) -> String {
        match self.invoke(Method::GetLastError, &[]) {
            Ok(code) => code
                .as_string()
                // Error codes are whole numbers; printed as one, without float formatting.
                .or_else(|| code.as_f64().map(|n| (n as i64).to_string()))
                .unwrap_or_else(|| "0".into()),
            Err(_) => "unknown".into(),
        }
    }

    /// A call that answers "true" (Initialize, SetValue, Commit, Terminate).
    fn once(&self, method: Method, args: &[&str]) -> Result<(), String> {
        let answer = self.invoke(method, args)?;
        if answer.as_string().as_deref() == Some("true") || answer.as_bool() == Some(true) {
            Ok(())
        } else {
            Err(format!(
                "{} answered {} (error {})",
                method.name(self.version),
                describe(&answer),
                self.last_error()
            ))
        }
    }

    /// `once`, tried a second time before it counts as refused.
    fn call(&self, method: Method, args: &[&str]) -> Result<(), String> {
        self.once(method, args).or_else(|_| self.once(method, args))
    }

    /// Reads an element. An element the LMS has no value for yet (2004's
    /// error 403) reads as empty: that is a first launch, not a failure.
    fn get(&self, element: &str) -> Result<String, String> {
        let read = || -> Result<String, String> {
            let value = self.invoke(Method::GetValue, &[element])?;
            // GetValue returns a string by the standard, but a wrapper that
            // hands back its internal number (a score, a count) must not read
            // as empty: that would lose the best score or overwrite interactions.
            let text = match value.as_string() {
                Some(text) => text,
                None if value.as_f64().is_some() => {
                    String::from(js_sys::Number::from(value).to_string_with_radix(10).unwrap_or_default())
                }
                None => String::new(),
            };
            match self.last_error().as_str() {
                "0" | "" => Ok(text),
                "403" if self.version == Version::Scorm2004 => Ok(String::new()),
                code => Err(format!("reading {element} gave error {code}")),
            }
        };
        read().or_else(|_| read())
    }
}

/// ADL's discovery: `name` in `window` and its parents, then in the opener
/// of the top window and its parents (an LMS that opens the content in a
/// popup, which may frame it again).
fn search(window: &JsValue, name: &str, initialize: &str) -> Option<JsValue> {
    in_frames(window, name, initialize).or_else(|| {
        let top = Reflect::get(window, &JsValue::from_str("top")).ok()?;
        let opener = Reflect::get(&top, &JsValue::from_str("opener")).ok()?;
        in_frames(&opener, name, initialize)
    })
}

fn in_frames(start: &JsValue, name: &str, initialize: &str) -> Option<JsValue> {
    let mut current = start.clone();
    for _ in 0..=MAX_PARENTS {
        if !current.is_object() {
            return None;
        }
        // A frame from another origin throws on any read but `parent`: skip it.
        if let Ok(api) = Reflect::get(&current, &JsValue::from_str(name)) {
            let usable =
                api.is_object() && Reflect::get(&api, &JsValue::from_str(initialize)).is_ok_and(|f| f.is_function());
            if usable {
                return Some(api);
            }
        }
        let parent = Reflect::get(&current, &JsValue::from_str("parent")).ok()?;
        if Object::is(&parent, &current) {
            return None;
        }
        current = parent;
    }
    None
}

fn describe(value: &JsValue) -> String {
    value
        .as_string()
        .or_else(|| value.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())))
        .unwrap_or_else(|| format!("{value:?}"))
}

/// The open session with the LMS.
struct Session {
    api: Api,
    /// `Date.now()` at Initialize: session time counts from there.
    started_ms: f64,
    /// Values the LMS has accepted, so an unchanged value is not sent again
    /// (SCORM 1.2 LMSs may journal interactions, so repeats would duplicate them).
    reported: RefCell<HashMap<String, String>>,
    /// The attempt stored by an earlier session, read at launch: its
    /// interactions were reported then.
    launch_attempt: RefCell<Option<String>>,
    /// What the gradebook holds: never lowered by a later attempt.
    standing: Cell<Standing>,
    /// The interaction records sent, numbered after those the LMS held at launch.
    journal: RefCell<Journal>,
    /// False once the LMS has refused an interaction: none is sent again this session.
    interactions: Cell<bool>,
    /// The LMS's id for the learner: names the browser's fallback copy.
    learner: String,
    ended: Cell<bool>,
}

impl Session {
    /// The page's session: looked for once, opened once.
    fn current(on_notice: &NoticeListener) -> Option<Rc<Session>> {
        SESSION.with(|cell| cell.get_or_init(|| Session::open(on_notice)).clone())
    }

    fn open(on_notice: &NoticeListener) -> Option<Rc<Session>> {
        let api = Api::find()?;
        if let Err(why) = api.call(Method::Initialize, &[""]) {
            warn(&format!("the LMS did not start a session: {why}"));
            on_notice(LmsNotice::Unreachable);
            return None;
        }
        let version = api.version;
        let read = |element: &str| api.get(element).unwrap_or_default();
        let status = read(version.status_element());
        let success = match version {
            Version::Scorm12 => String::new(),
            Version::Scorm2004 => read("cmi.success_status"),
        };
        let standing = Standing::read(version, &status, &success, &read(version.score_raw_element()));
        let count = read(version.interaction_count_element()).trim().parse().unwrap_or(0);
        let session = Rc::new(Session {
            started_ms: js_sys::Date::now(),
            reported: RefCell::new(HashMap::new()),
            launch_attempt: RefCell::new(api.get(version.suspend_data_element()).ok()),
            standing: Cell::new(standing),
            journal: RefCell::new(Journal::new(count)),
            interactions: Cell::new(true),
            learner: read(version.learner_id_element()),
            ended: Cell::new(false),
            api,
        });
        // Opening the exhibit is the start of the lesson: "not attempted" becomes "incomplete".
        session.send(&scorm::on_launch(version, &status));
        session.finish_on_pagehide();
        Some(session)
    }

    fn elapsed_seconds(&self) -> f64 {
        (js_sys::Date::now() - self.started_ms) / 1000.0
    }

    /// Sets every value that changed, then commits. False when the LMS refused any of it.
    fn send(&self, settings: &[Setting]) -> bool {
        if self.ended.get() {
            return false;
        }
        let mut refused = Vec::new();
        let mut changed = false;
        for (element, value) in settings {
            if self.reported.borrow().get(element) == Some(value) {
                continue;
            }
            match self.api.call(Method::SetValue, &[element, value]) {
                Ok(()) => {
                    self.reported.borrow_mut().insert(element.clone(), value.clone());
                    changed = true;
                }
                Err(why) => {
                    refused.push(why);
                    if refused.len() >= MAX_REFUSALS {
                        break;
                    }
                }
            }
        }
        if changed {
            if let Err(why) = self.api.call(Method::Commit, &[""]) {
                refused.push(why);
            }
        }
        if refused.is_empty() {
            return true;
        }
        warn(&format!(
            "the LMS refused part of the quiz report: {}",
            refused.join("; ")
        ));
        false
    }

    /// Interaction records, after the core report: the first refusal turns
    /// them off for the session. A warning on the console, no notice: the
    /// learner's result is safe without them.
    fn send_interactions(&self, records: &[Setting]) {
        if self.ended.get() || !self.interactions.get() || records.is_empty() {
            return;
        }
        for (element, value) in records {
            if let Err(why) = self.api.call(Method::SetValue, &[element, value]) {
                self.interactions.set(false);
                warn(&format!(
                    "the LMS does not take interaction records; the quiz result is kept without them ({why})"
                ));
                break;
            }
        }
        if let Err(why) = self.api.call(Method::Commit, &[""]) {
            warn(&format!("the LMS did not commit the interaction records: {why}"));
        }
    }

    /// Reports the time spent as the page goes away, and ends the session
    /// unless the page is kept in the back/forward cache (`persisted`): a
    /// page restored from there carries on with the same session, so it is
    /// committed but not terminated. (`pagehide`, not `unload`: it fires on
    /// mobile and keeps the page eligible for the cache.)
    fn finish_on_pagehide(self: &Rc<Self>) {
        let Some(window) = web_sys::window() else { return };
        let session = Rc::downgrade(self);
        EventListener::new(&window, "pagehide", move |event| {
            let Some(session) = session.upgrade() else { return };
            if session.ended.get() {
                return;
            }
            let persisted = Reflect::get(event, &JsValue::from_str("persisted"))
                .ok()
                .and_then(|p| p.as_bool())
                == Some(true);
            let (element, value) = session.api.version.session_time(session.elapsed_seconds());
            let _ = session.api.call(Method::SetValue, &[&element, &value]);
            if persisted {
                if let Err(why) = session.api.call(Method::Commit, &[""]) {
                    warn(&format!("the LMS did not commit as the page was put away: {why}"));
                }
                return;
            }
            if let Err(why) = session.api.call(Method::Terminate, &[""]) {
                warn(&format!("the LMS did not end the session: {why}"));
            }
            session.ended.set(true);
        })
        .forget();
    }
}

/// The attempt kept in the LMS. Whatever the LMS will not take is kept in
/// the browser instead, under a key of the learner's own (everyone who uses
/// the computer shares the LMS origin's storage), and handed back until the
/// LMS accepts a newer one.
pub struct LmsRecord {
    session: Rc<Session>,
    local: LocalRecord,
    /// True while the browser holds an attempt the LMS refused: it is newer
    /// than what the LMS has.
    kept_locally: Cell<bool>,
    on_notice: NoticeListener,
}

impl LmsRecord {
    /// The LMS record, when a SCORM API is found and starts a session.
    pub fn open(store: Rc<dyn Store>, exhibit_id: &str, on_notice: NoticeListener) -> Option<LmsRecord> {
        let session = Session::current(&on_notice)?;
        let local = LocalRecord::new(store, &format!("{exhibit_id}:lms:{}", session.learner));
        let kept_locally = Cell::new(local.has_attempt());
        Some(LmsRecord {
            session,
            local,
            kept_locally,
            on_notice,
        })
    }
}

impl AttemptRecord for LmsRecord {
    fn resume(&self, quiz: &Quiz) -> Option<String> {
        let held = match self.session.api.get(self.session.api.version.suspend_data_element()) {
            Ok(text) => text,
            Err(why) => {
                warn(&format!("could not read the stored attempt from the LMS: {why}"));
                (self.on_notice)(LmsNotice::NotAccepted);
                return self.local.resume(quiz);
            }
        };
        if self.kept_locally.get() {
            // This browser kept an attempt the LMS refused; the LMS may since
            // have had a further one from another computer.
            let local = self.local.resume(quiz).unwrap_or_default();
            if scorm::further_along(quiz, &held, &local) == Resume::Local {
                return Some(local).filter(|t| !t.is_empty());
            }
            self.local.clear();
            self.kept_locally.set(false);
        }
        Some(held).filter(|t| !t.is_empty())
    }

    fn save(&self, exhibit: &Exhibit, attempt: &Attempt) {
        let session = &self.session;
        let version = session.api.version;
        if let Some(text) = session.launch_attempt.borrow_mut().take() {
            if let Ok(earlier) = Attempt::decode(&text, &exhibit.quiz) {
                session.journal.borrow_mut().resumed(&earlier);
            }
        }
        let report = scorm::report(
            version,
            attempt,
            &exhibit.quiz,
            session.standing.get(),
            session.elapsed_seconds(),
        );
        if report.trimmed > 0 {
            warn(&format!(
                "the attempt is longer than the LMS's suspend_data holds ({} characters); the last {} answer(s) are kept only on this page",
                version.suspend_data_limit(),
                report.trimmed
            ));
        }
        if session.send(&report.core) {
            session.standing.set(report.standing);
            // The LMS has the newest attempt now; the browser's copy would be stale.
            if self.kept_locally.replace(false) {
                self.local.clear();
            }
        } else {
            self.local.save(exhibit, attempt);
            self.kept_locally.set(true);
            (self.on_notice)(LmsNotice::NotAccepted);
        }
        if session.interactions.get() {
            let records = session.journal.borrow_mut().record(version, exhibit, attempt);
            session.send_interactions(&records);
        }
    }

    fn clear(&self) {
        self.local.clear();
        self.kept_locally.set(false);
        let session = &self.session;
        if !session.send(&scorm::on_restart(session.api.version, session.standing.get())) {
            (self.on_notice)(LmsNotice::NotAccepted);
        }
    }
}
