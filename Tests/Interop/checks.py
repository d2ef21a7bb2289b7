"""What the interop scripts share: a tally of named checks printed one line each, a step runner
that turns an unexpected exception into a failed check, and a short JSON rendering of a value
for failure details. The scripts end with `N passed, M failed`, which
the Swift test looks for."""

from __future__ import annotations

import json
import traceback
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


async def guarded(checks: Checks, label: str, step: Any) -> Any:
    """Runs one step; an unexpected exception fails it and leaves the others to run."""
    try:
        return await step
    except Exception as error:  # noqa: BLE001 - one broken step must not stop the rest
        traceback.print_exc()
        checks.check(f"{label}: no unexpected exception", False, f"{type(error).__name__}: {error}")
        return None


def short(value: Any, limit: int = 400) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return text if len(text) <= limit else text[:limit] + "…"
