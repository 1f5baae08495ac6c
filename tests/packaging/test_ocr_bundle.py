"""The OCR engine in the Linux bundle: what goes in, what the frozen OCR child may import, and
the child started the bundle's way (the frozen program again), reading a picture without Qt."""

from __future__ import annotations

import importlib.util
import io
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType

import pytest

from vault.importers import ocr, scan_bytes

Loader = Callable[[str], ModuleType]
ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "packaging" / "frozen"


@pytest.mark.parametrize(
    "kept",
    [
        "rapidocr/config.yaml",
        "rapidocr/default_models.yaml",
        "rapidocr/models/PP-OCRv6_det_small.onnx",
        "rapidocr/models/ch_ppocr_mobile_v2.0_cls_mobile.onnx",
        "onnxruntime/capi/onnxruntime_pybind11_state.cpython-311-x86_64-linux-gnu.so",
        "onnxruntime/capi/libonnxruntime_providers_shared.so",  # without it a warning each start
        "numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so",
        "numpy.libs/libscipy_openblas64_-32a4b2a6.so",
        "cv2/cv2.abi3.so",
    ],
)
def test_what_the_engine_loads_stays(packaging_module: Loader, kept: str) -> None:
    assert packaging_module("ocr_contents").keep(kept)


@pytest.mark.parametrize(
    "dropped",
    [
        "onnxruntime/capi/libonnxruntime.so.1.28.0",  # the C API; the Python module has its own
        "onnxruntime/transformers/fusion_attention.py",
        "rapidocr/inference_engine/pytorch/networks/arch_config.yaml",
        "rapidocr/models/.gitkeep",
        "numpy/_core/tests/data/umath-validation-set-log.csv",
        "numpy/_core/_multiarray_tests.cpython-311-x86_64-linux-gnu.so",
        "cv2/__init__.pyi",
    ],
)
def test_what_the_engine_never_loads_goes(packaging_module: Loader, dropped: str) -> None:
    assert not packaging_module("ocr_contents").keep(dropped)


def test_the_engine_goes_into_the_linux_bundle_unless_told_not_to(
    packaging_module: Loader, monkeypatch: pytest.MonkeyPatch
) -> None:
    ocr_contents = packaging_module("ocr_contents")
    monkeypatch.setattr(sys, "platform", "linux")
    assert ocr_contents.wanted([])
    assert not ocr_contents.wanted(["--no-ocr"])
    for system in ("win32", "darwin"):  # their own systems' OCR serves there
        monkeypatch.setattr(sys, "platform", system)
        assert not ocr_contents.wanted([])


def test_the_light_bundle_leaves_the_engines_libraries_out_and_the_full_one_has_them(
    packaging_module: Loader,
) -> None:
    bundle_contents = packaging_module("bundle_contents")
    ocr_contents = packaging_module("ocr_contents")
    assert set(bundle_contents.EXCLUDED_MODULES) >= bundle_contents.OCR_NEEDS
    assert not bundle_contents.OCR_NEEDS & set(ocr_contents.EXCLUDED_MODULES)
    # no HTTP or TLS library in the bundle: nothing there can fetch a model
    assert {"requests", "urllib3", "ssl"} <= {
        *bundle_contents.EXCLUDED_MODULES,
        *ocr_contents.EXCLUDED_MODULES,
    }


@pytest.fixture
def offline() -> Iterator[ModuleType]:
    """packaging/frozen/offline.py, with the real download libraries out of sight."""
    spec = importlib.util.spec_from_file_location("offline", FROZEN / "offline.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    saved = {name: sys.modules.pop(name, None) for name in module.REPLACED}
    real_find_spec = importlib.util.find_spec
    importlib.util.find_spec = lambda name, *a: (  # type: ignore[assignment]
        None if name in module.REPLACED else real_find_spec(name, *a)
    )
    try:
        yield module
    finally:
        importlib.util.find_spec = real_find_spec
        for name, previous in saved.items():
            sys.modules.pop(name, None)
            if previous is not None:
                sys.modules[name] = previous


def test_the_stand_ins_satisfy_rapidocrs_imports_and_refuse_any_download(
    offline: ModuleType,
) -> None:
    offline.install()
    import requests  # type: ignore[import-untyped]
    from tqdm import tqdm  # type: ignore[import-untyped]

    with pytest.raises(offline.OfflineError, match="never downloads"):
        requests.get("https://example.invalid/model.onnx", stream=True, timeout=60)
    with pytest.raises(offline.OfflineError):
        tqdm(total=10)


@pytest.mark.parametrize(
    ("name", "symbols"),
    [
        ("libavcodec-e863e0e1.so.63.1.102", {"avcodec_open2": "LIBAVCODEC_63"}),
        ("libavif-24bb8032.so.16.4.2", {"avifDecoderCreate": "Base"}),  # no symbol versions
    ],
)
def test_a_video_library_stand_in_defines_the_same_versioned_functions_and_refuses_them(
    packaging_module: Loader, tmp_path: Path, name: str, symbols: dict[str, str]
) -> None:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or shutil.which("objdump") is None:
        pytest.skip("no C compiler or objdump here")
    video_stubs = packaging_module("video_stubs")
    source, script = video_stubs.stand_in_source(symbols)
    (tmp_path / "stub.c").write_text(source)
    (tmp_path / "stub.map").write_text(script)
    library = tmp_path / name
    command = [compiler, "-shared", "-fPIC", "-o", str(library), str(tmp_path / "stub.c")]
    subprocess.run([*command, f"-Wl,--version-script,{tmp_path / 'stub.map'}"], check=True)
    exported = {
        (symbol, version)
        for symbol, version, defined in video_stubs._dynamic_symbols(library)
        if defined
    }
    assert set(symbols.items()) <= exported
    function = next(iter(symbols))
    call = f"import ctypes; ctypes.CDLL({str(library)!r}).{function}()"
    done = subprocess.run([sys.executable, "-c", call], capture_output=True, text=True)
    assert done.returncode != 0
    assert "video and AVIF support is not in this bundle" in done.stderr


# A stand-in for the frozen program (as in test_frozen_dispatch.py): its entry's first step with
# this checkout as the bundle; at exit it reports the modules of Qt and the app the child loaded.
FROZEN_ENTRY = """
import atexit, sys
sys._MEIPASS = sys.argv.pop(1)
sys.path.insert(0, sys.argv.pop(1))
report = sys.argv.pop(1)

def loaded():
    with open(report, "w") as out:
        out.write(" ".join(sorted(m for m in sys.modules if m.startswith(("PySide6", "vault")))))

atexit.register(loaded)
from pdf_child_dispatch import serve_pdf_child_if_asked
serve_pdf_child_if_asked()
raise SystemExit("not started as the child")
"""


def test_the_frozen_ocr_child_reads_a_picture_and_loads_no_qt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real picture scan, its parent side unchanged, the child started the bundle's way."""
    pytest.importorskip("rapidocr", reason="the OCR extra is not installed (pip install .[ocr])")
    from PIL import Image, ImageDraw, ImageFont

    with monkeypatch.context() as frozen:
        frozen.setattr(sys, "frozen", True, raising=False)
        frozen_command = ocr.child_command(ocr.CHILD_SCRIPT)
    report = tmp_path / "loaded.txt"
    stand_in = [sys.executable, "-c", FROZEN_ENTRY, str(ROOT), str(FROZEN), str(report)]
    monkeypatch.setattr(ocr, "child_command", lambda script: [*stand_in, *frozen_command[1:]])
    codes = ["4821 5903", "1177 2041", "6650 3189"]
    font = ImageFont.truetype(str(ROOT / "resources/fonts/JetBrainsMono-Regular.ttf"), 30)
    image = Image.new("RGB", (520, 280), "white")
    for row, line in enumerate(["Backup codes", *codes]):
        ImageDraw.Draw(image).text((40, 30 + row * 56), line, font=font, fill="black")
    picture = io.BytesIO()
    image.save(picture, "PNG")
    result = scan_bytes(picture.getvalue(), "codes.png")
    assert sorted([*result.codes, *(u.code for u in result.uncertain)]) == sorted(codes)
    assert result.picture is not None and result.picture.engine == "rapidocr"
    loaded = report.read_text().split()
    assert not [name for name in loaded if name.startswith("PySide6")]
    assert "vault.importers.scan" not in loaded  # the script ran, not the app's package


def _library(folder: Path, name: str, code: str, needs: Sequence[Path] = ()) -> Path:
    """A shared library ``folder/name`` built from C ``code``, linked against ``needs``."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or shutil.which("objdump") is None:
        pytest.skip("no C compiler or objdump here")
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / f"{name}.c"
    source.write_text(code)
    path = folder / name
    command = [compiler, "-shared", "-fPIC", "-o", str(path), str(source), f"-Wl,-soname,{name}"]
    command += [f"-L{n.parent}" for n in needs] + [f"-l:{n.name}" for n in needs]
    # found as auditwheel's libraries find each other: beside them, or in a wheel's .libs folder
    command.append("-Wl,-rpath,$ORIGIN:$ORIGIN/../numpy.libs:$ORIGIN/../opencv.libs")
    subprocess.run(command, check=True)
    source.unlink()
    return path


def test_a_library_two_wheels_bring_is_kept_once_and_what_only_the_other_copy_needed_goes(
    packaging_module: Loader, tmp_path: Path
) -> None:
    shared_libraries = packaging_module("shared_libraries")
    internal = tmp_path / "_internal"
    numpy_libs, opencv_libs = internal / "numpy.libs", internal / "opencv.libs"
    small = _library(numpy_libs, "libgfortran-aaaaaaaa.so.5", "int f(void) { return 1; }\n")
    quad = _library(opencv_libs, "libquadmath-cccccccc.so.0", "int q(void) { return 3; }\n")
    padded = "int q(void); int f(void) { return q(); } char pad[200000] = {1};\n"
    big = _library(opencv_libs, "libgfortran-bbbbbbbb.so.5", padded, [quad])
    blas = _library(
        numpy_libs, "libblas-dddddddd.so", "int f(void); int b(void) { return f(); }\n", [small]
    )
    cv_blas = _library(
        opencv_libs, "libblas-eeeeeeee.so", "int f(void); int o(void) { return f(); }\n", [big]
    )
    # the Python extensions that need them: outside the .libs folders, always kept
    _library(internal / "numpy", "_umath.so", "int b(void); int m(void) { return b(); }\n", [blas])
    module = _library(
        internal / "cv2", "cv2.abi3.so", "int o(void); int c(void) { return o(); }\n", [cv_blas]
    )
    (internal / quad.name).symlink_to(f"opencv.libs/{quad.name}")  # PyInstaller's top-level link

    done = shared_libraries.link_copies(internal)

    assert big.is_symlink() and big.resolve() == small.resolve()
    assert not quad.exists() and not (internal / quad.name).is_symlink()  # needed by big only
    assert any("libquadmath-cccccccc.so.0" in line and "removed" in line for line in done)
    call = f"import ctypes; print(ctypes.CDLL({str(module)!r}).c())"
    done_call = subprocess.run([sys.executable, "-c", call], capture_output=True, text=True)
    assert done_call.stdout == "1\n", done_call.stderr  # the module runs on the other copy


def test_a_copy_lacking_a_function_the_other_copys_users_take_is_not_linked(
    packaging_module: Loader, tmp_path: Path
) -> None:
    shared_libraries = packaging_module("shared_libraries")
    internal = tmp_path / "_internal"
    small = _library(internal / "a.libs", "libz-aaaaaaaa.so.1", "int f(void) { return 1; }\n")
    padded = "int f(void) { return 1; } int g(void) { return 2; } char pad[200000] = {1};\n"
    big = _library(internal / "b.libs", "libz-bbbbbbbb.so.1", padded)
    _library(internal / "a", "u.so", "int f(void); int u(void) { return f(); }\n", [small])
    _library(internal / "b", "v.so", "int g(void); int v(void) { return g(); }\n", [big])
    assert shared_libraries.link_copies(internal) == []
    assert not big.is_symlink() and not small.is_symlink()
