"""Conversation review for the therapist: read, summarise, export and delete what Rasa's
SQL tracker store keeps (``events`` table), on SQLite or PostgreSQL.

``python -m chatbot.review --help`` lists the commands.
"""
