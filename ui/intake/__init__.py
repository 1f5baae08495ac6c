"""Bringing codes in: the import dialog, scanning, the preview, drag-and-drop, pasting, restoring a
paper copy, the trash offer.
"""
