"""The benchmark corpus as data, before any of it is in the database: N publications over the
three languages, composed from `hub.benchmark.words` by one `random.Random(SEED)`, so the
same N always gives the same corpus.

Words are drawn with Zipf weights (the k-th word of a list weighs 1/k), so the head of each
`common` list is in nearly every document, its tail in a fifth or so of them, and each `rare`
entry in well under one percent.
"""

import datetime
import itertools
import random
import uuid
from dataclasses import dataclass

from hub.benchmark.words import PEOPLE, TOPICS, VOCABULARIES, Vocabulary

SEED = 42
# Every benchmark translation key is a UUID5 in this namespace: the same N gives the same keys.
NAMESPACE = uuid.UUID("6f1c7a52-3f0e-4d55-9a43-2b7d8f0c1e94")
LANGUAGE_WEIGHTS = {"en": 40, "ar": 35, "he": 25}
TYPE_WEIGHTS = {"report": 40, "paper": 35, "toolkit": 25}
# With this share of groups translated into two or three languages (2.33 on average), about a
# third of the pages belong to a translation group.
TRANSLATED_GROUP_SHARE = 0.18
TRANSLATION_SIZES = (2, 2, 3)
FIRST_DATE = datetime.date(2015, 1, 1)
LAST_DATE = datetime.date(2026, 12, 31)
BODY_WORDS = (300, 600)
SENTENCE_WORDS = (8, 18)
SENTENCES_PER_PARAGRAPH = (3, 5)
FUNCTION_WORD_SHARE = 0.3
RARE_ENTRIES_PER_DOCUMENT = (0, 0, 1, 1, 2)
SUMMARY_MAX_LENGTH = 300
ADDRESSEES = ("platforms", "governments", "legislators", "civil_society", "donors")
# Regions: most publications are about Palestine, some add or are about a neighbour.
MAIN_REGION = "PS"
OTHER_REGIONS = ("IL", "EG", "JO", "LB", "SY", "IQ", "SA", "AE", "QA", "MA", "TN", "DZ")
MAIN_REGION_SHARE = 0.6


@dataclass(frozen=True)
class PlannedPublication:
    """One page of the corpus. `number` (1…N) orders creation and makes the slug."""

    number: int
    group: int
    translation_key: uuid.UUID
    language: str
    publication_type: str
    title: str
    summary: str
    # ("heading" | "paragraph", text), in order.
    body: tuple[tuple[str, str], ...]
    # Report: key findings; paper: recommendations; toolkit: goal and call to action.
    type_texts: tuple[str, ...]
    date: datetime.date
    # Indexes into words.PEOPLE and slugs of words.TOPICS.
    people: tuple[int, ...]
    topics: tuple[str, ...]
    regions: tuple[str, ...]

    @property
    def slug(self) -> str:
        return f"bench-{self.number:05d}"


def zipf_weights(count: int) -> list[float]:
    return list(itertools.accumulate(1 / rank for rank in range(1, count + 1)))


class Composer:
    """Writes text in one language from its vocabulary, drawing from the shared generator."""

    def __init__(self, rng: random.Random, language: str, vocabulary: Vocabulary):
        self.rng = rng
        self.language = language
        self.vocabulary = vocabulary
        self.common_weights = zipf_weights(len(vocabulary.common))
        self.rare_weights = zipf_weights(len(vocabulary.rare))
        # Prose draws from function and common words at once, each list with its share.
        self.prose_words = vocabulary.function_words + vocabulary.common
        function_weights = zipf_weights(len(vocabulary.function_words))
        function_scale = FUNCTION_WORD_SHARE / function_weights[-1]
        common_scale = (1 - FUNCTION_WORD_SHARE) / self.common_weights[-1]
        self.prose_weights = [weight * function_scale for weight in function_weights] + [
            function_weights[-1] * function_scale + weight * common_scale
            for weight in self.common_weights
        ]

    def common_words(self, count: int) -> list[str]:
        return self.rng.choices(self.vocabulary.common, cum_weights=self.common_weights, k=count)

    def rare_word(self) -> str:
        return self.rng.choices(self.vocabulary.rare, cum_weights=self.rare_weights)[0]

    def sentence(self, length: int) -> str:
        words = self.rng.choices(self.prose_words, cum_weights=self.prose_weights, k=length)
        return self.capitalised(" ".join(words)) + "."

    def capitalised(self, text: str) -> str:
        return text[0].upper() + text[1:] if self.language == "en" else text

    def sentences(self, word_count: int) -> list[str]:
        sentences = []
        while word_count > 0:
            length = min(word_count, self.rng.randint(*SENTENCE_WORDS))
            sentences.append(self.sentence(length))
            word_count -= length
        return sentences

    def title(self) -> str:
        words = self.common_words(self.rng.randint(4, 8))
        if self.rng.random() < 0.1:
            words.append(self.rare_word())
        return self.capitalised(" ".join(words))

    def summary(self) -> str:
        text = " ".join(self.sentences(self.rng.randint(18, 36)))
        if len(text) <= SUMMARY_MAX_LENGTH:
            return text
        return text[: text.rfind(" ", 0, SUMMARY_MAX_LENGTH - 1)] + "…"

    def body(self) -> tuple[tuple[str, str], ...]:
        sentences = self.sentences(self.rng.randint(*BODY_WORDS))
        for _ in range(self.rng.choice(RARE_ENTRIES_PER_DOCUMENT)):
            index = self.rng.randrange(len(sentences))
            sentences[index] = f"{sentences[index][:-1]} {self.rare_word()}."
        blocks = []
        while sentences:
            count = self.rng.randint(*SENTENCES_PER_PARAGRAPH)
            if blocks and self.rng.random() < 0.3:
                blocks.append(("heading", self.capitalised(" ".join(self.common_words(3)))))
            blocks.append(("paragraph", " ".join(sentences[:count])))
            sentences = sentences[count:]
        return tuple(blocks)

    def type_texts(self, publication_type: str) -> tuple[str, ...]:
        if publication_type == "toolkit":
            return (self.sentence(self.rng.randint(10, 20)), self.sentence(6))
        return tuple(self.sentence(self.rng.randint(10, 20)) for _ in range(2))


def distinct_choices(rng: random.Random, population, cum_weights, count: int) -> tuple:
    chosen = []
    while len(chosen) < count:
        choice = rng.choices(population, cum_weights=cum_weights)[0]
        if choice not in chosen:
            chosen.append(choice)
    return tuple(chosen)


def plan_corpus(size: int) -> list[PlannedPublication]:
    """The `size` publications of the corpus, in creation order."""
    rng = random.Random(SEED)  # noqa: S311 - a reproducible corpus, not a secret
    composers = {
        language: Composer(rng, language, vocabulary)
        for language, vocabulary in VOCABULARIES.items()
    }
    languages = tuple(LANGUAGE_WEIGHTS)
    language_weights = tuple(LANGUAGE_WEIGHTS.values())
    types = tuple(TYPE_WEIGHTS)
    type_weights = tuple(TYPE_WEIGHTS.values())
    people = range(len(PEOPLE))
    # Some authors write far more than others.
    people_weights = list(itertools.accumulate(1 / (index + 1) ** 0.7 for index in people))
    topic_slugs = tuple(slug for slug, *_names in TOPICS)
    topic_weights = zipf_weights(len(topic_slugs))
    days = (LAST_DATE - FIRST_DATE).days

    planned = []
    for group in itertools.count(1):
        if len(planned) >= size:
            break
        if rng.random() < TRANSLATED_GROUP_SHARE:
            cumulative = list(itertools.accumulate(language_weights))
            group_languages = distinct_choices(
                rng, languages, cumulative, rng.choice(TRANSLATION_SIZES)
            )
        else:
            group_languages = tuple(rng.choices(languages, weights=language_weights))
        publication_type = rng.choices(types, weights=type_weights)[0]
        date = FIRST_DATE + datetime.timedelta(days=rng.randint(0, days))
        authors = distinct_choices(rng, people, people_weights, rng.choice((1, 1, 2, 2, 3)))
        topics = distinct_choices(rng, topic_slugs, topic_weights, rng.choice((1, 2, 2, 3)))
        if rng.random() < MAIN_REGION_SHARE:
            regions = (MAIN_REGION, *rng.sample(OTHER_REGIONS, rng.choice((0, 0, 1))))
        else:
            regions = tuple(rng.sample(OTHER_REGIONS, rng.choice((1, 1, 2))))
        translation_key = uuid.uuid5(NAMESPACE, f"publication-{group}")
        for language in group_languages[: size - len(planned)]:
            composer = composers[language]
            planned.append(
                PlannedPublication(
                    number=len(planned) + 1,
                    group=group,
                    translation_key=translation_key,
                    language=language,
                    publication_type=publication_type,
                    title=composer.title(),
                    summary=composer.summary(),
                    body=composer.body(),
                    type_texts=composer.type_texts(publication_type),
                    date=date,
                    people=authors,
                    topics=topics,
                    regions=regions,
                )
            )
    return planned
