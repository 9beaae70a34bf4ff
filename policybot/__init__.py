"""policybot: plain-Python core shared by the bot, the dialogs and the command line."""
