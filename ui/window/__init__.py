"""The main window: accounts and codes panels, menus and actions, account dialogs, history,
banners.
"""
