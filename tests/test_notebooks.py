"""The notebooks in notebooks/: generated from build_notebooks.py, committed without outputs,
and each runs top to bottom offline in a fresh kernel without writing to its working folder.

The kernel is a separate process, so the socket guard of conftest.py does not reach it: a
first cell injected here installs the same guard inside the kernel (loopback only) and a
last cell fails the run if anything tried the network. The test itself talks to the kernel
over ZeroMQ on loopback, hence the ``loopback`` marker.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))

KERNEL_GUARD = '''
import socket as _sos_socket

_sos_network_attempts = []
_sos_original_connect = _sos_socket.socket.connect
_sos_original_connect_ex = _sos_socket.socket.connect_ex
_sos_original_getaddrinfo = _sos_socket.getaddrinfo


def _sos_is_loopback(address):
    if isinstance(address, (str, bytes)):  # a Unix socket path
        return True
    host = str(address[0]) if isinstance(address, tuple) and address else ""
    return host in {"localhost", "::1", "0.0.0.0", ""} or host.startswith("127.")


def _sos_guard(original):
    def connect(self, address):
        if not _sos_is_loopback(address):
            _sos_network_attempts.append(f"connect to {address!r}")
            raise OSError("network access blocked by the notebook test")
        return original(self, address)
    return connect


def _sos_getaddrinfo(host, *args, **kwargs):
    if not _sos_is_loopback((host,)):
        _sos_network_attempts.append(f"lookup of {host!r}")
        raise OSError("network access blocked by the notebook test")
    return _sos_original_getaddrinfo(host, *args, **kwargs)


_sos_socket.socket.connect = _sos_guard(_sos_original_connect)
_sos_socket.socket.connect_ex = _sos_guard(_sos_original_connect_ex)
_sos_socket.getaddrinfo = _sos_getaddrinfo
'''

KERNEL_CHECK = '''
assert not _sos_network_attempts, f"network attempted: {_sos_network_attempts}"
'''


def _build_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_notebooks",
                                                  NOTEBOOK_DIR / "build_notebooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_notebooks_are_built_from_the_script_with_outputs_cleared() -> None:
    import nbformat

    build = _build_script()
    assert sorted(build.NOTEBOOKS) == [path.name for path in NOTEBOOKS]
    assert len(NOTEBOOKS) == 4
    for path in NOTEBOOKS:
        assert path.read_text(encoding="utf-8") == build.rendered(path.name), (
            f"{path.name} is out of date: run notebooks/build_notebooks.py")
        notebook = nbformat.read(path, as_version=4)
        nbformat.validate(notebook)
        for cell in notebook.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None


@pytest.mark.slow
@pytest.mark.loopback
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_runs_offline(path: Path, tmp_path: Path) -> None:
    import ipykernel  # noqa: F401  (a declared test dependency: missing, the test fails)
    import nbclient
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    notebook.cells.insert(0, nbformat.v4.new_code_cell(KERNEL_GUARD))
    notebook.cells.append(nbformat.v4.new_code_cell(KERNEL_CHECK))
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    client = nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                                     allow_errors=False,
                                     resources={"metadata": {"path": str(workdir)}})
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    errors = [output for cell in notebook.cells if cell.cell_type == "code"
              for output in cell.get("outputs", []) if output.get("output_type") == "error"]
    assert not errors
    assert list(workdir.iterdir()) == [], "a notebook wrote into its working folder"
