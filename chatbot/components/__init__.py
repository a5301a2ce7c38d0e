"""Custom Rasa 3.6 graph components (referenced by module path in config.yml).

Importing this package (which the Rasa server does to load them) also applies
``chatbot.rasa_patches``: a speed fix for custom-action turns.
"""

from chatbot import rasa_patches

rasa_patches.apply()
