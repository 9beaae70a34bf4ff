"""The Teams bot: activity handler, capabilities, storage and proactive delivery (botbuilder)."""
