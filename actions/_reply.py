"""Sends a ``chatbot.practice.wording.Reply`` through the dispatcher."""

from rasa_sdk.executor import CollectingDispatcher

from chatbot.practice.wording import Reply


def send(dispatcher: CollectingDispatcher, reply: Reply) -> None:
    dispatcher.utter_message(text=reply.text, buttons=reply.buttons or None)
