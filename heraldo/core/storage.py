"""Uploads and generated documents are written whole or not at all.

Django's FileSystemStorage writes straight into the final name, so a full disk or a killed process
leaves a truncated file that a record may already name. Here each file is written to a hidden
temporary file in the same directory, flushed to disk, and only then linked under its final name (a
link, not a rename, so an existing file is never replaced: the name is taken with the same guarantee
as Django's O_EXCL). On any error the temporary file is removed and the error goes up, so the
transaction that would have named the file rolls back (heraldo.core.failures turns it into a clear
page). Backups skip the temporary files (heraldo.core.backup).
"""

from __future__ import annotations

import os
import tempfile

from django.core.files.storage import FileSystemStorage

TEMPORARY_PREFIX = ".heraldo-tmp-"


class AtomicFileSystemStorage(FileSystemStorage):
    def _save(self, name, content):
        full_path = self.path(name)
        directory = os.path.dirname(full_path)
        os.makedirs(directory, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, dir=directory)
        try:
            with os.fdopen(descriptor, "wb") as handle:
                for chunk in content.chunks():
                    handle.write(chunk if isinstance(chunk, bytes) else chunk.encode())
                handle.flush()
                os.fsync(handle.fileno())
            while True:
                try:
                    os.link(temporary, full_path)
                except FileExistsError:
                    name = self.get_available_name(name)
                    full_path = self.path(name)
                else:
                    break
        finally:
            os.unlink(temporary)
        if self.file_permissions_mode is not None:
            os.chmod(full_path, self.file_permissions_mode)
        _sync_directory(directory)
        return os.path.relpath(full_path, self.location).replace("\\", "/")


def _sync_directory(directory: str) -> None:
    """Make the new name itself durable, not only the bytes behind it."""
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
