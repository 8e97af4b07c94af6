"""Feature definitions and the encoding of profiles into block matrices for the matrix product.

Every feature f, text included, is encoded as a request-side block A_f and a mentor-side
block B_f such that the row dot product A_f[r] . B_f[m] is the feature value x_f(r, m) in
[0, 1] whenever both sides are known. An unknown side is a zero row and a False entry in the
known mask."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

from matching.engine.lexicon import (
    GENERALIST,
    GENERALIST_SIMILARITY,
    SECTOR_FAMILIES,
    SECTOR_FAMILY_SIMILARITY,
    SERVICE_AREAS,
    TOPIC_DESCRIPTIONS,
)
from matching.engine.needs import (
    LEXICON_SCORES,
    SUGGESTION_THRESHOLD,
    Analysis,
    TopicSuggester,
    analyse,
    analysed,
    concept_list,
    concept_tokens,
    lexicon_score,
    lexicon_sectors,
    long_run_demand,
)

if TYPE_CHECKING:
    # Imported where used: web processes load these dataclasses but never fit a vectoriser,
    # and scikit-learn costs seconds at start-up.
    from sklearn.feature_extraction.text import TfidfVectorizer

FEATURES: tuple[str, ...] = (
    "topic",
    "inferred",
    "sector",
    "inferred_sector",
    "stage",
    "experience",
    "region",
    "size",
    "parent_body",
    "text",
)
# Pairs of features that share one weight budget, split per request (see encode_requests):
# the mentor side of both is the same block.
SHARED_BUDGETS: tuple[tuple[str, str], ...] = (("topic", "inferred"), ("sector", "inferred_sector"))
LABELS: dict[str, str] = {
    "topic": "Covers the topics asked for",
    "inferred": "Covers the concerns described in the request",
    "sector": "Works in the same or a related service area",
    "inferred_sector": "Works in a service area the request's words name",
    "stage": "Is ahead on the mutual journey",
    "experience": "Has run a mutual for long enough to have faced this",
    "region": "Is nearby or happy to meet remotely",
    "size": "Leads an organisation of a similar size",
    "parent_body": "Spun out of the same kind of parent body",
    "text": "Bio matches the request's summary and goals",
}
# Prior weights: what coordinators told us matters, before any decisions exist to learn from.
# A stated need weighs more than one read from the request's words. "topic" and "inferred"
# share one budget, split per request by how many needs are stated and how many were read
# from the words (see FeatureConfig.inferred_need_weight); "sector" and "inferred_sector"
# share another the same way (the request's own service areas, and those its words name).
# Text carries most of the weight because its values are small: a request and a bio share
# few words, so their TF-IDF cosine is 0.004 for the median pair and 0.16 at the 99th
# percentile, against 0 or 1 for a service area or a topic. Weighted 0.61, a bio that
# really matches the request (cosine 0.15) adds about 0.1, as a related service area does.
# Version 5 is version 4 with inferred_sector given the sector budget (0.098), then all scaled
# back to a sum of 1: scores within a request keep version 4's proportions.
PRIOR_WEIGHTS: dict[str, float] = {
    "topic": 0.074,
    "inferred": 0.074,
    "sector": 0.089,
    "inferred_sector": 0.089,
    "stage": 0.021,
    "experience": 0.017,
    "region": 0.014,
    "size": 0.006,
    "parent_body": 0.006,
    "text": 0.61,
}

# Copies of accounts' Stage, Region and ParentBody (and matching's PreferredFormat), since the
# engine imports no Django; tests/engine/test_vocabulary.py fails the moment they drift apart.
ESTABLISHED = 6
REGIONS: tuple[str, ...] = (
    "north-east",
    "north-west",
    "yorkshire-humber",
    "east-midlands",
    "west-midlands",
    "east",
    "london",
    "south-east",
    "south-west",
    "wales",
    "scotland",
    "northern-ireland",
)
# Land borders between ITL1 regions (Northern Ireland has none).
REGION_NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "north-east": ("north-west", "yorkshire-humber", "scotland"),
    "north-west": (
        "north-east",
        "yorkshire-humber",
        "east-midlands",
        "west-midlands",
        "wales",
        "scotland",
    ),
    "yorkshire-humber": ("north-east", "north-west", "east-midlands"),
    "east-midlands": ("yorkshire-humber", "north-west", "west-midlands", "east", "south-east"),
    "west-midlands": ("north-west", "east-midlands", "south-east", "south-west", "wales"),
    "east": ("east-midlands", "london", "south-east"),
    "london": ("east", "south-east"),
    "south-east": ("london", "east", "east-midlands", "west-midlands", "south-west"),
    "south-west": ("south-east", "west-midlands", "wales"),
    "wales": ("north-west", "west-midlands", "south-west"),
    "scotland": ("north-east", "north-west"),
    "northern-ireland": (),
}
PARENT_BODIES: tuple[str, ...] = ("nhs", "local_authority", "central_government", "other")
REMOTE_FORMATS: frozenset[str] = frozenset({"remote", "either"})

# Size similarity is 2 ** -|log10(a) - log10(b)|: ten times bigger halves it. log10 sizes are
# binned so the feature is a product of a kernel row and a one-hot vector.
SIZE_BIN_WIDTH = 0.25
SIZE_MAX_LOG10 = 5.0
SIZE_CENTRES: NDArray[np.float64] = np.round(
    np.arange(0.0, SIZE_MAX_LOG10 + SIZE_BIN_WIDTH / 2, SIZE_BIN_WIDTH), 10
)


def default_stage_table() -> NDArray[np.float64]:
    """T[mentee_stage - 1, mentor_stage - 1]: 0 unless ahead, 1 if established or 2+ ahead."""
    table = np.zeros((6, 6))
    for mentee in range(1, 7):
        for mentor in range(mentee + 1, 7):
            ahead = mentor - mentee
            table[mentee - 1, mentor - 1] = 1.0 if ahead >= 2 or mentor == ESTABLISHED else 0.6
    return table


def region_table(remote_floor: float = 0.0) -> NDArray[np.float64]:
    """R[a, b]: 1 for the same region, 0.5 for a neighbour, at least remote_floor otherwise."""
    position = {slug: i for i, slug in enumerate(REGIONS)}
    table = np.eye(len(REGIONS))
    for slug, neighbours in REGION_NEIGHBOURS.items():
        for other in neighbours:
            table[position[slug], position[other]] = 0.5
    return np.maximum(table, remote_floor)


def size_table() -> NDArray[np.float64]:
    return np.asarray(2.0 ** -np.abs(SIZE_CENTRES[:, None] - SIZE_CENTRES[None, :]))


def default_sector_similarity() -> dict[tuple[str, str], float]:
    """The seeded families of related service areas (the database table starts from these)."""
    table = dict.fromkeys(SECTOR_FAMILIES, SECTOR_FAMILY_SIMILARITY)
    table.update({(GENERALIST, area): GENERALIST_SIMILARITY for area in SERVICE_AREAS})
    return table


@dataclass(frozen=True)
class FeatureConfig:
    """Editable tables behind the features: a coordinator may tune them without touching code."""

    stage_table: NDArray[np.float64] = field(default_factory=default_stage_table)
    remote_floor: float = 0.75
    # Masks pairs whose mentor organisation is not ahead of the mentee's (both stages known).
    require_stage_ahead: bool = True
    # Similarity of two different sectors (either order); unlisted pairs are unrelated.
    sector_similarity: Mapping[tuple[str, str], float] = field(
        default_factory=default_sector_similarity
    )
    # Up to this many mentors with a bio, the text block is an exact basis of their TF-IDF rows
    # (cosines are exact); beyond it, a truncated SVD with text_dimensions components.
    text_exact_max: int = 600
    text_dimensions: int = 64
    # A topic a mentor's bio clearly shows but they did not tick counts this much as expertise.
    bio_expertise_credit: float = 0.5
    suggestion_threshold: float = SUGGESTION_THRESHOLD
    # What a need read from the words counts for against a stated one (1), per unit of score.
    inferred_need_weight: float = 0.6
    # What a service area named in the request's words counts for against its own areas.
    inferred_sector_weight: float = 1.0
    # What a stated need counts for (against 1) when the request's words never mention it but
    # clearly raise other needs: a catch-all tag beside a request that is about something else.
    unevidenced_need_weight: float = 0.5
    # The year "years since spin-out" is counted to (the services pass today's year).
    as_of_year: int = 2026
    # The experience feature's weight is scaled per request between these two, by how much the
    # request asks for a long-established mutual.
    experience_floor: float = 0.2


@dataclass(frozen=True)
class MentorProfiles:
    """Column-wise mentor data; sectors are the organisation's sectors plus experience sectors."""

    ids: NDArray[np.int64]
    organisation_ids: NDArray[np.int64]  # -1 when the mentor has no organisation
    expertise: Sequence[Sequence[str]]
    sectors: Sequence[Sequence[str]]
    stages: NDArray[np.int64]  # 0 when unknown
    regions: Sequence[str]  # "" when unknown
    employees: NDArray[np.float64]  # nan when unknown
    parent_bodies: Sequence[str]  # "" when unknown
    remote_ok: NDArray[np.bool_]
    bios: Sequence[str]
    free_capacity: NDArray[np.int64]
    accepting: NDArray[np.bool_]
    spun_out_years: NDArray[np.float64] | None = None  # nan when unknown; None: all unknown

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True)
class RequestProfiles:
    """Column-wise request data, joined with the requesting organisation."""

    ids: NDArray[np.int64]
    organisation_ids: NDArray[np.int64]
    needs: Sequence[Sequence[str]]
    sectors: Sequence[Sequence[str]]
    stages: NDArray[np.int64]
    regions: Sequence[str]
    employees: NDArray[np.float64]
    parent_bodies: Sequence[str]
    preferred_formats: Sequence[str]
    texts: Sequence[str]  # summary and goals

    def __len__(self) -> int:
        return len(self.ids)


def _multi_hot(docs: Sequence[Sequence[str]], position: Mapping[str, int]) -> sp.csr_matrix:
    """One row per doc, 1 in each known label's column (duplicates and unknowns ignored)."""
    rows: list[int] = []
    cols: list[int] = []
    for i, doc in enumerate(docs):
        for j in sorted({position[x] for x in doc if x in position}):
            rows.append(i)
            cols.append(j)
    data = np.ones(len(rows))
    return sp.csr_matrix((data, (rows, cols)), shape=(len(docs), len(position)))


def _scale_rows(matrix: sp.csr_matrix, totals: NDArray[np.float64]) -> sp.csr_matrix:
    scale = np.divide(1.0, totals, out=np.zeros_like(totals), where=totals > 0)
    return sp.csr_matrix(sp.diags(scale) @ matrix)


def _one_hot(codes: NDArray[np.int64], width: int) -> sp.csr_matrix:
    """Rows with code -1 are all zero."""
    rows = np.flatnonzero(codes >= 0)
    data = np.ones(len(rows))
    return sp.csr_matrix((data, (rows, codes[rows])), shape=(len(codes), width))


def _codes(values: Sequence[str], vocabulary: Sequence[str]) -> NDArray[np.int64]:
    position = {slug: i for i, slug in enumerate(vocabulary)}
    return np.fromiter((position.get(v, -1) for v in values), dtype=np.int64, count=len(values))


def _size_codes(employees: NDArray[np.float64]) -> NDArray[np.int64]:
    codes = np.full(len(employees), -1, dtype=np.int64)
    known = ~np.isnan(employees)
    log_size = np.log10(np.maximum(employees[known], 1.0))
    codes[known] = np.minimum(np.rint(log_size / SIZE_BIN_WIDTH), len(SIZE_CENTRES) - 1)
    return codes


def establishedness(
    stages: NDArray[np.int64], spun_out_years: NDArray[np.float64] | None, as_of_year: int
) -> NDArray[np.float64]:
    """How long-established a mentor's mutual is, in [0, 1]: an established mutual (stage 6)
    scores 0.5 plus up to 0.5 for ten or more years since spin-out (0.75 when the year is
    unknown); a mutual still securing its future (stage 5) scores 0.25; 0 otherwise."""
    stages = np.asarray(stages, dtype=np.int64)
    years = (
        np.full(len(stages), np.nan)
        if spun_out_years is None
        else as_of_year - np.asarray(spun_out_years, dtype=np.float64)
    )
    seniority = np.clip(np.nan_to_num(years, nan=5.0), 0.0, 10.0) / 10.0
    return np.where(stages == ESTABLISHED, 0.5 + 0.5 * seniority, np.where(stages == 5, 0.25, 0.0))


def with_concepts(text: str) -> str:
    """The text with the lexicon's topic tokens appended: the lexicon acts as synonyms."""
    concepts = concept_tokens(text)
    return f"{text} {concepts}" if concepts else text


@dataclass
class Encoded:
    """One side's blocks: blocks[f] (n x d_f, CSR float64) and known (n x F) mask.

    scale (requests only): per request and feature, a factor on the feature's weight.
    """

    blocks: dict[str, sp.csr_matrix]
    known: NDArray[np.bool_]
    scale: NDArray[np.float64] | None = None


@dataclass
class Encoder:
    """Fitted vocabularies, tables and models shared by both sides so that block columns line up."""

    config: FeatureConfig
    topics: tuple[str, ...]
    sectors: tuple[str, ...]
    sector_matrix: NDArray[np.float64]  # (S x S) similarity, 1 on the diagonal
    text: TfidfVectorizer
    text_basis: NDArray[np.float64]  # (vocabulary x k): projects TF-IDF rows to the text block
    suggester: TopicSuggester
    # The mentors' text rows from fitting, keyed by the bios they came from: tokenising is
    # most of the encoding time, so encode_mentors reuses them instead of tokenising again.
    fitted_bios: tuple[Sequence[str], sp.csr_matrix] | None = None
    # The bios' suggestion scores from fitting, reused the same way by soft_expertise.
    fitted_bio_scores: tuple[Sequence[str], NDArray[np.float64]] | None = None

    @classmethod
    def fit(
        cls,
        mentors: MentorProfiles,
        requests: RequestProfiles | None = None,
        config: FeatureConfig | None = None,
        corpus: Sequence[str] = (),
        labelled: Sequence[tuple[str, Sequence[str]]] = (),
    ) -> Encoder:
        """Vocabularies from mentors and requests; TF-IDF from bios, request texts and `corpus`
        (e.g. every request ever made); the topic suggester from the lexicon, the mentors' bios
        with their expertise and `labelled` (text, topics) pairs such as past requests.

        TF-IDF is never fitted on the requests being scored, so a request scored alone sees
        the same idf as in a round and its scores do not depend on which others are open.
        """
        config = config or FeatureConfig()
        topic_set = set(TOPIC_DESCRIPTIONS)
        sector_set: set[str] = {s for pair in config.sector_similarity for s in pair}
        for doc in mentors.expertise:
            topic_set.update(doc)
        for doc in mentors.sectors:
            sector_set.update(doc)
        if requests is not None:
            for doc in requests.needs:
                topic_set.update(doc)
            for doc in requests.sectors:
                sector_set.update(doc)
        topics = tuple(sorted(topic_set))
        sectors = tuple(sorted(sector_set))
        position = {s: i for i, s in enumerate(sectors)}
        sector_matrix = np.eye(len(sectors))
        for (a, b), value in config.sector_similarity.items():
            if a in position and b in position and a != b:
                sector_matrix[position[a], position[b]] = float(value)
                sector_matrix[position[b], position[a]] = float(value)

        from sklearn.feature_extraction.text import TfidfVectorizer

        # Each bio is read once (tokens and lexicon); its n-grams feed both vectorisers.
        bio_analyses = analyse(mentors.bios)
        nonempty = np.flatnonzero([bool(b.strip()) for b in mentors.bios])
        extra = [text_ngrams(a) for a in analyse([t for t in corpus if t.strip()])]
        text = TfidfVectorizer(
            # Word unigrams and bigrams, English stop words out (see needs.word_tokens).
            analyzer=analysed,
            sublinear_tf=True,
            # Bigrams seen once are noise at national scale; with few documents keep them all.
            min_df=2 if len(nonempty) + len(extra) >= 5000 else 1,
            dtype=np.float64,
        )
        fitted_bios: tuple[Sequence[str], sp.csr_matrix] | None = None
        try:
            fitted = text.fit_transform([text_ngrams(bio_analyses[i]) for i in nonempty] + extra)
        except ValueError:  # no text, or only stop words: every text is then unknown
            text.fit([["unknown"]])
            basis = np.zeros((len(text.vocabulary_), 0))
        else:
            rows = sp.csr_matrix(fitted[: len(nonempty)], dtype=np.float64)
            basis = _text_basis(rows, config)
            placement = sp.csr_matrix(
                (np.ones(len(nonempty)), (nonempty, np.arange(len(nonempty)))),
                shape=(len(mentors.bios), len(nonempty)),
            )
            fitted_bios = (mentors.bios, sp.csr_matrix(placement @ rows))
        examples = [
            (bio, list(expertise))
            for bio, expertise in zip(mentors.bios, mentors.expertise, strict=True)
            if bio.strip() and expertise
        ]
        # Bios are many and long at national scale; a sample teaches the model as much.
        suggester = TopicSuggester.fit(topics, [*examples[:2000], *labelled[:5000]])
        bio_scores = _in_topic_order(
            suggester, topics, suggester.scores(mentors.bios, bio_analyses)
        )
        return cls(
            config=config,
            topics=topics,
            sectors=sectors,
            sector_matrix=sector_matrix,
            text=text,
            text_basis=basis,
            suggester=suggester,
            fitted_bios=fitted_bios,
            fitted_bio_scores=(mentors.bios, bio_scores),
        )

    def tfidf(
        self, texts: Sequence[str], analyses: Sequence[Analysis] | None = None
    ) -> sp.csr_matrix:
        """l2-normalised TF-IDF rows (lexicon concepts included); no known word: an empty row."""
        if not texts:  # a programme with no mentors yet: scikit-learn refuses zero rows
            return sp.csr_matrix((0, len(self.text.vocabulary_)), dtype=np.float64)
        docs = [text_ngrams(a) for a in (analyses or analyse(texts))]
        return sp.csr_matrix(self.text.transform(docs), dtype=np.float64)

    def _text_block(self, rows: sp.csr_matrix) -> sp.csr_matrix:
        return sp.csr_matrix(np.asarray(rows @ self.text_basis))

    def topic_scores(
        self, texts: Sequence[str], analyses: Sequence[Analysis] | None = None
    ) -> NDArray[np.float64]:
        """(n x topics) suggestion scores, columns in self.topics order."""
        if self.fitted_bio_scores is not None and self.fitted_bio_scores[0] is texts:
            return self.fitted_bio_scores[1]
        raw = self.suggester.scores(texts, analyses)
        return _in_topic_order(self.suggester, self.topics, raw)

    def soft_expertise(self, mentors: MentorProfiles) -> sp.csr_matrix:
        """1 for a ticked topic, bio_expertise_credit for one the bio clearly shows."""
        position = {t: i for i, t in enumerate(self.topics)}
        stated = _multi_hot(mentors.expertise, position).toarray()
        shown = self.topic_scores(mentors.bios) >= self.config.suggestion_threshold
        return sp.csr_matrix(np.maximum(stated, self.config.bio_expertise_credit * shown))

    def read_needs(
        self, requests: RequestProfiles, analyses: Sequence[Analysis] | None = None
    ) -> tuple[sp.csr_matrix, NDArray[np.float64], NDArray[np.float64]]:
        """Stated needs as weights (n x topics, each row divided by its total), that total, and the
        inferred needs: one reading of the texts for both.

        A stated need counts 1, but unevidenced_need_weight when the words name other needs
        (a lexicon phrase for a topic not stated) and none for this one: "business planning"
        ticked on a request that is all about its patient records system. A need outside the
        vocabulary counts 1 in the total (no mentor offers it, but it was asked for). Inferred
        needs are the topics scored at least suggestion_threshold that were not stated."""
        position = {t: i for i, t in enumerate(self.topics)}
        hot = _multi_hot(requests.needs, position).toarray()
        scores = self.topic_scores(requests.texts, analyses)
        evidenced = scores >= LEXICON_SCORES[1]
        other_needs = (evidenced & (hot == 0)).any(axis=1)
        weights = hot * np.where(
            evidenced | ~other_needs[:, None], 1.0, self.config.unevidenced_need_weight
        )
        counts = np.array([len(set(n)) for n in requests.needs], dtype=np.float64)
        mass = weights.sum(axis=1) + (counts - hot.sum(axis=1))
        inferred = scores.copy()
        inferred[(inferred < self.config.suggestion_threshold) | (hot > 0)] = 0.0
        return _scale_rows(sp.csr_matrix(weights), mass), mass, inferred

    def named_sectors(self, requests: RequestProfiles, own: sp.csr_matrix) -> NDArray[np.float64]:
        """(n x sectors) scores of the service areas each request's words name beyond its own:
        0.6 for one phrase, 0.8 for two, 0.9 for three or more, as with topics."""
        position = {s: i for i, s in enumerate(self.sectors)}
        scores = np.zeros((len(requests), len(self.sectors)))
        for i, text in enumerate(requests.texts):
            for sector, count in lexicon_sectors(text).items():
                if sector in position:
                    scores[i, position[sector]] = lexicon_score(count)
        scores[own.toarray() > 0] = 0.0
        return scores

    def _sector_rows(self, docs: Sequence[Sequence[str]]) -> tuple[sp.csr_matrix, NDArray]:
        """Multi-hot sector rows and how many known sectors each has."""
        position = {s: i for i, s in enumerate(self.sectors)}
        hot = _multi_hot(docs, position)
        return hot, np.diff(hot.indptr).astype(np.float64)

    def _sector_coverage(self, hot: sp.csr_matrix) -> sp.csr_matrix:
        """Row m, column s: how closely mentor m's nearest service area relates to s (1 for
        one of their own, the table's similarity for a related one). A mentor who also knows
        other areas is not diluted by them, as a cosine over all their areas would be."""
        coverage = np.zeros(hot.shape)
        by_sector = sp.csc_matrix(hot)
        for j in range(hot.shape[1]):
            rows = by_sector.indices[by_sector.indptr[j] : by_sector.indptr[j + 1]]
            coverage[rows] = np.maximum(coverage[rows], self.sector_matrix[j])
        return sp.csr_matrix(coverage)

    def encode_mentors(self, mentors: MentorProfiles) -> Encoded:
        expertise = self.soft_expertise(mentors)
        sectors = self._sector_coverage(self._sector_rows(mentors.sectors)[0])
        stages = np.asarray(mentors.stages, dtype=np.int64)
        stage_codes = stages - 1
        region_codes = _codes(mentors.regions, REGIONS)
        size_codes = _size_codes(np.asarray(mentors.employees, dtype=np.float64))
        parent_codes = _codes(mentors.parent_bodies, PARENT_BODIES)
        if self.fitted_bios is not None and self.fitted_bios[0] is mentors.bios:
            text_rows = self.fitted_bios[1]
        else:
            text_rows = self.tfidf(mentors.bios)
        regions = _one_hot(region_codes, len(REGIONS))
        remote = np.asarray(mentors.remote_ok, dtype=bool)
        # Region block has two halves: [remote-friendly mentors | the others], so a request can
        # give remote-friendly mentors a floored row without a max() outside the product.
        region_block = sp.hstack(
            [sp.diags(remote.astype(float)) @ regions, sp.diags((~remote).astype(float)) @ regions]
        ).tocsr()
        established = establishedness(stages, mentors.spun_out_years, self.config.as_of_year)
        blocks = {
            "topic": expertise,
            "inferred": expertise,
            "sector": sectors,
            "inferred_sector": sectors,
            "stage": _one_hot(np.where(stage_codes >= 0, stage_codes, -1), 6),
            "experience": sp.csr_matrix(established[:, None]),
            "region": region_block,
            "size": _one_hot(size_codes, len(SIZE_CENTRES)),
            "parent_body": _one_hot(parent_codes, len(PARENT_BODIES)),
            "text": self._text_block(text_rows),
        }
        known = np.column_stack([_nonempty(blocks[f]) for f in FEATURES])
        # Experience is known whenever the stage is: an empty row there means "not yet".
        known[:, FEATURES.index("experience")] = stages > 0
        # A mentor with no bio (or none of its words known) has said nothing that matches:
        # text counts as 0 for them, not as unknown. Renormalising it away would lift them
        # above every mentor who wrote one, since most pairs' text values are far below the
        # other features' values.
        known[:, FEATURES.index("text")] = True
        return Encoded(blocks=blocks, known=known)

    def encode_requests(self, requests: RequestProfiles) -> Encoded:
        # Each request's text is read once; the suggester and TF-IDF share the reading.
        analyses = analyse(requests.texts)
        needs, need_mass, inferred = self.read_needs(requests, analyses)
        inferred_mass = inferred.sum(axis=1)
        # The share of the request's service areas the mentor knows or knows a related one of.
        sector_hot, sector_counts = self._sector_rows(requests.sectors)
        sectors = _scale_rows(sector_hot, sector_counts)
        named = self.named_sectors(requests, sector_hot)
        named_mass = named.sum(axis=1)
        stages = np.asarray(requests.stages, dtype=np.int64)
        stage_codes = stages - 1
        stage_block = sp.csr_matrix(_one_hot(stage_codes, 6) @ self.config.stage_table)
        region_codes = _codes(requests.regions, REGIONS)
        regions = _one_hot(region_codes, len(REGIONS))
        remote = np.fromiter(
            (f in REMOTE_FORMATS for f in requests.preferred_formats),
            dtype=bool,
            count=len(requests),
        )
        plain = sp.csr_matrix(regions @ region_table())
        floored = sp.csr_matrix(regions @ region_table(self.config.remote_floor))
        remote_half = sp.csr_matrix(
            sp.diags(remote.astype(float)) @ floored + sp.diags((~remote).astype(float)) @ plain
        )
        region_block = sp.hstack([remote_half, plain]).tocsr()
        size_codes = _size_codes(np.asarray(requests.employees, dtype=np.float64))
        size_block = sp.csr_matrix(_one_hot(size_codes, len(SIZE_CENTRES)) @ size_table())
        blocks = {
            "topic": needs,
            "inferred": _scale_rows(sp.csr_matrix(inferred), inferred_mass),
            "sector": sectors,
            "inferred_sector": _scale_rows(sp.csr_matrix(named), named_mass),
            "stage": stage_block,
            "experience": sp.csr_matrix(np.ones((len(requests), 1))),
            "region": region_block,
            "size": size_block,
            "parent_body": _one_hot(_codes(requests.parent_bodies, PARENT_BODIES), 4),
            "text": self._text_block(self.tfidf(requests.texts, analyses)),
        }
        # A request side is known when its input is present, even if its block row is all zeros
        # (an established mentee's stage row is zero: nobody is ahead).
        known = np.column_stack(
            [
                need_mass > 0,
                _nonempty(blocks["inferred"]),
                sector_counts > 0,
                named_mass > 0,
                stage_codes >= 0,
                np.ones(len(requests), dtype=bool),
                region_codes >= 0,
                size_codes >= 0,
                _nonempty(blocks["parent_body"]),
                _nonempty(blocks["text"]),
            ]
        )
        # Experience weighs more for questions that take years to meet, and for mutuals
        # securing their future, whose questions are those of an established mutual.
        demand = np.fromiter(
            (long_run_demand(t) for t in requests.texts), dtype=np.float64, count=len(requests)
        )
        demand = np.maximum(demand, np.where(stages == 5, 0.5, 0.0))
        floor = self.config.experience_floor
        scale = np.ones((len(requests), len(FEATURES)))
        scale[:, FEATURES.index("experience")] = floor + (1 - floor) * demand
        # Each shared budget is split per request: a stated need (or one of the request's own
        # areas) counts 1, one read from the words its score times the config's weight.
        read = {
            "inferred": self.config.inferred_need_weight * inferred_mass,
            "inferred_sector": self.config.inferred_sector_weight * named_mass,
        }
        stated = {"topic": need_mass, "sector": sector_counts}
        for first, second in SHARED_BUDGETS:
            soft = read[second]
            share = np.divide(soft, stated[first] + soft, out=np.zeros_like(soft), where=soft > 0)
            scale[:, FEATURES.index(first)] = 1 - share
            scale[:, FEATURES.index(second)] = share
        return Encoded(blocks=blocks, known=known, scale=scale)


def text_ngrams(analysis: Analysis) -> list[str]:
    """A text's n-grams with the lexicon's concept tokens appended, as with_concepts reads."""
    concepts = concept_list(analysis.lexicon)
    if not concepts:
        return analysis.ngrams
    # The words' n-grams are already made; counts ignore order, so only the concepts and the
    # bigrams that start at the last word or at a concept are added.
    tail = [*analysis.tokens[-1:], *concepts]
    return [*analysis.ngrams, *concepts, *map(" ".join, itertools.pairwise(tail))]


def _in_topic_order(
    suggester: TopicSuggester, topics: Sequence[str], raw: NDArray[np.float64]
) -> NDArray[np.float64]:
    out = np.zeros((raw.shape[0], len(topics)))
    position = {t: i for i, t in enumerate(topics)}
    for j, topic in enumerate(suggester.topics):
        if topic in position:
            out[:, position[topic]] = raw[:, j]
    return out


def _text_basis(rows: sp.csr_matrix, config: FeatureConfig) -> NDArray[np.float64]:
    """(vocabulary x k) orthonormal columns spanning (or approximating) the bios' TF-IDF rows.

    q . b = (q V) . (b V) whenever b lies in the span of V, so with an exact basis the text
    block reproduces every request-bio cosine; beyond text_exact_max bios, a truncated SVD
    keeps the text_dimensions directions that carry most of the bios' variation.
    """
    n, vocabulary = rows.shape
    if n == 0:
        return np.zeros((vocabulary, 0))
    if n <= config.text_exact_max:
        gram = np.asarray((rows @ rows.T).toarray())
        values, vectors = np.linalg.eigh(gram)
        keep = values > 1e-10 * max(values.max(), 1e-300)
        scaled = vectors[:, keep] / np.sqrt(values[keep])
        return np.asarray(rows.T @ scaled)
    k = min(config.text_dimensions, n - 1, vocabulary - 1)
    return _randomized_basis(rows, k)


def _randomized_basis(
    rows: sp.csr_matrix, k: int, n_iter: int = 3, oversample: int = 10
) -> NDArray[np.float64]:
    """The top k right singular vectors of rows, by a randomized range finder on the bios' side.

    TruncatedSVD orthonormalises a dense (vocabulary x k) block at every power iteration, and
    with bigrams the vocabulary is ten times the bios: that QR was most of the encoding time.
    Here every QR is on the (bios x k) side, and the small SVD goes through a (k x k) Gram
    matrix, so the cost is a few sparse products with k + oversample columns.
    """
    n, vocabulary = rows.shape
    width = min(k + oversample, n)
    rng = np.random.default_rng(0)
    q, _ = np.linalg.qr(np.asarray(rows @ rng.standard_normal((vocabulary, width))))
    for _ in range(n_iter):
        q, _ = np.linalg.qr(np.asarray(rows @ np.asarray(rows.T @ q)))
    b_t = np.asarray(rows.T @ q)  # (vocabulary x width) = (Q^T rows)^T
    values, vectors = np.linalg.eigh(b_t.T @ b_t)
    order = np.argsort(values)[::-1][:k]
    values, vectors = values[order], vectors[:, order]
    keep = values > 1e-10 * max(float(values.max(initial=0.0)), 1e-300)
    return np.asarray(b_t @ (vectors[:, keep] / np.sqrt(values[keep])))


def _nonempty(matrix: sp.csr_matrix) -> NDArray[np.bool_]:
    return np.asarray(np.diff(matrix.indptr) > 0)


def weight_vector(weights: dict[str, float]) -> NDArray[np.float64]:
    """Weights in FEATURES order; missing features weigh 0."""
    return np.array([float(weights.get(f, 0.0)) for f in FEATURES])


def with_shared_budgets(weights: dict[str, float]) -> dict[str, float]:
    """A saved model's weights, with a feature it predates that shares a budget given its
    partner's weight (as the prior does). Weighing 0 instead, "inferred_sector" would take the
    sector weight's share away from every request that names another area."""
    completed = dict(weights)
    for first, second in SHARED_BUDGETS:
        if second not in completed and first in completed:
            completed[second] = completed[first]
    return completed
