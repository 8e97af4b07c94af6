"""A plain per-pair Python scorer: the definition the vectorised engine must agree with.

It is deliberately naive (sets, dicts, one pair at a time). The tests compare it with the
engine, and the benchmark times it on a sample to measure the engine's speed-up.
"""

from __future__ import annotations

import math

import numpy as np

from matching.engine.features import (
    FEATURES,
    PRIOR_WEIGHTS,
    REGION_NEIGHBOURS,
    REMOTE_FORMATS,
    SIZE_BIN_WIDTH,
    Encoder,
    MentorProfiles,
    RequestProfiles,
    establishedness,
)
from matching.engine.needs import (
    LEXICON_SCORES,
    lexicon_score,
    lexicon_sectors,
    long_run_demand,
)


def _share(soft: float, stated: float) -> float:
    """The part of a shared budget that what was read from the words takes."""
    return soft / (stated + soft) if soft > 0 else 0.0


class ReferenceScorer:
    def __init__(
        self,
        encoder: Encoder,
        mentors: MentorProfiles,
        requests: RequestProfiles,
        weights: dict[str, float] | None = None,
    ) -> None:
        self.encoder = encoder
        self.config = encoder.config
        self.mentors = mentors
        self.requests = requests
        self.weights = dict(weights if weights is not None else PRIOR_WEIGHTS)
        self.names = encoder.text.get_feature_names_out()
        # TF-IDF rows are worked out on first use: the benchmark only scores a sample.
        self._mentor_text: dict[int, dict[str, float]] = {}
        self._request_text: dict[int, dict[str, float]] = {}
        topics = encoder.topics
        soft = encoder.soft_expertise(mentors).toarray()
        self.expertise = [{topics[j]: float(row[j]) for j in np.flatnonzero(row)} for row in soft]
        # Topics the words raise beyond the stated needs, with their suggestion scores.
        scores = encoder.topic_scores(requests.texts)
        self.inferred = [
            {
                topics[j]: float(row[j])
                for j in np.flatnonzero(row >= self.config.suggestion_threshold)
                if topics[j] not in needs
            }
            for row, needs in zip(scores, requests.needs, strict=True)
        ]
        self.established = establishedness(
            np.asarray(mentors.stages), mentors.spun_out_years, self.config.as_of_year
        )
        # What each stated need counts for: 1, or less when the words name other needs by a
        # lexicon phrase and none for this one.
        self.need_weights: list[dict[str, float]] = []
        for row, needs in zip(scores, requests.needs, strict=True):
            named = {topics[j] for j in np.flatnonzero(row >= LEXICON_SCORES[1])}
            others = bool(named - set(needs))
            self.need_weights.append(
                {
                    n: self.config.unevidenced_need_weight
                    if others and n in topics and n not in named
                    else 1.0
                    for n in set(needs)
                }
            )
        self.need_share = [
            _share(self.config.inferred_need_weight * sum(inferred.values()), sum(w.values()))
            for inferred, w in zip(self.inferred, self.need_weights, strict=True)
        ]
        # Service areas the words name beyond the request's own, with their phrase scores.
        self.named = [
            {
                sector: lexicon_score(count)
                for sector, count in lexicon_sectors(text).items()
                if sector in encoder.sectors and sector not in own
            }
            for text, own in zip(requests.texts, requests.sectors, strict=True)
        ]
        self.sector_share = [
            _share(self.config.inferred_sector_weight * sum(named.values()), len(set(own)))
            for named, own in zip(self.named, requests.sectors, strict=True)
        ]
        self.demand = [
            max(long_run_demand(t), 0.5 if int(s) == 5 else 0.0)
            for t, s in zip(requests.texts, requests.stages, strict=True)
        ]

    def _tfidf(self, text: str) -> dict[str, float]:
        row = self.encoder.tfidf([text])
        return {str(self.names[j]): float(v) for j, v in zip(row.indices, row.data, strict=True)}

    def _text_of(self, cache: dict[int, dict[str, float]], texts: object, i: int) -> dict:
        if i not in cache:
            cache[i] = self._tfidf(texts[i])  # type: ignore[index]
        return cache[i]

    def _similarity(self, a: str, b: str) -> float:
        if a == b:
            return 1.0
        table = self.config.sector_similarity
        return float(table.get((a, b), table.get((b, a), 0.0)))

    def features(self, r: int, m: int) -> dict[str, float | None]:
        req, men = self.requests, self.mentors
        out: dict[str, float | None] = {}
        needs, expertise = self.need_weights[r], self.expertise[m]
        covered = sum(w * expertise.get(n, 0.0) for n, w in needs.items())
        out["topic"] = covered / sum(needs.values()) if needs and expertise else None
        inferred = self.inferred[r]
        mass = sum(inferred.values())
        out["inferred"] = (
            sum(v * expertise.get(t, 0.0) for t, v in inferred.items()) / mass
            if inferred and expertise
            else None
        )
        a, b = set(req.sectors[r]), set(men.sectors[m])
        if a and b:
            # Each of the request's areas counts the mentor's closest one.
            out["sector"] = sum(max(self._similarity(x, y) for y in b) for x in a) / len(a)
        else:
            out["sector"] = None
        named = self.named[r]
        out["inferred_sector"] = (
            sum(v * max(self._similarity(x, y) for y in b) for x, v in named.items())
            / sum(named.values())
            if named and b
            else None
        )
        rs, ms = int(req.stages[r]), int(men.stages[m])
        out["stage"] = float(self.config.stage_table[rs - 1, ms - 1]) if rs and ms else None
        out["experience"] = float(self.established[m]) if ms else None
        ra, rb = req.regions[r], men.regions[m]
        if ra and rb:
            region = 1.0 if ra == rb else 0.5 if rb in REGION_NEIGHBOURS[ra] else 0.0
            if men.remote_ok[m] and req.preferred_formats[r] in REMOTE_FORMATS:
                region = max(region, self.config.remote_floor)
            out["region"] = region
        else:
            out["region"] = None
        ea, eb = float(req.employees[r]), float(men.employees[m])
        if math.isnan(ea) or math.isnan(eb):
            out["size"] = None
        else:
            bins = [
                min(round(math.log10(max(e, 1.0)) / SIZE_BIN_WIDTH), 20) * SIZE_BIN_WIDTH
                for e in (ea, eb)
            ]
            out["size"] = 2.0 ** -abs(bins[0] - bins[1])
        pa, pb = req.parent_bodies[r], men.parent_bodies[m]
        out["parent_body"] = (1.0 if pa == pb else 0.0) if pa and pb else None
        ta = self._text_of(self._request_text, self.requests.texts, r)
        tb = self._text_of(self._mentor_text, self.mentors.bios, m)
        # A mentor with no bio matches nothing: 0, not unknown.
        out["text"] = sum(v * tb.get(k, 0.0) for k, v in ta.items()) if ta else None
        return out

    def weight(self, r: int, feature: str) -> float:
        """The feature's weight for this request (experience scales with the request's need)."""
        if feature == "experience":
            floor = self.config.experience_floor
            return self.weights[feature] * (floor + (1 - floor) * self.demand[r])
        if feature == "topic":
            return self.weights[feature] * (1 - self.need_share[r])
        if feature == "inferred":
            return self.weights[feature] * self.need_share[r]
        if feature == "sector":
            return self.weights[feature] * (1 - self.sector_share[r])
        if feature == "inferred_sector":
            return self.weights[feature] * self.sector_share[r]
        return self.weights[feature]

    def score(self, r: int, m: int) -> float:
        """The renormalised weighted sum, or -inf when a hard filter excludes the pair."""
        men, req = self.mentors, self.requests
        if not men.accepting[m] or men.free_capacity[m] <= 0:
            return -math.inf
        if men.organisation_ids[m] >= 0 and men.organisation_ids[m] == req.organisation_ids[r]:
            return -math.inf
        rs, ms = int(req.stages[r]), int(men.stages[m])
        if self.config.require_stage_ahead and rs and ms and ms <= rs:
            return -math.inf
        values = self.features(r, m)
        total = sum(self.weight(r, f) for f in FEATURES if values[f] is not None)
        if total == 0:
            return 0.0
        return sum(self.weight(r, f) * (values[f] or 0.0) for f in FEATURES) / total

    def score_matrix(self, rows: list[int], cols: list[int]) -> np.ndarray:
        return np.array([[self.score(r, m) for m in cols] for r in rows])
