"""Loads the practice knowledge file (``knowledge.yml``), the one source of facts.

The file is found beside this module; ``CHATBOT_KNOWLEDGE`` may point elsewhere.
Loading validates the shape so that a broken edit fails at start-up, not mid-chat.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

import yaml

from chatbot.folding import fold
from chatbot.practice.file_backed import FileBacked

DEFAULT_PATH = Path(__file__).parent / "knowledge.yml"
# Conditions the page does not list (chatbot.nlu.condition_terms reads them).
UNLISTED_PATH = Path(__file__).parent / "unlisted_conditions.yml"


class KnowledgeError(ValueError):
    """The knowledge file is missing something the assistant relies on."""


@dataclass(frozen=True)
class Group:
    id: str
    title: str
    frame: str


@dataclass(frozen=True)
class Specialty:
    id: str
    name: str
    note: str
    # Other words visitors use for the service ("MLD", "lymphatic drainage").
    aliases: Tuple[str, ...] = ()


@dataclass(frozen=True)
class Counted:
    units: Tuple[str, ...]
    low: int
    high: int

    def names(self, number: int, unit: str) -> bool:
        return self.low <= number <= self.high and unit.lower() in self.units


@dataclass(frozen=True)
class Condition:
    id: str
    name: str
    group: str
    aliases: Tuple[str, ...] = ()
    specialty: Optional[str] = None
    # Look-alikes (`not` in the file): phrases that contain or resemble a term but do
    # not name this condition ("cubital tunnel", "abused my knees").
    not_terms: Tuple[str, ...] = ()
    # (`operations` in the file) Another condition's terms that name this one too:
    # (condition id, phrases), e.g. ("cancer", ("mastectomy",)) for surgery recovery.
    operations: Tuple[Tuple[str, Tuple[str, ...]], ...] = ()
    # (`counted` in the file) A number of a unit that names this condition when said of
    # someone now ("I'm 38 weeks", "34 wks, lower back"): pregnancy's weeks.
    counted: Optional[Counted] = None

    @property
    def terms(self) -> Tuple[str, ...]:
        """Every surface form that names this condition: the name first."""
        parts = []
        if "/" in self.name:
            # The parts may share a head: "Tennis/golfer's elbow" names "Tennis elbow",
            # not "Tennis" (which would make "I play tennis" a condition).
            *firsts, last = self.name.split("/")
            head = last.split()[1:]
            parts = [" ".join([p, *head]) if len(p.split()) == 1 else p for p in firsts] + [last]
        return tuple(dict.fromkeys([self.name, *parts, *self.aliases]))


@dataclass(frozen=True)
class FaqTopic:
    id: str
    facts: Tuple[str, ...] = ()
    say: str = ""
    links: Tuple[str, ...] = ()
    next: Tuple[str, ...] = ()
    say_conditions: bool = False

    @property
    def says(self) -> Tuple[str, ...]:
        """What the answer says, as keys: its facts, and its own line if it has one (an
        answer whose facts another gave still has that line to add)."""
        return self.facts + ((f"{self.id}:say",) if self.say else ())


@dataclass(frozen=True, eq=False)  # hashed by identity: compiled once per loaded file
class OtherLanguage:
    """Words of a language the bot does not speak for what it can answer in English."""

    conditions: Dict[str, Tuple[str, ...]] = field(default_factory=dict)  # by condition id
    faq: Dict[str, Tuple[str, ...]] = field(default_factory=dict)  # by FAQ topic id
    greetings: Tuple[str, ...] = ()  # "hola", "bom dia": a greeting alone is that language
    thanks: Tuple[str, ...] = ()  # "gracias", "obrigada": a thanks alone is answered
    goodbyes: Tuple[str, ...] = ()  # "adiós", "tchau": likewise


@dataclass(frozen=True)
class Knowledge:
    therapist: Dict[str, str]
    facts: Dict[str, str]
    groups: Dict[str, Group]
    specialties: Dict[str, Specialty]
    conditions: Tuple[Condition, ...]
    faq: Dict[str, FaqTopic] = field(default_factory=dict)
    # By ISO 639-1 code (knowledge.yml's `other_languages`).
    other_languages: Dict[str, OtherLanguage] = field(default_factory=dict)

    def condition(self, condition_id: str) -> Condition:
        for condition in self.conditions:
            if condition.id == condition_id:
                return condition
        raise KeyError(condition_id)

    def conditions_in(self, group_id: str) -> List[Condition]:
        return [c for c in self.conditions if c.group == group_id]

    def specialties_of(self, condition_ids: Iterable[str]) -> List[str]:
        """The specialties the page ties to these conditions, once each, in order."""
        by_id = {c.id: c.specialty for c in self.conditions}
        return list(dict.fromkeys(s for c in condition_ids if (s := by_id.get(c))))


def _require(mapping: dict, key: str, where: str):
    if key not in mapping or mapping[key] in (None, ""):
        raise KnowledgeError(f"{where}: missing '{key}'")
    return mapping[key]


def _strings(entry: dict, key: str, where: str) -> Tuple[str, ...]:
    value = entry.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnowledgeError(f"{where}: '{key}' must be a list of words or phrases")
    return tuple(value)


def _operations(entry: dict, where: str) -> Tuple[Tuple[str, Tuple[str, ...]], ...]:
    value = entry.get("operations") or {}
    if not isinstance(value, dict):
        raise KnowledgeError(f"{where}: 'operations' must map condition ids to phrases")
    return tuple((str(cid), _strings(value, cid, where)) for cid in value)


def _counted(entry: dict, where: str) -> Optional[Counted]:
    value = entry.get("counted")
    if value is None:
        return None
    low, high = (value.get(k) if isinstance(value, dict) else None for k in ("from", "to"))
    units = _strings(value, "units", where) if isinstance(value, dict) else ()
    if not (units and isinstance(low, int) and isinstance(high, int) and 0 < low <= high):
        raise KnowledgeError(f"{where}: 'counted' needs units and whole numbers from <= to")
    return Counted(tuple(u.lower() for u in units), low, high)


def parse(raw: dict) -> Knowledge:
    facts = {k: " ".join(str(v).split()) for k, v in _require(raw, "facts", "file").items()}
    groups = {
        gid: Group(gid, _require(g, "title", gid), " ".join(_require(g, "frame", gid).split()))
        for gid, g in _require(raw, "groups", "file").items()
    }
    specialties = {
        sid: Specialty(
            sid,
            _require(s, "name", sid),
            " ".join(_require(s, "note", sid).split()),
            _strings(s, "aliases", sid),
        )
        for sid, s in _require(raw, "specialties", "file").items()
    }
    conditions = []
    seen = set()
    for entry in _require(raw, "conditions", "file"):
        cid = _require(entry, "id", "condition")
        if cid in seen:
            raise KnowledgeError(f"duplicate condition id '{cid}'")
        seen.add(cid)
        group = _require(entry, "group", cid)
        if group not in groups:
            raise KnowledgeError(f"{cid}: unknown group '{group}'")
        specialty = entry.get("specialty")
        if specialty is not None and specialty not in specialties:
            raise KnowledgeError(f"{cid}: unknown specialty '{specialty}'")
        condition = Condition(
            id=cid,
            name=_require(entry, "name", cid),
            group=group,
            aliases=_strings(entry, "aliases", cid),
            specialty=specialty,
            not_terms=_strings(entry, "not", cid),
            operations=_operations(entry, cid),
            counted=_counted(entry, cid),
        )
        own = {t.lower() for t in condition.terms}
        clash = [t for t in condition.not_terms if t.lower() in own]
        if clash:
            raise KnowledgeError(f"{cid}: {clash} both names and does not name it")
        conditions.append(condition)
    terms = {c.id: {t.lower() for t in c.terms} for c in conditions}
    for condition in conditions:
        for other, phrases in condition.operations:
            if other not in terms or other == condition.id:
                raise KnowledgeError(f"{condition.id}: operations of unknown condition '{other}'")
            unknown = [p for p in phrases if p.lower() not in terms[other]]
            if unknown:
                raise KnowledgeError(f"{condition.id}: {unknown} are not terms of {other}")
    faq = {}
    for tid, t in (raw.get("faq") or {}).items():
        topic = FaqTopic(
            id=tid,
            facts=tuple(t.get("facts") or ()),
            say=" ".join(str(t.get("say") or "").split()),
            links=tuple(t.get("links") or ()),
            next=tuple(t.get("next") or ()),
            say_conditions=bool(t.get("say_conditions")),
        )
        unknown = [f for f in topic.facts if f not in facts]
        if unknown:
            raise KnowledgeError(f"faq {tid}: unknown facts {unknown}")
        if not (topic.facts or topic.say or topic.say_conditions):
            raise KnowledgeError(f"faq {tid}: says nothing")
        faq[tid] = topic
    return Knowledge(
        therapist=dict(_require(raw, "therapist", "file")),
        facts=facts,
        groups=groups,
        specialties=specialties,
        conditions=tuple(conditions),
        faq=faq,
        other_languages=_other_languages(raw, {c.id for c in conditions}, set(faq)),
    )


OTHER_LANGUAGE_PARTS = ("conditions", "faq")
GREETINGS = "greetings"
COURTESIES = (GREETINGS, "thanks", "goodbyes")  # each phrase of one language and kind
_A_WORD = re.compile(r"[^\W\d_]")


def _courtesy_key(phrase: str) -> str:
    """A greeting, a thanks or a goodbye as it is matched: folded words ("Xin-chào!" is
    "xin chao")."""
    return " ".join(re.findall(r"\w+", fold(phrase)))


def _other_languages(raw: dict, condition_ids: set, topic_ids: set) -> Dict[str, OtherLanguage]:
    languages = {}
    said: Dict[str, Tuple[str, str]] = {}  # a greeting, a thanks... names one language
    for code, entry in (raw.get("other_languages") or {}).items():
        where = f"other_languages {code}"
        if not (isinstance(code, str) and len(code) == 2 and code.isalpha() and code.islower()):
            raise KnowledgeError(f"other_languages: '{code}' is not an ISO 639-1 code")
        if (
            code == "en"
            or not isinstance(entry, dict)
            or set(entry) - {*OTHER_LANGUAGE_PARTS, *COURTESIES}
        ):
            raise KnowledgeError(
                f"{where}: expected only conditions, faq, greetings, thanks and goodbyes words"
            )
        parts, seen = {}, {}
        for part, known in zip(OTHER_LANGUAGE_PARTS, (condition_ids, topic_ids)):
            words = entry.get(part) or {}
            if not isinstance(words, dict):
                raise KnowledgeError(f"{where} {part}: expected words by id")
            unknown = sorted(set(words) - known)
            if unknown:
                raise KnowledgeError(f"{where} {part}: unknown ids {unknown}")
            parts[part] = {i: _strings(words, i, f"{where} {i}") for i in words}
            for key, phrases in parts[part].items():
                for phrase in phrases:
                    # A phrase of only "*" or marks would match any message.
                    if not _A_WORD.search(phrase.replace("*", "")):
                        raise KnowledgeError(f"{where} {key}: '{phrase}' has no word")
                    other = seen.setdefault(phrase.casefold(), key)
                    if other != key:
                        raise KnowledgeError(f"{where}: '{phrase}' names {other} and {key}")
        courtesies = {kind: _strings(entry, kind, where) for kind in COURTESIES}
        for kind, phrases in courtesies.items():
            for phrase in phrases:
                if not _A_WORD.search(phrase) or "*" in phrase:
                    raise KnowledgeError(f"{where} {kind}: '{phrase}' is not one of {kind}")
                other = said.setdefault(_courtesy_key(phrase), (code, kind))
                if other != (code, kind):
                    raise KnowledgeError(f"{where} {kind}: '{phrase}' is {' '.join(other)} too")
        languages[code] = OtherLanguage(**parts, **courtesies)
    return languages


def _knowledge_path() -> Path:
    return Path(os.environ.get("CHATBOT_KNOWLEDGE") or DEFAULT_PATH)


def load(path: Optional[Path] = None) -> Knowledge:
    path = Path(path or _knowledge_path())
    with path.open(encoding="utf-8") as handle:
        return parse(yaml.safe_load(handle))


knowledge = FileBacked(load, lambda: (_knowledge_path(),))
"""The process-wide knowledge: loaded once, and again when the file is edited."""


def unlisted_entries(path: Optional[Path] = None) -> List[dict]:
    """The entries of unlisted_conditions.yml (recognition vocabulary, never facts)."""
    with Path(path or UNLISTED_PATH).open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle) or {}
    return list(raw.get("unlisted") or ())


def load_unlisted(path: Optional[Path] = None) -> List[Tuple[str, Tuple[str, ...]]]:
    """(name, aliases) pairs of the unlisted vocabulary."""
    return [
        (str(entry["name"]), tuple(str(a) for a in entry.get("aliases") or ()))
        for entry in unlisted_entries(path)
    ]


def load_related(
    kb: Optional[Knowledge] = None, path: Optional[Path] = None
) -> Dict[str, Tuple[str, ...]]:
    """Unlisted name (lower case) -> the listed conditions its entry names as `related`
    ("dementia" -> Alzheimer's), checked against the knowledge file."""
    kb = kb or knowledge()
    known = {c.id for c in kb.conditions}
    related = {}
    for entry in unlisted_entries(path):
        name = str(entry["name"])
        ids = _strings(entry, "related", f"unlisted {name}")
        unknown = sorted(set(ids) - known)
        if unknown:
            raise KnowledgeError(f"unlisted {name}: unknown related conditions {unknown}")
        if ids:
            related[name.lower()] = ids
    return related


related_conditions = FileBacked(lambda: load_related(), lambda: (_knowledge_path(), UNLISTED_PATH))
"""Listed conditions related to an unlisted one, by its lower-cased name."""


written_unlisted_names = FileBacked(
    lambda: {name.lower(): name for name, _ in load_unlisted()}, lambda: (UNLISTED_PATH,)
)
"""Unlisted names as the vocabulary writes them, by their lower case ("IT band syndrome")."""
