"""Every message and plural the user reads that is not a widget's own label: errors, scan results,
reasons, the paper copy and the command line's words. Imports no Qt (except ``plurals``, the
desktop app's English plural translator); translated through gettext, see
:mod:`ui.words.language`.
"""
