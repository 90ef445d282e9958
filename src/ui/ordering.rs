//! Putting events in order, by pointer or entirely by keyboard: focus an
//! item, press Space to pick it up, move it with the arrow keys, press Space
//! to drop it (Escape puts it back). Every step is announced. What each key
//! does, and where a dragged item lands, are `core::ordering`'s rules.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::app::use_messages;
use super::question::{ordered, KindProps};
use crate::core::content::{Choice, Question};
use crate::core::messages::{fill, Messages};
use crate::core::ordering::{drop_at, moved, on_key, Step};
use crate::core::quiz::Response;

/// The items in the order they start in: the answer given, or else the
/// attempt's shuffled order.
fn starting_order(props: &KindProps) -> Vec<Choice> {
    let Question::Ordering { items, .. } = &*props.question else {
        return Vec::new();
    };
    match &props.shown {
        Some(Response::Order(ids)) => ids
            .iter()
            .filter_map(|id| items.iter().find(|i| &i.id == id).cloned())
            .collect(),
        _ => ordered(items, &props.order),
    }
}

/// The ordering question: its items as a list to reorder, each move told
/// to the question as its new order of ids.
#[function_component(OrderingList)]
pub(super) fn ordering_list(props: &KindProps) -> Html {
    let messages = use_messages();
    let order = use_state(|| starting_order(props));
    let list = List {
        messages,
        commit: {
            let order = order.clone();
            let set = props.set.clone();
            Callback::from(move |next: Vec<Choice>| {
                set.emit(Response::Order(next.iter().map(|c| c.id.clone()).collect()));
                order.set(next);
            })
        },
        order,
        held: use_state(|| None::<(String, usize)>),
        dragged: use_mut_ref(|| None::<usize>),
        announcement: use_state(String::new),
        refocus: use_mut_ref(|| None::<String>),
        node: use_node_ref(),
    };
    {
        // After a keyboard move the list re-renders and the moved button
        // loses focus: the item noted in `refocus` is focused once drawn.
        let refocus = list.refocus.clone();
        let node = list.node.clone();
        use_effect_with((*list.order).clone(), move |_| {
            if let (Some(id), Some(node)) = (refocus.borrow_mut().take(), node.cast::<web_sys::Element>()) {
                if let Ok(Some(button)) = node.query_selector(&format!("[data-item=\"{id}\"]")) {
                    if let Ok(button) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(button) {
                        let _ = button.focus();
                    }
                }
            }
        });
    }
    let items = list.order.iter().enumerate().map(|(index, item)| {
        let holding = list.held.as_ref().is_some_and(|(id, _)| *id == item.id);
        let onpointerdown = {
            let dragged = list.dragged.clone();
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
                    onkeydown={list.on_key(index, item)} {onpointerdown}>
                    <span class="ordering-position" aria-hidden="true">{ index + 1 }</span>
                    <span>{ &item.text }</span>
                </button>
            </li>
        }
    });
    html! {
        <div class="ordering">
            <p id="ordering-help" class="ordering-help">
                { messages.ordering_help }
            </p>
            <ol class="ordering-list" ref={list.node.clone()} onpointerup={list.on_drop()}>
                { for items }
            </ol>
            <p class="visually-hidden" aria-live="assertive">{ (*list.announcement).clone() }</p>
        </div>
    }
}

/// The list's state and how it changes: by a key on an item, or by a
/// pointer released over the list.
#[derive(Clone)]
struct List {
    messages: &'static Messages,
    /// The items in their current order.
    order: UseStateHandle<Vec<Choice>>,
    /// Sets a new order and tells the question.
    commit: Callback<Vec<Choice>>,
    /// The item picked up by keyboard, and where it started.
    held: UseStateHandle<Option<(String, usize)>>,
    /// The item being dragged by a pointer.
    dragged: Rc<RefCell<Option<usize>>>,
    /// What the live region last said.
    announcement: UseStateHandle<String>,
    /// The item to focus once the list is drawn again.
    refocus: Rc<RefCell<Option<String>>>,
    node: NodeRef,
}

impl List {
    /// A key on the item at `index`: its step (`core::ordering`), taken and announced.
    fn on_key(&self, index: usize, item: &Choice) -> Callback<KeyboardEvent> {
        let list = self.clone();
        let item = item.clone();
        Callback::from(move |event: KeyboardEvent| {
            let count = list.order.len();
            let step = on_key(&event.key(), index, count, list.held.as_ref().map(|(_, from)| *from));
            if step != Step::Ignored {
                event.prevent_default();
            }
            let (words, at) = match step {
                Step::PickUp => {
                    list.held.set(Some((item.id.clone(), index)));
                    (list.messages.picked_up, index)
                }
                Step::Drop => {
                    list.held.set(None);
                    (list.messages.dropped, index)
                }
                Step::Move { to } => {
                    *list.refocus.borrow_mut() = Some(item.id.clone());
                    list.commit.emit(moved(&list.order, index, to));
                    (list.messages.moved, to)
                }
                Step::PutBack { to } => {
                    *list.refocus.borrow_mut() = Some(item.id.clone());
                    list.commit.emit(moved(&list.order, index, to));
                    list.held.set(None);
                    (list.messages.cancelled, to)
                }
                Step::AtEnd | Step::Ignored => return,
            };
            list.announcement
                .set(fill(words, &[&item.text, &(at + 1).to_string(), &count.to_string()]));
        })
    }

    /// A pointer drag: the item lands where the pointer is released, found
    /// from the items' positions on screen.
    fn on_drop(&self) -> Callback<PointerEvent> {
        let list = self.clone();
        Callback::from(move |event: PointerEvent| {
            let Some(from) = list.dragged.borrow_mut().take() else {
                return;
            };
            let Some(node) = list.node.cast::<web_sys::Element>() else {
                return;
            };
            let children = node.children();
            let middles = (0..children.length()).filter_map(|i| children.item(i)).map(|child| {
                let rect = child.get_bounding_client_rect();
                rect.top() + rect.height() / 2.0
            });
            let to = drop_at(
                f64::from(event.client_y()),
                node.get_bounding_client_rect().top(),
                middles,
            );
            if to != from {
                let text = list.order[from].text.clone();
                list.commit.emit(moved(&list.order, from, to));
                let count = list.order.len().to_string();
                list.announcement
                    .set(fill(list.messages.moved, &[&text, &(to + 1).to_string(), &count]));
            }
        })
    }
}
