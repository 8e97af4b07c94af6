"""The matching engine: numpy, scipy and scikit-learn only. It must never import Django."""

from matching.engine.assignment import Assignment, assign, assign_min_cost_flow
from matching.engine.features import (
    FEATURES,
    LABELS,
    PRIOR_WEIGHTS,
    FeatureConfig,
    MentorProfiles,
    RequestProfiles,
)
from matching.engine.scoring import (
    Explanation,
    MentorIndex,
    PreparedRequests,
    Shortlist,
    build_index,
    explain,
    prepare_requests,
    shortlist,
)

__all__ = [
    "FEATURES",
    "LABELS",
    "PRIOR_WEIGHTS",
    "Assignment",
    "Explanation",
    "FeatureConfig",
    "MentorIndex",
    "MentorProfiles",
    "PreparedRequests",
    "RequestProfiles",
    "Shortlist",
    "assign",
    "assign_min_cost_flow",
    "build_index",
    "explain",
    "prepare_requests",
    "shortlist",
]
