"""Every sentence the user reads, in one Qt-free place shared by the command line, the paper
copy and the desktop app; translated through gettext (see :mod:`ui.words.language`)."""
