"""Small reusable widgets and helpers shared by several windows (fonts, masks, notices, questions,
the account checklist).
"""
