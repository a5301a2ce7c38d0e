"""A message in a language the bot does not speak: what it names, from the knowledge file."""

import pytest

from chatbot.nlu.other_languages import MAX_TOPICS, Named, find
from chatbot.practice.knowledge import knowledge


@pytest.mark.parametrize(
    "text, language, conditions, topics",
    [
        ("Tengo FIBROMIALGIA y mucha ansiedad", "es", ("fibromyalgia", "anxiety"), ()),
        ("¿Cuánto cuesta una sesión?", "es", (), ("price",)),
        ("cuanto cuesta? aceptan seguro medico?", "es", (), ("price", "insurance")),
        ("necesito una cita para el sábado", "es", (), ("booking",)),
        ("Mi madre tiene migrañas", "es", ("migraine",), ()),  # a plural
        ("Olá, vocês fazem drenagem linfática?", "pt", ("lymphedema_lipedema",), ()),
        ("Hallo, ich habe Migräne. Was kostet es?", "de", ("migraine",), ("price",)),
        ("Combien de séances pour une sciatique ?", "fr", ("sciatic_pain",), ("sessions",)),
        ("Sono incinta, quanto costa?", "it", ("pregnancy",), ("price",)),
    ],
)
def test_conditions_and_topics_are_found_in_the_messages_language(
    text, language, conditions, topics
):
    assert find(text, language, knowledge()) == Named(conditions, topics)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Grazie, prego", "it"),  # "you're welcome", not the English "prego" (pregnant)
        ("no estoy seguro de nada", "es"),  # "sure", not insurance
        ("la cirugía estética de mi vecina", "ru"),  # no words for Russian
        ("ciática", None),
        ("", "es"),
        (None, "es"),
        ("artritisss y autistamente", "es"),  # whole words only
    ],
)
def test_nothing_is_named_outside_the_words_of_the_language(text, language):
    named = find(text, language, knowledge())
    assert not named and named == Named()


def test_a_message_naming_many_topics_is_answered_for_the_first_ones():
    named = find("precio, horario, dirección, seguro médico y receta", "es", knowledge())
    assert named.topics == ("price", "hours", "location")[:MAX_TOPICS]
