"""Reading misspelt keywords as the keyword meant, and nothing else."""

from policybot.screening.spelling import Speller

KEYWORDS = {"confidential", "restricted", "reporter", "deported"}


def english(word: str) -> bool:
    return word in {"reported", "restricted"}


def test_a_misspelt_keyword_is_read_as_the_keyword():
    speller = Speller(KEYWORDS, is_word=english)
    assert speller("confidental", "confidental") == "confidential"
    assert speller("restircted", "restircted") == "restricted"


def test_an_english_word_one_edit_from_a_keyword_stays_itself():
    """ "reported" is one edit from "reporter" and from "deported", and means neither."""
    assert Speller(KEYWORDS, is_word=english)("reported", "reported") == "reported"


def test_a_word_between_two_keywords_is_read_as_the_first_in_order():
    """Without the dictionary, "reported" is one letter from two keywords: it is read as
    the first of them in alphabetical order, not whichever a set yields first (that
    moves with the process's string hashing)."""
    assert Speller(KEYWORDS)("reported", "reported") == "deported"
