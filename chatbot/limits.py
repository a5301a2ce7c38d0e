"""The longest message the bot reads: the doors cut a longer one there (and say so), and the
recogniser and the safety rules cut again, so they stay bounded when called directly."""

MAX_MESSAGE_CHARS = 4000
