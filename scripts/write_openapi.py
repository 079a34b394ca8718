"""Write the API's OpenAPI document to docs/openapi.json (a test checks it is current).

    python scripts/write_openapi.py
"""

from __future__ import annotations

import json
from pathlib import Path

from sos_lang.api.app import create_app
from sos_lang.api.settings import ServerSettings


def main() -> None:
    target = Path(__file__).resolve().parent.parent / "docs" / "openapi.json"
    schema = create_app(ServerSettings(), warm=False).openapi()
    target.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{target}: {len(schema['paths'])} paths")


if __name__ == "__main__":
    main()
