"""A full disk or a read-only database: a clear Spanish sentence, nothing half-saved."""

from __future__ import annotations

import errno

import pytest
from django.db import OperationalError, connection
from django.urls import reverse

from heraldo.core import storage
from heraldo.core.failures import storage_failure_response
from heraldo.core.models import AuditEntry
from heraldo.press.models import MediaAsset
from heraldo.press.tests.factories import jpeg_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path / "media"


class _DiskFillsUp:
    """The file object of a disk that fills up halfway through the third file written."""

    files_opened = 0

    def __init__(self, handle):
        self.handle = handle
        _DiskFillsUp.files_opened += 1
        self.fails = _DiskFillsUp.files_opened >= 3

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()

    def write(self, data: bytes) -> int:
        if self.fails:
            self.handle.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")
        return self.handle.write(data)

    def __getattr__(self, name):
        return getattr(self.handle, name)


def test_an_upload_onto_a_full_disk_says_so_and_saves_nothing_half_written(client_as, media, monkeypatch):
    # Given a press officer uploading a photo (its web and thumbnail sizes and its original: three files)
    officer = client_as("press_officer")
    real_fdopen = storage.os.fdopen
    _DiskFillsUp.files_opened = 0
    monkeypatch.setattr(storage.os, "fdopen", lambda fd, mode: _DiskFillsUp(real_fdopen(fd, mode)))

    # When the disk fills up while the third file is written
    response = officer.post(reverse("press:library"), {"files": [jpeg_upload()], "rights": "propia"})

    # Then the page says why in Spanish, no record names a file, and no truncated or temporary file is left
    page = response.content.decode()
    assert response.status_code == 503
    assert "El disco del servidor está lleno." in page and "No se guardó ningún cambio" in page
    assert not MediaAsset.objects.exists()
    left = [path for path in media.rglob("*") if path.is_file()]
    assert len(left) == 2 and not any(path.name.startswith(storage.TEMPORARY_PREFIX) for path in left)
    assert all(path.stat().st_size > 0 for path in left)


def test_a_file_stored_whole_keeps_its_bytes_and_never_overwrites_another(media):
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    first = default_storage.save("prensa/a.txt", ContentFile(b"uno"))
    second = default_storage.save("prensa/a.txt", ContentFile(b"dos"))

    assert first == "prensa/a.txt" and second != first
    assert (media / first).read_bytes() == b"uno" and (media / second).read_bytes() == b"dos"
    assert sorted(path.name for path in (media / "prensa").iterdir()) == sorted(["a.txt", second.split("/")[-1]])


@pytest.fixture
def read_only_database():
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA query_only = ON")
        else:
            cursor.execute("SET default_transaction_read_only = on")
    yield
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA query_only = OFF")
        else:
            cursor.execute("SET default_transaction_read_only = off")


@pytest.mark.django_db(transaction=True)  # on PostgreSQL read-only applies to transactions begun after it is set
def test_a_read_only_database_answers_with_a_sentence_and_changes_nothing(client_as, media, request):
    # Given a photo in the library
    officer = client_as("press_officer")
    officer.post(reverse("press:library"), {"files": [jpeg_upload()], "rights": "propia"})
    asset = MediaAsset.objects.get()
    audits = AuditEntry.objects.count()

    # When the database turns read-only and the officer edits the photo's details
    request.getfixturevalue("read_only_database")
    officer.raise_request_exception = False  # as a server does: a write refused in a middleware reaches handler500
    data = {"title": "Corte de cinta", "caption": "", "credit": "MDSC", "alt_text": "Corte", "rights": "propia"}
    response = officer.post(reverse("press:asset_detail", args=[asset.pk]), data)

    # Then the page says the database is read-only and that nothing was saved
    page = response.content.decode()
    assert response.status_code == 503
    assert "La base de datos está en modo de solo lectura." in page and "No se guardó ningún cambio" in page
    asset.refresh_from_db()
    assert asset.title != "Corte de cinta"
    assert AuditEntry.objects.count() == audits


def refused_connection(*args, **kwargs):
    """What psycopg raises for every query once PostgreSQL is stopped (bench/postgres_down.py stops a real one)."""
    raise OperationalError(
        'connection failed: connection to server at "127.0.0.1", port 5432 failed: Connection refused'
    )


@pytest.mark.parametrize("path", ["/", "/mi-trabajo/", "/api/v1/me/"])
def test_a_database_that_does_not_answer_gives_a_503_that_says_so_without_reading_it(client_as, monkeypatch, path):
    # Given a signed-in head of unit, whose session and user live in the database
    head = client_as("head_of_unit")
    head.raise_request_exception = False  # as a server does: a failure in a middleware reaches handler500

    # When the database stops answering and a page is asked for
    monkeypatch.setattr(connection, "cursor", refused_connection)
    response = head.get(path)

    # Then the answer is the 503 sentence, never the server error page nor a traceback
    monkeypatch.undo()
    page = response.content.decode()
    assert response.status_code == 503
    assert "La base de datos no responde." in page
    assert "Traceback" not in page and "Connection refused" not in page
    assert response["Retry-After"] == "30"


def test_a_form_the_stopped_database_kept_from_being_read_is_read_before_answering(rf):
    # given a form posted while the database is stopped: the session middleware fails before the view reads it
    request = rf.post("/tareas/nueva/", data={"title": "Tarea", "owner": "1"})
    failure = OperationalError("connection failed: FATAL:  the database system is shutting down")
    # when Heraldo answers that the database does not respond
    answer = storage_failure_response(request, failure)
    # then the answer is the 503 page, and nothing of the form is left on the connection for the next request
    assert answer is not None and answer.status_code == 503
    assert request.read() == b""
