"""Words too common to say what a question is about."""

# Short function words that match nearly every passage: noise to BM25
# (knowledge.retrieval) and to matching word by word (knowledge.token_match). Domain
# words (policy, skype, message) are kept: BM25's IDF weighs them.
STOPWORDS = frozenset(
    """a about am an and any are as at be been being but by can could did do does doing
    for from had has have having he her him his how i i'm if in into is it its it's just
    me might my myself no nor not of off on once only or our out over own same she should
    so some such than that the their them then there these they this those through to
    too under until up very was we were what when where which while who whom why will
    with would you your yours im ive id dont can't cant u r ur ok okay pls please""".split()
)
