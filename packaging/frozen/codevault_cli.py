"""Entry point of the frozen command line ``codevault-cli`` (see ``pdf_child_dispatch``)."""

import sys

from pdf_child_dispatch import serve_pdf_child_if_asked

serve_pdf_child_if_asked()

from ui.cli import main  # noqa: E402 - only once it is clear this is no PDF child

sys.exit(main())
