"""Test plan S13 (ASVS 13.3.1): no secret-looking literal is committed; secrets come from the environment.

Settings read secrets only from the environment (`core/test_config.py::test_secret_can_come_from_a_file`);
this scan makes sure none was pasted into the code, the deployment files or the documentation instead.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
NOT_OURS = {".git", ".venv", "node_modules", "var", "staticfiles", "__pycache__", ".mypy_cache", ".ruff_cache"}
BINARY = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf", ".ico", ".woff", ".woff2", ".ttf", ".mo", ".xlsx", ".docx"}

SECRET_SHAPES = {
    "clave privada": re.compile(r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY"),
    "clave de AWS": re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    "token de GitHub": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b"),
    "token de Slack": re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}"),
    "clave de Google": re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b"),
    "token de bot de Telegram": re.compile(r"\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b"),
}
# user:password@host; a placeholder is a plain word ("password", "replace-me", the tests' "cl%40ve"), a real
# password is not
URL_PASSWORD = re.compile(r"\b[a-z][a-z0-9+.-]*://[^/\s:@\"'$]+:([^/\s@\"'$]{6,})@")
# `SECRET_KEY = "…"`, `password="…"`, `api_token: …` with a value that looks random: placeholders and
# the tests' made-up passwords read as words, a pasted key does not.
ASSIGNED = re.compile(
    r"(?i)\b[\w-]*(?:secret|passw(?:or)?d|token|api[_-]?key)[\w-]*\b[\"']?\s*[:=]\s*[\"']([A-Za-z0-9+/_=-]{24,})[\"']"
)


def looks_random(value: str) -> bool:
    """Shannon entropy per character: about 3 for words and placeholders, 4.5 or more for generated keys."""
    counts = Counter(value)
    entropy = -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())
    return entropy >= 4.2 and any(c.isdigit() for c in value) and any(c.isupper() for c in value)


def repository_texts():
    for folder, subfolders, files in os.walk(ROOT):
        subfolders[:] = [name for name in subfolders if name not in NOT_OURS]  # never into the environments
        for name in files:
            path = Path(folder, name)
            if path.suffix.lower() in BINARY or path.is_symlink():
                continue
            try:
                yield path.relative_to(ROOT), path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue


def secrets_in(text: str) -> list[str]:
    found = [name for name, shape in SECRET_SHAPES.items() if shape.search(text)]
    found += [
        "contraseña en una URL"
        for m in URL_PASSWORD.finditer(text)
        if not re.fullmatch(r"[a-z@-]+", unquote(m.group(1)))
    ]
    found += [f"valor asignado {m.group(1)[:6]}…" for m in ASSIGNED.finditer(text) if looks_random(m.group(1))]
    return found


def test_the_scan_recognises_each_kind_of_secret():
    # given text with a secret of each kind the scan knows (built at run time, so the repository holds none)
    pasted = [
        "-----BEGIN " + "OPENSSH PRIVATE KEY-----",
        "AKIA" + "Q3EGRT5WXYZ7ABCD",
        "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
        "xoxb-" + "123456789012-abcdefghij",
        "AIza" + "SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
        "123456789:AA" + "Hk3j4l5m6n7o8p9q0r1s2t3u4v5w6x7y8",
        "postgres://heraldo:" + "Zq8vL2mPx4@db/heraldo",
        'SECRET_KEY = "' + "k7Rj2Vq9Xw4Zp8Lm3Nb6Tc1Hf5Gd0Sa" + '"',
    ]
    # then each is found, and the repository's placeholders and made-up test passwords are not
    assert all(secrets_in(text) for text in pasted), [text for text in pasted if not secrets_in(text)]
    assert secrets_in('SECRET_KEY="replace with: python3 -c ..."') == []
    assert secrets_in("DATABASE_URL: postgres://heraldo:${POSTGRES_PASSWORD:-heraldo}@db:5432/heraldo") == []
    assert secrets_in("imaps://user:password@host:993/INBOX postgres://heraldo:replace-me@127.0.0.1/h") == []


def test_no_file_of_the_repository_carries_a_secret():
    # when every text file of the repository is read
    found = {str(path): kinds for path, text in repository_texts() if (kinds := secrets_in(text))}
    # then none holds anything shaped like a key, a token or a password
    assert found == {}
