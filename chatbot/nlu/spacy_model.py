"""Builds the project's own spaCy pipeline (no model can be downloaded here).

Blank English + the lookup lemmatizer (tables from ``spacy-lookups-data``) + an
``entity_ruler`` whose patterns are generated from the recogniser's vocabulary
(chatbot/nlu/condition_terms.py): label CONDITION (ent_id_ = condition id) for the
knowledge file's conditions, UNLISTED_CONDITION (ent_id_ = lower-cased name) for
chatbot/practice/unlisted_conditions.yml. Saved with ``nlp.to_disk``; Rasa's ``SpacyNLP``
loads it by path (config.yml).

    python -m chatbot.nlu.spacy_model build/spacy_model
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Dict, List, Optional

from chatbot.nlu.condition_terms import CONDITION, exact_case_only, is_abbreviation, vocabulary
from chatbot.practice.knowledge import Knowledge, knowledge

CONDITION_LABEL = "CONDITION"
UNLISTED_LABEL = "UNLISTED_CONDITION"

__all__ = ["build_nlp", "condition_patterns", "main", "is_abbreviation"]

if TYPE_CHECKING:
    from spacy.language import Language


def condition_patterns(nlp: Language, kb: Knowledge) -> List[Dict]:
    """A pattern for every term. Short abbreviations ("ADD", "RA", "CP") match by exact
    case, as token patterns, so that "add" or "ra" never match; everything else is a
    phrase pattern, matched on lower case by the ruler's PhraseMatcher: the same spans
    the token patterns ``[{"LOWER": ...}, ...]`` match, found by a hash lookup per token
    instead of a walk through thousands of token patterns (most of a parse's spaCy time).
    (Plurals, possessives and typos are the recogniser's job: chatbot/nlu/conditions.py.)
    """
    patterns = []
    for term in vocabulary(kb):
        label = CONDITION_LABEL if term.kind == CONDITION else UNLISTED_LABEL
        if exact_case_only(term.text):
            pattern: object = [{"ORTH": t.text} for t in nlp.make_doc(term.text)]
        else:
            pattern = term.text
        patterns.append({"label": label, "pattern": pattern, "id": term.value})
    return patterns


def build_nlp(kb: Optional[Knowledge] = None) -> Language:
    import spacy

    kb = kb or knowledge()
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    nlp.initialize()  # loads the lemma lookup tables from spacy-lookups-data
    ruler.add_patterns(condition_patterns(nlp, kb))
    return nlp


def main(argv: List[str]) -> int:
    target = Path(argv[0] if argv else "build/spacy_model")
    target.parent.mkdir(parents=True, exist_ok=True)
    build_nlp().to_disk(target)
    print(f"spaCy pipeline written to {target}")
    return 0


if __name__ == "__main__":
    # thinc imports TensorFlow when it is installed, seconds of a build that needs none.
    sys.modules.setdefault("tensorflow", None)
    sys.exit(main(sys.argv[1:]))
