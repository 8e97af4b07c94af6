"""Topics read from free text: suggestions while people type, and soft needs for the scorer.

A one-vs-rest logistic regression over word and bigram TF-IDF is trained on the topic
descriptions, on the lexicon's phrases and on labelled texts (requests with their needs, bios
with their expertise) as they accumulate. A lexicon phrase found in the text is strong evidence
on its own, so the suggestion score of a topic is the larger of the model's probability and a
lexicon score that grows with the number of distinct phrases found. Offline, no downloaded
weights; training takes well under a second.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

from matching.engine.lexicon import LEXICON, LONG_RUN_CUES, SECTOR_LEXICON, TOPIC_DESCRIPTIONS

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.multiclass import OneVsRestClassifier

# One lexicon phrase gives a topic 0.6, two give 0.8, three or more 0.9.
LEXICON_SCORES = (0.0, 0.6, 0.8, 0.9)


def lexicon_score(count: int) -> float:
    """The score of a topic or service area that `count` distinct phrases in a text signal."""
    return LEXICON_SCORES[min(count, len(LEXICON_SCORES) - 1)]


# Below this a suggestion is neither shown nor used as a soft need.
SUGGESTION_THRESHOLD = 0.35


def _phrase_pattern(phrases: Sequence[str]) -> re.Pattern[str]:
    """One regex for all the phrases, as a trie: a flat alternation of hundreds of phrases
    made the engine try every phrase at every character, which was a third of encoding."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, dict]) -> str:
        alternatives = [re.escape(c) + branch(child) for c, child in sorted(node.items()) if c]
        if not alternatives:
            return ""
        body = "(?:" + "|".join(alternatives) + ")"
        # A greedy "?" tries the longer phrase first, so "local government pension" wins over
        # "pension" at the same place, as longest-first alternation did.
        return body + "?" if "" in node else body

    # A phrase also matches its plural: "staff transfers" for "staff transfer".
    return re.compile(r"(?<![\w-])(" + branch(trie) + r")(?:s|es)?(?![\w-])")


_LEXICON_RE = _phrase_pattern(list(LEXICON))
_LONG_RUN_RE = _phrase_pattern(list(LONG_RUN_CUES))
_SECTOR_RE = _phrase_pattern(list(SECTOR_LEXICON))


# scikit-learn's default word analyser, reproduced so that each text is tokenised once and
# the tokens feed every vectoriser (analyzer=analysed over pre-tokenised lists): tokenising
# was most of the encoding time when each vectoriser re-read every text.
_TOKEN_RE = re.compile(r"(?u)\b\w\w+\b")
_STOP_WORDS: frozenset[str] | None = None


def word_tokens(text: str) -> list[str]:
    """Lower-cased words of two or more characters, English stop words out."""
    global _STOP_WORDS
    if _STOP_WORDS is None:
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        _STOP_WORDS = frozenset(ENGLISH_STOP_WORDS)
    stop = _STOP_WORDS
    return [_plural_stem(t) for t in _TOKEN_RE.findall(text.lower()) if t not in stop]


@functools.lru_cache(maxsize=200_000)
def _plural_stem(word: str) -> str:
    """Harman's S-stemmer: "costs" and "cost", "services" and "service", "bodies" and "body"
    are one word. It folds plurals only, so it merges few words of different meaning (a word
    that merely looks plural, such as "news", meets "new")."""
    if word.endswith("ies") and not word.endswith(("eies", "aies")) and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("es") and not word.endswith(("aes", "ees", "oes")) and len(word) > 3:
        return word[:-1]
    if word.endswith("s") and not word.endswith(("us", "ss")) and len(word) > 3:
        return word[:-1]
    return word


def word_ngrams(tokens: Sequence[str]) -> list[str]:
    """Unigrams then bigrams, as TfidfVectorizer(ngram_range=(1, 2)) forms them."""
    return [*tokens, *map(" ".join, itertools.pairwise(tokens))]


def analysed(doc: Sequence[str]) -> Sequence[str]:
    """The analyzer of every engine vectoriser: documents arrive already as n-gram lists."""
    return doc


@dataclass(frozen=True)
class Analysis:
    """One text read once: its tokens, their n-grams and, per topic, how many lexicon phrases
    it holds."""

    tokens: list[str]
    lexicon: dict[str, int]
    ngrams: list[str]


def analysis_of(text: str) -> Analysis:
    tokens = word_tokens(text)
    return Analysis(tokens, lexicon_topics(text), word_ngrams(tokens))


def analyse(texts: Sequence[str]) -> list[Analysis]:
    return [analysis_of(t) for t in texts]


def concept_list(lexicon: dict[str, int]) -> list[str]:
    return [f"concept{t.replace('-', '')}" for t in sorted(lexicon)]


def _phrase_counts(
    pattern: re.Pattern[str], lexicon: dict[str, tuple[str, ...]], text: str
) -> dict[str, int]:
    """Per target (topic or service area), how many distinct phrases of it occur in the text."""
    found = set(pattern.findall(text.lower().replace("\u2019", "'")))
    counts: dict[str, int] = {}
    for phrase in found:
        for target in lexicon[phrase]:
            counts[target] = counts.get(target, 0) + 1
    return counts


def lexicon_topics(text: str) -> dict[str, int]:
    """Per topic, how many distinct lexicon phrases of it occur in the text."""
    return _phrase_counts(_LEXICON_RE, LEXICON, text)


def lexicon_sectors(text: str) -> dict[str, int]:
    """Per service area, how many distinct phrases naming it occur in the text."""
    return _phrase_counts(_SECTOR_RE, SECTOR_LEXICON, text)


def concept_tokens(text: str) -> str:
    """The lexicon as synonyms: one token per topic a phrase signals, appended to the text."""
    return " ".join(concept_list(lexicon_topics(text)))


def long_run_demand(text: str) -> float:
    """How much a request's words ask for a long-established mutual, in [0, 1]."""
    hits = len(set(_LONG_RUN_RE.findall(text.lower())))
    return min(hits / 2.0, 1.0)


_LastFit = tuple[tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]], "TopicSuggester"]
_LAST_FIT: _LastFit | None = None


@dataclass
class TopicSuggester:
    topics: tuple[str, ...]
    vectorizer: TfidfVectorizer
    model: OneVsRestClassifier | None

    @classmethod
    def fit(
        cls,
        topics: Sequence[str] | None = None,
        labelled: Sequence[tuple[str, Sequence[str]]] = (),
    ) -> TopicSuggester:
        """Train on descriptions, lexicon phrases and labelled (text, topic slugs) examples."""
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier

        vocabulary = tuple(sorted(set(topics) if topics is not None else set(TOPIC_DESCRIPTIONS)))
        # A worker re-encodes whenever any profile changes, but the training set (the first
        # bios with expertise and past requests) rarely does: the last fit is reused.
        key = (vocabulary, tuple((text, tuple(slugs)) for text, slugs in labelled))
        global _LAST_FIT
        if _LAST_FIT is not None and _LAST_FIT[0] == key:
            return _LAST_FIT[1]
        position = {t: i for i, t in enumerate(vocabulary)}
        texts: list[str] = []
        labels: list[list[int]] = []
        for topic, description in TOPIC_DESCRIPTIONS.items():
            if topic in position:
                for sentence in re.split(r"(?<=\.)\s+", description):
                    texts.append(sentence)
                    labels.append([position[topic]])
        for phrase, phrase_topics in LEXICON.items():
            known = [position[t] for t in phrase_topics if t in position]
            if known:
                texts.append(phrase)
                labels.append(known)
        for text, text_topics in labelled:
            known = [position[t] for t in text_topics if t in position]
            if known and text.strip():
                texts.append(text)
                labels.append(known)
        # Word unigrams and bigrams, English stop words out (see word_tokens).
        vectorizer = TfidfVectorizer(analyzer=analysed, sublinear_tf=True, dtype=np.float64)
        x = vectorizer.fit_transform([word_ngrams(word_tokens(t)) for t in texts])
        y = np.zeros((len(texts), len(vocabulary)), dtype=np.int64)
        for row, columns in enumerate(labels):
            y[row, columns] = 1
        model: OneVsRestClassifier | None = None
        if (y.sum(axis=0) > 0).all() and (y.sum(axis=0) < len(texts)).all():
            model = OneVsRestClassifier(
                LogisticRegression(C=8.0, class_weight="balanced", solver="liblinear")
            ).fit(x, y)
        suggester = cls(topics=vocabulary, vectorizer=vectorizer, model=model)
        _LAST_FIT = (key, suggester)
        return suggester

    def scores(
        self, texts: Sequence[str], analyses: Sequence[Analysis] | None = None
    ) -> NDArray[np.float64]:
        """(len(texts) x len(topics)) suggestion scores in [0, 1]; 0 for an empty text.

        `analyses` (from analyse(texts)) spares reading the texts again."""
        out = np.zeros((len(texts), len(self.topics)))
        if not texts:
            return out
        position = {t: i for i, t in enumerate(self.topics)}
        nonempty = [i for i, t in enumerate(texts) if t.strip()]
        if analyses is None:
            analyses = [Analysis([], {}, [])] * len(texts)
            for i in nonempty:
                analyses[i] = analysis_of(texts[i])
        if self.model is not None and nonempty:
            docs = [analyses[i].ngrams for i in nonempty]
            x = sp.csr_matrix(self.vectorizer.transform(docs))
            has_words = np.diff(x.indptr) > 0
            # One sparse product for every text and topic: predict_proba's per-topic loop
            # over OneVsRest estimators costs as much again.
            probabilities = self._probabilities(x)
            # The "balanced" model leans positive; halve it so words alone stay suggestions.
            out[nonempty] = np.where(has_words[:, None], 0.5 * probabilities, 0.0)
        for i in nonempty:
            for topic, count in analyses[i].lexicon.items():
                if topic in position:
                    j = position[topic]
                    out[i, j] = max(out[i, j], lexicon_score(count))
        return out

    def _probabilities(self, x: sp.csr_matrix) -> NDArray[np.float64]:
        """predict_proba of the one-vs-rest logistic regressions as one product."""
        assert self.model is not None
        estimators = self.model.estimators_
        coef = np.vstack([np.ravel(e.coef_) for e in estimators])
        intercept = np.array([float(np.ravel(e.intercept_)[0]) for e in estimators])
        logits = np.asarray(x @ coef.T) + intercept
        return np.asarray(1.0 / (1.0 + np.exp(-logits)))

    def suggest(
        self, text: str, limit: int = 5, threshold: float = SUGGESTION_THRESHOLD
    ) -> list[tuple[str, float]]:
        """The best topics for one text, best first, above the threshold."""
        row = self.scores([text])[0]
        order = np.lexsort((np.arange(len(row)), -row))
        return [(self.topics[j], float(row[j])) for j in order[:limit] if row[j] >= threshold]
