"""Backups: one archive holding a consistent snapshot of the database, the queue and the uploads.

An archive (`heraldo-YYYYMMDD-HHMMSS.tar.gz`) holds

- `database/heraldo.sqlite3`, taken with SQLite's online backup API (readers and writers carry on;
  the copy is one consistent moment), or `database/heraldo.pgdump`, `pg_dump`'s custom format (one
  repeatable-read transaction);
- `database/queue.sqlite3`, Huey's queue when it lives in SQLite (on PostgreSQL it is in the dump;
  Redis is not saved: `jobs_sweep` re-enqueues every queued job whose message was lost);
- `media/…`, every uploaded file (the newsroom's public photos and the private uploads alike);
- `manifest.json`, last: the format, the time, the engine and each member's size and SHA-256.

The database is copied before the files. An upload is stored before the row that names it is
committed (and files are never changed in place, see `heraldo.core.storage`), so every file the
snapshot names is already on disk when the files are copied; a later upload only adds a file no row
names yet.

`backup_restore` unpacks into a staging directory, checks every member against the manifest and
refuses a damaged archive before it changes anything; it restores only into an empty installation
(no accounts, no uploads) unless forced.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any

from django.conf import settings
from django.core.cache import cache
from django.db import connection, connections
from django.utils import timezone
from django.utils.translation import gettext as _

from heraldo.core.jobs import heartbeat
from heraldo.core.storage import TEMPORARY_PREFIX

FORMAT = 1
MANIFEST = "manifest.json"
SQLITE_MEMBER = "database/heraldo.sqlite3"
PGDUMP_MEMBER = "database/heraldo.pgdump"
QUEUE_MEMBER = "database/queue.sqlite3"
MEDIA_PREFIX = "media/"
ARCHIVE_NAME = re.compile(r"heraldo-\d{8}-\d{6}\.tar\.gz")
_CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why in Spanish."""


class BackupDamaged(BackupError):
    """The archive is not what its manifest says: nothing was restored."""


@dataclass(frozen=True)
class Installation:
    """Where one Heraldo keeps its data: a database (Django's settings for it), the queue file and the uploads."""

    database: dict[str, Any]
    media_root: Path
    queue_database: Path | None

    @property
    def is_postgres(self) -> bool:
        return self.database["ENGINE"] == "django.db.backends.postgresql"


def current_installation() -> Installation:
    huey = settings.HUEY
    queue = Path(huey["filename"]) if huey.get("huey_class") == "huey.SqliteHuey" else None
    return Installation(
        database=dict(connection.settings_dict), media_root=Path(settings.MEDIA_ROOT), queue_database=queue
    )


# --- Taking a backup ------------------------------------------------------------------------------


def backup_create(*, directory: Path, installation: Installation | None = None, now: datetime | None = None) -> Path:
    """Write a new archive into `directory` and return its path; a half-written archive never has the final name."""
    installation = installation or current_installation()
    now = now or timezone.now()
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"heraldo-{timezone.localtime(now):%Y%m%d-%H%M%S}.tar.gz"
    partial = directory / f".{target.name}.partial"
    files: dict[str, dict[str, object]] = {}
    try:
        with tempfile.TemporaryDirectory(dir=directory) as staging_dir, tarfile.open(partial, "w:gz") as archive:
            staging = Path(staging_dir)
            for member, path in _database_snapshots(installation, staging):
                files[member] = _add_file(archive, member, path)
            for member, path in _media_files(installation.media_root):
                try:
                    files[member] = _add_file(archive, member, path)
                except FileNotFoundError:
                    continue  # deleted while the backup ran: no row of the snapshot can need it
                if len(files) % 200 == 0:
                    heartbeat()
            manifest = {
                "format": FORMAT,
                "created_at": now.isoformat(),
                "engine": "postgresql" if installation.is_postgres else "sqlite",
                "files": files,
            }
            _add_bytes(archive, MANIFEST, json.dumps(manifest, indent=1, sort_keys=True).encode())
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(
            _("No se pudo escribir la copia de seguridad en %(dir)s: %(reason)s.")
            % {"dir": directory, "reason": exc.strerror or exc}
        ) from exc
    return target


def _database_snapshots(installation: Installation, staging: Path) -> Iterator[tuple[str, Path]]:
    if installation.is_postgres:
        dump = staging / "heraldo.pgdump"
        _run_pg(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={dump}"], installation)
        yield PGDUMP_MEMBER, dump
    else:
        copy = staging / "heraldo.sqlite3"
        _sqlite_copy(Path(installation.database["NAME"]), copy)
        yield SQLITE_MEMBER, copy
    if installation.queue_database is not None and installation.queue_database.exists():
        queue = staging / "queue.sqlite3"
        _sqlite_copy(installation.queue_database, queue)
        yield QUEUE_MEMBER, queue


def _sqlite_copy(source: Path, target: Path) -> None:
    """SQLite's online backup: one consistent copy while other connections go on reading and writing."""
    source_db = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    target_db = sqlite3.connect(target)
    try:
        source_db.backup(target_db)
    finally:
        target_db.close()
        source_db.close()


def _media_files(media_root: Path) -> Iterator[tuple[str, Path]]:
    if not media_root.is_dir():
        return
    for path in sorted(media_root.rglob("*")):
        if path.is_file() and not path.is_symlink() and not path.name.startswith(TEMPORARY_PREFIX):
            yield MEDIA_PREFIX + path.relative_to(media_root).as_posix(), path


class _HashingReader:
    def __init__(self, handle: IO[bytes]):
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.digest.update(data)
        return data


def _add_file(archive: tarfile.TarFile, member: str, path: Path) -> dict[str, object]:
    with path.open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        info = tarfile.TarInfo(member)
        info.size = size
        info.mtime = int(path.stat().st_mtime)
        reader = _HashingReader(handle)
        archive.addfile(info, reader)
    return {"size": size, "sha256": reader.digest.hexdigest()}


def _add_bytes(archive: tarfile.TarFile, member: str, data: bytes) -> None:
    info = tarfile.TarInfo(member)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


def backups_prune(*, directory: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` archives of `directory` (only files named as Heraldo names them)."""
    archives = sorted(path for path in directory.glob("heraldo-*.tar.gz") if ARCHIVE_NAME.fullmatch(path.name))
    removed = archives[: max(0, len(archives) - keep)]
    for path in removed:
        path.unlink()
    return removed


def latest_backup(directory: Path | None = None) -> Path | None:
    directory = directory or Path(settings.HERALDO_BACKUP_DIR)
    if not directory.is_dir():
        return None
    archives = sorted(path for path in directory.glob("heraldo-*.tar.gz") if ARCHIVE_NAME.fullmatch(path.name))
    return archives[-1] if archives else None


def backup_if_due(*, now: datetime | None = None) -> Path | None:
    """The hourly step: at HERALDO_BACKUP_HOUR (Lima) one archive a day; the newest HERALDO_BACKUP_KEEP stay."""
    now = now or timezone.now()
    local = timezone.localtime(now)
    if local.hour != settings.HERALDO_BACKUP_HOUR:
        return None
    directory = Path(settings.HERALDO_BACKUP_DIR)
    latest = latest_backup(directory)
    if latest is not None and latest.name.startswith(f"heraldo-{local:%Y%m%d}-"):
        return None
    archive = backup_create(directory=directory, now=now)
    backups_prune(directory=directory, keep=settings.HERALDO_BACKUP_KEEP)
    return archive


# --- Restoring ------------------------------------------------------------------------------------


def backup_verify(archive_path: Path, staging: Path) -> dict[str, Any]:
    """Unpack the archive into `staging` and check each member against the manifest; returns the manifest."""
    seen: dict[str, dict[str, object]] = {}
    manifest: dict[str, Any] | None = None
    try:
        with tarfile.open(archive_path, "r:gz") as archive:
            for info in archive:
                name = _safe_member_name(info)
                source = archive.extractfile(info)
                if source is None:
                    continue
                if name == MANIFEST:
                    manifest = json.loads(source.read(10 * _CHUNK))
                    continue
                target = staging / name
                target.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                with target.open("wb") as out:
                    while chunk := source.read(_CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                seen[name] = {"size": info.size, "sha256": digest.hexdigest()}
    except FileNotFoundError as exc:
        raise BackupError(_("No existe el archivo %(path)s.") % {"path": archive_path}) from exc
    except (tarfile.TarError, EOFError, OSError, ValueError) as exc:
        if isinstance(exc, OSError) and exc.errno is not None:
            raise BackupError(
                _("No se pudo leer %(path)s: %(reason)s.") % {"path": archive_path, "reason": exc.strerror}
            ) from exc
        raise BackupDamaged(
            _("El archivo %(path)s está dañado o incompleto (%(reason)s); no se restauró nada.")
            % {"path": archive_path, "reason": exc}
        ) from exc
    if manifest is None or not isinstance(manifest.get("files"), dict):
        raise BackupDamaged(
            _("El archivo %(path)s no tiene manifiesto: está incompleto o no es una copia de Heraldo.")
            % {"path": archive_path}
        )
    if manifest.get("format") != FORMAT:
        raise BackupError(_("Esta copia tiene un formato que esta versión de Heraldo no conoce."))
    expected: dict[str, dict[str, object]] = manifest["files"]
    for name in sorted(set(expected) | set(seen)):
        if name not in seen:
            raise BackupDamaged(_("Falta %(name)s en la copia; no se restauró nada.") % {"name": name})
        if name not in expected:
            raise BackupDamaged(_("%(name)s no figura en el manifiesto; no se restauró nada.") % {"name": name})
        if seen[name] != {"size": expected[name].get("size"), "sha256": expected[name].get("sha256")}:
            raise BackupDamaged(
                _("%(name)s no coincide con su suma de control SHA-256: la copia está dañada; no se restauró nada.")
                % {"name": name}
            )
    return manifest


def _safe_member_name(info: tarfile.TarInfo) -> str:
    name = PurePosixPath(info.name)
    if (
        name.is_absolute()
        or ".." in name.parts
        or not (info.isfile() or info.isdir())
        or not (str(name) == MANIFEST or str(name).startswith(("database/", MEDIA_PREFIX)))
    ):
        raise BackupDamaged(_("La copia contiene una entrada no permitida (%(name)s).") % {"name": info.name})
    return str(name)


def installation_contents(installation: Installation) -> tuple[int, int]:
    """How many accounts and uploaded files the installation holds (0, 0 when it is empty)."""
    files = sum(1 for _member in _media_files(installation.media_root))
    return _count_users(installation), files


def _count_users(installation: Installation) -> int:
    if installation.is_postgres:
        import psycopg

        with psycopg.connect(**_pg_params(installation)) as db:
            exists = db.execute("SELECT to_regclass('public.core_user')").fetchone()
            if not exists or exists[0] is None:
                return 0
            return db.execute("SELECT count(*) FROM core_user").fetchone()[0]
    path = Path(installation.database["NAME"])
    if not path.exists():
        return 0
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if not db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='core_user'").fetchone():
            return 0
        return db.execute("SELECT count(*) FROM core_user").fetchone()[0]
    finally:
        db.close()


def backup_restore(*, archive: Path, installation: Installation | None = None, force: bool = False) -> dict[str, Any]:
    """Restore an archive; refuses a damaged one, and a non-empty installation unless `force`."""
    installation = installation or current_installation()
    installation.media_root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=installation.media_root.parent, prefix=".heraldo-restore-") as staging_dir:
        staging = Path(staging_dir)
        manifest = backup_verify(archive, staging)
        engine = "postgresql" if installation.is_postgres else "sqlite"
        if manifest["engine"] != engine:
            raise BackupError(
                _("La copia es de una base %(archive)s y esta instalación usa %(current)s.")
                % {"archive": manifest["engine"], "current": engine}
            )
        users, files = installation_contents(installation)
        if (users or files) and not force:
            raise BackupError(
                _(
                    "La instalación de destino no está vacía (%(users)s cuentas, %(files)s archivos). "
                    "Restaure en una instalación vacía o use --force para reemplazar sus datos."
                )
                % {"users": users, "files": files}
            )
        connections.close_all()
        if installation.is_postgres:
            _run_pg(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--no-privileges",
                    "--single-transaction",
                    "--exit-on-error",
                    str(staging / PGDUMP_MEMBER),
                ],
                installation,
                database_flag=True,
            )
        else:
            _sqlite_restore(staging / SQLITE_MEMBER, Path(installation.database["NAME"]))
        if installation.queue_database is not None and (staging / QUEUE_MEMBER).exists():
            _sqlite_restore(staging / QUEUE_MEMBER, installation.queue_database)
        media = staging / MEDIA_PREFIX
        for path in sorted(media.rglob("*")) if media.is_dir() else []:
            if path.is_file():
                target = installation.media_root / path.relative_to(media)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, target)  # same file system as the staging directory: each file appears whole
    # Cached entries (capabilities keyed by each account's access stamp, counts) describe the replaced data.
    cache.clear()
    return manifest


def _sqlite_restore(source: Path, target: Path) -> None:
    """Copy through SQLite itself, so the target's WAL and any open reader see one whole database."""
    target.parent.mkdir(parents=True, exist_ok=True)
    source_db = sqlite3.connect(source)
    target_db = sqlite3.connect(target, timeout=30)
    try:
        source_db.backup(target_db)
    finally:
        target_db.close()
        source_db.close()


def _pg_params(installation: Installation) -> dict[str, Any]:
    database = installation.database
    params = {
        "dbname": database["NAME"],
        "host": database.get("HOST") or None,
        "port": database.get("PORT") or None,
        "user": database.get("USER") or None,
        "password": database.get("PASSWORD") or None,
        "connect_timeout": 5,
    }
    return {key: value for key, value in params.items() if value is not None}


def _run_pg(command: list[str], installation: Installation, *, database_flag: bool = False) -> None:
    database = installation.database
    env = {**os.environ, "PGDATABASE": database["NAME"]}
    for key, variable in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if database.get(key):
            env[variable] = str(database[key])
    if database_flag:
        command = [*command[:-1], f"--dbname={database['NAME']}", command[-1]]
    if shutil.which(command[0]) is None:
        raise BackupError(
            _("Falta el programa %(program)s: instale el cliente de PostgreSQL (postgresql-client).")
            % {"program": command[0]}
        )
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(
            _("%(program)s terminó con error: %(detail)s")
            % {"program": command[0], "detail": result.stderr.strip()[-2000:]}
        )
