"""Look-alike letters that people (and spammers) use to dodge keyword filters.

A subset of the Unicode confusables table (UTS #39, ``confusables.txt``): the Cyrillic,
Greek, Armenian, Cherokee and Latin-extension letters whose glyphs are drawn the same as
a basic Latin letter in common fonts, and the small capitals that "fancy text"
generators type (``ᴏꜰꜰɪᴄɪᴀʟ``, which NFKD leaves as they are), mapped to that letter. Full-width forms, ligatures,
accents and mathematical alphanumerics need no table: NFKD already folds them.

The same table drives the evasion generator in ``scripts/make_screening_evasions.py``,
so the dev set is built from exactly the substitutions the normaliser undoes.
"""

from __future__ import annotations

# Latin letter -> characters that render like it.
LOOKALIKES: dict[str, str] = {
    "a": "аɑαаᴀ",
    "b": "Ьʙ",
    "c": "сϲⅽᴄ",
    "d": "ԁⅾᴅ",
    "e": "еεҽᴇ",
    "f": "ꜰ",
    "g": "ɡցɢ",
    "h": "һհʜ",
    "i": "іιӏɩɪ",
    "j": "јϳᴊ",
    "k": "κкᴋ",
    "l": "ӏⅼʟ",
    "m": "мᴍ",
    "n": "пηɴ",
    "o": "оοօσᴏ",
    "p": "рρᴘ",
    "q": "ԛꞯ",
    "r": "гʀ",
    "s": "ѕꜱ",
    "t": "тᴛ",
    "u": "υսᴜ",
    "v": "ѵνᴠ",
    "w": "ԝѡᴡ",
    "x": "хχ",
    "y": "уүʏ",
    "z": "ᴢ",
    "A": "АΑᎪ",
    "B": "ВΒᏴ",
    "C": "СϹᏟ",
    "D": "Ꭰ",
    "E": "ЕΕᎬ",
    "H": "НΗᎻ",
    "I": "ІΙӀ",
    "J": "ЈᎫ",
    "K": "КΚᏦ",
    "M": "МΜᎷ",
    "N": "Ν",
    "O": "ОΟՕ",
    "P": "РΡᏢ",
    "S": "ЅᏚ",
    "T": "ТΤᎢ",
    "X": "ХΧ",
    "Y": "ҮΥ",
    "Z": "Ζ",
}

# Look-alike character -> the lower-case Latin letter it imitates.
TO_LATIN: dict[str, str] = {
    fake: latin.lower() for latin, fakes in LOOKALIKES.items() for fake in fakes if fake != latin
}
