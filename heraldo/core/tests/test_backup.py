"""Backups: taken while the office works, restored into an empty installation, equal table by table and file by file."""

from __future__ import annotations

import io
import sqlite3
import tarfile
import threading
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command
from django.db import OperationalError, connection, connections

from heraldo.core.backup import (
    BackupDamaged,
    BackupError,
    Installation,
    backup_create,
    backup_if_due,
    backup_restore,
    backups_prune,
    current_installation,
)
from heraldo.core.models import Notification

LIMA = ZoneInfo("America/Lima")


class Writer(threading.Thread):
    """The office at work: each step commits a notification naming a file it has just stored."""

    def __init__(self, user, media_root: Path):
        super().__init__(daemon=True)
        self.user, self.media_root = user, media_root
        self.stop = threading.Event()
        self.committed: list[int] = []

    def run(self) -> None:
        try:
            number = 0
            while not self.stop.is_set() and number < 5000:
                number += 1
                name = f"escritor/{number:05}.txt"
                path = self.media_root / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(f"archivo {number}".encode() * 50)
                note = self._create(number, name)
                self.committed.append(note.pk)
        finally:
            connections.close_all()

    def _create(self, number: int, name: str) -> Notification:
        # On a loaded machine SQLite may answer "database is locked" past its busy timeout while the
        # snapshot reads; a person would press the button again, and so does the writer.
        for _attempt in range(50):
            try:
                return Notification.objects.create(recipient=self.user, title=f"Aviso {number}", url=name)
            except OperationalError:
                time.sleep(0.02)
        raise RuntimeError("the database stayed locked")


def _rows(db, table: str, postgres: bool) -> list[tuple]:
    quoted = f'"{table}"'
    return sorted(db.execute(f"SELECT * FROM {quoted}").fetchall(), key=repr)  # noqa: S608


def _tables(db, postgres: bool) -> list[str]:
    if postgres:
        query = "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
    else:
        query = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1"
    return [row[0] for row in db.execute(query).fetchall()]


def _connect(installation: Installation):
    if installation.is_postgres:
        import psycopg

        from heraldo.core.backup import _pg_params

        return psycopg.connect(**_pg_params(installation))
    return sqlite3.connect(installation.database["NAME"])


@pytest.fixture
def empty_target(tmp_path):
    """A second installation with nothing in it: a new database, no uploads, no queue."""
    source = current_installation()
    if not source.is_postgres:
        yield Installation(
            database={**source.database, "NAME": str(tmp_path / "restored.sqlite3")},
            media_root=tmp_path / "restored-media",
            queue_database=tmp_path / "restored-queue.sqlite3",
        )
        return
    import psycopg

    from heraldo.core.backup import _pg_params

    name = f"{source.database['NAME']}_restored"
    admin = {**_pg_params(source), "dbname": "postgres", "autocommit": True}
    with psycopg.connect(**admin) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}"')
        db.execute(f'CREATE DATABASE "{name}"')
    yield Installation(
        database={**source.database, "NAME": name}, media_root=tmp_path / "restored-media", queue_database=None
    )
    with psycopg.connect(**admin) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def source(tmp_path, settings):
    """The running installation, its uploads in a directory of this test, with a queue holding one message."""
    settings.MEDIA_ROOT = tmp_path / "media"
    (tmp_path / "media" / "prensa").mkdir(parents=True)
    (tmp_path / "media" / "prensa" / "foto.jpg").write_bytes(b"\xff\xd8\xff" + b"x" * 5000)
    queue = None
    if connection.vendor == "sqlite":
        queue = tmp_path / "queue.sqlite3"
        with sqlite3.connect(queue) as db:
            db.execute("CREATE TABLE task (id INTEGER PRIMARY KEY, data BLOB)")
            db.execute("INSERT INTO task (data) VALUES (x'0102')")
        db.close()
    return Installation(database=dict(connection.settings_dict), media_root=tmp_path / "media", queue_database=queue)


@pytest.mark.django_db(transaction=True)
def test_a_backup_taken_while_the_office_writes_restores_equal_into_an_empty_installation(
    persona, source, empty_target, tmp_path
):
    # Given the office at work: a writer commits a notification and its file again and again
    persona("head_of_unit")
    writer = Writer(persona("press_officer"), source.media_root)
    writer.start()
    while len(writer.committed) < 20:
        writer.join(0.01)
    committed_before = list(writer.committed)

    # When a backup is taken while it writes, and the writer then goes on and stops
    archive = backup_create(directory=tmp_path / "backups", installation=source)
    while len(writer.committed) < len(committed_before) + 40 and writer.is_alive():
        writer.join(0.01)
    writer.stop.set()
    writer.join()

    # And the archive is restored into an empty installation
    manifest = backup_restore(archive=archive, installation=empty_target)

    # Then every table compares equal to the source; the written table holds exactly what was committed up to one
    # moment (a prefix of the writer's work, at least what was committed before the backup started)
    with _connect(source) as original, _connect(empty_target) as restored:
        tables = _tables(original, source.is_postgres)
        assert _tables(restored, source.is_postgres) == tables
        assert "core_notification" in tables and "core_user" in tables
        for table in tables:
            if table == "core_notification":
                continue
            restored_rows, original_rows = (_rows(db, table, source.is_postgres) for db in (restored, original))
            if table == "core_changestamp":  # the database raises the written table's stamp with each write
                restored_rows, original_rows = (
                    [row for row in rows if row[0] != "table:core_notification"]
                    for rows in (restored_rows, original_rows)
                )
            assert restored_rows == original_rows, table
        kept = [row[0] for row in _rows(restored, "core_notification", source.is_postgres)]
        kept_ids = sorted(kept)
        assert set(committed_before) <= set(kept_ids)
        assert kept_ids == sorted(writer.committed)[: len(kept_ids)]
        assert len(kept_ids) < len(writer.committed), "the writer went on after the snapshot"
        original_notes = {row[0]: row for row in _rows(original, "core_notification", source.is_postgres)}
        assert all(row == original_notes[row[0]] for row in _rows(restored, "core_notification", source.is_postgres))
        named_files = [row[0] for row in restored.execute("SELECT url FROM core_notification").fetchall()]
    original.close()
    restored.close()

    # And every file the restored rows name is there, byte for byte, as is every other upload
    for name in [*named_files, "prensa/foto.jpg"]:
        assert (empty_target.media_root / name).read_bytes() == (source.media_root / name).read_bytes(), name
    for member in manifest["files"]:
        if member.startswith("media/"):
            name = member.removeprefix("media/")
            assert (empty_target.media_root / name).read_bytes() == (source.media_root / name).read_bytes()
    if source.queue_database is not None:
        with sqlite3.connect(empty_target.queue_database) as queue:
            assert queue.execute("SELECT data FROM task").fetchall() == [(b"\x01\x02",)]
        queue.close()


def _rewrite(archive: Path, target: Path, *, change: str | None = None, drop: str | None = None) -> None:
    """Copy an archive member by member, altering one member's bytes or leaving one out, manifest untouched."""
    with tarfile.open(archive, "r:gz") as old, tarfile.open(target, "w:gz") as new:
        for info in old:
            data = old.extractfile(info).read()
            if info.name == drop:
                continue
            if info.name == change:
                data = data[:-1] + bytes([data[-1] ^ 1])
            new.addfile(info, io.BytesIO(data))


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_a_damaged_archive_and_changes_nothing(persona, source, empty_target, tmp_path):
    # Given a good backup
    persona("head_of_unit")
    archive = backup_create(directory=tmp_path / "backups", installation=source)

    # When one uploaded file in it changed by one bit, one is missing, or the archive was cut short
    changed, missing, cut = tmp_path / "changed.tar.gz", tmp_path / "missing.tar.gz", tmp_path / "cut.tar.gz"
    _rewrite(archive, changed, change="media/prensa/foto.jpg")
    _rewrite(archive, missing, drop="media/prensa/foto.jpg")
    cut.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])

    # Then each is refused with a message naming what is wrong, and the empty installation stays empty
    with pytest.raises(BackupDamaged, match="media/prensa/foto.jpg no coincide con su suma de control SHA-256"):
        backup_restore(archive=changed, installation=empty_target)
    with pytest.raises(BackupDamaged, match="Falta media/prensa/foto.jpg"):
        backup_restore(archive=missing, installation=empty_target)
    with pytest.raises(BackupDamaged, match="dañado o incompleto"):
        backup_restore(archive=cut, installation=empty_target)
    assert not any(empty_target.media_root.rglob("*.jpg"))
    if not empty_target.is_postgres:
        assert not Path(empty_target.database["NAME"]).exists()


@pytest.mark.django_db(transaction=True)
def test_restore_goes_only_into_an_empty_installation_unless_forced(persona, source, empty_target, tmp_path):
    # Given a backup restored once into an empty installation
    persona("head_of_unit")
    archive = backup_create(directory=tmp_path / "backups", installation=source)
    backup_restore(archive=archive, installation=empty_target)

    # When it is restored there again, the installation now holding accounts and files
    with pytest.raises(BackupError, match=r"no está vacía \(1 cuentas, 1 archivos\).*--force"):
        backup_restore(archive=archive, installation=empty_target)

    # Then only --force replaces its data
    (empty_target.media_root / "prensa" / "foto.jpg").write_bytes(b"otra")
    backup_restore(archive=archive, installation=empty_target, force=True)
    assert (empty_target.media_root / "prensa" / "foto.jpg").read_bytes() == (
        source.media_root / "prensa" / "foto.jpg"
    ).read_bytes()


@pytest.mark.django_db(transaction=True)
def test_the_commands_back_up_and_refuse_to_restore_over_a_working_installation(persona, settings, tmp_path):
    # Given a working installation with an account and an upload
    persona("head_of_unit")
    settings.MEDIA_ROOT = tmp_path / "media"
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "documento.pdf").write_bytes(b"%PDF-1.4 prueba")

    # When the operator runs `manage.py backup`, then `manage.py restore` of that archive over it
    out = io.StringIO()
    call_command("backup", "--output", str(tmp_path / "copias"), stdout=out)
    archive = next((tmp_path / "copias").glob("heraldo-*.tar.gz"))

    # Then the archive is there, and the restore refuses with a sentence saying what to do
    assert str(archive) in out.getvalue()
    with pytest.raises(CommandError, match="no está vacía.*Restaure en una instalación vacía o use --force"):
        call_command("restore", str(archive))
    with pytest.raises(CommandError, match="No existe el archivo"):
        call_command("restore", str(tmp_path / "no-existe.tar.gz"))


@pytest.mark.django_db(transaction=True)
def test_scheduled_backups_run_once_a_day_at_the_hour_and_keep_the_newest(persona, settings, tmp_path):
    # Given backups configured for 03:00 Lima, keeping two
    persona("head_of_unit")
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.HERALDO_BACKUP_DIR = tmp_path / "copias"
    settings.HERALDO_BACKUP_HOUR = 3
    settings.HERALDO_BACKUP_KEEP = 2

    # When the hourly step runs at other hours, twice at 03:xx and on three days
    assert backup_if_due(now=datetime(2026, 12, 1, 2, 30, tzinfo=LIMA)) is None
    first = backup_if_due(now=datetime(2026, 12, 1, 3, 30, tzinfo=LIMA))
    assert backup_if_due(now=datetime(2026, 12, 1, 3, 45, tzinfo=LIMA)) is None
    backup_if_due(now=datetime(2026, 12, 2, 3, 30, tzinfo=LIMA))
    backup_if_due(now=datetime(2026, 12, 3, 3, 30, tzinfo=LIMA))

    # Then one archive a day was taken and only the newest two remain
    assert first is not None and first.name == "heraldo-20261201-033000.tar.gz"
    assert sorted(path.name for path in (tmp_path / "copias").iterdir()) == [
        "heraldo-20261202-033000.tar.gz",
        "heraldo-20261203-033000.tar.gz",
    ]
    assert backups_prune(directory=tmp_path / "copias", keep=2) == []
