"""Tiny hand-built profiles for the engine tests."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from matching.engine.features import MentorProfiles, RequestProfiles


def mentors(rows: Sequence[dict[str, object]]) -> MentorProfiles:
    def col(key: str, default: object) -> list[object]:
        return [r.get(key, default) for r in rows]

    return MentorProfiles(
        ids=np.arange(1, len(rows) + 1, dtype=np.int64),
        organisation_ids=np.array(col("org", -1), dtype=np.int64),
        expertise=col("expertise", []),  # type: ignore[arg-type]
        sectors=col("sectors", []),  # type: ignore[arg-type]
        stages=np.array(col("stage", 0), dtype=np.int64),
        regions=col("region", ""),  # type: ignore[arg-type]
        employees=np.array(col("employees", np.nan), dtype=np.float64),
        parent_bodies=col("parent_body", ""),  # type: ignore[arg-type]
        remote_ok=np.array(col("remote_ok", False), dtype=bool),
        bios=col("bio", ""),  # type: ignore[arg-type]
        free_capacity=np.array(col("capacity", 1), dtype=np.int64),
        accepting=np.array(col("accepting", True), dtype=bool),
    )


def requests(rows: Sequence[dict[str, object]]) -> RequestProfiles:
    def col(key: str, default: object) -> list[object]:
        return [r.get(key, default) for r in rows]

    return RequestProfiles(
        ids=np.arange(1, len(rows) + 1, dtype=np.int64),
        organisation_ids=np.array(col("org", 10**6), dtype=np.int64),
        needs=col("needs", []),  # type: ignore[arg-type]
        sectors=col("sectors", []),  # type: ignore[arg-type]
        stages=np.array(col("stage", 0), dtype=np.int64),
        regions=col("region", ""),  # type: ignore[arg-type]
        employees=np.array(col("employees", np.nan), dtype=np.float64),
        parent_bodies=col("parent_body", ""),  # type: ignore[arg-type]
        preferred_formats=col("format", "in_person"),  # type: ignore[arg-type]
        texts=col("text", ""),  # type: ignore[arg-type]
    )
