"""Sends a ``chatbot.wording.Reply`` through the dispatcher."""

from rasa_sdk.executor import CollectingDispatcher

from chatbot.wording import Reply


def send(dispatcher: CollectingDispatcher, reply: Reply) -> None:
    dispatcher.utter_message(text=reply.text, buttons=reply.buttons or None)
