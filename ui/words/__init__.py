"""Every message and plural the user reads that is not a widget's own label: errors, scan results,
reasons. Imports no Qt.
"""
