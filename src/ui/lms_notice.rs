//! A quiet notice when the course system (LMS) will not keep the quiz: the
//! exhibit goes on, with the attempt in the browser instead.

use yew::prelude::*;

use super::app::use_messages;
use crate::browser::lms;

/// Shows the LMS bridge's notice, if it has one. The bridge raises it from
/// inside the quiz record, outside any component, so this listens for it.
#[function_component(LmsNoticeBar)]
pub fn lms_notice_bar() -> Html {
    let messages = use_messages();
    let notice = use_state(lms::notice);
    {
        let notice = notice.clone();
        use_effect_with((), move |_| {
            // Raised between the first render and now? Show it too.
            if let Some(raised) = lms::notice() {
                notice.set(Some(raised));
            }
            lms::watch_notice(move |raised| notice.set(Some(raised)));
        });
    }
    match *notice {
        Some(notice) => html! {
            <div class="notice-bar" role="status">
                <p>{ notice.text(messages) }</p>
            </div>
        },
        None => html! {},
    }
}
