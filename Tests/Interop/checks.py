"""What the interop scripts share: a tally of named checks printed one line each, and a short
JSON rendering of a value for failure details. The scripts end with `N passed, M failed`, which
the Swift test looks for."""

from __future__ import annotations

import json
from typing import Any


class Checks:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0
        self.failures: list[str] = []

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        if ok:
            self.passed += 1
            print(f"PASS {name}", flush=True)
        else:
            self.failed += 1
            self.failures.append(name)
            print(f"FAIL {name}" + (f": {detail}" if detail else ""), flush=True)
        return ok

    def verdict(self) -> int:
        """Prints the failed checks' names and the closing tally; the exit code (1 on any failure)."""
        if self.failures:
            print("# failed: " + ", ".join(self.failures), flush=True)
        print(f"{self.passed} passed, {self.failed} failed", flush=True)
        return 1 if self.failed else 0


def short(value: Any, limit: int = 400) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return text if len(text) <= limit else text[:limit] + "…"
