"""Feature definitions and the encoding of profiles into block matrices for the matrix product.

Every feature f, text included, is encoded as a request-side block A_f and a mentor-side
block B_f such that the row dot product A_f[r] . B_f[m] is the feature value x_f(r, m) in
[0, 1] whenever both sides are known. An unknown side is a zero row and a False entry in the
known mask."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

if TYPE_CHECKING:
    # Imported where used: web processes load these dataclasses but never fit a vectoriser,
    # and scikit-learn costs seconds at start-up.
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

FEATURES: tuple[str, ...] = ("topic", "sector", "stage", "region", "size", "parent_body", "text")
LABELS: dict[str, str] = {
    "topic": "Covers the topics asked for",
    "sector": "Works in the same sectors",
    "stage": "Is ahead on the mutual journey",
    "region": "Is nearby or happy to meet remotely",
    "size": "Leads an organisation of a similar size",
    "parent_body": "Spun out of the same kind of parent body",
    "text": "Bio matches the request's summary and goals",
}
# Prior weights: what coordinators told us matters, before any decisions exist to learn from.
PRIOR_WEIGHTS: dict[str, float] = {
    "topic": 0.35,
    "sector": 0.15,
    "stage": 0.2,
    "region": 0.1,
    "size": 0.05,
    "parent_body": 0.05,
    "text": 0.1,
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


@dataclass(frozen=True)
class FeatureConfig:
    """Editable tables behind the features: a coordinator may tune them without touching code."""

    stage_table: NDArray[np.float64] = field(default_factory=default_stage_table)
    remote_floor: float = 0.75
    # Masks pairs whose mentor organisation is not ahead of the mentee's (both stages known).
    require_stage_ahead: bool = True
    # The text block joins the dense product, so its vocabulary is capped to the most frequent
    # bio terms; the cosine is exact over that vocabulary.
    text_max_features: int = 128


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


def _identity(items: Sequence[str]) -> Sequence[str]:
    return items


def _label_vectorizer() -> CountVectorizer:
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer(analyzer=_identity, binary=True, lowercase=False)


def _row_normalise(matrix: sp.csr_matrix, norm: str) -> sp.csr_matrix:
    """Divide rows by their sum ('l1') or length ('l2'); empty rows stay empty."""
    squared = matrix.multiply(matrix) if norm == "l2" else matrix
    totals = np.asarray(squared.sum(axis=1)).ravel()
    if norm == "l2":
        totals = np.sqrt(totals)
    scale = np.divide(1.0, totals, out=np.zeros_like(totals), where=totals > 0)
    return sp.csr_matrix(sp.diags(scale) @ matrix)


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


@dataclass
class Encoded:
    """One side's blocks: blocks[f] (n x d_f, CSR float64) and known (n x F) mask."""

    blocks: dict[str, sp.csr_matrix]
    known: NDArray[np.bool_]


@dataclass
class Encoder:
    """Fitted vocabularies shared by both sides so that block columns line up."""

    config: FeatureConfig
    topics: CountVectorizer
    sectors: CountVectorizer
    text: TfidfVectorizer
    # The mentors' TF-IDF rows from fitting, keyed by the bios they came from: tokenising is
    # most of the encoding time, so encode_mentors reuses them instead of tokenising again.
    fitted_bios: tuple[Sequence[str], sp.csr_matrix] | None = None

    @classmethod
    def fit(
        cls,
        mentors: MentorProfiles,
        requests: RequestProfiles | None = None,
        config: FeatureConfig | None = None,
    ) -> Encoder:
        """Vocabularies come from the mentors (and requests, when given); TF-IDF from the bios.

        Fitting TF-IDF on the mentor side only means a request scored alone sees the same
        idf as in a round, so its scores do not depend on which other requests are open.
        """
        topic_docs = [list(x) for x in mentors.expertise]
        sector_docs = [list(x) for x in mentors.sectors]
        if requests is not None:
            topic_docs += [list(x) for x in requests.needs]
            sector_docs += [list(x) for x in requests.sectors]
        topics = _label_vectorizer().fit([*topic_docs, ["__none__"]])
        sectors = _label_vectorizer().fit([*sector_docs, ["__none__"]])
        bios = [b for b in mentors.bios if b.strip()]
        from sklearn.feature_extraction.text import TfidfVectorizer

        text = TfidfVectorizer(
            stop_words="english",
            sublinear_tf=True,
            # Words in most bios say nothing; only meaningful once there are a few bios.
            max_df=0.5 if len(bios) >= 20 else 1.0,
            max_features=(config or FeatureConfig()).text_max_features,
            dtype=np.float64,
        )
        fitted_bios: tuple[Sequence[str], sp.csr_matrix] | None = None
        try:
            rows = sp.csr_matrix(text.fit_transform(bios), dtype=np.float64)
        except ValueError:  # no bios, or only stop words: every text is then unknown
            text.fit(["unknown"])
        else:
            # Scatter the non-empty bios' rows back to every mentor's position (empty → zero).
            nonempty = np.flatnonzero([bool(b.strip()) for b in mentors.bios])
            placement = sp.csr_matrix(
                (np.ones(len(nonempty)), (nonempty, np.arange(len(nonempty)))),
                shape=(len(mentors.bios), len(nonempty)),
            )
            fitted_bios = (mentors.bios, sp.csr_matrix(placement @ rows))
        return cls(
            config=config or FeatureConfig(),
            topics=topics,
            sectors=sectors,
            text=text,
            fitted_bios=fitted_bios,
        )

    def _labels(self, vectorizer: CountVectorizer, docs: Sequence[Sequence[str]]) -> sp.csr_matrix:
        return sp.csr_matrix(vectorizer.transform([list(d) for d in docs]), dtype=np.float64)

    def _text(self, docs: Sequence[str]) -> sp.csr_matrix:
        # TfidfVectorizer rows are already l2-normalised; a text with no known words is empty.
        if not docs:  # a programme with no mentors yet: scikit-learn refuses zero rows
            return sp.csr_matrix((0, len(self.text.vocabulary_)), dtype=np.float64)
        return sp.csr_matrix(self.text.transform(list(docs)), dtype=np.float64)

    def encode_mentors(self, mentors: MentorProfiles) -> Encoded:
        expertise = self._labels(self.topics, mentors.expertise)
        sectors = _row_normalise(self._labels(self.sectors, mentors.sectors), "l2")
        stage_codes = np.asarray(mentors.stages, dtype=np.int64) - 1
        region_codes = _codes(mentors.regions, REGIONS)
        size_codes = _size_codes(np.asarray(mentors.employees, dtype=np.float64))
        parent_codes = _codes(mentors.parent_bodies, PARENT_BODIES)
        if self.fitted_bios is not None and self.fitted_bios[0] is mentors.bios:
            text = self.fitted_bios[1]
        else:
            text = self._text(mentors.bios)
        regions = _one_hot(region_codes, len(REGIONS))
        remote = np.asarray(mentors.remote_ok, dtype=bool)
        # Region block has two halves: [remote-friendly mentors | the others], so a request can
        # give remote-friendly mentors a floored row without a max() outside the product.
        region_block = sp.hstack(
            [sp.diags(remote.astype(float)) @ regions, sp.diags((~remote).astype(float)) @ regions]
        ).tocsr()
        blocks = {
            "topic": expertise,
            "sector": sectors,
            "stage": _one_hot(np.where(stage_codes >= 0, stage_codes, -1), 6),
            "region": region_block,
            "size": _one_hot(size_codes, len(SIZE_CENTRES)),
            "parent_body": _one_hot(parent_codes, len(PARENT_BODIES)),
            "text": text,
        }
        known = np.column_stack([_nonempty(blocks[f]) for f in FEATURES])
        return Encoded(blocks=blocks, known=known)

    def encode_requests(self, requests: RequestProfiles) -> Encoded:
        # Normalise by the raw set sizes: a need no mentor offers still counts in |needs|.
        need_counts = np.array([len(set(n)) for n in requests.needs], dtype=np.float64)
        sector_counts = np.array([len(set(x)) for x in requests.sectors], dtype=np.float64)
        needs = _scale_rows(self._labels(self.topics, requests.needs), need_counts)
        sectors = _scale_rows(self._labels(self.sectors, requests.sectors), np.sqrt(sector_counts))
        stage_codes = np.asarray(requests.stages, dtype=np.int64) - 1
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
            "sector": sectors,
            "stage": stage_block,
            "region": region_block,
            "size": size_block,
            "parent_body": _one_hot(_codes(requests.parent_bodies, PARENT_BODIES), 4),
            "text": self._text(requests.texts),
        }
        # A request side is known when its input is present, even if its block row is all zeros
        # (an established mentee's stage row is zero: nobody is ahead).
        known = np.column_stack(
            [
                need_counts > 0,
                sector_counts > 0,
                stage_codes >= 0,
                region_codes >= 0,
                size_codes >= 0,
                _nonempty(blocks["parent_body"]),
                _nonempty(blocks["text"]),
            ]
        )
        return Encoded(blocks=blocks, known=known)


def _nonempty(matrix: sp.csr_matrix) -> NDArray[np.bool_]:
    return np.asarray(np.diff(matrix.indptr) > 0)


def weight_vector(weights: dict[str, float]) -> NDArray[np.float64]:
    """Weights in FEATURES order; missing features weigh 0."""
    return np.array([float(weights.get(f, 0.0)) for f in FEATURES])
