"""Entry point of the Linux bundle's one program: the desktop app, or the command line when it
is started by the name ``codevault-cli`` (a symbolic link beside it).

Linux makes no difference between console and windowed programs, so one executable serves both
and the bundle carries its Python modules once (see ``pdf_child_dispatch`` for the third role).
"""

import os
import sys

from pdf_child_dispatch import serve_pdf_child_if_asked

serve_pdf_child_if_asked()

if os.path.basename(sys.argv[0]).startswith("codevault-cli"):
    from ui.cli import main  # only once it is clear this is no PDF child
else:
    from ui.app import main  # type: ignore[assignment]

sys.exit(main())
