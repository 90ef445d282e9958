//! Putting events in order, by pointer or entirely by keyboard: focus an
//! item, press Space to pick it up, move it with the arrow keys, press Space
//! to drop it (Escape puts it back). Every step is announced. What each key
//! does, and where a dragged item lands, are `core::ordering`'s rules.

use std::rc::Rc;

use yew::prelude::*;

use super::app::use_messages;
use crate::core::content::Choice;
use crate::core::messages::fill;
use crate::core::ordering::{drop_at, moved, on_key, Step};

#[derive(Properties, PartialEq)]
pub struct OrderingListProps {
    /// The items in their current order.
    pub items: Rc<Vec<Choice>>,
    pub locked: bool,
    /// The new order of item ids after every move.
    pub on_change: Callback<Vec<String>>,
}

#[function_component(OrderingList)]
pub fn ordering_list(props: &OrderingListProps) -> Html {
    let messages = use_messages();
    let order = use_state(|| (*props.items).clone());
    // The item picked up by keyboard, and where it started.
    let held = use_state(|| None::<(String, usize)>);
    // The item being dragged by a pointer.
    let dragged = use_mut_ref(|| None::<usize>);
    let announcement = use_state(String::new);
    let list = use_node_ref();
    let count = order.len();
    let commit = {
        let order = order.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |next: Vec<Choice>| {
            on_change.emit(next.iter().map(|c| c.id.clone()).collect());
            order.set(next);
        })
    };
    // After a keyboard move the list re-renders and the moved button loses
    // focus; the item to focus is noted here and focused once it is drawn.
    let refocus = use_mut_ref(|| None::<String>);
    {
        let refocus = refocus.clone();
        let list = list.clone();
        use_effect_with((*order).clone(), move |_| {
            if let (Some(id), Some(list)) = (refocus.borrow_mut().take(), list.cast::<web_sys::Element>()) {
                if let Ok(Some(button)) = list.query_selector(&format!("[data-item=\"{id}\"]")) {
                    if let Ok(button) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(button) {
                        let _ = button.focus();
                    }
                }
            }
        });
    }
    let items = order.iter().enumerate().map(|(index, item)| {
        let holding = held.as_ref().is_some_and(|(id, _)| *id == item.id);
        let onkeydown = {
            let order = order.clone();
            let held = held.clone();
            let announcement = announcement.clone();
            let commit = commit.clone();
            let refocus = refocus.clone();
            let item = item.clone();
            Callback::from(move |event: KeyboardEvent| {
                let step = on_key(&event.key(), index, count, held.as_ref().map(|(_, from)| *from));
                if step != Step::Ignored {
                    event.prevent_default();
                }
                let (words, at) = match step {
                    Step::PickUp => {
                        held.set(Some((item.id.clone(), index)));
                        (messages.picked_up, index)
                    }
                    Step::Drop => {
                        held.set(None);
                        (messages.dropped, index)
                    }
                    Step::Move { to } => {
                        *refocus.borrow_mut() = Some(item.id.clone());
                        commit.emit(moved(&order, index, to));
                        (messages.moved, to)
                    }
                    Step::PutBack { to } => {
                        *refocus.borrow_mut() = Some(item.id.clone());
                        commit.emit(moved(&order, index, to));
                        held.set(None);
                        (messages.cancelled, to)
                    }
                    Step::AtEnd | Step::Ignored => return,
                };
                announcement.set(fill(words, &[&item.text, &(at + 1).to_string(), &count.to_string()]));
            })
        };
        let onpointerdown = {
            let dragged = dragged.clone();
            Callback::from(move |event: PointerEvent| {
                if event.is_primary() {
                    *dragged.borrow_mut() = Some(index);
                }
            })
        };
        html! {
            <li key={item.id.clone()} class={classes!("ordering-item", holding.then_some("held"))}>
                <button type="button" class="ordering-handle" disabled={props.locked} data-item={item.id.clone()}
                    aria-pressed={holding.to_string()}
                    aria-describedby="ordering-help"
                    {onkeydown} {onpointerdown}>
                    <span class="ordering-position" aria-hidden="true">{ index + 1 }</span>
                    <span>{ &item.text }</span>
                </button>
            </li>
        }
    });
    // A pointer drag: the item lands where the pointer is released, found
    // from the items' positions on screen.
    let onpointerup = {
        let dragged = dragged.clone();
        let list = list.clone();
        let order = order.clone();
        let commit = commit.clone();
        let announcement = announcement.clone();
        Callback::from(move |event: PointerEvent| {
            let Some(from) = dragged.borrow_mut().take() else {
                return;
            };
            let Some(list) = list.cast::<web_sys::Element>() else {
                return;
            };
            let children = list.children();
            let middles = (0..children.length()).filter_map(|i| children.item(i)).map(|child| {
                let rect = child.get_bounding_client_rect();
                rect.top() + rect.height() / 2.0
            });
            let to = drop_at(
                f64::from(event.client_y()),
                list.get_bounding_client_rect().top(),
                middles,
            );
            if to != from {
                let text = order[from].text.clone();
                commit.emit(moved(&order, from, to));
                announcement.set(fill(
                    messages.moved,
                    &[&text, &(to + 1).to_string(), &order.len().to_string()],
                ));
            }
        })
    };
    html! {
        <div class="ordering">
            <p id="ordering-help" class="ordering-help">
                { messages.ordering_help }
            </p>
            <ol class="ordering-list" ref={list} {onpointerup}>
                { for items }
            </ol>
            <p class="visually-hidden" aria-live="assertive">{ (*announcement).clone() }</p>
        </div>
    }
}
