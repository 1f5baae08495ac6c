"""The open vault and what keeps it safe while the window runs: saving, undo, the clipboard, idle
locking, settings, background tasks.
"""
