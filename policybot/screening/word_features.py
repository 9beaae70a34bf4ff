"""What the word-weighing models read: a message's content words and its pairs of words.

Both :mod:`screening.operational_model` and the conduct classifier's word model
(:mod:`screening.conduct_model`) weigh these with a logistic regression, so a finding
can name the words that weighed most; :func:`fit` fits both. Pairs carry what single
words miss: "plugged in" is conduct where "usb" alone is only a topic.
"""

from __future__ import annotations

# Words that carry no topic of their own: alone they are no feature (they only fit the
# corpus's templates), but a pair with a content word is ("his car", "on him").
FUNCTION_WORDS = frozenset(
    """the a an to of in on at is are was were be been being has have had it its this that these those and or
    but so for with by from as i we you he she they me us him her them my our your their his s ll re ve d m t
    do does did will would can could should just all any some there here then than if not no yes""".split()
)


def features(words: list[str]) -> set[str]:
    """Content words, and adjacent pairs of words with at least one content word."""
    found = {word for word in words if word not in FUNCTION_WORDS}
    found.update(f"{a} {b}" for a, b in zip(words, words[1:]) if a not in FUNCTION_WORDS or b not in FUNCTION_WORDS)
    return found


def vectorise(feature_sets: list[set[str]]):
    """(feature names, matrix): ``feature_sets`` as binary rows, each L2-normalised, so a
    long message weighs no more than a short one. Imports scikit-learn, which only
    training needs."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.preprocessing import normalize

    vectoriser = DictVectorizer()
    matrix = normalize(vectoriser.fit_transform([dict.fromkeys(found, 1.0) for found in feature_sets]))
    return vectoriser.get_feature_names_out(), matrix


def fit(feature_sets: list[set[str]], labels: list, c: float, **options):
    """(feature names, fitted ``LogisticRegression``) over :func:`vectorise`'d
    ``feature_sets``; ``options`` go to the regression (``class_weight``, ``max_iter``)."""
    from sklearn.linear_model import LogisticRegression

    names, matrix = vectorise(feature_sets)
    return names, LogisticRegression(C=c, **options).fit(matrix, labels)
