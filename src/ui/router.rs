//! Moving between the exhibit's views in place: the view the address names
//! (a context every page reads), links that follow it without loading a
//! page, and back and forward. Every view is also its own prerendered file,
//! so each link's `href` is that file's address, for a new tab, a shared
//! link and a page with no script.
//!
//! Ours rather than a router crate's: the exhibit needs one route type,
//! paths without parameters to decode, and no state object in history, and
//! a router crate's generic machinery (route tables, typed queries, history
//! state with ids) cost the wasm about 26 KB gzip and each move 20–30 ms on
//! a slow phone.

use yew::prelude::*;

use crate::browser::address;
use crate::core::address::Route;

/// Where the visitor is: the address's path (with the exhibit's root and
/// the language's folder) and its query, without the `?`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Location {
    pub path: AttrValue,
    pub query: AttrValue,
}

impl Location {
    fn url(&self) -> String {
        if self.query.is_empty() {
            self.path.to_string()
        } else {
            format!("{}?{}", self.path, self.query)
        }
    }
}

/// Moves to another view. `base` is the root's path and the language's
/// folder, without the last `/` (`/c/ex/ru`, or empty at a host's root).
/// Equal from one move to the next (the setter is the same state's), so the
/// links and pages that only move are not drawn again on every move.
#[derive(Clone, PartialEq)]
pub struct Navigator {
    base: AttrValue,
    in_memory: bool,
    moved: UseStateSetter<Location>,
}

impl Navigator {
    pub fn base(&self) -> &str {
        &self.base
    }

    /// Where `route` with `query` (`a=b&c=d`, or empty) is.
    fn location(&self, route: &Route, query: &str) -> Location {
        Location {
            path: format!("{}{}", self.base, route.to_path()).into(),
            query: AttrValue::from(query.to_string()),
        }
    }

    /// The address of `route` with `query`.
    pub fn href(&self, route: &Route, query: &str) -> String {
        self.location(route, query).url()
    }

    /// Shows `route`: a new entry in the tab's history, unless moves stay
    /// in memory.
    pub fn push(&self, route: &Route, query: &str) {
        let next = self.location(route, query);
        if !self.in_memory {
            address::push(&next.url());
        }
        self.moved.set(next);
    }
}

#[derive(Properties, PartialEq)]
pub struct RouterProps {
    /// The root's path and the language's folder, without the last `/`.
    pub base: AttrValue,
    /// Moves stay in memory, starting at this address (`/station/x/` with
    /// any `?query`): inside an LMS, whose frame keeps the launch file's
    /// address, and in the prerender. Otherwise the address bar is read and
    /// written.
    #[prop_or_default]
    pub memory: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Router)]
pub fn router(props: &RouterProps) -> Html {
    let in_memory = props.memory.is_some();
    let location = use_state_eq(|| {
        let (path, query) = match &props.memory {
            Some(start) => match start.split_once('?') {
                Some((path, query)) => (path.to_string(), query.to_string()),
                None => (start.to_string(), String::new()),
            },
            None => address::here(),
        };
        Location {
            path: path.into(),
            query: query.into(),
        }
    });
    // The language's folder moved (the language switch): the same view in
    // the new folder, in place of the old address.
    let base = use_mut_ref(|| props.base.clone());
    let mut here = (*location).clone();
    let old = std::mem::replace(&mut *base.borrow_mut(), props.base.clone());
    if old != props.base {
        if !in_memory {
            // The address may hold more than the router last saw: a
            // comparison's view, written in place (`address::replace_query`).
            here.query = address::here().1.into();
        }
        let view = here.path.strip_prefix(old.as_str()).unwrap_or(&here.path);
        let view = if view.starts_with('/') {
            view.to_string()
        } else {
            format!("/{view}")
        };
        here.path = format!("{}{view}", props.base).into();
        if !in_memory {
            address::replace(&here.url());
        }
        location.set(here.clone());
    }
    {
        let location = location.setter();
        use_effect_with(in_memory, move |in_memory| {
            let listener = (!in_memory).then(|| {
                address::on_back_or_forward(move |path, query| {
                    location.set(Location {
                        path: path.into(),
                        query: query.into(),
                    })
                })
            });
            move || drop(listener)
        });
    }
    let navigator = Navigator {
        base: props.base.clone(),
        in_memory,
        moved: location.setter(),
    };
    html! {
        <ContextProvider<Navigator> context={navigator}>
            <ContextProvider<Location> context={here}>
                { props.children.clone() }
            </ContextProvider<Location>>
        </ContextProvider<Navigator>>
    }
}

#[hook]
pub fn use_navigator() -> Navigator {
    use_context::<Navigator>().expect("every page renders inside the router")
}

/// Where the visitor is; nowhere outside the router (the header of the
/// content error page, which has no views to move between).
#[hook]
pub fn use_location() -> Location {
    use_context::<Location>().unwrap_or_default()
}

/// The view the address names; not found outside the router.
#[hook]
pub fn use_route() -> Route {
    let navigator = use_context::<Navigator>();
    let location = use_location();
    match navigator {
        Some(navigator) => Route::recognize(location.path.strip_prefix(navigator.base()).unwrap_or(&location.path)),
        None => Route::NotFound,
    }
}

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    /// The query of the address, `a=b&c=d`, of ids and slugs only.
    #[prop_or_default]
    pub query: AttrValue,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// A link to a view, followed in place (see `follow_in_place`).
#[function_component(Link)]
pub fn link(props: &LinkProps) -> Html {
    let navigator = use_navigator();
    // A link opened in a new tab or copied reads as of the same moment.
    let moment = use_context::<crate::ui::Place>().map_or(crate::core::moment::Moment::Today, |place| place.moment);
    let query = match moment {
        crate::core::moment::Moment::Today => props.query.to_string(),
        _ => crate::core::query::merge(
            &props.query,
            &format!("{}={}", crate::core::moment::QUERY_KEY, moment.slug()),
        ),
    };
    let href = navigator.href(&props.to, &query);
    if props.to.left_prerendered() {
        // The app does not draw it: the link loads its page.
        return html! { <a class={props.classes.clone()} {href}>{ props.children.clone() }</a> };
    }
    let onclick = {
        let query = props.query.clone();
        let follow = Callback::from(move |to: Route| navigator.push(&to, &query));
        super::route::follow_in_place(follow, props.to.clone())
    };
    html! {
        <a class={props.classes.clone()} {href} {onclick}>{ props.children.clone() }</a>
    }
}
