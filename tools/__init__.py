"""Measurement, outside the runtime package: evaluations of the recogniser, the safety rules
and the NLU (``evaluate_*``, ``nlu_*``, ``intent_cv``, ``blind_eval``) and the benchmarks
(``bench/``). Run from the checkout: ``python -m tools.<name>``."""
