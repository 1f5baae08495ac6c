"""The OCR engine in the Linux bundle (read by codevault.spec): RapidOCR, onnxruntime, OpenCV.

The OCR child (``vault/importers/ocr_child.py``) runs RapidOCR's ONNX models on CPU through
onnxruntime; RapidOCR needs OpenCV (the headless build: the same ``cv2`` without Qt 5 and X
libraries that would clash with PySide6), NumPy, Shapely, pyclipper, OmegaConf and Pillow. Of
those, only what the CPU inference of the three models RapidOCR's wheel ships loads goes into the
bundle: no other inference engine's code, no onnxruntime C-API library, training, quantisation or
model tools, no NumPy tests, f2py, random numbers or FFT, no Pillow parts for formats and uses the
child has no need of. The download code RapidOCR imports is met by stand-ins that refuse
(``packaging/frozen/offline.py``): the bundle has no HTTP library, so no model is ever fetched.

Built by ``python3 dev.py bundle`` on Linux; ``--no-ocr`` builds the light bundle without it.
Windows and macOS bundles leave it out: their systems' own OCR would serve there (ocr_child.py,
through ``ocrmac`` and ``winrt``), which is not bundled yet, so a picture is refused there.
"""

from __future__ import annotations

import importlib.util
import re
import sys

NO_OCR_SWITCH = "--no-ocr"

# The child's own module (run as a script, so its imports are found from here) and the parts of
# RapidOCR it imports lazily (``rapidocr.RapidOCR`` and the engine chosen from the config).
HIDDEN_IMPORTS = [
    "vault.importers.ocr_child",
    "rapidocr.main",
    "rapidocr.inference_engine.onnxruntime",
    "rapidocr.inference_engine.onnxruntime.main",
]

# Left out of the bundle with the engine: nothing the child runs imports them.
EXCLUDED_MODULES = [
    # RapidOCR's other inference engines (each needs a framework the bundle does not carry)
    *(
        f"rapidocr.inference_engine.{name}"
        for name in ("openvino", "paddle", "pytorch", "tensorrt", "mnn")
    ),
    "torch",
    "paddle",
    "openvino",
    "tensorrt",
    "MNN",
    # downloads: RapidOCR's download module meets offline.py's stand-ins instead
    "requests",
    "urllib3",
    "certifi",
    "idna",
    "charset_normalizer",
    "tqdm",
    # onnxruntime's model tools, training, quantisation, transformer optimisers
    "onnxruntime.tools",
    "onnxruntime.training",
    "onnxruntime.quantization",
    "onnxruntime.transformers",
    "onnxruntime.backend",
    "onnxruntime.datasets",
    "onnx",
    "sympy",
    # NumPy's tests, its Fortran wrapper generator and the parts only tests and builds use
    "numpy.tests",
    "numpy.f2py",
    "numpy.testing",
    "numpy.distutils",
    "numpy._pyinstaller",
    # NumPy's random numbers and FFT: nothing the child runs touches them (3 MB of extensions)
    "numpy.random",
    "numpy.fft",
    # Pillow parts the child does not use: AVIF, Tk, Qt, colour management, image maths, fonts
    # (RapidOCR's drawing module imports ImageFont, which works without its FreeType part)
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingmath",
    "PIL.ImageMath",
    "PIL._imagingmorph",
    "PIL.ImageMorph",
    "PIL._imagingft",
]

# Files PyInstaller's hooks collect that the CPU inference never loads, by destination path.
LEFT_OUT = re.compile(
    r"^("
    # onnxruntime's C API library (the Python module has the runtime linked in)
    r"onnxruntime/capi/libonnxruntime\.so"
    r"|onnxruntime/(tools|transformers|quantization|datasets|backend)/"
    # RapidOCR's data: its default config, the models' table and the models are kept
    r"|rapidocr/(?!(config\.yaml|default_models\.yaml|models/[^/]+\.onnx)$)"
    r"|numpy/(tests|f2py|testing|_core/tests|.*/tests)/"
    r"|numpy/_core/_\w+_tests\."
    r"|.*\.pyi$"  # type stubs
    r")"
)


def wanted(argv: list[str]) -> bool:
    """Whether this build carries the engine: Linux, unless the build was told ``--no-ocr``."""
    return sys.platform.startswith("linux") and NO_OCR_SWITCH not in argv


def installed() -> bool:
    """Whether the engine is installed in the Python building the bundle (the ``ocr`` extra)."""
    names = ("rapidocr", "onnxruntime", "cv2", "numpy", "PIL")
    return all(importlib.util.find_spec(name) is not None for name in names)


def keep(path: str) -> bool:
    """Whether the engine's file at ``path`` (relative to the bundle, ``/`` separators) stays."""
    return not LEFT_OUT.match(path)
