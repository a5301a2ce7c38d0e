"""The (text, intent) pairs of a Rasa NLU file, annotations removed by Rasa's own reader."""

from __future__ import annotations

from pathlib import Path
from typing import List, Tuple

ROOT = Path(__file__).resolve().parent.parent
TRAINING = ROOT / "data" / "nlu"  # a folder: one file per topic, read together


def intent_examples(path: Path = TRAINING) -> List[Tuple[str, str]]:
    from rasa.shared.nlu.training_data.loading import load_data

    return [(m.get("text"), m.get("intent")) for m in load_data(str(path)).intent_examples]
