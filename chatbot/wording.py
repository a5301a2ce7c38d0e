"""What the assistant says: replies composed from the knowledge file and settings.

Facts come only from ``knowledge.yml``; links, contact details and crisis numbers only
from settings. This module adds connecting words, never a new fact. Every function
returns a ``Reply`` so that actions stay thin and the wording is testable alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Mapping, Optional, Sequence

from chatbot.knowledge import Condition, Knowledge

Settings = Mapping[str, Mapping[str, object]]

# Quick replies the widget and messaging channels show as buttons. Payloads are
# intents, so a click is understood exactly like the typed question.
BUTTONS: Dict[str, Dict[str, str]] = {
    "booking": {"title": "Book a session", "payload": "/faq_booking"},
    "contact": {"title": "Contact Renée", "payload": "/request_human"},
    "blog": {"title": "Renée's Writings", "payload": "/faq_blog"},
    "conditions": {"title": "Which conditions?", "payload": "/faq_conditions"},
    "what_is": {"title": "What is Medical Massage?", "payload": "/faq_what_is"},
    "trauma_touch": {"title": "Trauma Touch Therapy", "payload": "/faq_trauma_touch"},
    "another": {"title": "Ask another question", "payload": "/ask_help_general"},
}

# Conditions named as examples when the visitor has not said which one.
EXAMPLE_CONDITIONS = ("sciatic_pain", "migraine", "arthritis", "anxiety", "pregnancy")


@dataclass
class Reply:
    text: str
    buttons: List[Dict[str, str]] = field(default_factory=list)


def buttons(*keys: str) -> List[Dict[str, str]]:
    return [dict(BUTTONS[key]) for key in dict.fromkeys(keys)]


def _join(*parts: Optional[str]) -> str:
    return " ".join(p for p in parts if p)


def _name_list(names: Sequence[str], conjunction: str = "and") -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {conjunction} " + names[-1]


# --- links and contact (settings) ---------------------------------------------------


def link_line(key: str, settings: Settings) -> str:
    links = settings["links"]
    lines = {
        "booking": ("Book a session online", links.get("booking_url")),
        "blog": ("Renée's Writings", links.get("blog_url")),
        "trauma_touch": ("Trauma Touch Therapy™", links.get("trauma_touch_url")),
        "contact": ("Contact page", links.get("contact_url")),
    }
    if key == "contact":
        return contact_details(settings)
    label, url = lines[key]
    return f"{label}: {url}" if url else ""


def contact_details(settings: Settings) -> str:
    contact, links = settings["contact"], settings["links"]
    ways = [
        f"email {contact['email']}" if contact.get("email") else "",
        f"phone {contact['phone']}" if contact.get("phone") else "",
        f"through the contact page {links['contact_url']}" if links.get("contact_url") else "",
    ]
    ways = [w for w in ways if w]
    if not ways:
        return link_line("booking", settings)
    return "You can reach Renée by " + _name_list(ways, "or") + "."


# --- conditions -----------------------------------------------------------------------


def _condition_sentence(condition: Condition, kb: Knowledge) -> str:
    return f"{condition.name} is {kb.groups[condition.group].frame}."


def _specialty_notes(conditions: Iterable[Condition], kb: Knowledge) -> List[str]:
    ids = dict.fromkeys(c.specialty for c in conditions if c.specialty)
    return [kb.specialties[s].note for s in ids]


def condition_answer(condition_ids: Sequence[str], kb: Knowledge, settings: Settings) -> Reply:
    """Answer for one or more listed conditions: group frame, specialty, next steps."""
    conditions = [kb.condition(cid) for cid in dict.fromkeys(condition_ids)]
    if len(conditions) == 1:
        intro = f"Yes: {conditions[0].name} is on Renée's list of conditions Medical Massage can help with."
        body = _condition_sentence(conditions[0], kb)
    else:
        names = _name_list([c.name for c in conditions])
        intro = f"Both are on Renée's list: {names}." if len(conditions) == 2 else (
            f"All of these are on Renée's list: {names}."
        )
        body = "\n".join("• " + _condition_sentence(c, kb) for c in conditions)
        groups = {c.group for c in conditions}
        if len(groups) > 1:
            body += "\n" + kb.facts["overlap"]
    text = "\n".join(
        p
        for p in (
            intro,
            body,
            _join(*_specialty_notes(conditions, kb)),
            kb.facts["disclaimer"],
            _next_steps(settings),
        )
        if p
    )
    return Reply(text, buttons("booking", "blog", "another"))


def _next_steps(settings: Settings) -> str:
    lines = [link_line("booking", settings), link_line("blog", settings)]
    return "\n".join(line for line in lines if line)


def unlisted_answer(names: Sequence[str], kb: Knowledge, settings: Settings) -> Reply:
    """Honest answer for a condition the page does not list (never another condition)."""
    if names:
        shown = _name_list([n[:1].upper() + n[1:] for n in dict.fromkeys(names)])
        verb = "isn't" if len(set(names)) == 1 else "aren't"
        intro = f"{shown} {verb} one of the conditions Renée lists by name."
    else:
        intro = "I couldn't match that to one of the conditions on Renée's page."
    text = "\n".join(
        (
            _join(intro, kb.facts["list_not_exhaustive"]),
            "The best next step is to ask Renée about your situation. "
            + contact_details(settings),
            link_line("booking", settings),
        )
    )
    return Reply(text.strip(), buttons("contact", "booking", "conditions"))


def ask_which_condition(kb: Knowledge) -> Reply:
    examples = _name_list([kb.condition(cid).name.lower() for cid in EXAMPLE_CONDITIONS])
    return Reply(
        "Happy to help you find out. Which condition or symptoms would you like massage "
        f"to help with? For example {examples}.",
        buttons("conditions"),
    )


def conditions_overview(kb: Knowledge) -> str:
    lines = ["Renée's page lists these conditions, in three groups:"]
    for group in kb.groups.values():
        names = ", ".join(c.name for c in kb.conditions_in(group.id))
        lines.append(f"• {group.title}: {names}.")
    return "\n".join(lines)


# --- FAQs -----------------------------------------------------------------------------


def faq_answer(topic_id: str, kb: Knowledge, settings: Settings) -> Reply:
    topic = kb.faq[topic_id]
    parts = [conditions_overview(kb)] if topic.say_conditions else []
    parts.append(_join(*(kb.facts[f] for f in topic.facts), topic.say))
    parts.extend(link_line(key, settings) for key in topic.links)
    return Reply("\n".join(p for p in parts if p), buttons(*topic.next))


# --- safety, scope, people ------------------------------------------------------------


def crisis_reply(settings: Settings) -> Reply:
    crisis = settings["crisis"]
    # Calm, short and nothing else: no booking, no buttons, no marketing.
    return Reply(
        "I'm really sorry you're going through this, and I'm glad you said something. "
        "I'm only a virtual assistant, but you deserve support from a person right now. "
        f"Please {crisis['crisis_line']}, any time of day or night. "
        f"If you are in immediate danger, call {crisis['emergency_number']}."
    )


def emergency_reply(settings: Settings, also_crisis: bool = False) -> Reply:
    crisis = settings["crisis"]
    text = (
        f"This sounds like it could be a medical emergency. Please call "
        f"{crisis['emergency_number']} (or your local emergency number) right now. I'm a "
        "virtual assistant and can't help with emergencies."
    )
    if also_crisis:  # e.g. an overdose: both an emergency and a crisis
        text += f" You can also {crisis['crisis_line']}, any time of day or night."
    return Reply(text)


def medical_scope_reply(
    condition_ids: Sequence[str], kb: Knowledge, settings: Settings
) -> Reply:
    """Diagnosis, treatment plans, contraindications: the bot does not decide."""
    conditions = [kb.condition(cid) for cid in dict.fromkeys(condition_ids)]
    text = "\n".join(
        p
        for p in (
            "That's a question I can't answer for you. " + kb.facts["disclaimer"],
            "Please ask your healthcare provider whether massage is right for you now; "
            "Renée can also talk it through with you before a session.",
            _join(*_specialty_notes(conditions, kb)),
            contact_details(settings),
        )
        if p
    )
    return Reply(text, buttons("contact"))


def contact_reply(settings: Settings) -> Reply:
    response_time = settings["contact"].get("response_time")
    text = "\n".join(
        p
        for p in (
            "Of course. " + contact_details(settings),
            f"She usually replies {response_time}." if response_time else "",
            link_line("booking", settings),
        )
        if p
    )
    return Reply(text, buttons("booking"))


def fallback_reply(failures_in_a_row: int, settings: Settings) -> Reply:
    if failures_in_a_row >= 2:
        # Don't loop: after the second miss, hand over to a person.
        return Reply(
            "I'm sorry, I'm not getting it. Renée can answer you directly. "
            + contact_details(settings),
            buttons("contact", "booking"),
        )
    return Reply(
        "Sorry, I didn't quite understand. Could you say it another way? I can answer "
        "questions about Medical Massage, the conditions it can help with, insurance, "
        "prescriptions and booking, or put you in touch with Renée.",
        buttons("conditions", "contact"),
    )


def fault_apology(settings: Settings) -> Reply:
    """Said by the Rasa server itself when a custom action cannot run (action server down,
    too slow, or answering with an error)."""
    # No buttons: each of them would ask the action server that just failed.
    return Reply(
        "I'm sorry, I can't answer that right now because of a technical problem on my "
        "side. Please try again a little later, or ask Renée directly. "
        + contact_details(settings)
    )


def privacy_notice(settings: Settings) -> Reply:
    days = settings["privacy"]["retention_days"]
    return Reply(
        "Hi, I'm the virtual assistant of Renée's Medical Massage practice, not a medical "
        f"provider. Conversations are kept for {days} days to improve my answers, so please "
        "don't share details you'd rather not have stored."
    )
