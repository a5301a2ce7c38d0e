"""Understanding a message: the Rasa components (``components/``, named in config.yml) and
the engines they wrap, tested without Rasa: the condition recogniser (``conditions``,
``condition_terms``), the safety rules (``safety``, ``safety*.yml``), the negation scope
both use (``negation``), the language detector (``language``), what a turn is about
(``dialogue``) and the spaCy pipeline they share (``spacy_model``)."""
