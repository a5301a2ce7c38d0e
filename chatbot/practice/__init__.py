"""The practice: its facts (``knowledge.yml``, from the practice's page; conditions it does
not list in ``unlisted_conditions.yml``), its settings (``settings.default.yml``, overridden
by ``settings.local.yml``) and every sentence the bot says (``wording``)."""
