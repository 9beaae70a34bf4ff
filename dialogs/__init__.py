"""Multi-turn conversations (botbuilder-dialogs)."""
