"""What the assistant says: replies composed from the knowledge file and settings.

Facts come only from ``knowledge.yml``; links, contact details and crisis numbers only
from settings. This module adds connecting words, never a new fact. Every function
returns a ``Reply`` so that actions stay thin and the wording is testable alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Collection, Dict, Iterable, List, Optional, Sequence

from chatbot.channels.redact import EMAIL_TOKEN, PHONE_TOKEN
from chatbot.practice.knowledge import (
    Condition,
    Knowledge,
    related_conditions,
    written_unlisted_names,
)
from chatbot.practice.settings import Settings

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

# Topics offered as "Did you mean ...?" buttons when the classifier is unsure, by intent;
# also the plain names the review app shows for intents.
TOPICS: Dict[str, Dict[str, str]] = {
    "ask_condition": {"title": "Can massage help me?", "payload": "/ask_help_general"},
    "ask_help_general": {"title": "Can massage help me?", "payload": "/ask_help_general"},
    "medical_advice": {"title": "Is massage safe for me?", "payload": "/medical_advice"},
    "request_human": {"title": "Contact Renée", "payload": "/request_human"},
    "faq_insurance": {"title": "Insurance", "payload": "/faq_insurance"},
    "faq_prescription": {"title": "Prescriptions", "payload": "/faq_prescription"},
    "faq_what_is": {"title": "What is Medical Massage?", "payload": "/faq_what_is"},
    "faq_medicine_chiro": {"title": "Medicine or chiropractic?", "payload": "/faq_medicine_chiro"},
    "faq_training": {"title": "Renée's training", "payload": "/faq_training"},
    "faq_trauma_touch": {"title": "Trauma Touch Therapy", "payload": "/faq_trauma_touch"},
    "faq_blog": {"title": "Renée's Writings", "payload": "/faq_blog"},
    "faq_booking": {"title": "Booking", "payload": "/faq_booking"},
    "faq_sessions": {"title": "One session or a series", "payload": "/faq_sessions"},
    "faq_conditions": {"title": "Which conditions?", "payload": "/faq_conditions"},
    "faq_price": {"title": "Prices", "payload": "/faq_price"},
    "faq_hours": {"title": "Hours", "payload": "/faq_hours"},
    "faq_location": {"title": "Location", "payload": "/faq_location"},
    "faq_visit": {"title": "What a visit is like", "payload": "/faq_visit"},
    "ask_privacy": {"title": "Is this chat private?", "payload": "/ask_privacy"},
}

# Plain names of every intent, for people reading conversations (the review app).
INTENT_NAMES: Dict[str, str] = {
    **{intent: topic["title"] for intent, topic in TOPICS.items()},
    "ask_condition": "A condition",
    "ask_help_general": "Can massage help me?",
    "greet": "Greeting",
    "goodbye": "Goodbye",
    "thank": "Thanks",
    "thank_and_goodbye": "Thanks and goodbye",
    "acknowledge": "OK / got it",
    "bot_challenge": "Are you a bot?",
    "out_of_scope": "Unrelated question",
    "crisis": "Crisis",
    "emergency": "Emergency",
    "not_english": "Not in English",
    "ask_repeat": "Asked to say it again",
    "nlu_fallback": "Not understood",
}

# A greeting back, before the answer to a message that also greets (domain.yml's
# utter_greet opens with it too).
HELLO = "Hello!"
# ... and a thanks back, before the answer to a message that opens with thanks (domain.yml's
# utter_you_are_welcome opens with it too).
WELCOME = "You're welcome!"

# Whether massage is right for someone now is never the bot's call.
SCOPE_LINE = (
    "Please ask your healthcare provider whether massage is right for you now; "
    "Renée can also talk it through with you before a session."
)

# Conditions named as examples when the visitor has not said which one.
EXAMPLE_CONDITIONS = ("sciatic_pain", "migraine", "arthritis", "anxiety", "pregnancy")


@dataclass
class Reply:
    text: str
    buttons: List[Dict[str, str]] = field(default_factory=list)


def buttons(*keys: str) -> List[Dict[str, str]]:
    return [dict(BUTTONS[key]) for key in dict.fromkeys(keys)]


def topic_buttons(intents: Iterable[str], *keys: str) -> List[Dict[str, str]]:
    """One button per topic, then the ``BUTTONS`` named by ``keys``; a payload once."""
    chosen = [TOPICS[i] for i in intents if i in TOPICS] + [BUTTONS[k] for k in keys]
    return [dict(b) for b in {b["payload"]: b for b in chosen}.values()]


def _join(*parts: Optional[str]) -> str:
    return " ".join(p for p in parts if p)


def _name_list(names: Sequence[str], conjunction: str = "and") -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {conjunction} " + names[-1]


# --- links and contact (settings) ---------------------------------------------------


def link_line(key: str, settings: Settings) -> str:
    links = settings.links
    lines = {
        "booking": ("Book a session online", links.booking_url),
        "blog": ("Renée's Writings", links.blog_url),
        "trauma_touch": ("Trauma Touch Therapy™", links.trauma_touch_url),
        "contact": ("Contact page", links.contact_url),
    }
    if key == "contact":
        return contact_details(settings)
    label, url = lines[key]
    return f"{label}: {url}" if url else ""


def contact_details(settings: Settings) -> str:
    contact, links = settings.contact, settings.links
    ways = [
        f"email {contact.email}" if contact.email else "",
        f"phone {contact.phone}" if contact.phone else "",
        f"through the contact page {links.contact_url}" if links.contact_url else "",
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


def condition_answer(
    condition_ids: Sequence[str],
    kb: Knowledge,
    settings: Settings,
    scope: bool = False,
    cure: bool = False,
) -> Reply:
    """Answer for one or more listed conditions: group frame, specialty, next steps; with
    ``scope``, also that whether massage is right now is the healthcare provider's call;
    with ``cure`` (asked whether it cures), that Medical Massage is not medicine."""
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
            kb.facts["not_medicine" if cure else "disclaimer"],
            SCOPE_LINE if scope else "",
            _next_steps(settings),
        )
        if p
    )
    return Reply(text, buttons("booking", "blog", "another"))


def condition_note(condition_ids: Sequence[str], kb: Knowledge) -> str:
    """A short paragraph naming conditions as on the list, added to another answer."""
    conditions = [kb.condition(cid) for cid in dict.fromkeys(condition_ids)]
    if not conditions:
        return ""
    sentences = " ".join(_condition_sentence(c, kb) for c in conditions)
    return _join("On Renée's list of conditions:", sentences, *_specialty_notes(conditions, kb))


def condition_follow_up(condition_ids: Sequence[str], kb: Knowledge, settings: Settings) -> Reply:
    """A yes, a no or a detail told back right after a condition answer ("yes she sees a
    neurologist"): the conditions once more, and how to take it further with Renée."""
    text = "\n".join(
        p
        for p in (
            condition_note(condition_ids, kb),
            "Renée can talk through what would suit you. " + contact_details(settings),
            link_line("booking", settings),
        )
        if p
    )
    return Reply(text, buttons("booking", "another"))


def _next_steps(settings: Settings) -> str:
    lines = [link_line("booking", settings), link_line("blog", settings)]
    return "\n".join(line for line in lines if line)


def unlisted_answer(
    names: Sequence[str],
    kb: Knowledge,
    settings: Settings,
    scope: bool = False,
    suggest: bool = False,
    answered: Sequence[str] = (),
    after_the_list: bool = False,
    ruled_out: Sequence[str] = (),
) -> Reply:
    """Honest answer for a condition the page does not list (never another condition in
    its place: a related listed one is named as related, unless ``answered`` already);
    with ``scope``, also that whether massage is right now is the provider's call; with
    ``suggest`` (nothing matched, or only a body part that hurts), which condition it is;
    ``after_the_list``: the list's answer, just given, already said it is not exhaustive;
    ``ruled_out``: listed conditions the visitor said it is not, never named as related."""
    if names:
        intro = unlisted_intro(names, kb, [*answered, *ruled_out], not after_the_list)
    else:
        intro = _join(
            "I couldn't match that to one of the conditions on Renée's page.",
            kb.facts["list_not_exhaustive"],
        )
    text = "\n".join(
        part
        for part in (
            intro,
            ask_which_condition(kb).text if suggest else "",
            SCOPE_LINE if scope else "",
            "The best next step is to ask Renée about your situation. "
            + contact_details(settings),
            link_line("booking", settings),
        )
        if part
    )
    return Reply(text.strip(), buttons("contact", "booking", "conditions"))


def unlisted_intro(
    names: Sequence[str], kb: Knowledge, answered: Sequence[str] = (), not_exhaustive: bool = True
) -> str:
    # Names as the vocabulary writes them ("IT band syndrome"), not as recognised.
    written = written_unlisted_names()
    shown = _name_list([written.get(n, n) for n in dict.fromkeys(names)])
    shown = shown[:1].upper() + shown[1:]
    if len(set(names)) == 1:
        sentence = f"{shown} isn't one of the conditions Renée lists by name."
    else:
        sentence = f"{shown} aren't among the conditions Renée lists by name."
    note = kb.facts["list_not_exhaustive"] if not_exhaustive else ""
    return _join(sentence, note, _related_note(names, kb, answered))


def _related_note(names: Sequence[str], kb: Knowledge, answered: Sequence[str] = ()) -> str:
    """The listed conditions the vocabulary relates to unlisted ones ("dementia" ->
    Alzheimer's), as on the list; none already ``answered``."""
    related = related_conditions()
    known = {c.id for c in kb.conditions}
    ids = [
        cid
        for name in dict.fromkeys(names)
        for cid in related.get(name.lower(), ())
        if cid in known and cid not in answered
    ]
    conditions = [kb.condition(cid) for cid in dict.fromkeys(ids)]
    if not conditions:
        return ""
    lead = "A related condition is" if len(conditions) == 1 else "Related conditions are"
    return f"{lead} on Renée's list: " + " ".join(_condition_sentence(c, kb) for c in conditions)


def ask_which_condition(kb: Knowledge, scope: bool = False) -> Reply:
    """Which condition? With ``scope``, also that whether massage is right now is the
    healthcare provider's call ("is massage ok with my condition?")."""
    examples = _name_list([kb.condition(cid).name.lower() for cid in EXAMPLE_CONDITIONS])
    text = (
        "Happy to help you find out. Which condition or symptoms would you like massage "
        f"to help with? For example {examples}."
    )
    return Reply(f"{text}\n{SCOPE_LINE}" if scope else text, buttons("conditions"))


def conditions_overview(kb: Knowledge) -> str:
    lines = ["Renée's page lists these conditions, in three groups:"]
    for group in kb.groups.values():
        names = ", ".join(c.name for c in kb.conditions_in(group.id))
        lines.append(f"• {group.title}: {names}.")
    return "\n".join(lines)


# The knowledge file's facts that say who Renée is and how she trained.
THERAPIST_FACTS = ("therapist", "training")


def about_renee(kb: Knowledge, settings: Optional[Settings] = None) -> Reply:
    """What the page says about Renée; with ``settings``, also how to ask her the rest."""
    if settings is None:
        return Reply(kb.facts["therapist"])
    return Reply(
        _join(kb.facts["therapist"], "For anything else about her, ask her directly.")
        + "\n"
        + contact_details(settings),
        buttons("contact", "booking"),
    )


# --- FAQs -----------------------------------------------------------------------------


def faq_answer(
    topic_id: str,
    kb: Knowledge,
    settings: Settings,
    condition_ids: Sequence[str] = (),
    omit: Collection[str] = (),
) -> Reply:
    """The topic's answer; conditions the visitor named (or is asking about) follow it.
    The topic's own line leads, as the direct answer ("the page doesn't cover what to
    wear"), before the page's facts. ``omit``: fact keys a reply already gave (an answer
    beside another)."""
    topic = kb.faq[topic_id]
    parts = [conditions_overview(kb)] if topic.say_conditions else []
    parts.append(_join(topic.say, *(kb.facts[f] for f in topic.facts if f not in omit)))
    parts.append(condition_note(condition_ids, kb))
    parts.extend(link_line(key, settings) for key in topic.links)
    return Reply("\n".join(p for p in parts if p), buttons(*topic.next))


# --- safety, scope, people ------------------------------------------------------------


def crisis_reply(settings: Settings, language: str = "en", sure: bool = True) -> Reply:
    """Calm, short and nothing else: no booking, no buttons, no marketing.

    ``sure`` is False when only the classifier, unsure, read a crisis: the crisis line
    stays, and the visitor also hears what the bot can help with in case it misread.
    """
    crisis = settings.crisis
    if language == "es" and not sure:  # read by the learned model alone, unsure
        return Reply(
            "Puede que le haya entendido mal, así que por si acaso: si está pensando en el "
            f"suicidio o en hacerse daño, por favor, {crisis.crisis_line_es}, a cualquier hora "
            f"del día o de la noche; si está en peligro inmediato, llame al "
            f"{crisis.emergency_number}. Si no era eso, puedo responder (en inglés) a "
            "preguntas sobre el Medical Massage, las afecciones en las que puede ayudar y las "
            "citas, o ponerle en contacto con Renée."
        )
    if language == "es":
        return Reply(
            "Siento mucho que esté pasando por esto, y me alegra que lo haya dicho. Solo soy "
            "un asistente virtual, pero usted merece el apoyo de una persona ahora mismo. Por "
            f"favor, {crisis.crisis_line_es}, a cualquier hora del día o de la noche. Si está "
            f"en peligro inmediato, llame al {crisis.emergency_number}."
        )
    if not sure:
        return Reply(
            "I may have misread you, so just in case: if you are thinking about suicide or "
            f"hurting yourself, please {crisis.crisis_line}, any time of day or night; in "
            f"immediate danger, call {crisis.emergency_number}. Otherwise, I can answer "
            "questions about Medical Massage, the conditions it can help with, insurance, "
            "prescriptions and booking, or put you in touch with Renée."
        )
    return Reply(
        "I'm really sorry you're going through this, and I'm glad you said something. "
        "I'm only a virtual assistant, but you deserve support from a person right now. "
        f"Please {crisis.crisis_line}, any time of day or night. "
        f"If you are in immediate danger, call {crisis.emergency_number}."
    )


_WELCOME = {"en": "You're welcome! ", "es": "¡De nada! "}


def crisis_follow_up(
    settings: Settings,
    language: str = "en",
    leaving: bool = False,
    thanked: bool = False,
    reaching: bool = False,
) -> Reply:
    """The next message after the crisis line ("no I'm not ok", "I don't know who else to
    tell", "thanks"): the line once more, said plainly, whatever the message was read as;
    a leave-taking is taken leave of, a thanks answered. ``reaching``: the message says the
    line is being called or texted, asking nothing ("ok i'll text them"): it is not
    repeated."""
    crisis = settings.crisis
    welcome = _WELCOME.get(language, _WELCOME["en"]) if thanked else ""
    if reaching:
        return Reply(
            f"{welcome}Me alegra que se comunique con ellos. Cuídese mucho." if language == "es"
            else f"{welcome}I'm glad you're reaching out to them. Please take care of yourself."
        )
    if language == "es":
        opening = welcome + (
            "Cuídese mucho." if leaving
            else "Sigo aquí, pero no puedo darle la ayuda que puede darle una persona."
        )
        return Reply(
            f"{opening} Por favor, {crisis.crisis_line_es}: atienden a cualquier hora del día o "
            f"de la noche. Si está en peligro inmediato, llame al {crisis.emergency_number}."
        )
    opening = welcome + (
        "Please take care of yourself." if leaving
        else "I'm still here, but I can't give you the help a person can."
    )
    return Reply(
        f"{opening} Please {crisis.crisis_line}: they answer any time of day or night. "
        f"If you are in immediate danger, call {crisis.emergency_number}."
    )


def emergency_follow_up(
    settings: Settings,
    language: str = "en",
    leaving: bool = False,
    thanked: bool = False,
    coming: bool = False,
    also_crisis: bool = False,
    well: bool = False,
) -> Reply:
    """The next message after the emergency number ("what do i do", "should i just sleep it
    off", "thanks"): the number once more, whatever the message was read as; a thanks is
    answered, and one that says help is on its way or there, asking nothing ("ok ambulance
    is on the way thank you", "ok the ambulance is here, sorry", "ok calling"), needs the
    number no more, nor does word that the danger is past (``well``: "he coughed it up,
    he's ok"). ``also_crisis``: the answer before gave the crisis line too (an overdose
    taken), and so does this one."""
    number = settings.crisis.emergency_number
    welcome = _WELCOME.get(language, _WELCOME["en"]) if thanked else ""
    line = _also_the_line(settings, language) if also_crisis else ""
    if well:
        return Reply(
            f"{welcome}Me alegra saberlo. Cuídese mucho." if language == "es"
            else f"{welcome}I'm glad to hear it. Please take care."
        )
    if language == "es":
        if coming:
            return Reply(f"{welcome}Cuídese mucho; me alegra que la ayuda esté con usted o en camino.")
        if leaving:
            return Reply(
                f"{welcome}Cuídese mucho. Si sigue siendo una emergencia, llame al {number} (o a su "
                "número local de emergencias) ahora mismo." + line
            )
        return Reply(
            f"Por favor, llame al {number} (o a su número local de emergencias) ahora mismo. "
            "Solo soy un asistente virtual y no puedo ayudar en una emergencia; ellos sí." + line
        )
    if coming:
        return Reply(f"{welcome}Please take care; I'm glad help is with you or on its way.")
    if leaving:
        return Reply(
            f"{welcome}Please take care. If it is still an emergency, call {number} (or your local "
            "emergency number) right now." + line
        )
    return Reply(
        f"Please call {number} (or your local emergency number) right now. I'm only a virtual "
        "assistant and can't help in an emergency; they can." + line
    )


def emergency_reply(
    settings: Settings, also_crisis: bool = False, language: str = "en", sure: bool = True
) -> Reply:
    """``sure`` is False when only the learned model, unsure, read the emergency: the
    number stays, with a word that the bot may have misread."""
    crisis = settings.crisis
    if language == "es":
        if sure:
            text = (
                "Esto parece una emergencia médica. Por favor, llame al "
                f"{crisis.emergency_number} (o a su número local de emergencias) ahora mismo. "
                "Soy un asistente virtual y no puedo ayudar en emergencias."
            )
        else:
            text = (
                "Puede que le haya entendido mal, así que por si acaso: si es una emergencia "
                f"médica, llame al {crisis.emergency_number} (o a su número local de "
                "emergencias) ahora mismo."
            )
        return Reply(text + (_also_the_line(settings, language) if also_crisis else ""))
    if sure:
        text = (
            f"This sounds like it could be a medical emergency. Please call "
            f"{crisis.emergency_number} (or your local emergency number) right now. I'm a "
            "virtual assistant and can't help with emergencies."
        )
    else:
        text = (
            "I may have misread you, so just in case: if this is a medical emergency, call "
            f"{crisis.emergency_number} (or your local emergency number) right now."
        )
    if also_crisis:  # e.g. an overdose: both an emergency and a crisis
        text += _also_the_line(settings, language)
    return Reply(text)


def _also_the_line(settings: Settings, language: str = "en") -> str:
    """The crisis line said after the emergency number, when a message is both."""
    crisis = settings.crisis
    if language == "es":
        return f" Si está pensando en el suicidio o en hacerse daño: {crisis.crisis_line_es}, a cualquier hora."
    return f" You can also {crisis.crisis_line}, any time of day or night."


def medical_scope_reply(
    condition_ids: Sequence[str],
    kb: Knowledge,
    settings: Settings,
    unlisted: Sequence[str] = (),
) -> Reply:
    """Diagnosis, treatment plans, contraindications: the bot does not decide. A condition
    named (or asked about just before) is answered too: on the list, or honestly not."""
    conditions = [kb.condition(cid) for cid in dict.fromkeys(condition_ids)]
    if conditions:
        names = _name_list([c.name for c in conditions])
        verb = "is" if len(conditions) == 1 else "are"
        opening = _join(
            f"{names} {verb} on Renée's list of conditions Medical Massage can help with.",
            " ".join(_condition_sentence(c, kb) for c in conditions),
        )
    elif unlisted:
        opening = unlisted_intro(unlisted, kb)
    else:
        opening = "That's a question I can't answer for you."
    text = "\n".join(
        p
        for p in (
            _join(opening, kb.facts["disclaimer"]),
            SCOPE_LINE,
            _join(*_specialty_notes(conditions, kb)),
            contact_details(settings),
        )
        if p
    )
    return Reply(text, buttons("contact", "booking") if conditions else buttons("contact"))


def contact_reply(settings: Settings) -> Reply:
    response_time = settings.contact.response_time
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


def booking_detail_reply(kb: Knowledge, settings: Settings) -> Reply:
    """A name or a time given as if the assistant books: it cannot, so the way to book."""
    answer = faq_answer("booking", kb, settings)
    return Reply(
        "I can't make or look up bookings myself, so I can't take a name or a time here.\n"
        + answer.text,
        answer.buttons,
    )


def repeat_closing(settings: Settings) -> Reply:
    """After the last answer said again ("simpler please"): its words are the page's, so
    the plainer telling is Renée's."""
    return Reply("If any of that is still unclear, Renée is happy to explain. " + contact_details(settings))


def nothing_to_repeat(settings: Settings) -> Reply:
    """"Say that again" before anything was answered."""
    return Reply(
        "I haven't answered anything yet. I can tell you about Medical Massage, the conditions "
        "it can help with, insurance, prescriptions and booking. What would you like to know?",
        buttons("conditions", "what_is", "booking"),
    )


def fallback_reply(
    failures_in_a_row: int,
    settings: Settings,
    topics: Sequence[str] = (),
    about: Sequence[str] = (),
    kb: Optional[Knowledge] = None,
) -> Reply:
    """Unsure: offer the likely ``topics`` (intents) as buttons, and restate what the
    conversation's conditions (``about``) call for; after a second miss in a row, hand
    over to a person instead of looping."""
    if failures_in_a_row >= 2:
        return Reply(
            "I'm sorry, I'm not getting it. Renée can answer you directly. "
            + contact_details(settings),
            buttons("contact", "booking"),
        )
    if about and kb is not None:  # mid-conversation about a condition: stay on it
        names = _name_list([kb.condition(cid).name for cid in dict.fromkeys(about)])
        text = "\n".join(
            (
                f"Sorry, I'm not sure I understood. If it's about {names}:",
                condition_note(about, kb),
                SCOPE_LINE,
                "Or did you mean one of these?" if topics else contact_details(settings),
            )
        )
        return Reply(text, topic_buttons(topics, "contact"))
    if topics:
        return Reply(
            "Sorry, I'm not sure I understood. Did you mean one of these? You can also say "
            "it another way.",
            topic_buttons(topics, "contact"),
        )
    return Reply(
        "Sorry, I didn't quite understand. Could you say it another way? I can answer "
        "questions about Medical Massage, the conditions it can help with, insurance, "
        "prescriptions and booking, or put you in touch with Renée.",
        buttons("conditions", "contact"),
    )


# "I answer in English" in the visitor's language; contact details follow in each.
LANGUAGE_NOTICES: Dict[str, str] = {
    "es": "Lo siento, solo puedo responder en inglés. Puede escribir a Renée directamente:",
    "fr": "Désolé, je ne peux répondre qu'en anglais. Vous pouvez écrire directement à Renée :",
    "de": "Entschuldigung, ich kann nur auf Englisch antworten. Sie können Renée direkt "
    "schreiben:",
    "pt": "Desculpe, só consigo responder em inglês. Pode escrever diretamente para a Renée:",
    "it": "Mi dispiace, posso rispondere solo in inglese. Può scrivere direttamente a Renée:",
    "nl": "Sorry, ik kan alleen in het Engels antwoorden. U kunt Renée rechtstreeks schrijven:",
    "pl": "Przepraszam, mogę odpowiadać tylko po angielsku. Można napisać bezpośrednio do "
    "Renée:",
    "ro": "Îmi pare rău, pot răspunde doar în engleză. Îi puteți scrie direct lui Renée:",
    "el": "Λυπάμαι, μπορώ να απαντήσω μόνο στα αγγλικά. Μπορείτε να γράψετε απευθείας στη Renée:",
    "hi": "क्षमा करें, मैं केवल अंग्रेज़ी में उत्तर दे सकता हूँ। आप सीधे Renée को लिख सकते हैं:",
    "uk": "Вибачте, я можу відповідати лише англійською. Ви можете написати Renée напряму:",
}


def language_notice(
    language: Optional[str], settings: Settings, safety_net: bool = False
) -> Reply:
    """For a message in a language the bot does not speak: the notice in that language
    where there is one, then in English, with the ways to reach Renée. ``safety_net``
    adds the emergency and crisis numbers, for languages the safety detector cannot read;
    a Spanish notice always has them, in Spanish."""
    contact, links, crisis = settings.contact, settings.links, settings.crisis
    ways = [contact.email, contact.phone, links.contact_url]
    ways_text = ", ".join(str(w) for w in ways if w)
    english = (
        "Sorry, I can only answer in English. You can ask me your question in English, or "
        "reach Renée directly. " + contact_details(settings)
    )
    notice = LANGUAGE_NOTICES.get(language or "")
    text = f"{notice} {ways_text}\n{english}" if notice and ways_text else english
    if language == "es":  # the rules read Spanish safety wording, but not all of it
        text += (
            f"\nEn una emergencia, llame al {crisis.emergency_number}. Si piensa en el "
            f"suicidio o en hacerse daño, {crisis.crisis_line_es}."
        )
    elif safety_net:
        text += (
            f"\nIn an emergency, call {crisis.emergency_number}. If you are thinking "
            f"about suicide or hurting yourself, please {crisis.crisis_line}."
        )
    return Reply(text, buttons("contact"))


def shortened_note(max_chars: int) -> str:
    """Said before the answer when a visitor's message was cut to ``max_chars``."""
    return (
        f"Your message was long, so I read only its first {max_chars:,} characters. "
        "If something important came later, please send it in a shorter message."
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


# domain.yml's utter_iamabot opens with it too.
BOT_IDENTITY = "I'm a virtual assistant for Renée's Medical Massage practice, not a person."
# Messaging apps carry a message before the practice stores it.
APPS = "text, WhatsApp, Messenger, Telegram or Slack"
WHO_READS = "Renée reads these conversations to improve my answers."


def privacy_answer(settings: Settings) -> Reply:
    """What happens to a conversation: who reads it, how long it is kept, how to have it
    deleted; only what the settings make true."""
    privacy = settings.privacy
    text = "\n".join(
        p
        for p in (
            BOT_IDENTITY,
            f"{WHO_READS} They are kept for {privacy.retention_days} days, then deleted.",
            f"Email addresses and phone numbers in them are stored as {EMAIL_TOKEN} and {PHONE_TOKEN}."
            if privacy.redact_contact_details
            else "",
            "To have yours deleted sooner, just ask her. " + contact_details(settings),
            f"A message sent by {APPS} also passes through that service.",
        )
        if p
    )
    return Reply(text, buttons("contact"))


def privacy_notice(settings: Settings) -> Reply:
    days = settings.privacy.retention_days
    return Reply(
        "Hi, I'm the virtual assistant of Renée's Medical Massage practice, not a medical "
        f"provider. Conversations are kept for {days} days to improve my answers, so please "
        "don't share details you'd rather not have stored."
    )
