"""Builds the project's own spaCy pipeline (no model can be downloaded here).

Blank English + the lookup lemmatizer (tables from ``spacy-lookups-data``) + an
``entity_ruler`` whose CONDITION patterns are generated from the knowledge file.
Saved with ``nlp.to_disk``; Rasa's ``SpacyNLP`` loads it by path (config.yml).

    python -m chatbot.spacy_model build/spacy_model
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Dict, List, Optional

import spacy
from spacy.language import Language

from chatbot.knowledge import Knowledge, knowledge

CONDITION_LABEL = "CONDITION"


def _is_abbreviation(term: str) -> bool:
    # "ADD", "RA", "CP": matched by exact case so that "add" or "ra" never match.
    letters = [c for c in term if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def condition_patterns(nlp: Language, kb: Knowledge) -> List[Dict]:
    patterns = []
    for condition in kb.conditions:
        for term in condition.terms:
            tokens = [t.text for t in nlp.make_doc(term)]
            attr = "ORTH" if _is_abbreviation(term) else "LOWER"
            pattern = [{attr: tok if attr == "ORTH" else tok.lower()} for tok in tokens]
            patterns.append({"label": CONDITION_LABEL, "pattern": pattern, "id": condition.id})
    return patterns


def build_nlp(kb: Optional[Knowledge] = None) -> Language:
    kb = kb or knowledge()
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": None})
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
    sys.exit(main(sys.argv[1:]))
