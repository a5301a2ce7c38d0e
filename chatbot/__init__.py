"""The medical massage practice assistant: knowledge, matching, wording, Rasa components."""
