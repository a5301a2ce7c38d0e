"""Crisis, emergencies, medical scope and reaching a person."""

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import _turn
from actions._also import answer_named_conditions, answer_the_rest, greet_back
from actions._reply import send
from chatbot import action_names
from chatbot.nlu import dialogue, other_languages
from chatbot.practice import wording
from chatbot.practice.knowledge import knowledge
from chatbot.practice.settings import settings

LEAVING = frozenset({"thank", "goodbye", "thank_and_goodbye"})
THANKS = frozenset({"thank", "thank_and_goodbye"})


class ActionCrisisResponse(Action):
    def name(self) -> Text:
        return action_names.CRISIS

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        confidence = (tracker.latest_message.get("intent") or {}).get("confidence") or 0.0
        rule = tracker.latest_message.get(dialogue.SAFETY_RULE_KEY)
        if _turn.after_a_sure_crisis_line(tracker) and _guessed(tracker) and _reaching(tracker):
            send(dispatcher, crisis_follow_up(tracker))  # "ok i'll text them", guessed a crisis
            return []
        # A guess right after a sure crisis answer is the same crisis ("she's next to me
        # right now"): as sure as the answer before it.
        sure = _turn.after_a_sure_crisis_line(tracker) or (
            rule != dialogue.LEARNED_MODEL_UNSURE_RULE
            and (bool(rule) or confidence >= dialogue.SURE_CRISIS_CONFIDENCE)
        )
        send(dispatcher, wording.crisis_reply(settings(), _turn.safety_language(tracker), sure))
        if sure:
            _say_it_answers_in_english(dispatcher, tracker)
        given = [SlotSet(_turn.CRISIS_LINE_GIVEN, sure)]
        # The English recogniser and classifier cannot tell what another language names.
        if sure or _turn.language(tracker):
            return given
        # A guess may have misread an ordinary message ("slept wrong and now I can't turn
        # my head"): the crisis line stays, and what the message names is answered too,
        # without buttons to book beside it.
        kb = knowledge()
        named = answer_named_conditions(dispatcher, tracker)
        if named:
            return given + [SlotSet(_turn.CONDITION, named)]
        # ... the topic it names outright first ("do I have to be totally naked"), else the
        # classifier's next guess.
        named_topics = [t for t in dialogue.topics_named(_turn.text(tracker)) if t in kb.faq]
        ranking = tracker.latest_message.get("intent_ranking") or []
        topic = named_topics[0] if named_topics else dialogue.second_topic(ranking, "crisis", kb.faq)
        if topic:
            send(dispatcher, wording.Reply(wording.faq_answer(topic, kb, settings()).text))
        return given


class ActionCrisisFollowUp(Action):
    """The message after a sure crisis answer, read as small talk or not placed ("no I'm not
    ok", "I don't know who else to tell", "thanks"; data/rules.yml): the line once more,
    then the conversation goes on."""

    def name(self) -> Text:
        return action_names.CRISIS_FOLLOW_UP

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        intent = _turn.intent(tracker)
        send(
            dispatcher,
            wording.crisis_follow_up(
                settings(), _turn.safety_language(tracker), intent in LEAVING, intent in THANKS,
                reaching=_reaching(tracker),
            ),
        )
        return []


def _say_it_answers_in_english(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """After a sure safety answer in English to a message in a language it is not worded
    in ("Je veux mourir"), the notice in that language, without its contact button (the
    answer is the line alone): what came before was English. An unsure answer already
    says what the bot is and how to reach Renée."""
    language = _turn.language(tracker)
    if language and _turn.safety_language(tracker) != language:
        send(dispatcher, wording.Reply(wording.language_notice(language, settings()).text))


def crisis_follow_up(tracker: Tracker) -> wording.Reply:
    return wording.crisis_follow_up(
        settings(), _turn.safety_language(tracker), reaching=_reaching(tracker)
    )


def _reaching(tracker: Tracker) -> bool:
    """Word that the line is being called or texted, asking nothing and taking nothing back
    ("ok i'll text them"; not "they're coming to get me": help said to come is no call)."""
    said = _turn.text(tracker)
    return dialogue.calling_the_number(said) and dialogue.told_plainly(said)


def _guessed(tracker: Tracker) -> bool:
    """Read as a crisis or an emergency by a learned guess alone, no rule of the detector
    firing: right after the line or the number, word that it is being called or that help
    is there gets the follow-up, not the whole answer again."""
    rule = tracker.latest_message.get(dialogue.SAFETY_RULE_KEY)
    return rule in (None, dialogue.LEARNED_MODEL_RULE, dialogue.LEARNED_MODEL_UNSURE_RULE)


def acting_on_it(said: Text) -> bool:
    """Word that the number is being called or help is there, asking nothing and taking
    nothing back ("ok ok calling"; not "ambulance is coming but she looks worse")."""
    return dialogue.help_is_coming(said) and dialogue.told_plainly(said)


def still_about_the_crisis(tracker: Tracker) -> bool:
    """A few words right after a sure crisis answer, guessed as a topic they neither name
    nor ask about ("no one ever does", "he's sitting in his car outside his house", "i have
    my meds saved up"): the line once more, as after small talk (data/rules.yml). A
    practice question, or one naming a condition, is answered."""
    return (
        _turn.after_a_sure_crisis_line(tracker)
        and not _turn.clicked(tracker)
        and dialogue.still_about_the_crisis(_turn.text(tracker))
        and not _turn.names_any_condition(tracker)
    )


def told_of_the_crisis(tracker: Tracker) -> bool:
    """A few words right after a sure crisis answer that tell of a condition, asking nothing
    ("he's 77, my mom died in may"), or words said right after the line: about the crisis
    too; the line comes before the answer."""
    said = _turn.text(tracker)
    return said_after_the_line(tracker) or (
        _turn.after_a_sure_crisis_line(tracker)
        and not _turn.clicked(tracker)
        and not dialogue.is_question(said)
        and dialogue.still_about_the_emergency(said)
        and _turn.names_any_condition(tracker)
    )


def said_after_the_line(tracker: Tracker) -> bool:
    """Words about the line, or a few words asking nothing right after the sure crisis
    answer itself ("she lives 2 hours away", read as hours; once, not after the line said
    again): the line once more before the answer."""
    return speaks_of_the_line(tracker) or (
        _turn.right_after_the_sure_crisis_answer(tracker)
        and not _turn.clicked(tracker)
        and dialogue.tells_more_of_the_crisis(_turn.text(tracker))
    )


def speaks_of_the_line(tracker: Tracker) -> bool:
    """Words about the line right after a sure crisis answer ("no i don't want a hotline, i
    want a massage appointment"): the line once more before the answer."""
    return (
        _turn.after_a_sure_crisis_line(tracker)
        and not _turn.clicked(tracker)
        and dialogue.speaks_of_the_line(_turn.text(tracker))
    )


class ActionEmergencyResponse(Action):
    def name(self) -> Text:
        return action_names.EMERGENCY

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        if _turn.after_a_sure_emergency_number(tracker) and _guessed(tracker) and (
            acting_on_it(_turn.text(tracker)) or _all_well(tracker)
        ):
            send(dispatcher, emergency_follow_up(tracker))  # "ambulance is here", guessed
            return []
        # The safety detector ranks crisis at 1.0 too when a message is both; right after
        # the crisis line, given alone or beside the number, the emergency is the crisis's
        # too ("i've been self harming again" then "its still bleeding a lot and wont stop").
        also_crisis = (
            _turn.after_a_sure_crisis_line(tracker)
            or _turn.line_given_just_before(tracker)
            or any(
                r.get("name") == "crisis" and r.get("confidence", 0) >= 1.0
                for r in tracker.latest_message.get("intent_ranking") or []
            )
        )
        rule = tracker.latest_message.get(dialogue.SAFETY_RULE_KEY)
        sure = rule != dialogue.LEARNED_MODEL_UNSURE_RULE
        reply = wording.emergency_reply(
            settings(), also_crisis, _turn.safety_language(tracker), sure
        )
        send(dispatcher, reply)
        if sure:
            _say_it_answers_in_english(dispatcher, tracker)
        return [SlotSet(_turn.EMERGENCY_NUMBER_GIVEN, sure)]


class ActionEmergencyFollowUp(Action):
    """The message after a sure emergency answer, read as small talk or not placed ("thanks",
    "its getting harder to breathe"; data/rules.yml): the number once more."""

    def name(self) -> Text:
        return action_names.EMERGENCY_FOLLOW_UP

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        send(dispatcher, emergency_follow_up(tracker))
        return []


def emergency_follow_up(tracker: Tracker) -> wording.Reply:
    intent = _turn.intent(tracker)
    said = _turn.text(tracker)
    return wording.emergency_follow_up(
        settings(), _turn.safety_language(tracker), intent in LEAVING, intent in THANKS,
        acting_on_it(said), also_crisis=_turn.line_given_just_before(tracker),
        well=_all_well(tracker),
    )


def _all_well(tracker: Tracker) -> bool:
    """Word that the danger is past, asking nothing and taking nothing back ("he coughed it
    up, he's ok"; not "she's ok I think but so pale"), after no overdose (the crisis line
    given beside the number stays)."""
    said = _turn.text(tracker)
    return (
        dialogue.all_is_well(said)
        and dialogue.told_plainly(said)
        and not _turn.line_given_just_before(tracker)
    )


def still_about_the_emergency(tracker: Tracker) -> bool:
    """A few words right after a sure emergency answer that name no practice topic and no
    condition ("what do i do", "should i just sleep it off", "someones calling, should i do
    cpr"): about the emergency, whatever they were read as."""
    return (
        _turn.after_a_sure_emergency_number(tracker)
        and not _turn.clicked(tracker)
        and dialogue.still_about_the_emergency(_turn.text(tracker))
        and not _turn.names_any_condition(tracker)
    )


def told_of_the_emergency(tracker: Tracker) -> bool:
    """A few words right after a sure emergency answer that tell of a condition ("he has
    heart disease", "she has epilepsy but it never lasts this long") or ask whether it
    matters now ("he has heart disease, does that matter??"): about the emergency too; the
    number comes before the answer."""
    said = _turn.text(tracker)
    return (
        _turn.after_a_sure_emergency_number(tracker)
        and not _turn.clicked(tracker)
        and not dialogue.asks_of_the_practice(said)
        and not dialogue.calls_the_emergency_off(said)
        and dialogue.still_about_the_emergency(said)
    )


class ActionMedicalScope(Action):
    def name(self) -> Text:
        return action_names.MEDICAL_SCOPE

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        if still_about_the_emergency(tracker):
            send(dispatcher, emergency_follow_up(tracker))
            return []
        if still_about_the_crisis(tracker):  # "idk why I'm writing to a massage place"
            send(dispatcher, crisis_follow_up(tracker))
            return []
        greet_back(dispatcher, tracker)
        intent = _turn.intent(tracker)
        named = _turn.named_conditions(tracker)
        unlisted = _turn.entity_values(tracker, _turn.UNLISTED)
        said = _turn.text(tracker)
        earlier = [] if unlisted else _turn.remembered(tracker, _turn.CONDITION)
        conditions = _turn.conditions_for_turn(tracker, named, earlier)
        unlisted = _turn.unlisted_beside(tracker, conditions)
        if not (conditions or unlisted):  # "is that safe?" after an unlisted condition
            earlier_unlisted = _turn.remembered(tracker, _turn.UNLISTED)
            unlisted = dialogue.conditions_for_turn([], earlier_unlisted, intent, said)
        reply = wording.medical_scope_reply(conditions, knowledge(), settings(), unlisted)
        send(dispatcher, reply)
        # "can she diagnose my back?" also gets what the page says about diagnosing.
        answer_the_rest(dispatcher, tracker, named_only=not conditions, conditions=conditions)
        if not (conditions or unlisted):
            return []
        return [SlotSet(_turn.CONDITION, conditions or None),
                SlotSet(_turn.UNLISTED, unlisted or None)]  # fmt: skip


class ActionContactTherapist(Action):
    def name(self) -> Text:
        return action_names.CONTACT_THERAPIST

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        # "someones calling, should i do cpr" right after the emergency number: the number
        # first, then her contact, as asked.
        if still_about_the_emergency(tracker):
            send(dispatcher, emergency_follow_up(tracker))
        greet_back(dispatcher, tracker)
        # "i don't know who to call" right after the crisis line: the line first, as the
        # people to call; Renée's contact after it, as asked. A question about reaching her
        # ("can I talk to her on the phone first?"), or one naming a condition, gets her
        # contact alone.
        if (
            not _turn.clicked(tracker)
            and dialogue.wants_someone_after_the_crisis(_turn.text(tracker))
            and not _turn.names_any_condition(tracker)
            and _turn.after_a_sure_crisis_line(tracker)
        ):
            send(dispatcher, crisis_follow_up(tracker))
        # "Can I send my client with golfer's elbow to Renée?": the condition is answered
        # before the way to reach her.
        named = answer_named_conditions(dispatcher, tracker)
        send(dispatcher, wording.contact_reply(settings()))
        return [SlotSet(_turn.CONDITION, named)] if named else []


class ActionLanguageNotice(Action):
    """A message in a language the bot does not speak: say so, in that language, then
    answer in English what it names (a listed condition, with the scope line; a question
    topic), in its language's words or in English ones ("Désolée, je parle un peu
    anglais. Do you do massage for pregnant women?")."""

    def name(self) -> Text:
        return action_names.LANGUAGE_NOTICE

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        language = _turn.language(tracker)
        unread = language not in dialogue.SAFETY_LANGUAGES
        kb = knowledge()
        text = _turn.text(tracker)
        greet_back(dispatcher, tracker)  # "Bonjour !": "Hello!", then the notice
        send(dispatcher, wording.language_notice(language, settings(), safety_net=unread))
        named = other_languages.find(text, language, kb)
        conditions = list(dict.fromkeys([*named.conditions, *_turn.conditions_as_written(tracker)]))
        # Unread, the message may ask whether massage is safe: the scope reply, never "Yes".
        if conditions:
            send(dispatcher, wording.medical_scope_reply(conditions, kb, settings()))
        for topic in named.topics:
            send(dispatcher, wording.faq_answer(topic, kb, settings()))
        return [SlotSet(_turn.CONDITION, conditions)] if conditions else []
