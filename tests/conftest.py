"""Shared pytest fixtures. Each section belongs to the engineer of the part it serves."""

from __future__ import annotations

# --- fresh_db / store: a fresh database per test, on SQLite and on PostgreSQL (store) ---
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from sitreps.models import Document
from sitreps.store import Store, open_store

PG_USER = "sitreps"
PG_START_TIMEOUT_S = 60
"""pg_ctl -w waits this long for the server: a cold start takes about a second here."""


def _pg_bindir() -> Path | None:
    """Debian's PostgreSQL binaries (the newest installed), or None."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return found[-1].parent if found else None


def _as_server_user(argv: list[str], owner: str | None) -> list[str]:
    """PostgreSQL refuses to run as root: run it as ``owner`` when we are root."""
    return ["runuser", "-u", owner, "--", *argv] if owner else argv


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_postgres(root: Path) -> tuple[str, list[str]]:
    """Start a throwaway server in ``root``; return its admin URL and the command that stops it."""
    bindir = _pg_bindir()
    if bindir is None:
        raise RuntimeError(
            "no /usr/lib/postgresql/*/bin/initdb (run scripts/install-system-deps.sh to install PostgreSQL)"
        )
    owner = None
    if os.geteuid() == 0:
        owner = "postgres" if shutil.which("runuser") and _user_exists("postgres") else "nobody"
        shutil.chown(root, user=owner)
    data, port = root / "data", _free_port()
    run = {"check": True, "capture_output": True, "timeout": PG_START_TIMEOUT_S}
    initdb = [
        str(bindir / "initdb"),
        "-D",
        str(data),
        "-U",
        PG_USER,
        "--auth=trust",
        "-E",
        "UTF8",
        "--no-sync",
    ]
    subprocess.run(_as_server_user(initdb, owner), **run)  # type: ignore[call-overload]
    options = f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={root} -c fsync=off"
    pg_ctl = [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w"]
    subprocess.run(_as_server_user([*pg_ctl, "-o", options, "start"], owner), **run)  # type: ignore[call-overload]
    return f"postgresql://{PG_USER}@127.0.0.1:{port}", _as_server_user(
        [*pg_ctl, "-m", "immediate", "stop"], owner
    )


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server for the session; skipped without one (failed if SITREPS_REQUIRE_POSTGRES=1)."""
    root = Path(tempfile.mkdtemp(prefix="sitreps-pg-"))
    try:
        url, stop = _start_postgres(root)
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        detail = getattr(exc, "stderr", b"") or b""
        message = f"PostgreSQL could not be started: {exc} {detail.decode(errors='replace')[-500:]}"
        if os.environ.get("SITREPS_REQUIRE_POSTGRES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    yield url
    subprocess.run(stop, capture_output=True, timeout=PG_START_TIMEOUT_S)
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_db(postgres_server: str) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{postgres_server}/postgres", autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield f"{postgres_server}/{name}"
    with psycopg.connect(f"{postgres_server}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgres"])
def fresh_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a fresh, empty database: a SQLite file in tmp_path, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'sitreps.db'}"
    return str(request.getfixturevalue("postgres_db"))


@pytest.fixture
def store(fresh_db: str) -> Iterator[Store]:
    """An open store on a fresh database (both backends), closed after the test."""
    opened = open_store(fresh_db)
    yield opened
    opened.close()


# --- end of fresh_db / store ---


# --- ../shared: evaluation material that a user's clone does not have ---

SHARED = Path(os.environ.get("SITREPS_SHARED_DIR") or Path(__file__).resolve().parents[2] / "shared")
"""The sibling folder of the checkout (``../shared``: seeds, real-news and training sets);
SITREPS_SHARED_DIR points elsewhere (the tests of this helper point it at a missing folder)."""
SEED_ARTICLE = ("seeds", "000_6603e4f5cebf0663.txt")


def shared_path(*parts: str) -> Path:
    """A path under ``../shared``: skips the calling test when it is absent, fails it when CI=true.

    A user's clone has no ``../shared``, and the README's test command must pass
    there; CI has it, and a test that silently skipped there would hide a regression.
    """
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"../shared/{'/'.join(parts)} is absent (evaluation material outside the repository)"
        if os.environ.get("CI", "").strip().lower() == "true":
            pytest.fail(f"{message}, and CI=true requires it", pytrace=False)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The shared seed article's text (skipped without ../shared, failed in CI)."""
    return shared_path(*SEED_ARTICLE).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def realnews_folder() -> Path:
    """The real-news evaluation set (skipped without ../shared, failed in CI)."""
    return shared_path("realnews-dev")


@pytest.fixture(scope="session")
def ngec_stories() -> Path:
    """NGEC's zipped synthetic stories (skipped without ../shared, failed in CI)."""
    return shared_path("training", "ngec-synthetic", "gpt_synthetic_events_2023-10-19_19.csv.zip")


# --- end of ../shared ---


# --- the bundled example corpus, processed once per test session ---


CorpusDbFactory = Callable[[Sequence[str], dict[str, str]], str]


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> CorpusDbFactory:
    """Builds processed, linked SQLite databases of some bundled example articles plus texts of a test's own."""
    return lambda names, extra: _build_corpus_db(tmp_path_factory, names, extra)


def _build_corpus_db(tmp_path_factory: pytest.TempPathFactory, names: Sequence[str], extra: dict[str, str]) -> str:
    from importlib import resources

    from sitreps import api

    folder = tmp_path_factory.mktemp("corpus")
    with resources.as_file(resources.files("sitreps.examples").joinpath("corpus")) as source:
        for name in names:
            shutil.copy(Path(source) / name, folder / name)
    for name, text in extra.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = f"sqlite:///{tmp_path_factory.mktemp('db') / 'corpus.db'}"
    api.ingest([folder], db=db)
    assert api.process(db=db).processed == len(names) + len(extra)
    return db


@pytest.fixture(scope="session")
def corpus_documents() -> list[Document]:
    """Every document of the bundled example corpus through the whole pipeline (no database)."""
    from importlib import resources

    from sitreps import api

    with resources.as_file(resources.files("sitreps.examples").joinpath("corpus")) as folder:
        result = api.extract([folder])
    assert not result.failures, result.failures
    return result.documents


# --- linking ---


@pytest.fixture(scope="session", autouse=True)
def _private_vector_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Sentence vectors go to a cache of the test session, never to the user's ~/.cache."""
    previous = os.environ.get("SITREPS_VECTOR_CACHE")
    os.environ["SITREPS_VECTOR_CACHE"] = str(tmp_path_factory.mktemp("vectors") / "vectors.sqlite")
    yield
    if previous is None:
        os.environ.pop("SITREPS_VECTOR_CACHE", None)
    else:
        os.environ["SITREPS_VECTOR_CACHE"] = previous


# --- places ---


@pytest.fixture(scope="session", autouse=True)
def _private_gazetteer_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The gazetteer index is built into a folder of the test session, never the user's ~/.cache.

    A developer who sets SITREPS_CACHE_DIR keeps it (the build takes seconds; reading it back does not).
    """
    if os.environ.get("SITREPS_CACHE_DIR") is not None:
        yield
        return
    os.environ["SITREPS_CACHE_DIR"] = str(tmp_path_factory.mktemp("gazetteer"))
    yield
    os.environ.pop("SITREPS_CACHE_DIR", None)
