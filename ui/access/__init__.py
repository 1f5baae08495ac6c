"""Getting in: the first run, unlocking, passphrases and their strength, the emergency recovery
key.
"""
