"""A message in a language the bot does not speak: what it names, from the knowledge file."""

import pytest

from chatbot.nlu.other_languages import (
    MAX_TOPICS,
    Named,
    courtesies,
    find,
    greeting_language,
    greets,
)
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
        ("qu’est-ce que le massage médical ?", "fr", (), ("what_is",)),  # a phone's apostrophe
        ("estrés post traumático", "es", ("ptsd",), ()),  # a space for the hyphen
        ("¿necesito receta para el masaje?", "es", (), ("prescription",)),
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
        # Words with an everyday sense too name nothing alone.
        ("Meine Mutter sucht eine Massage", "de"),  # "looks for", not addiction
        ("kann ich per Überweisung bezahlen?", "de"),  # a bank transfer
        ("Schädel-Hirn-Trauma vor zwei Jahren", "de"),  # a head injury
        ("j'ai des brûlures d'estomac", "fr"),  # heartburn
        ("j'ai une enceinte pour la musique", "fr"),  # a loudspeaker
        ("tengo una receta de galletas", "es"),  # a recipe
        ("tengo un tumor benigno", "es"),
        ("lavoro alle dipendenze di un'azienda", "it"),  # employed
        ("quanto e como funciona?", "pt"),
    ],
)
def test_nothing_is_named_outside_the_words_of_the_language(text, language):
    named = find(text, language, knowledge())
    assert not named and named == Named()


def test_a_message_naming_many_topics_is_answered_for_the_first_two():
    assert MAX_TOPICS == 2
    named = find("precio, horario, ubicación, seguro médico y receta médica", "es", knowledge())
    assert named.topics == ("price", "hours")


@pytest.mark.parametrize(
    "text, code",
    [("Hola", "es"), ("Bom dia!", "pt"), ("Bonjour !", "fr"), ("Guten Tag", "de"),
     ("Buongiorno", "it"), ("Xin chào chị", "vi"), ("Magandang umaga po", "tl"),
     ("buenas tardes Renée", "es"),
     ("Olá, tudo bem?", "pt"),
     # English, or more than a greeting: the detector's to tell
     ("hello", None), ("hola, how much is it?", None), ("Hola folks", None),
     ("buenas noches, tengo una pregunta", None),
     # greetings English visitors use, farewells, and words that only start like one
     ("Ciao!", None), ("Chao!", None), ("Hallo", None), ("salve recommendations?", None),
     ("Chaos!", None), ("moins", None)],
)  # fmt: skip
def test_a_greeting_alone_is_its_language(text, code):
    assert greeting_language(text, knowledge()) == code


def test_a_message_opening_with_its_languages_greeting_greets():
    kb = knowledge()
    assert greets("Guten Tag, sprechen Sie Deutsch?", "de", kb)
    assert not greets("Sprechen Sie Deutsch?", "de", kb)
    assert not greets("Hola", "fr", kb)  # another language's greeting


@pytest.mark.parametrize(
    "text, kinds",
    [("Gracias!", {"thanks"}), ("Muito obrigada, Renée!!", {"thanks"}),
     ("danke schön", {"thanks"}), ("Cám ơn", {"thanks"}), ("maraming salamat po", {"thanks"}),
     ("Merci, au revoir !", {"thanks", "goodbyes"}), ("tạm biệt", {"goodbyes"}),
     ("谢谢", {"thanks"}), ("Спасибо!", {"thanks"}),
     # an English word beside: both said; alone, the classifier's
     ("gracias! bye", {"thanks", "goodbyes"}), ("grazie, ciao", {"thanks", "goodbyes"}),
     ("ciao", set()), ("thanks bye", set()),
     # English, more than a courtesy, or two languages' words
     ("thanks", set()), ("gracias, ¿y los precios?", set()), ("hola", set()),
     ("gracias por la cita de mañana", set()), ("merci grazie", set()), ("Renée", set()),
     ("", set()), (None, set())],
)  # fmt: skip
def test_a_message_of_only_thanks_and_goodbyes_says_so(text, kinds):
    assert courtesies(text, knowledge()) == kinds
