"""Text as the matchers compare it: lower case, without diacritics or inverted marks.

    fold("¿Qué pasó?")  -> " que paso?"

One definition for the safety rules, the words of other languages and the knowledge
file's checks of them.
"""

import unicodedata


def fold(text: str) -> str:
    """Lower-cased, without diacritics or inverted marks: "¿Qué pasó?" -> " que paso?"."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("¿", " ").replace("¡", " ")
