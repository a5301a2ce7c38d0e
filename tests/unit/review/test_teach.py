""" "Teach the bot": which messages get a correction form, the corrections table, the NLU
YAML export (read back by Rasa's own loader) and the CLI. The web form over HTTP (CSRF):
tests/e2e/review/test_teach.py."""

from __future__ import annotations

from chatbot.review import cli, teach
from chatbot.review.store import Store
from tests.conversations import action, bot_says, user, write_conversation
from tests.e2e.review.test_web import Client, served  # noqa: F401  (module-scoped fixture)


def load_nlu(text: str, tmp_path):
    from rasa.shared.nlu.training_data.loading import load_data

    path = tmp_path / "corrections.yml"
    path.write_text(text, encoding="utf-8")
    return load_data(str(path))


def examples(data) -> dict:
    return {
        (m.get("text"), m.get("intent")): m.get("entities") or [] for m in data.training_examples
    }


def test_domain_intents_and_conditions():
    names = teach.intents()
    assert "ask_condition" in names and "faq_price" in names and "nlu_fallback" not in names
    assert "sciatic_pain" in {cid for cid, _ in teach.conditions()}


def test_teachable_messages(sqlite_url):
    write_conversation(
        sqlite_url,
        "c",
        [
            user("asdf", "nlu_fallback", 0.3),
            user("how much?", "faq_price", 0.55),
            user("opening hours", "faq_hours", 0.95),
            user("blorp", "greet", 0.9),
            action("action_fallback"),
            bot_says("Sorry?"),
            user("sciatica?", "ask_condition", 0.6),
        ],
    )
    events = Store(sqlite_url).events("c")
    ids = teach.teachable(events)
    texts = {e["text"] for e in events if e.get("_id") in ids}
    assert texts == {"asdf", "how much?", "blorp"}


def test_annotation_only_when_the_condition_is_named():
    terms = teach.condition_terms()
    assert (
        teach.annotate("Can you help my SCIATICA?", "sciatic_pain", terms)
        == 'Can you help my [SCIATICA]{"entity": "condition", "value": "sciatic_pain"}?'
    )
    assert teach.annotate("it hurts a lot", "sciatic_pain", terms) == "it hurts a lot"
    assert teach.annotate("[x](y) text", None, terms) == "(x)(y) text"


def test_store_export_and_rasa_loads_it(sqlite_url, tmp_path):
    store = Store(sqlite_url)
    assert store.corrections() == [] and "nlu: []" in teach.nlu_yaml([])
    store.set_correction("a", 1, "does it help my sciatica", "ask_condition", "sciatic_pain")
    store.set_correction("a", 2, "what does it cost", "greet", None)
    store.set_correction("a", 2, "what does it cost", "faq_price", "")  # replaces
    store.set_correction("b", 7, "my leg hurts", "ask_condition", "sciatic_pain")
    assert len(store.corrections()) == 3 and len(store.corrections("a")) == 2
    text = teach.nlu_yaml(store.corrections())
    assert text.startswith('version: "3.1"')
    found = examples(load_nlu(text, tmp_path))
    assert set(found) == {
        ("does it help my sciatica", "ask_condition"),
        ("what does it cost", "faq_price"),
        ("my leg hurts", "ask_condition"),
    }
    [entity] = found[("does it help my sciatica", "ask_condition")]
    assert (entity["entity"], entity["value"], entity["start"]) == ("condition", "sciatic_pain", 16)
    assert found[("my leg hurts", "ask_condition")] == []


def test_deleting_a_conversation_deletes_its_corrections(sqlite_url):
    write_conversation(sqlite_url, "gone", [user("asdf", "nlu_fallback", 0.1)])
    store = Store(sqlite_url)
    store.set_correction("gone", store.events("gone")[-1]["_id"], "asdf", "greet", None)
    store.set_correction("kept", 1, "hello", "greet", None)
    store.delete("gone")
    assert [row["sender_id"] for row in store.corrections()] == ["kept"]


def test_cli_corrections(sqlite_url, tmp_path, capsys):
    Store(sqlite_url).set_correction("a", 1, "hi there", "greet", None)
    out = tmp_path / "out.yml"
    assert cli.main(["--db", sqlite_url, "corrections", "-o", str(out)]) == 0
    assert "1 correction(s)" in capsys.readouterr().err
    assert set(examples(load_nlu(out.read_text(), tmp_path))) == {("hi there", "greet")}
