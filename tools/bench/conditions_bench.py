"""Throughput of the condition recogniser (not a test).

    .venv/bin/python -m tools.bench.conditions_bench [seconds-per-case]

Prints messages/second for ConditionMatcher.find on ready spaCy Docs, for the full
ConditionEntityExtractor.process on Rasa Messages (Doc set as SpacyNLP would), and
for SpacyNLP + the extractor together. Messages: the evaluation set.
"""

from __future__ import annotations

import sys
import time

from rasa.nlu.constants import SPACY_DOCS
from rasa.shared.nlu.training_data.message import Message

from chatbot.nlu.components.condition_extractor import ConditionEntityExtractor
from tools.evaluate_conditions import load_items


def _rate(fn, batch, seconds: float) -> float:
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        fn(batch)
        done += len(batch)
    return done / (time.perf_counter() - start)


def main(argv) -> int:
    seconds = float(argv[0]) if argv else 3.0
    texts = [item["text"] for item in load_items()]
    t0 = time.perf_counter()
    extractor = ConditionEntityExtractor.create(
        ConditionEntityExtractor.get_default_config(), None, None, None
    )
    print(f"load (matcher + vocabulary + word table): {time.perf_counter() - t0:.2f} s")
    matcher = extractor.matcher
    nlp = matcher.nlp
    docs = [nlp(t.lower()) for t in texts]  # SpacyNLP lower-cases by default

    def find_docs(batch):
        for doc, text in batch:
            matcher.find(doc, text)

    def process(batch):
        messages = []
        for doc, text in batch:
            message = Message(data={"text": text})
            message.set(SPACY_DOCS["text"], doc)
            messages.append(message)
        extractor.process(messages)

    def spacy_and_process(batch):
        messages = []
        for _, text in batch:
            message = Message(data={"text": text})
            message.set(SPACY_DOCS["text"], nlp(text.lower()))
            messages.append(message)
        extractor.process(messages)

    batch = list(zip(docs, texts))
    print(f"{len(batch)} messages, ~{seconds:.0f} s per case")
    print(f"matcher.find on docs          {_rate(find_docs, batch, seconds):8.0f} msgs/s")
    print(f"extractor.process             {_rate(process, batch, seconds):8.0f} msgs/s")
    print(f"spaCy doc + extractor.process {_rate(spacy_and_process, batch, seconds):8.0f} msgs/s")
    long_text = " ".join(texts)[:20_000]
    long_doc = nlp(long_text.lower())
    t0 = time.perf_counter()
    matcher.find(long_doc, long_text)
    print(f"one 20k-character message     {1000 * (time.perf_counter() - t0):8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
