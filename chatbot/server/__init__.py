"""Running the bot: the patched Rasa server (``rasa_server``, ``rasa_patches``), the API
guard, the conversation and lock stores, the generated endpoints, the settings check
(``doctor``), the store check and the model switch (``reload``)."""
