"""Defaults that the engine and the app share, kept where importing them costs nothing.

(The settings are read at start-up; importing the whole data model there would slow the first
window.)
"""

DEFAULT_THRESHOLD = 3  # warn when this many codes or fewer are left in a set
