"""The rasa_sdk action server: thin actions over the ``chatbot`` package."""
