//! A quiet notice when the course system (LMS) will not keep the quiz: the
//! exhibit goes on, with the attempt in the browser instead.

use yew::prelude::*;

use super::app::use_messages;
use crate::browser::lms::LmsNotice;

/// The LMS's notice on this page and the way to raise one. The app keeps
/// it, so a change of language (which rebuilds the exhibit root and opens
/// its record again) does not lose it; the record raises it from inside
/// its methods (`browser::lms`), and the bar shows it.
#[derive(Clone, PartialEq)]
pub struct LmsNotices {
    pub shown: Option<LmsNotice>,
    pub raise: Callback<LmsNotice>,
}

/// Shows the LMS's notice, if it has one.
#[function_component(LmsNoticeBar)]
pub fn lms_notice_bar() -> Html {
    let messages = use_messages();
    match super::app::use_in_place().and_then(|in_place| in_place.lms.shown) {
        Some(notice) => html! {
            <div class="notice-bar" role="status">
                <p>{ notice.text(messages) }</p>
            </div>
        },
        None => html! {},
    }
}
