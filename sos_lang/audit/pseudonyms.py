"""Keys and keyed hashes for the audit: worker pseudonyms and each record's content hash.

The store keeps a pseudonym instead of a worker's name, and a content hash so a
re-run skips what is unchanged; both are computed here and nowhere else.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from sos_lang.audit.readers import AuditItem


def pseudonym_key(explicit: str | None = None) -> bytes:
    """The key for worker pseudonyms: given, $SOS_LANG_PSEUDONYM_KEY, or a private key file."""
    if explicit:
        return explicit.encode()
    if os.environ.get("SOS_LANG_PSEUDONYM_KEY"):
        return os.environ["SOS_LANG_PSEUDONYM_KEY"].encode()
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "sos_lang"
    path = base / "pseudonym.key"
    if not path.is_file():
        base.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as stream:
            stream.write(secrets.token_hex(32))
    return path.read_text().strip().encode()


def pseudonymise(name: str | None, key: bytes) -> str | None:
    """A keyed hash of a worker's name: stable per key, not reversible without it."""
    if not name:
        return None
    normalised = " ".join(name.lower().split())
    return hmac.new(key, normalised.encode(), hashlib.sha256).hexdigest()[:16]


def content_hash(item: AuditItem) -> str:
    """Hash of the text and the metadata stored with it: a change to either re-analyses."""
    digest = hashlib.sha256()
    for part in (item.text or "", item.team or "", str(item.date or ""),
                 item.record_type or "", item.worker or ""):
        digest.update(part.encode("utf-8", "surrogateescape"))
        digest.update(b"\x1f")
    return digest.hexdigest()
