"""The results store: tables, writes and trend queries."""

from sos_lang.store.database import DEFAULT_STORE_URL, RecordResult, Store, StoreError

__all__ = ["DEFAULT_STORE_URL", "RecordResult", "Store", "StoreError"]
