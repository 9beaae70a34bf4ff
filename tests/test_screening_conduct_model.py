"""The MiniLM conduct classifier and its word model: paraphrases the phrase rules don't
know are caught, police work that talks about offences is not, a topic word alone is
not conduct, every finding names the words that weighed for it, and the examples file
is checked."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pytest

from policybot.screening import Screener, ScreenerOptions
from policybot.screening.conduct_model import (
    ABOUT_A_GROUP,
    CONDUCT_CATEGORIES,
    EXEMPLARS,
    ILLEGAL_MATERIAL,
    ILLEGAL_MATERIAL_ONLY,
    OUTPUTS,
    ExemplarError,
    _fit_each_category,
    get_conduct_classifier,
    read_exemplars,
    threshold_for,
)
from policybot.screening.normalise import Normalised


@pytest.fixture(scope="module")
def classifier():
    return get_conduct_classifier()


def classified(classifier, text):
    return {finding.category for finding in classifier.find(classifier.read(Normalised(text)))}


@pytest.mark.parametrize(
    "category, text",
    [
        # Read since round 22 of the written corpus (trades run on work kit): MiniLM 0.45,
        # the word model 0.86 (0.07 before, when no example had a firm's clients).
        (
            "personal-business",
            "quick one, can anyone proofread the brochure for my bathroom fitting firm before I send it to clients",
        ),
        ("external-forwarding", "I'll bung the case papers across to my own address so I can crack on at home tonight"),
        ("indecent", "lads check the chat, I've dropped in some proper filthy pics from last night"),
        ("offensive", "tell the fat lazy cow on the front desk to do her job for once"),
        # Read since round 20 of the written corpus (MiniLM 0.52, the word model 0.54;
        # the word model read 0.25 before).
        ("unauthorised-access", "text me your sign-in details and I'll clear your crime reports while you're at court"),
        # A known miss from one regression per category (MiniLM 0.38, the word model
        # 0.18) until the classifier trained all six layers (stop 69).
        ("unauthorised-access", "give me your sign on and I'll finish the file while you're at court"),
        (
            "personal-views",
            "all of you need to wake up and stop voting for the same corrupt parties, sharing this with the team",
        ),
        # Since the written corpus's second round an offer to do someone's work read as an
        # offer for sale; since round 22, 0.52 unauthorised access and 0.28 commercial.
        ("unauthorised-access", "give me your sign-in and password, I'll finish your statements for you"),
        ("commercial", "reduced prices on my homemade soaps this week only, message me to grab some"),
        ("malware", "IT won't install it so I got the program off a sharing site and switched the virus scanner off"),
    ],
)
def test_paraphrases_are_read_for_meaning(classifier, category, text):
    assert category in classified(classifier, text)


@pytest.mark.parametrize(
    "text",
    [
        "the suspect had been sending explicit photos to a 15 year old, his phone is seized",
        "the offender called the bus driver a racist name, it's recorded as a hate crime",
        "male arrested for hacking his ex-partner's email, interview at 2",
        "the victim lost her savings to a fake investment advert, referred to Action Fraud",
        "can you forward the file to the CPS on the secure email please",
        "IT have reminded everyone not to share passwords",
        "I'm locked out of my account again, ringing the service desk",
        "reminder the shift swap list is on the board",
    ],
)
def test_police_work_and_ordinary_chat_are_not_flagged(classifier, text):
    assert classified(classifier, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "someone left a memory stick in the parade room, I gave it to the ICT security team unopened",
        "what do I do if I forget my password for the duty system",
        "the new advert for special constables goes live on Monday",
    ],
)
def test_a_topic_word_alone_is_not_conduct(classifier, text):
    assert classified(classifier, text) == set()


def found_however_strongly_read(classifier, category, text):
    """What the classifier finds in ``text`` when the models read ``category`` at 0.9
    in every piece: the rule under test, not what today's weights give."""
    reading = classifier.read(Normalised(text))
    scores = np.zeros_like(reading.scores)
    scores[:, CONDUCT_CATEGORIES.index(category)] = 0.9
    return [f.category for f in classifier.find(replace(reading, scores=scores, word_scores=scores))]


def test_asking_how_to_do_something_is_not_doing_it(classifier):
    def found(text):
        return found_however_strongly_read(classifier, "unauthorised-access", text)

    assert found("how do I unlock my login on the duty system after too many tries?") == []
    assert found("what do we do if the shared login for the custody PC stops working?") == []
    assert found("unlocked the duty system with Sam's login after too many tries") == ["unauthorised-access"]


def test_forbidding_an_act_is_not_doing_it(classifier):
    def found(text):
        return found_however_strongly_read(classifier, "external-forwarding", text)

    assert found("Please don't forward the briefing pack to your home email, even on a rest day") == []
    assert found("Never send the custody list to a personal address") == []
    assert found("forwarded the briefing pack to my home email for my rest day") == ["external-forwarding"]
    assert found("I know we shouldn't, but I forwarded the briefing pack to my home email") == ["external-forwarding"]


def test_refusing_an_act_is_not_doing_it(classifier):
    def found(category, text):
        return found_however_strongly_read(classifier, category, text)

    assert found("external-forwarding", "I'm not sending the custody list to my gmail, I'll read it on shift") == []
    assert found("malware", "we won't be plugging that stick in, it's gone to IT security") == []
    assert found("external-forwarding", "I'm sending the custody list to my gmail, I'll read it at home") == [
        "external-forwarding"
    ]
    # Refusing one thing is not refusing what the sentence goes on to do.
    assert found("malware", "not waiting for IT, plugged the stick in to see whose it is") == ["malware"]


def test_a_word_of_rules_talk_in_the_sentence_does_not_excuse_conduct(classifier):
    # "training", "policy" or "course" also stand in misconduct: the models, which learnt
    # talk about the rules from its hard negatives, decide, not the word.
    text = "hid the clips in a folder called training videos on the shared drive"
    assert found_however_strongly_read(classifier, "indecent", text) == ["indecent"]


def test_illegal_material_is_an_output_of_its_own_and_found_as_indecent(classifier):
    # 5(c) is sexual material and illegal material; the models read each apart.
    reading = classifier.read(Normalised("can sort you a jailbroken box with every film and channel, forty quid"))

    def found(**probabilities):
        scores = np.zeros_like(reading.scores)
        for output, probability in probabilities.items():
            scores[:, OUTPUTS.index(output.replace("_", "-"))] = probability
        return classifier.find(replace(reading, scores=scores, word_scores=scores))

    [finding] = found(illegal_material=0.9)
    assert finding.category == "indecent" and finding.reason.startswith("Reads like offering or seeking illegal")
    [finding] = found(illegal_material=0.9, indecent=0.9)  # one finding of the category, not two
    assert finding.category == "indecent" and "illegal" not in finding.reason
    assert found(illegal_material=0.3) == []


@pytest.mark.parametrize(
    "text",
    [
        "a pack of vapes with no duty paid, fell off a lorry, tenner for the lot",
        "selling snide designer trainers out the boot, proper good copies, £25 a pair",
        # Found since the regression reads MiniLM's last layers trained again
        # (conduct_model.TOP): before, MiniLM's reading was 0.08 and the word model's 0.82.
        "who wants the new superhero film? my cousin's got a rip of it off a dodgy site",
        # A known miss, written before the output was measured on it: MiniLM's reading of
        # illegal material is weak, and the word model's (0.33) does not carry it alone.
        pytest.param(
            "got a cracked licence key for the mapping software, saves the force paying for it, DM me",
            marks=pytest.mark.xfail(reason="0.17: cracked software reads as malware's", strict=True),
        ),
    ],
)
def test_illegal_material_said_in_everyday_words_is_indecent(classifier, text):
    assert "indecent" in classified(classifier, text)


@pytest.mark.parametrize(
    "text",
    [
        "trading standards took 300 counterfeit handbags off the market stall, exhibits booked in",
        "reminder: knock-off goods fund organised crime, the campaign leaflets are in the foyer",
        "could someone lend me a phone charger till the end of shift?",
        "has anybody got the newest version of the risk assessment form?",
    ],
)
def test_casework_warnings_and_everyday_asking_are_not_illegal_material(classifier, text):
    assert "indecent" not in classified(classifier, text)


def fitted_without_and_with(shown: list[set[str]], added: list[set[str]]):
    """(weights, biases) fitted on random rows showing ``shown``, then with rows showing
    ``added`` after them: what adding those examples changes."""
    rng = np.random.default_rng(0)
    matrix = rng.normal(size=(len(shown), 6))
    more = np.vstack([matrix, rng.normal(size=(len(added), 6))])
    return _fit_each_category(matrix, shown, 1.0), _fit_each_category(more, shown + added, 1.0)


def test_examples_for_the_illegal_material_output_are_read_by_it_alone():
    shown = [{"commercial"} if i % 3 == 0 else set() for i in range(60)]
    alone = [{ILLEGAL_MATERIAL, ILLEGAL_MATERIAL_ONLY} if i % 2 else {ILLEGAL_MATERIAL_ONLY} for i in range(20)]
    (weights, biases), (with_them, biases_with_them) = fitted_without_and_with(shown, alone)
    others = [OUTPUTS.index(output) for output in OUTPUTS if output != ILLEGAL_MATERIAL]
    assert np.allclose(weights[:, others], with_them[:, others]) and np.allclose(
        biases[others], biases_with_them[others]
    )
    # With no example of it, an output never fires.
    illegal = OUTPUTS.index(ILLEGAL_MATERIAL)
    assert not weights[:, illegal].any() and biases[illegal] < -10 < biases_with_them[illegal]


def test_examples_of_illegal_material_are_not_read_by_the_indecent_output():
    # Sexual material is the indecent output's regression; a pirated stream is neither an
    # example of it nor of its absence. Every other output reads it as not theirs.
    shown = [[{"indecent"}, {"commercial"}, set()][i % 3] for i in range(60)]
    (weights, _), (with_them, _) = fitted_without_and_with(shown, [{ILLEGAL_MATERIAL}] * 10)
    indecent, commercial = OUTPUTS.index("indecent"), OUTPUTS.index("commercial")
    assert np.allclose(weights[:, indecent], with_them[:, indecent])
    assert not np.allclose(weights[:, commercial], with_them[:, commercial])


def test_offence_about_a_group_of_people_needs_less_and_says_which_group(classifier):
    column = CONDUCT_CATEGORIES.index("offensive")

    def found_at(text, probability):
        # The models' probabilities set by hand: the rule, not what today's weights give.
        reading = classifier.read(Normalised(text))
        scores = np.zeros_like(reading.scores)
        scores[:, column] = probability
        return classifier.find(replace(reading, scores=scores, word_scores=scores))

    between = (ABOUT_A_GROUP + threshold_for("offensive")) / 2
    [finding] = found_at("typical foreigners, no idea how to queue and always on the take", between)
    assert finding.category == "offensive" and "about a group of people: \u201cforeigners\u201d" in finding.reason
    assert found_at("typical Monday, no idea how to queue and always on the take", between) == []
    # What people wear for their religion stands for it.
    [finding] = found_at("the new PCSO in the hijab, bet she's on the other side", between)
    assert "about a group of people: \u201chijab\u201d" in finding.reason


def test_words_for_a_group_that_describe_the_people_of_a_case_take_the_full_threshold(classifier):
    # Where the message tells a case (or shares sexual material), "female", "black" and
    # the like say who is in it: the full threshold, as for any other message.
    column = CONDUCT_CATEGORIES.index("offensive")
    text = "the caller from Bungay wants a female officer to take her statement, she's in a black Corsa"
    reading = classifier.read(Normalised(text))
    scores = np.zeros_like(reading.scores)
    scores[:, column] = (ABOUT_A_GROUP + threshold_for("offensive")) / 2
    reading = replace(reading, scores=scores, word_scores=scores)
    assert [f.category for f in classifier.find(reading)] == ["offensive"]
    assert classifier.find(reading, describes_people=True) == []


def test_a_marked_document_handed_over_is_not_read_as_sexual_material(classifier):
    # The sexual-material output reads material handed over; where the message carries a
    # marking, what it hands over is the marked document. Illegal material is still read.
    text = "SECRET - pasting the front sheet here, the rest of the pack is attached"
    reading = classifier.read(Normalised(text))

    def found_with(output, marked):
        # The models' probabilities set by hand: the rule, not what today's weights give.
        scores = np.zeros_like(reading.scores)
        scores[:, OUTPUTS.index(output)] = 0.9
        return [f.category for f in classifier.find(replace(reading, scores=scores, word_scores=scores), marked=marked)]

    assert found_with("indecent", marked=False) == ["indecent"]
    assert found_with("indecent", marked=True) == []
    assert found_with(ILLEGAL_MATERIAL, marked=True) == ["indecent"]


def test_categories_are_not_rivals_a_message_may_show_two(classifier):
    # One regression per category: advertising one's own side business is both.
    text = "my other half's started a dog grooming business, first wash half price for anyone at the nick, DM me"
    reading = classifier.read(Normalised(text))
    business, commercial = (CONDUCT_CATEGORIES.index(c) for c in ("personal-business", "commercial"))
    assert reading.combined[0, business] >= 0.5 and reading.combined[0, commercial] >= 0.5
    assert classified(classifier, text) == {"personal-business", "commercial"}


def test_a_finding_names_the_words_that_weighed_for_it(classifier):
    text = "stuck the memory stick from the parade room floor in my laptop to see whose it is"
    [finding] = classifier.find(classifier.read(Normalised(text)))
    assert finding.category == "malware"
    named = re.findall("\u201c(.+?)\u201d", finding.reason)
    assert named and all(word in text for word in named)
    assert named == classifier.explanation("malware", text)


def test_a_finding_points_at_the_sentence_that_reads_as_misconduct(classifier):
    text = "Morning all. Give me your login and I'll close off your jobs while you're on leave."
    [finding] = classifier.find(classifier.read(Normalised(text)))
    assert finding.category == "unauthorised-access"
    assert (
        text[finding.span[0] : finding.span[1]]
        == "Give me your login and I'll close off your jobs while you're on leave."
    )


@pytest.mark.slow  # loads a model or starts a process
def test_marking_words_are_not_read_as_conduct():
    screener = Screener()
    result = screener.screen("OFFICIAL-SENSITIVE: PERSONAL DATA\nvictim's details below")
    assert result.categories == ["protective-marking"]


@pytest.mark.slow  # loads a model or starts a process
def test_the_classifier_adds_to_the_rules_and_can_be_left_out():
    text = "lads check the chat, I've dropped in some steamy pics from last night"
    assert "indecent" in Screener().screen(text).categories
    assert Screener(ScreenerOptions(use_conduct_model=False)).screen(text).categories == []


def test_the_classifier_is_trained_once_per_examples_file(classifier):
    assert get_conduct_classifier() is classifier


def test_the_shipped_examples_cover_every_category():
    labels = {label for label, _ in read_exemplars(EXEMPLARS.read_text(encoding="utf-8"))}
    assert labels == set(CONDUCT_CATEGORIES) | {"ok"}


@pytest.mark.parametrize(
    "text, error",
    [
        ("[spam]\nbuy now", "unknown section"),
        ("buy now", "before any"),
        ("[commercial]\nbuy now", "no examples for"),
    ],
)
def test_a_malformed_examples_file_is_named(text, error):
    with pytest.raises(ExemplarError, match=error):
        read_exemplars(text)


def test_each_category_is_held_to_its_own_threshold_and_more_beside_a_rule(classifier):
    text = "selling my mucky dvds, a fiver each, message me for the list"
    reading = classifier.read(Normalised(text))

    def found(category, probability, beside_rules=False):
        # The models' probabilities set by hand: the rule, not what today's weights give.
        scores = np.zeros_like(reading.scores)
        scores[:, CONDUCT_CATEGORIES.index(category)] = probability
        chosen = replace(reading, scores=scores, word_scores=scores)
        return [f.category for f in classifier.find(chosen, beside_rules=beside_rules)]

    assert threshold_for("indecent") < threshold_for("commercial")
    between = (threshold_for("indecent") + threshold_for("commercial")) / 2
    assert found("indecent", between) == ["indecent"]
    assert found("commercial", between) == []
    assert found("commercial", threshold_for("commercial")) == ["commercial"]
    assert found("commercial", threshold_for("commercial"), beside_rules=True) == []
    assert found("commercial", threshold_for("commercial", beside_rules=True), beside_rules=True) == ["commercial"]
