"""Rasa with this bot's patches: ``python -m chatbot.server.rasa_server run …`` (or
``train``, ``test``: the Makefile runs every Rasa command this way).

The same command line as ``rasa``; the patches in ``chatbot.server.rasa_patches`` are
applied first, in this process, so ``rasa run`` alone never runs unpatched by accident
in ``make run``, the tests or the benchmarks. The API token comes from the environment
(``CHATBOT_API_TOKEN``), never from the command line, where ``ps`` would show it.
"""

from __future__ import annotations

from chatbot.server import rasa_patches


def main() -> None:
    rasa_patches.apply()
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
